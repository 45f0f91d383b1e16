import type { ChannelName } from '../api/channels'
import { instruments } from '../clinical/outcomeMeasureInfo'
import {
  scoreGroc,
  scoreHagos,
  scoreIhot12,
  scoreLefs,
  scorePsfs,
  scoreVisaG,
  type Score,
} from '../clinical/outcomeScoring'
import { painQuestionOrder, type PainQuestion } from '../clinical/patientWording'
import type { AssessmentSections, AssessmentType } from '../model/assessment/assessment'
import {
  LEFS_ITEM_COUNT,
  PSFS_MAX_ACTIVITIES,
  type OutcomeMeasures,
  type PsfsActivity,
} from '../model/assessment/outcomeMeasures'
import { NOT_ASSESSED } from '../model/assessment/recordedValues'
import {
  patientQuestionnaires,
  type PatientMode,
  type PatientQuestionnaire,
} from '../model/patientMode'

/**
 * Patient mode's rules: which questionnaires a patient is offered, which are ticked by default,
 * which activities the PSFS asks about, the pages the patient goes through, how an answer goes
 * into the draft, and what main still answers while the patient holds the laptop.
 */

type Draft = Pick<AssessmentSections, 'history' | 'outcomes'>

/** Questionnaires whose wording the app may not show: the patient fills in the paper form. */
export const isPaperForm = (q: PatientQuestionnaire): boolean => !instruments[q].itemsShown

/** What can be handed over: the global rating of change only at a follow-up (it asks about change). */
export function questionnairesOffered(type: AssessmentType): PatientQuestionnaire[] {
  return patientQuestionnaires.filter((q) => q !== 'groc' || type === 'follow-up')
}

const done = (score: Score) => score.kind === 'score' || score.kind === 'not-assessed'

/** Whether a questionnaire's answers are in the draft already (or it was marked not assessed). */
export function isRecorded(q: PatientQuestionnaire, draft: Draft): boolean {
  const o = draft.outcomes
  switch (q) {
    case 'nprs':
      return painQuestionOrder.every((k) => draft.history.pain?.[k] !== undefined)
    case 'lefs':
      return done(scoreLefs(o.lefs))
    case 'psfs':
      return done(scorePsfs(o.psfs))
    case 'groc':
      return done(scoreGroc(o.groc))
    case 'ihot12':
      return done(scoreIhot12(o.ihot12))
    case 'visaG':
      return done(scoreVisaG(o.visaG))
    case 'hagos':
      return Object.values(scoreHagos(o.hagos)).every(done)
  }
}

/**
 * Ticked when the clinician opens the hand-over: those offered and not recorded yet; VISA-G only
 * for lateral hip pain, the pain it was made for.
 */
export function defaultQuestionnaires(type: AssessmentType, draft: Draft): PatientQuestionnaire[] {
  const lateral = draft.history.painAreas?.some((a) => a.region === 'lateral-hip') ?? false
  return questionnairesOffered(type).filter(
    (q) => !isRecorded(q, draft) && (q !== 'visaG' || lateral),
  )
}

/** The activities named at the last visit, to be rated again (none if none were recorded). */
export function carriedPsfsActivities(previous: OutcomeMeasures | undefined): string[] {
  if (previous?.psfs?.status !== 'recorded') return []
  return (previous.psfs.activities ?? []).map((a) => a.activity).slice(0, PSFS_MAX_ACTIVITIES)
}

/**
 * The PSFS activities to show: those already in the draft; otherwise last visit's, unrated, so
 * that the same activities are compared over time.
 */
export function psfsActivitiesToRate(
  current: OutcomeMeasures['psfs'],
  carried: readonly string[],
): PsfsActivity[] {
  const named = current?.activities ?? []
  if (named.length > 0) return named
  return carried.map((activity) => ({ activity, score: null }))
}

/** One screen of patient mode. */
export type PatientPage =
  | { kind: 'welcome' }
  | { kind: 'pain'; question: PainQuestion }
  | { kind: 'lefs-intro' }
  | { kind: 'lefs'; item: number }
  | { kind: 'psfs-names' }
  | { kind: 'psfs-rate'; activity: number }
  | { kind: 'groc' }
  | { kind: 'paper'; forms: PatientQuestionnaire[] }
  | { kind: 'done' }

/**
 * The pages, in the order the patient meets them: one question a page; the PSFS asks for the
 * activities, then one page per activity named; paper forms last, on one page.
 */
export function patientPages(mode: PatientMode, psfsActivityCount: number): PatientPage[] {
  const chosen = new Set(mode.questionnaires)
  const pages: PatientPage[] = [{ kind: 'welcome' }]
  if (chosen.has('nprs'))
    painQuestionOrder.forEach((question) => pages.push({ kind: 'pain', question }))
  if (chosen.has('lefs')) {
    pages.push({ kind: 'lefs-intro' })
    for (let item = 0; item < LEFS_ITEM_COUNT; item++) pages.push({ kind: 'lefs', item })
  }
  if (chosen.has('psfs')) {
    pages.push({ kind: 'psfs-names' })
    for (let activity = 0; activity < psfsActivityCount; activity++)
      pages.push({ kind: 'psfs-rate', activity })
  }
  if (chosen.has('groc')) pages.push({ kind: 'groc' })
  const paper = mode.questionnaires.filter(isPaperForm)
  if (paper.length > 0) pages.push({ kind: 'paper', forms: paper })
  pages.push({ kind: 'done' })
  return pages
}

/** A pain rating the patient chose (or cleared), into the history's pain scores. */
export function withPainAnswer(
  history: AssessmentSections['history'],
  question: PainQuestion,
  value: number | undefined,
): AssessmentSections['history'] {
  const pain = { ...history.pain }
  if (value === undefined) delete pain[question]
  else pain[question] = value
  return { ...history, pain }
}

/** One LEFS answer (0-4); the questionnaire is then recorded, complete or not. */
export function withLefsAnswer(
  outcomes: OutcomeMeasures,
  item: number,
  value: number,
): OutcomeMeasures {
  const items = Array.from({ length: LEFS_ITEM_COUNT }, (_, i) => outcomes.lefs?.items?.[i] ?? null)
  items[item] = value
  return { ...outcomes, lefs: { ...outcomes.lefs, status: 'recorded', items } }
}

/**
 * The PSFS as the patient has it: blank activity names are dropped (the record needs a name);
 * with none named, the PSFS stays as it was.
 */
export function withPsfsActivities(
  outcomes: OutcomeMeasures,
  activities: readonly PsfsActivity[],
): OutcomeMeasures {
  const named = activities
    .map((a) => ({ ...a, activity: a.activity.trim() }))
    .filter((a) => a.activity.length > 0)
    .slice(0, PSFS_MAX_ACTIVITIES)
  if (named.length === 0) {
    if (outcomes.psfs?.status === NOT_ASSESSED) return outcomes
    const rest = { ...outcomes }
    delete rest.psfs
    return rest
  }
  return { ...outcomes, psfs: { status: 'recorded', activities: named } }
}

/** The GROC rating the patient chose (-7 to +7). */
export function withGrocAnswer(outcomes: OutcomeMeasures, score: number): OutcomeMeasures {
  return { ...outcomes, groc: { status: 'recorded', score } }
}

/** The only calls main answers while a patient holds the laptop: reading and saving that draft. */
export const patientModeChannels = [
  'getAssessment',
  'getDraftCopy',
  'keepDraftCopy',
  'saveAssessmentDraft',
] as const satisfies readonly ChannelName[]

/**
 * Whether main answers a call in patient mode: only the calls above, and only about the draft
 * handed over. Everything else of the records (other patients, this patient's other visits,
 * exports, settings) is refused even if the window asked for it.
 */
export function patientModeAllows(
  mode: PatientMode,
  channel: ChannelName,
  input: unknown,
): boolean {
  if (!(patientModeChannels as readonly string[]).includes(channel)) return false
  return (
    typeof input === 'object' &&
    input !== null &&
    (input as { id?: unknown }).id === mode.assessmentId
  )
}
