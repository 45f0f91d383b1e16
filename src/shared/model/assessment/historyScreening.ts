import { z } from 'zod'
import {
  choiceOf,
  measurementSchema,
  yesNoGroupSchema,
  yesNoSchema,
  type Option,
  type YesNoQuestion,
} from './recordedValues'

/**
 * The history's screening details (schema version 2): what makes a red-flag answer measurable
 * (temperature, how much weight was lost, which cancer and when), how the leg lies at rest,
 * psychosocial factors, menopause and hormone therapy, and injections into the hip region.
 * Each is optional; history.ts puts them in the history record.
 */

const text = (max: number) => z.string().max(max, `Keep this under ${max} characters`).optional()

/** Measured today. The range refuses typing slips (e.g. 3.7 or 387) rather than real fevers. */
export const TEMPERATURE_RANGE_C = { min: 34, max: 43 } as const
export const temperatureSchema = measurementSchema(TEMPERATURE_RANGE_C.min, TEMPERATURE_RANGE_C.max)

export const weightLossPeriodUnits = ['weeks', 'months'] as const
export const weightLossSchema = z.object({
  /** Kilograms lost without trying. */
  kg: z.number('Enter a number').min(0, 'Cannot be negative').max(100, 'At most 100 kg').optional(),
  /** Over how long. The key is `duration`, like the onset's, so forms and tests treat both alike. */
  duration: z
    .object({
      value: z.number('Enter a number').min(0, 'Cannot be negative').max(520),
      unit: z.enum(weightLossPeriodUnits),
    })
    .optional(),
})

export const previousCancerSchema = z.object({
  /** e.g. "breast", "prostate", "myeloma". */
  type: text(200),
  yearDiagnosed: z
    .number('Enter a year')
    .int('A whole year, e.g. 2019')
    .min(1900, 'A year from 1900')
    .max(2100, 'A year up to 2100')
    .optional(),
})

export const legPositions = [
  'normal',
  'flexed-abducted-externally-rotated',
  'shortened-externally-rotated',
] as const
export const legPositionOptions: Option<(typeof legPositions)[number]>[] = [
  { value: 'normal', label: 'Normal' },
  {
    value: 'flexed-abducted-externally-rotated',
    label: 'Held flexed, abducted and externally rotated',
  },
  { value: 'shortened-externally-rotated', label: 'Shortened and externally rotated' },
]
export const legAtRestSchema = z.object({
  position: choiceOf(legPositions).optional(),
  apparentShortening: yesNoSchema.optional(),
})

export const psychosocialQuestions = [
  {
    key: 'fearOfMovement',
    label: 'Fear of movement or of re-injury',
    help: 'e.g. "I am afraid I might injure myself if I run" (a Tampa-style question).',
  },
  {
    key: 'unhelpfulBeliefs',
    label: 'Unhelpful beliefs about the pain',
    help: 'e.g. that pain means damage, or that the hip is "worn out".',
  },
  { key: 'sleepDisturbance', label: 'Sleep disturbed (by pain or otherwise)' },
  { key: 'stressOrLowMood', label: 'Stress, anxiety or low mood' },
] as const satisfies readonly YesNoQuestion[]
export const psychosocialSchema = z.object({
  ...yesNoGroupSchema(psychosocialQuestions).shape,
  notes: text(1000),
})

export const menopauseStatuses = [
  'premenopausal',
  'perimenopausal',
  'postmenopausal',
  'not-applicable',
] as const
export const menopauseStatusLabels: Record<(typeof menopauseStatuses)[number], string> = {
  premenopausal: 'Before the menopause',
  perimenopausal: 'Around the menopause (perimenopausal)',
  postmenopausal: 'After the menopause',
  'not-applicable': 'Not applicable',
}

export const kneePainTypes = ['none', 'anterior', 'medial', 'diffuse'] as const
export const kneePainLabels: Record<(typeof kneePainTypes)[number], string> = {
  none: 'None',
  anterior: 'Front of the knee',
  medial: 'Inner side of the knee',
  diffuse: 'All over the knee',
}

/** How often locking or giving way happens. */
export const symptomFrequencies = ['never', 'less-than-weekly', 'weekly', 'daily'] as const
export const symptomFrequencyLabels: Record<(typeof symptomFrequencies)[number], string> = {
  never: 'Never',
  'less-than-weekly': 'Less than once a week',
  weekly: 'Every week',
  daily: 'Every day',
}
export const mechanicalFrequencySchema = z.object({
  locking: choiceOf(symptomFrequencies).optional(),
  givingWay: choiceOf(symptomFrequencies).optional(),
})

export const surfaceHardnesses = ['soft', 'mixed', 'hard'] as const
export const surfaceHardnessLabels: Record<(typeof surfaceHardnesses)[number], string> = {
  soft: 'Mostly soft (grass, trail, track)',
  mixed: 'Mixed',
  hard: 'Mostly hard (road, pavement, concrete)',
}

/** Percent increase in weekly training, for when the distances themselves are not known. */
export const trainingIncreasePercentSchema = z
  .number('Enter a number')
  .min(0, 'Cannot be negative')
  .max(500, 'At most 500%')
