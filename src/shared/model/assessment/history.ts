import { z } from 'zod'
import { calendarDateSchema } from '../calendarDate'
import { bodyRegions } from './bodyRegions'
import { sinceLastVisitSchema } from './followUp'
import {
  kneePainTypes,
  legAtRestSchema,
  mechanicalFrequencySchema,
  menopauseStatuses,
  previousCancerSchema,
  psychosocialSchema,
  surfaceHardnesses,
  temperatureSchema,
  trainingIncreasePercentSchema,
  weightLossSchema,
} from './historyScreening'
import {
  checklistSchema,
  choiceOf,
  measurementSchema,
  painSides,
  sides,
  yesNoGroupSchema,
  yesNoSchema,
  type Option,
  type YesNoQuestion,
} from './recordedValues'

/** The subjective examination: what the runner reports. */

const text = (max = 2000) => z.string().max(max, `Keep this under ${max} characters`).optional()

export const onsetTypes = ['sudden', 'gradual'] as const
export const onsetMechanisms = [
  'sprint-or-acceleration',
  'kick-or-overstretch',
  'change-of-direction',
  'twist-or-pivot',
  'fall',
  'direct-blow',
  'fall-or-collision',
  'training-increase',
  'no-clear-cause',
  'other',
] as const
export type OnsetMechanism = (typeof onsetMechanisms)[number]
export const onsetMechanismLabels: Record<OnsetMechanism, string> = {
  'sprint-or-acceleration': 'Sprinting or accelerating',
  'kick-or-overstretch': 'Kicking or over-stretching',
  'change-of-direction': 'Change of direction',
  'twist-or-pivot': 'Twisting or pivoting on the leg',
  fall: 'Fall',
  'direct-blow': 'Direct blow or collision',
  'fall-or-collision': 'Fall, collision or other trauma',
  'training-increase': 'After a training increase',
  'no-clear-cause': 'No clear cause',
  other: 'Other (see notes)',
}
/**
 * 'fall-or-collision' is how version 1 recorded any trauma; stored records keep it and it still
 * reads as trauma, but new answers say which: a fall or a direct blow.
 */
export const LEGACY_ONSET_MECHANISM = 'fall-or-collision' satisfies OnsetMechanism
export const traumaMechanisms: readonly OnsetMechanism[] = [
  'fall',
  'direct-blow',
  LEGACY_ONSET_MECHANISM,
]
export const durationUnits = ['days', 'weeks', 'months', 'years'] as const

export const dailyPatterns = [
  'worse-morning',
  'worse-end-of-day',
  'worse-after-activity',
  'constant',
  'no-pattern',
] as const
export const dailyPatternLabels: Record<(typeof dailyPatterns)[number], string> = {
  'worse-morning': 'Worse in the morning',
  'worse-end-of-day': 'Worse at the end of the day',
  'worse-after-activity': 'Worse after activity',
  constant: 'Constant',
  'no-pattern': 'No clear pattern',
}

export const nightPainTypes = ['none', 'positional', 'unrelenting'] as const
export const nightPainOptions: Option<(typeof nightPainTypes)[number]>[] = [
  { value: 'none', label: 'None' },
  { value: 'positional', label: 'Lying on it or moving (eases with position)' },
  { value: 'unrelenting', label: 'Constant: not eased by rest or position' },
]

export const runningBehaviourQuestions = [
  {
    key: 'easesOnceWarmedUp',
    label: 'Eases once warmed up during a run',
    help: 'Typical of tendinopathy; bone stress pain does not warm up.',
  },
  {
    key: 'worseTheLongerYouRun',
    label: 'Worse the longer or further you run',
    help: 'Bone stress pain comes earlier in each run and builds with distance.',
  },
  { key: 'worstAfterOrNextMorning', label: 'Worst after running or the next morning' },
  {
    key: 'comesOnAtPredictableDistance',
    label: 'Comes on at a predictable point in the run',
    help: 'e.g. always at about 6 km: typical of iliotibial band syndrome.',
  },
  { key: 'hadToStopRunning', label: 'Has had to stop a run because of it' },
  { key: 'limpsAfterRunning', label: 'Limps after running' },
  { key: 'painOnWalking', label: 'Painful to walk (or walk fast)' },
] as const satisfies readonly YesNoQuestion[]

export const aggravatingFactors = [
  'lying-on-side',
  'stairs',
  'sitting',
  'low-seat-or-car',
  'crossing-legs',
  'standing-on-one-leg',
  'putting-on-socks',
  'squatting',
  'uphill',
  'downhill',
  'speed',
  'pivoting',
  'kicking-or-sprinting',
  'stretching',
  'hopping-or-impact',
  'walking',
  'coughing-or-sneezing',
] as const
export const aggravatingFactorLabels: Record<(typeof aggravatingFactors)[number], string> = {
  'lying-on-side': 'Lying on the painful side',
  stairs: 'Stairs',
  sitting: 'Sitting (especially hard or low seats)',
  'low-seat-or-car': 'Getting in or out of a car or low seat',
  'crossing-legs': 'Crossing the legs',
  'standing-on-one-leg': 'Standing on one leg (e.g. dressing)',
  'putting-on-socks': 'Putting on socks and shoes',
  squatting: 'Squatting or deep bending',
  uphill: 'Running uphill',
  downhill: 'Running downhill',
  speed: 'Speed work or faster running',
  pivoting: 'Pivoting or twisting',
  'kicking-or-sprinting': 'Kicking or sprinting',
  stretching: 'Stretching',
  'hopping-or-impact': 'Hopping, jumping or impact',
  walking: 'Walking',
  'coughing-or-sneezing': 'Coughing, sneezing or straining',
}

export const mechanicalSymptomQuestions = [
  { key: 'clicking', label: 'Clicking' },
  { key: 'catching', label: 'Catching' },
  { key: 'locking', label: 'Locking' },
  { key: 'givingWay', label: 'Giving way' },
  { key: 'snapping', label: 'Snapping' },
] as const satisfies readonly YesNoQuestion[]

export const snapLocations = ['lateral', 'anterior', 'deep-groin'] as const
export const snapLocationLabels: Record<(typeof snapLocations)[number], string> = {
  lateral: 'Outside of the hip (over the greater trochanter)',
  anterior: 'Front of the hip / groin',
  'deep-groin': 'Deep in the joint',
}

export const trainingChanges = ['increase', 'decrease', 'no-change'] as const
export const surfaces = ['road', 'trail', 'track', 'treadmill', 'grass', 'cambered'] as const
export const surfaceLabels: Record<(typeof surfaces)[number], string> = {
  road: 'Road',
  trail: 'Trail',
  track: 'Track',
  treadmill: 'Treadmill',
  grass: 'Grass',
  cambered: 'Cambered roads or paths',
}

export const redFlagQuestions = [
  {
    key: 'feverOrUnwell',
    label: 'Fever, chills or feeling generally unwell',
    help: 'Infection (septic arthritis) must be excluded: emergency.',
  },
  {
    key: 'unexplainedWeightLoss',
    label: 'Unexplained weight loss',
    help: 'Not explained by training or diet: malignancy screen.',
  },
  { key: 'cancerHistory', label: 'History of cancer' },
  { key: 'nightSweats', label: 'Night sweats' },
  { key: 'recentTrauma', label: 'Recent fall, collision or high-energy injury' },
  { key: 'unableToBearWeight', label: 'Unable to bear weight' },
  {
    key: 'corticosteroidUse',
    label: 'Long-term or repeated corticosteroid use',
    help: 'Risk factor for avascular necrosis and low bone density.',
  },
  {
    key: 'alcoholExcess',
    label: 'High alcohol intake',
    help: 'Risk factor for avascular necrosis.',
  },
  { key: 'neurologicalSymptoms', label: 'Pins and needles, numbness or weakness in the leg' },
  { key: 'progressiveNeurologicalDeficit', label: 'Weakness or numbness that is getting worse' },
  {
    key: 'bladderBowelOrSaddle',
    label: 'Bladder or bowel change, or saddle numbness',
    help: 'Cauda equina: emergency.',
  },
  { key: 'limp', label: 'Limping' },
] as const satisfies readonly YesNoQuestion[]

export const menstrualStatuses = ['regular', 'irregular', 'absent', 'not-applicable'] as const
export const menstrualStatusLabels: Record<(typeof menstrualStatuses)[number], string> = {
  regular: 'Regular',
  irregular: 'Irregular or missed periods',
  absent: 'Absent for 3 months or more',
  'not-applicable': 'Not applicable',
}

export const energyAvailabilityQuestions = [
  {
    key: 'restrictedEatingOrWeightLoss',
    label: 'Recent weight loss, dieting or restricted eating',
    help: 'Low energy availability (RED-S) is a bone stress risk factor, in men too.',
  },
  { key: 'lowBoneDensityKnown', label: 'Known low bone density' },
] as const satisfies readonly YesNoQuestion[]

export const historySchema = z.object({
  painSide: choiceOf(painSides).optional(),
  painAreas: z.array(z.object({ region: z.enum(bodyRegions), side: z.enum(sides) })).optional(),
  mainArea: z.enum(bodyRegions).optional(),
  painBelowKnee: yesNoSchema.optional(),
  deepPoorlyLocalised: yesNoSchema.optional(),
  pointsWithCSign: yesNoSchema.optional(),
  /** Knee pain other than the lateral thigh and knee of the body chart (e.g. SCFE in adolescents). */
  kneePain: choiceOf(kneePainTypes).optional(),
  /** Burning, tingling or numbness over the front or outside of the thigh (meralgia paraesthetica). */
  thighNumbness: yesNoSchema.optional(),
  onset: z
    .object({
      type: choiceOf(onsetTypes).optional(),
      date: calendarDateSchema.optional(),
      mechanism: z.enum(onsetMechanisms).optional(),
      feltPop: yesNoSchema.optional(),
      catchAtOnset: yesNoSchema.optional(),
      duration: z
        .object({
          value: z.number('Enter a number').min(0, 'Cannot be negative').max(1000),
          unit: z.enum(durationUnits),
        })
        .optional(),
      notes: text(),
    })
    .optional(),
  pain: z
    .object({
      now: measurementSchema(0, 10, { integer: true }).optional(),
      best24h: measurementSchema(0, 10, { integer: true }).optional(),
      worst24h: measurementSchema(0, 10, { integer: true }).optional(),
      duringRunning: measurementSchema(0, 10, { integer: true }).optional(),
    })
    .optional(),
  dailyPattern: choiceOf(dailyPatterns).optional(),
  nightPain: choiceOf(nightPainTypes).optional(),
  morningStiffnessMinutes: measurementSchema(0, 1440).optional(),
  /** Pain on ordinary standing and walking (weight bearing). */
  weightBearingPain: yesNoSchema.optional(),
  runningBehaviour: yesNoGroupSchema(runningBehaviourQuestions).optional(),
  aggravating: checklistSchema(aggravatingFactors).optional(),
  mechanicalSymptoms: yesNoGroupSchema(mechanicalSymptomQuestions).optional(),
  mechanicalFrequency: mechanicalFrequencySchema.optional(),
  snap: z
    .object({
      felt: z.boolean().optional(),
      heard: z.boolean().optional(),
      seen: z.boolean().optional(),
      location: z.enum(snapLocations).optional(),
    })
    .optional(),
  training: z
    .object({
      weeklyDistanceKm: measurementSchema(0, 400).optional(),
      recentChange: choiceOf(trainingChanges).optional(),
      previousWeeklyDistanceKm: z.number().min(0).max(400).optional(),
      changeOverWeeks: z.number().min(0).max(104).optional(),
      /** The increase as a percentage, when the distances before and after are not known. */
      increasePercent: trainingIncreasePercentSchema.optional(),
      sessionsPerWeek: z.number().int().min(0).max(21).optional(),
      surfaces: z.array(z.enum(surfaces)).optional(),
      surfaceHardness: choiceOf(surfaceHardnesses).optional(),
      hills: yesNoSchema.optional(),
      speedwork: yesNoSchema.optional(),
      racesPlanned: text(500),
      footwear: text(500),
      footwearChangedRecently: yesNoSchema.optional(),
      crossTraining: text(500),
    })
    .optional(),
  pastHistory: z
    .object({
      previousBoneStressInjury: yesNoSchema.optional(),
      previousHamstringInjury: yesNoSchema.optional(),
      previousInjuries: text(),
      imagingDone: text(),
      /** Erythrocyte sedimentation rate from blood tests, when the GP has one (ACR hip OA criteria). */
      esrMmPerHour: z
        .number('Enter a number')
        .min(0, 'Cannot be negative')
        .max(200, 'At most 200')
        .optional(),
      hipInjection: yesNoSchema.optional(),
      /** What was injected and when, e.g. "corticosteroid into the trochanteric bursa, March 2026". */
      hipInjectionDetails: text(500),
    })
    .optional(),
  redFlags: yesNoGroupSchema(redFlagQuestions).optional(),
  /** Measured today, °C. */
  temperatureC: temperatureSchema.optional(),
  weightLoss: weightLossSchema.optional(),
  previousCancer: previousCancerSchema.optional(),
  legAtRest: legAtRestSchema.optional(),
  psychosocial: psychosocialSchema.optional(),
  energyAvailability: z
    .object({
      menstrualStatus: choiceOf(menstrualStatuses).optional(),
      ...yesNoGroupSchema(energyAvailabilityQuestions).shape,
    })
    .optional(),
  general: z
    .object({
      familyHistoryOfArthritis: yesNoSchema.optional(),
      /** Asked of women; "not applicable" otherwise. */
      menopauseStatus: choiceOf(menopauseStatuses).optional(),
      /** Hormone replacement therapy. */
      hormoneTherapy: yesNoSchema.optional(),
      medicalHistory: text(),
      medications: text(),
      goals: text(1000),
    })
    .optional(),
  /** At a follow-up: the change since last visit and home-programme adherence (followUp.ts). */
  sinceLastVisit: sinceLastVisitSchema.optional(),
})
export type History = z.infer<typeof historySchema>
