import {
  afterTrauma,
  examRegionKeyTests,
  hadTrauma,
  keyPalpationSites,
  keySpecialTests,
  regionsWhereItHurts,
} from '../../clinical/examRegions'
import { specialTests } from '../../clinical/specialTests'
import type { Sex } from '../patient'
import type { AssessmentSection, AssessmentSections } from './assessment'
import { energyAvailabilityQuestions, redFlagQuestions } from './history'
import {
  palpationSites,
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
const answeredYesOrNo = (v: unknown) => v === 'yes' || v === 'no'
/**
 * The focused initial assessment: what a clinician must record, not every row of the form
 * (issue 12). Where it hurts and the pain (which also choose the exam's key tests), the whole
 * red-flag screen, and the key tests of the regions where it hurts (clinical/examRegions.ts).
 * Everything else stays on the form, optional.
 */
function historyItems(sections: AssessmentSections, context: RequiredItemsContext): RequiredItem[] {
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
    h('onset.type', 'Onset (sudden or gradual)', 'Onset and pain'),
    // How it started and a felt pop feed the trauma and avulsion red flags.
    h('onset.mechanism', 'How it started', 'Onset and pain', { notAssessed: undefined }),
    ...(sections.history.onset?.type === 'sudden'
      ? [h('onset.feltPop', 'Felt a pop or snap', 'Onset and pain')]
      : []),
    h('onset.duration', 'How long it has been present', 'Onset and pain', {
      notAssessed: undefined,
    }),
    h('pain.now', 'Pain now (0-10)', 'Onset and pain'),
    h('pain.worst24h', 'Worst pain in the last 24 hours (0-10)', 'Onset and pain'),
    h('pain.duringRunning', 'Pain during running (0-10)', 'Onset and pain'),
    h('nightPain', 'Night pain', '24-hour pattern'),
    // A red flag is never skipped as "not assessed" (nor "not asked"): each is asked and
    // answered yes or no.
    ...redFlagQuestions.map((q) =>
      h(`redFlags.${q.key}`, q.label, 'Red-flag screen', {
        notAssessed: undefined,
        isRecorded: answeredYesOrNo,
      }),
    ),
    // Low energy availability raises the RED-S flag (a bone stress risk factor): screened too.
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
  ]
}

const bothSides = ['left', 'right'] as const

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
  const regions = regionsWhereItHurts(sections.history)
  const romMotions = [...new Set(regions.flatMap((r) => examRegionKeyTests[r].rom))]
  const groups = [...new Set(regions.flatMap((r) => examRegionKeyTests[r].strength))]
  const rotationMeasured = ['internalRotation', 'externalRotation'].some((m) =>
    bothSides.some((s) => typeof valueAtPath(sections, `exam.rom.motions.${m}.${s}`) === 'number'),
  )
  const forceRecorded = strengthGroups.some((g) =>
    bothSides.some(
      (s) => typeof valueAtPath(sections, `exam.strength.${g}.${s}.forceN`) === 'number',
    ),
  )
  const group = 'Key tests'
  return [
    // Unable to bear weight raises the fracture and infection red flags.
    e('observation.weightBearing', 'Weight bearing', 'Observation and gait'),
    ...keyPalpationSites(regions).flatMap((id) => {
      const site = palpationSites.find((p) => p.id === id)!
      return ('midline' in site && site.midline ? (['midline'] as const) : bothSides).map((s) =>
        e(
          `palpation.${id}.${s}`,
          s === 'midline' ? `Palpation: ${site.label}` : `Palpation: ${site.label}, ${s}`,
          group,
        ),
      )
    }),
    ...[
      ...new Set([
        ...keySpecialTests(regions),
        ...(hadTrauma(sections.history) ? afterTrauma.specialTests : []),
      ]),
    ].map((id) =>
      e(`specialTests.${id}.result`, specialTests[id].name, group, { notAssessed: 'not-tested' }),
    ),
    ...romMotions.flatMap((m) =>
      bothSides.map((s) => e(`rom.motions.${m}.${s}`, `${romMotionLabels[m]}, ${s}`, group)),
    ),
    ...(rotationMeasured
      ? [
          e('rom.rotationPosition', 'Position used for rotation', 'Range of motion', {
            notAssessed: undefined,
          }),
        ]
      : []),
    ...groups.flatMap((g) =>
      bothSides.map((s) =>
        e(`strength.${g}.${s}`, `${strengthGroupLabels[g]}, ${s}`, group, {
          isRecorded: (v) =>
            typeof v === 'object' &&
            v !== null &&
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
  ]
}

function runningItems(sections: AssessmentSections): RequiredItem[] {
  // The checklist is optional; but a running assessment marked "not assessed" says why.
  if (sections.running?.status !== NOT_ASSESSED) return []
  return [
    {
      step: 'running',
      path: 'running.notAssessedReason',
      label: 'Why running was not assessed',
      group: 'Running technique',
      isRecorded: nonEmptyText,
    },
  ]
}

export function requiredItems(
  sections: AssessmentSections,
  context: RequiredItemsContext = {},
): RequiredItem[] {
  return [...historyItems(sections, context), ...examItems(sections), ...runningItems(sections)]
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
