import type { RedFlagId } from '../clinical/conditions/conditionIds'
import { protectivePlans } from '../clinical/plan/protectivePlans'
import { urgencyLabels, type RedFlagUrgency } from '../clinical/reasoning/redFlagRules'
import { redFlagQuestions } from '../model/assessment/history'
import type { YesNo } from '../model/assessment/recordedValues'

/**
 * The rules of a referral letter that do not depend on how it is printed: the question it is
 * prefilled with, and what it says about the red-flag screen. Pure, so the letter editor shows
 * the same words the printed letter will carry.
 */

/** A raised red flag as the letter needs it. */
export interface LetterRedFlag {
  id: RedFlagId
  name: string
  urgency: RedFlagUrgency
}

export interface LetterFacts {
  /** Raised and not cleared by a doctor: what the recipient must act on. */
  activeRedFlags: readonly LetterRedFlag[]
  /** Raised at some point in this assessment, cleared or not. */
  raisedRedFlags: readonly LetterRedFlag[]
  /** The red-flag questions as answered in the history (absent: not asked). */
  redFlagAnswers?: Partial<Record<(typeof redFlagQuestions)[number]['key'], YesNo>>
  /** "right hip", "both hips" or "hip". */
  hip: string
  /** The plan's first referral, if any. */
  referral?: { to: string; reason: string }
  /** The confirmed working diagnosis in words, if confirmed. */
  diagnosis?: string
}

const urgencyOrder: RedFlagUrgency[] = ['emergency', 'same-day', 'urgent', 'soon']
/** The most urgent first (a stable sort: equal urgencies keep the engine's order). */
const byUrgency = <F extends LetterRedFlag>(flags: readonly F[]): F[] =>
  [...flags].sort((a, b) => urgencyOrder.indexOf(a.urgency) - urgencyOrder.indexOf(b.urgency))

const FALLBACK_QUESTION = 'Please assess and advise on further management.'

/**
 * The question the letter editor starts from: one per raised red flag (its protective plan's
 * question: the urgent one comes first), else the plan's referral reason, else the diagnosis.
 */
export function prefilledQuestion(facts: LetterFacts): string {
  const fromFlags = [
    ...new Set(
      byUrgency(facts.activeRedFlags).map((f) => protectivePlans[f.id].question(facts.hip)),
    ),
  ]
  if (fromFlags.length > 0) return fromFlags.join('\n')
  const reason = facts.referral?.reason.trim().replace(/\.$/, '')
  if (reason) return `${reason}: please assess and advise on further management.`
  if (facts.diagnosis)
    return `Please assess and advise on further management of the ${facts.hip} pain (working diagnosis: ${facts.diagnosis.replace(/\.$/, '')}).`
  return FALLBACK_QUESTION
}

export type RedFlagStatement =
  /** A flag is raised and not cleared: printed first and prominently, with its urgency. */
  | { kind: 'raised'; text: string; flags: (LetterRedFlag & { urgencyLabel: string })[] }
  /** Flags were raised and a doctor has cleared each of them. */
  | { kind: 'cleared'; text: string }
  /** Every red-flag question was asked and answered no, and none is raised. */
  | { kind: 'negative'; text: string }
  /** None raised, but some answers were yes (the engine raised nothing from them). */
  | { kind: 'answered-yes'; text: string }
  /** None raised, and not every question was asked: the letter does not claim a clear screen. */
  | { kind: 'incomplete'; text: string }

export const SCREENED_NEGATIVE = 'Red flags screened: negative'

/**
 * What the letter says of the red flags. "Screened: negative" only when every question of the
 * screen was answered no and nothing is raised; a raised flag is never followed by a statement
 * that contradicts it.
 */
export function redFlagStatement(facts: LetterFacts): RedFlagStatement {
  if (facts.activeRedFlags.length > 0) {
    const flags = byUrgency(facts.activeRedFlags).map((f) => ({
      ...f,
      urgencyLabel: urgencyLabels[f.urgency],
    }))
    return {
      kind: 'raised',
      flags,
      text: `Red ${flags.length === 1 ? 'flag' : 'flags'} raised: ${flags
        .map((f) => `${f.name} (${f.urgencyLabel.toLowerCase()})`)
        .join('; ')}`,
    }
  }
  if (facts.raisedRedFlags.length > 0)
    return {
      kind: 'cleared',
      text: `Red flags: ${facts.raisedRedFlags.map((f) => f.name.toLowerCase()).join('; ')} raised and cleared by a doctor`,
    }
  const answers = facts.redFlagAnswers ?? {}
  const yes = redFlagQuestions.filter((q) => answers[q.key] === 'yes')
  if (yes.length > 0)
    return {
      kind: 'answered-yes',
      text: `Red-flag screen: no red flag raised; answered yes to ${yes
        .map((q) => q.label.toLowerCase())
        .join('; ')}`,
    }
  const notAsked = redFlagQuestions.filter((q) => answers[q.key] !== 'no')
  if (notAsked.length > 0)
    return {
      kind: 'incomplete',
      text: `Red-flag screen incomplete: ${notAsked.length} of ${redFlagQuestions.length} questions not asked; none answered yes`,
    }
  return { kind: 'negative', text: SCREENED_NEGATIVE }
}
