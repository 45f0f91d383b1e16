import type { Assessment, AssessmentSections, AssessmentType } from './assessment'
import type { FollowUpDue, KeySign } from './followUp'
import { redFlagQuestions } from './history'
import { NOT_ASSESSED } from './recordedValues'
import { questionnaireItems } from './questionnaireItems'
import { requiredItems, type RequiredItem, type RequiredItemsContext } from './requiredItems'
import { valueAtPath } from './valueAtPath'

/**
 * A follow-up is a re-assessment note, not a second initial assessment. It must record the
 * patient's account of the change since last visit, the global rating of change, pain now, the
 * questionnaires due (those recorded last time), the signs abnormal last time retested, and how
 * much of the home programme was done; the plan must say whether it progresses, continues,
 * regresses, discharges or refers. Everything else may be recorded but need not be.
 *
 * A follow-up is held to these rules when it carries `followUpDue` (set when it starts); one
 * started before follow-ups were short notes keeps the initial assessment's rules it was
 * finalised under, so old signed records still pass the checks made on import.
 */
export interface AssessmentRulesContext extends RequiredItemsContext {
  type?: AssessmentType
  followUpDue?: FollowUpDue
}

/** The context a record's rules need, from the record and its patient. */
export function rulesContextOf(
  a: Pick<Assessment, 'type' | 'followUpDue'>,
  patient: RequiredItemsContext,
): AssessmentRulesContext {
  return {
    ...patient,
    type: a.type,
    ...(a.followUpDue ? { followUpDue: a.followUpDue } : {}),
  }
}

/** The required items of this record: the follow-up's when it is a short follow-up. */
export function requiredItemsFor(
  sections: AssessmentSections,
  context: AssessmentRulesContext,
): RequiredItem[] {
  return context.type === 'follow-up' && context.followUpDue
    ? followUpRequiredItems(sections, context.followUpDue)
    : requiredItems(sections, context)
}

/** The required items not yet recorded, in the order of the steps. */
export function missingItemsFor(
  sections: AssessmentSections,
  context: AssessmentRulesContext,
): RequiredItem[] {
  return requiredItemsFor(sections, context).filter((item) => {
    const value = valueAtPath(sections, item.path)
    return !(item.isRecorded ? item.isRecorded(value) : value !== undefined)
  })
}

/** The decision a follow-up's plan must carry; undefined when it has it or needs none. */
export function missingProgression(
  a: Pick<Assessment, 'type' | 'followUpDue' | 'plan'>,
): string | undefined {
  if (a.type !== 'follow-up' || !a.followUpDue || !a.plan) return undefined
  if (!a.plan.progression)
    return 'Plan at this visit: progress, continue, regress, discharge or refer'
  if (a.plan.progression === 'refer' && a.plan.referrals.length === 0)
    return 'Plan: add the referral (the plan at this visit is to refer)'
  return undefined
}

const nonEmptyText = (v: unknown) => typeof v === 'string' && v.trim() !== ''
const recordedOrNotAssessed = (v: unknown, check: (value: Record<string, unknown>) => boolean) =>
  typeof v === 'object' &&
  v !== null &&
  'status' in v &&
  (v.status === NOT_ASSESSED || (v.status !== undefined && check(v as Record<string, unknown>)))

const SINCE = 'Since last visit'
const KEY_SIGNS = 'Key signs to retest'

export function followUpRequiredItems(
  sections: AssessmentSections,
  due: FollowUpDue,
): RequiredItem[] {
  const duePaths = new Set(due.measures.map((m) => m.path))
  const questionnaires = questionnaireItems().filter((item) => duePaths.has(item.path))
  const psfs: RequiredItem[] = duePaths.has('outcomes.psfs')
    ? [
        {
          step: 'outcomes',
          path: 'outcomes.psfs',
          label: 'PSFS (each activity rated, or not assessed)',
          group: 'Questionnaires',
          isRecorded: (v) =>
            recordedOrNotAssessed(v, (p) => {
              const activities = p.activities
              return (
                Array.isArray(activities) &&
                activities.length > 0 &&
                activities.every((a: { score?: unknown }) => typeof a.score === 'number')
              )
            }),
          notAssessed: { status: NOT_ASSESSED },
        },
      ]
    : []
  return [
    {
      step: 'history',
      path: 'history.sinceLastVisit.subjectiveChange',
      label: 'What has changed since last visit, in the patient’s words',
      group: SINCE,
      isRecorded: nonEmptyText,
    },
    {
      step: 'history',
      path: 'history.pain.now',
      label: 'Pain now (0-10)',
      group: SINCE,
      notAssessed: NOT_ASSESSED,
    },
    {
      step: 'history',
      path: 'history.sinceLastVisit.adherence',
      label: 'Home programme done',
      group: SINCE,
      notAssessed: NOT_ASSESSED,
    },
    // The red-flag screen is asked again at every visit, each question answered yes or no.
    ...redFlagQuestions.map((q): RequiredItem => ({
      step: 'history',
      path: `history.redFlags.${q.key}`,
      label: q.label,
      group: 'Red-flag screen',
      isRecorded: (v) => v === 'yes' || v === 'no',
    })),
    {
      step: 'outcomes',
      path: 'outcomes.groc',
      label: 'Global rating of change (or not assessed)',
      group: 'Global rating of change',
      isRecorded: (v) => recordedOrNotAssessed(v, (g) => typeof g.score === 'number'),
      notAssessed: { status: NOT_ASSESSED },
    },
    ...questionnaires,
    ...psfs,
    ...due.signs.filter((s) => s.path.startsWith('exam.')).map(examSign),
    ...runningSigns(sections, due.signs),
  ]
}

function examSign(sign: KeySign): RequiredItem {
  const base = { step: 'exam' as const, path: sign.path, label: sign.label, group: KEY_SIGNS }
  if (sign.path.startsWith('exam.specialTests.'))
    return {
      ...base,
      label: `${sign.label} (positive or negative today)`,
      isRecorded: (v) =>
        typeof v === 'object' &&
        v !== null &&
        'result' in v &&
        (v.result === 'positive' || v.result === 'negative'),
    }
  if (sign.path.startsWith('exam.strength.'))
    return {
      ...base,
      isRecorded: (v) =>
        typeof v === 'object' &&
        v !== null &&
        ((v as { oxford?: unknown }).oxford !== undefined ||
          (v as { forceN?: unknown }).forceN !== undefined),
      notAssessed: { oxford: NOT_ASSESSED },
    }
  return { ...base, notAssessed: NOT_ASSESSED }
}

/** Running faults are retested when the runner runs today; if not, the reason is recorded. */
function runningSigns(sections: AssessmentSections, signs: KeySign[]): RequiredItem[] {
  const running = signs.filter((s) => s.path.startsWith('running.'))
  if (running.length === 0) return []
  const r = (path: string, label: string, extra: Partial<RequiredItem> = {}): RequiredItem => ({
    step: 'running',
    path,
    label,
    group: KEY_SIGNS,
    notAssessed: NOT_ASSESSED,
    ...extra,
  })
  if (sections.running.status === NOT_ASSESSED)
    return [
      r('running.notAssessedReason', 'Why running was not assessed', {
        isRecorded: nonEmptyText,
        notAssessed: undefined,
      }),
    ]
  return [
    r('running.status', 'Running technique assessed, or not assessed (and why)', {
      notAssessed: undefined,
    }),
    ...running.map((s) => r(s.path, s.label)),
  ]
}
