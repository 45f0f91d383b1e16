import type { AssessmentSections } from '../../model/assessment/assessment'
import type { ConfirmedDiagnosis } from '../../model/assessment/workingDiagnosis'
import { durationInWords } from '../findingsSummary'
import type { AppliedEvidence, ConditionResult, ReasoningResult } from '../reasoning/engine'
import type { FindingId } from '../reasoning/findings'

/**
 * The findings behind the clinician's confirmed diagnosis, as a clinician writes them to a
 * colleague: what was found that supports it, and the relevant negatives (what was looked for
 * and not found, for the diagnosis itself and against its leading alternatives). No ratios, no
 * probabilities, no engine notes: the letter carries the clinician's reasoning, not the engine's.
 *
 * A free-text diagnosis has no findings linked to it in the knowledge base: both lists are
 * empty, and the letter's key findings speak for it.
 */
export interface FindingsBehindDiagnosis {
  supporting: string[]
  relevantNegatives: string[]
}

const MAX_SUPPORTING = 8
const MAX_NEGATIVES = 6
/** How many of the other leading conditions the relevant negatives argue against. */
const ALTERNATIVES = 3

/**
 * Findings whose record holds the figures a clinician would quote, instead of the threshold the
 * engine tests ("Training increased 35 → 60 km/week over 3 weeks", not "weekly distance up 30%
 * or more within 6 weeks").
 */
const inTheRecordsWords: Partial<Record<FindingId, (s: AssessmentSections) => string | undefined>> =
  {
    'rapid-training-increase': trainingIncrease,
    'recent-training-increase': trainingIncrease,
    'symptoms-over-3-months': symptomDuration,
    'symptoms-under-2-weeks': symptomDuration,
    'low-cadence': (s) =>
      s.running.status === 'recorded' && typeof s.running.cadenceSpm === 'number'
        ? `Cadence ${s.running.cadenceSpm} steps/min`
        : undefined,
  }

function trainingIncrease(s: AssessmentSections): string | undefined {
  const t = s.history.training
  if (t?.recentChange !== 'increase' || typeof t.weeklyDistanceKm !== 'number') return undefined
  const from =
    typeof t.previousWeeklyDistanceKm === 'number' ? `${t.previousWeeklyDistanceKm} → ` : ''
  const over = typeof t.changeOverWeeks === 'number' ? ` over ${t.changeOverWeeks} weeks` : ''
  return `Training increased ${from}${t.weeklyDistanceKm} km/week${over}`
}

function symptomDuration(s: AssessmentSections): string | undefined {
  const d = s.history.onset?.duration
  return d ? `Symptoms for ${durationInWords(d)}` : undefined
}

const inWords = (e: AppliedEvidence, s: AssessmentSections): string =>
  (e.state === 'present' ? inTheRecordsWords[e.finding]?.(s) : undefined) ?? e.label

const unique = (items: string[]) => [...new Set(items)]

/**
 * Classification criteria are conclusions drawn from findings, not findings: "criteria not met"
 * says nothing the findings listed do not, so it is left out of the relevant negatives.
 */
const criteria: readonly FindingId[] = [
  'acr-hip-oa-criteria',
  'nice-oa-criteria',
  'doha-adductor-related',
]

/**
 * Whether an absent finding reads as a negative ("No clicking", "FADIR negative", "Iliopsoas not
 * tender"). Some absent findings read as something found instead ("Gradual onset" is the absence
 * of a sudden one): under "Relevant negatives" they would read wrongly, so they count as what
 * they say.
 */
const readsAsNegative = (e: AppliedEvidence) => /^(no|not)\b|\b(not|negative|none)\b/i.test(e.label)

const negative = (e: AppliedEvidence) =>
  e.state === 'absent' && readsAsNegative(e) && !criteria.includes(e.finding)

export function findingsBehindDiagnosis(
  confirmed: readonly ConfirmedDiagnosis[],
  result: Pick<ReasoningResult, 'differential'>,
  sections: AssessmentSections,
): FindingsBehindDiagnosis {
  const ids = confirmed.flatMap((d) => ('conditionId' in d ? [d.conditionId] : []))
  const diagnosed = ids
    .map((id) => result.differential.find((c) => c.id === id))
    .filter((c): c is ConditionResult => c !== undefined)
  if (diagnosed.length === 0) return { supporting: [], relevantNegatives: [] }
  const alternatives = result.differential.filter((c) => !ids.includes(c.id)).slice(0, ALTERNATIVES)
  return {
    // Found, or said as found ("Gradual onset"), and pointing towards the diagnosis.
    supporting: unique(
      diagnosed
        .flatMap((c) => c.supporting.filter((e) => e.state === 'present' || !readsAsNegative(e)))
        .map((e) => inWords(e, sections)),
    ).slice(0, MAX_SUPPORTING),
    // Looked for and not found: bearing on the diagnosis itself, then against the alternatives.
    relevantNegatives: unique(
      [
        ...diagnosed.flatMap((c) => [...c.supporting, ...c.opposing].filter(negative)),
        ...alternatives.flatMap((c) => c.opposing.filter(negative)),
      ].map((e) => inWords(e, sections)),
    ).slice(0, MAX_NEGATIVES),
  }
}
