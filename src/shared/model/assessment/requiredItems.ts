import type { Sex } from '../patient'
import type { AssessmentSection, AssessmentSections } from './assessment'
import {
  energyAvailabilityQuestions,
  mechanicalSymptomQuestions,
  redFlagQuestions,
  runningBehaviourQuestions,
} from './history'
import { IHOT12_ITEM_COUNT, LEFS_ITEM_COUNT, hagosSubscales } from './outcomeMeasures'
import {
  palpationSites,
  requiredRomMotions,
  romMotionLabels,
  strengthGroupLabels,
  strengthGroups,
} from './physicalExam'
import { NOT_ASSESSED } from './recordedValues'
import { valueAtPath } from './valueAtPath'

/**
 * What a finalised assessment must contain. Each item must hold a value or say "not assessed";
 * a draft may leave any of them out. The same list drives the finalise check in main, the
 * "missing items" list on the Review step and the "mark the rest not assessed" action.
 */
export interface RequiredItem {
  step: AssessmentSection
  /** Dot path inside the sections, e.g. `history.pain.now`. */
  path: string
  /** Shown in the list of missing items. */
  label: string
  /** Heading of the part of the step the item sits in. */
  group: string
  /** Whether the stored value counts as recorded; default: anything but undefined. */
  isRecorded?: (value: unknown) => boolean
  /** What "mark as not assessed" writes; absent where the item cannot be skipped. */
  notAssessed?: unknown
}

export interface RequiredItemsContext {
  sex?: Sex
}

const nonEmptyText = (v: unknown) => typeof v === 'string' && v.trim() !== ''
const hasStatus = (v: unknown) =>
  typeof v === 'object' && v !== null && 'status' in v && v.status !== undefined
const notAssessedGroup = { status: NOT_ASSESSED, present: [] }

function complete(v: unknown, check: (recorded: Record<string, unknown>) => boolean) {
  if (!hasStatus(v)) return false
  const value = v as Record<string, unknown>
  return value.status === NOT_ASSESSED || check(value)
}
const allFilled = (items: unknown, count: number) =>
  Array.isArray(items) && items.length === count && items.every((i) => typeof i === 'number')

function historyItems(context: RequiredItemsContext): RequiredItem[] {
  const h = (
    path: string,
    label: string,
    group: string,
    extra: Partial<RequiredItem> = {},
  ): RequiredItem => ({
    step: 'history',
    path: `history.${path}`,
    label,
    group,
    notAssessed: NOT_ASSESSED,
    ...extra,
  })
  return [
    h('painSide', 'Side of the pain', 'Where it hurts'),
    h('painAreas', 'Painful areas on the body chart', 'Where it hurts', {
      isRecorded: (v) => Array.isArray(v) && v.length > 0,
      notAssessed: undefined,
    }),
    h('painBelowKnee', 'Pain travelling below the knee', 'Where it hurts'),
    h('onset.type', 'Onset (sudden or gradual)', 'Onset and pain'),
    h('onset.duration', 'How long it has been present', 'Onset and pain', {
      notAssessed: undefined,
    }),
    h('pain.now', 'Pain now (0-10)', 'Onset and pain'),
    h('pain.worst24h', 'Worst pain in the last 24 hours (0-10)', 'Onset and pain'),
    h('pain.duringRunning', 'Pain during running (0-10)', 'Onset and pain'),
    h('nightPain', 'Night pain', '24-hour pattern'),
    h('morningStiffnessMinutes', 'Morning stiffness (minutes)', '24-hour pattern'),
    ...runningBehaviourQuestions
      .slice(0, 3)
      .map((q) => h(`runningBehaviour.${q.key}`, q.label, 'Behaviour with running')),
    h('aggravating', 'Aggravating factors', 'Behaviour with running', {
      isRecorded: hasStatus,
      notAssessed: notAssessedGroup,
    }),
    ...mechanicalSymptomQuestions
      .filter((q) => q.key !== 'givingWay')
      .map((q) => h(`mechanicalSymptoms.${q.key}`, q.label, 'Mechanical symptoms')),
    h('training.weeklyDistanceKm', 'Current weekly distance', 'Training load'),
    h('training.recentChange', 'Recent change in training', 'Training load'),
    h('pastHistory.previousBoneStressInjury', 'Previous bone stress injury', 'Past injuries'),
    ...redFlagQuestions.map((q) => h(`redFlags.${q.key}`, q.label, 'Red-flag screen')),
    ...(context.sex === 'female'
      ? [
          h(
            'energyAvailability.menstrualStatus',
            'Menstrual history',
            'Energy availability (RED-S)',
          ),
        ]
      : []),
    ...energyAvailabilityQuestions.map((q) =>
      h(`energyAvailability.${q.key}`, q.label, 'Energy availability (RED-S)'),
    ),
    h('general.goals', "The patient's goals", 'General health and goals', {
      isRecorded: nonEmptyText,
      notAssessed: undefined,
    }),
  ]
}

export function outcomeItems(): RequiredItem[] {
  const o = (
    path: string,
    label: string,
    check: (v: Record<string, unknown>) => boolean,
  ): RequiredItem => ({
    step: 'outcomes',
    path: `outcomes.${path}`,
    label,
    group: 'Questionnaires',
    isRecorded: (v) => complete(v, check),
    notAssessed: { status: NOT_ASSESSED },
  })
  return [
    o('lefs', 'LEFS (all 20 items, or not assessed)', (v) => allFilled(v.items, LEFS_ITEM_COUNT)),
    o(
      'ihot12',
      'iHOT-12 (12 items or the total, or not assessed)',
      (v) => typeof v.total === 'number' || allFilled(v.items, IHOT12_ITEM_COUNT),
    ),
    o('visaG', 'VISA-G (total, or not assessed)', (v) => typeof v.total === 'number'),
    o('hagos', 'HAGOS (all six subscales, or not assessed)', (v) =>
      hagosSubscales.every((s) => typeof v[s] === 'number'),
    ),
  ]
}

function examItems(sections: AssessmentSections): RequiredItem[] {
  const e = (
    path: string,
    label: string,
    group: string,
    extra: Partial<RequiredItem> = {},
  ): RequiredItem => ({
    step: 'exam',
    path: `exam.${path}`,
    label,
    group,
    notAssessed: NOT_ASSESSED,
    ...extra,
  })
  const sideLabel = { left: 'left', right: 'right' } as const
  const rotationMeasured = ['internalRotation', 'externalRotation'].some((m) =>
    (['left', 'right'] as const).some(
      (s) => typeof valueAtPath(sections, `exam.rom.motions.${m}.${s}`) === 'number',
    ),
  )
  const forceRecorded = strengthGroups.some((g) =>
    (['left', 'right'] as const).some(
      (s) => typeof valueAtPath(sections, `exam.strength.${g}.${s}.forceN`) === 'number',
    ),
  )
  return [
    e('observation.weightBearing', 'Weight bearing', 'Observation and gait'),
    e('observation.antalgicGait', 'Antalgic gait', 'Observation and gait'),
    e('observation.trendelenburgGait', 'Trendelenburg gait', 'Observation and gait'),
    e(
      'observation.singleLegSquat.pelvicDrop',
      'Single-leg squat: pelvic drop',
      'Observation and gait',
    ),
    ...requiredRomMotions.flatMap((m) =>
      (['left', 'right'] as const).map((s) =>
        e(`rom.motions.${m}.${s}`, `${romMotionLabels[m]}, ${sideLabel[s]}`, 'Range of motion'),
      ),
    ),
    ...(rotationMeasured
      ? [
          e('rom.rotationPosition', 'Position used for rotation', 'Range of motion', {
            notAssessed: undefined,
          }),
        ]
      : []),
    ...strengthGroups.flatMap((g) =>
      (['left', 'right'] as const).map((s) =>
        e(`strength.${g}.${s}`, `${strengthGroupLabels[g]}, ${sideLabel[s]}`, 'Strength', {
          isRecorded: (v) =>
            typeof v === 'object' &&
            v !== null &&
            ('oxford' in v || 'forceN' in v) &&
            ((v as { oxford?: unknown }).oxford !== undefined ||
              (v as { forceN?: unknown }).forceN !== undefined),
          notAssessed: { oxford: NOT_ASSESSED },
        }),
      ),
    ),
    ...(forceRecorded
      ? [
          e('bodyMassKg', 'Body mass (to express dynamometer force per kg)', 'Strength', {
            notAssessed: undefined,
          }),
        ]
      : []),
    ...palpationSites.flatMap((site) =>
      ('midline' in site && site.midline
        ? (['midline'] as const)
        : (['left', 'right'] as const)
      ).map((s) =>
        e(
          `palpation.${site.id}.${s}`,
          s === 'midline' ? site.label : `${site.label}, ${s}`,
          'Palpation',
        ),
      ),
    ),
  ]
}

function runningItems(sections: AssessmentSections): RequiredItem[] {
  const r = (path: string, label: string, extra: Partial<RequiredItem> = {}): RequiredItem => ({
    step: 'running',
    path: `running.${path}`,
    label,
    group: 'Running technique',
    notAssessed: NOT_ASSESSED,
    ...extra,
  })
  const status = sections.running?.status
  if (status === NOT_ASSESSED) {
    return [
      r('notAssessedReason', 'Why running was not assessed', {
        isRecorded: nonEmptyText,
        notAssessed: undefined,
      }),
    ]
  }
  return [
    r('status', 'Running technique assessed, or not assessed (and why)', {
      notAssessed: undefined,
    }),
    r('cadenceSpm', 'Cadence (steps per minute)'),
    r('trunkLean', 'Trunk lean'),
    r('footStrike', 'Foot strike'),
    r('overstride', 'Overstriding'),
    r('pelvicDrop', 'Contralateral pelvic drop'),
    r('hipAdductionKneeValgus', 'Hip adduction / knee valgus'),
    r('crossover', 'Crossover / narrow step width'),
    r('hipExtensionAtToeOff', 'Hip extension at toe-off'),
  ]
}

export function requiredItems(
  sections: AssessmentSections,
  context: RequiredItemsContext = {},
): RequiredItem[] {
  return [
    ...historyItems(context),
    ...outcomeItems(),
    ...examItems(sections),
    ...runningItems(sections),
  ]
}

/** The required items not yet recorded, in the order of the steps. */
export function missingItems(
  sections: AssessmentSections,
  context: RequiredItemsContext = {},
): RequiredItem[] {
  return requiredItems(sections, context).filter((item) => {
    const value = valueAtPath(sections, item.path)
    return !(item.isRecorded ? item.isRecorded(value) : value !== undefined)
  })
}
