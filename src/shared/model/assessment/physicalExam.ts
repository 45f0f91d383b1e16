import { z } from 'zod'
import {
  choiceOf,
  measurementSchema,
  NOT_ASSESSED,
  sides,
  yesNoSchema,
  type Option,
} from './recordedValues'

/** The objective examination. How to read each test lives in src/shared/clinical. */

export const weightBearingStatuses = ['full', 'full-painful', 'partial', 'unable'] as const
export const weightBearingLabels: Record<(typeof weightBearingStatuses)[number], string> = {
  full: 'Full, pain-free',
  'full-painful': 'Full but painful',
  partial: 'Partial (needs support)',
  unable: 'Unable to bear weight',
}

export const trendelenburgGaits = ['none', 'trendelenburg', 'compensated'] as const
export const trendelenburgGaitLabels: Record<(typeof trendelenburgGaits)[number], string> = {
  none: 'None',
  trendelenburg: 'Trendelenburg (pelvis drops on the swing side)',
  compensated: 'Compensated (trunk leans over the stance leg)',
}

export const singleLegSquatQuestions = [
  { key: 'pelvicDrop', label: 'Pelvic drop' },
  { key: 'kneeValgus', label: 'Knee valgus (knee moves inwards)' },
  { key: 'trunkLean', label: 'Trunk lean' },
  { key: 'pain', label: 'Reproduces pain' },
] as const

export const romMotions = [
  'flexion',
  'extension',
  'abduction',
  'adduction',
  'internalRotation',
  'externalRotation',
  'straightLegRaise',
] as const
export type RomMotion = (typeof romMotions)[number]
export const romMotionLabels: Record<RomMotion, string> = {
  flexion: 'Flexion',
  extension: 'Extension',
  abduction: 'Abduction',
  adduction: 'Adduction',
  internalRotation: 'Internal rotation',
  externalRotation: 'External rotation',
  straightLegRaise: 'Passive straight-leg raise',
}
/** Motions every finalised assessment records (or marks not assessed); SLR is optional. */
export const requiredRomMotions: readonly RomMotion[] = romMotions.filter(
  (m) => m !== 'straightLegRaise',
)

export const rotationPositions = ['hip-flexed-90', 'prone-hip-neutral', 'seated'] as const
export type RotationPosition = (typeof rotationPositions)[number]
export const rotationPositionLabels: Record<RotationPosition, string> = {
  'hip-flexed-90': 'Supine, hip and knee flexed to 90°',
  'prone-hip-neutral': 'Prone, hip in neutral',
  seated: 'Seated',
}

export const strengthGroups = [
  'hipAbductors',
  'hipAdductors',
  'hipExtensors',
  'hipFlexors',
  'hipExternalRotators',
  'hipInternalRotators',
  'kneeFlexors',
  'kneeExtensors',
] as const
export type StrengthGroup = (typeof strengthGroups)[number]
export const strengthGroupLabels: Record<StrengthGroup, string> = {
  hipAbductors: 'Hip abductors',
  hipAdductors: 'Hip adductors',
  hipExtensors: 'Hip extensors',
  hipFlexors: 'Hip flexors',
  hipExternalRotators: 'Hip external rotators',
  hipInternalRotators: 'Hip internal rotators',
  kneeFlexors: 'Knee flexors (hamstrings)',
  kneeExtensors: 'Knee extensors (quadriceps)',
}

/** Oxford / MRC grades; 4 is commonly split into 4-, 4 and 4+. */
export const oxfordGrades = ['0', '1', '2', '3', '4-', '4', '4+', '5'] as const
export type OxfordGrade = (typeof oxfordGrades)[number]

export const palpationResults = ['tender', 'not-tender', NOT_ASSESSED] as const
export type PalpationResult = (typeof palpationResults)[number]

export interface PalpationSite {
  id: string
  label: string
  /** Where to press, for a junior clinician. */
  help: string
  /** Midline structures are palpated once, not per side. */
  midline?: boolean
}

export const palpationSites = [
  {
    id: 'greaterTrochanter',
    label: 'Greater trochanter',
    help: 'Side-lying; the bony point on the outside of the hip and just above and behind it.',
  },
  {
    id: 'ischialTuberosity',
    label: 'Ischial tuberosity',
    help: 'Side-lying with the hip flexed; the sitting bone and the hamstring origin on it.',
  },
  {
    id: 'hamstringMuscleBelly',
    label: 'Hamstring muscle belly',
    help: 'Prone; along the back of the thigh. Note the length of the tender area.',
  },
  {
    id: 'adductorOrigin',
    label: 'Adductor origin',
    help: 'Supine; adductor longus where it meets the pubic bone.',
  },
  {
    id: 'pubicSymphysis',
    label: 'Pubic symphysis',
    help: 'Supine; the joint in the midline and the bone beside it.',
    midline: true,
  },
  {
    id: 'iliopsoas',
    label: 'Iliopsoas',
    help: 'Just below the inguinal ligament, lateral to the femoral artery, and in the lower lateral abdomen.',
  },
  {
    id: 'asis',
    label: 'Anterior superior iliac spine',
    help: 'The bony point at the front of the pelvis (sartorius origin).',
  },
  {
    id: 'aiis',
    label: 'Anterior inferior iliac spine',
    help: 'Below the ASIS, deep (rectus femoris origin).',
  },
  {
    id: 'iliotibialBand',
    label: 'Iliotibial band / lateral femoral epicondyle',
    help: 'Along the band and 2-3 cm above the lateral knee joint line.',
  },
  {
    id: 'lumbarSpine',
    label: 'Lumbar spine',
    help: 'Spinous processes and paraspinal muscles L1-S1.',
    midline: true,
  },
] as const satisfies readonly PalpationSite[]
export type PalpationSiteId = (typeof palpationSites)[number]['id']

export const specialTestResults = ['positive', 'negative', 'not-tested'] as const
export type SpecialTestResult = (typeof specialTestResults)[number]
export const testSides = ['left', 'right', 'both'] as const

/** Pain flags are ticked when present; absent means none was reported. */
const romEntrySchema = z.object({
  left: measurementSchema(-30, 180).optional(),
  right: measurementSchema(-30, 180).optional(),
  painLeft: z.boolean().optional(),
  painRight: z.boolean().optional(),
})

const strengthSideSchema = z.object({
  oxford: z.enum([...oxfordGrades, NOT_ASSESSED]).optional(),
  /** Hand-held dynamometer peak force, newtons (best of the trials). */
  forceN: z
    .number('Enter a number')
    .min(0, 'Cannot be negative')
    .max(2000, 'Check the force: over 2000 N')
    .optional(),
  pain: z.boolean().optional(),
})

const palpationEntrySchema = z.object({
  left: z.enum(palpationResults).optional(),
  right: z.enum(palpationResults).optional(),
  midline: z.enum(palpationResults).optional(),
})

const specialTestEntrySchema = z.object({
  result: z.enum(specialTestResults).optional(),
  side: z.enum(testSides).optional(),
  /** What the test reproduced, in the clinician's words (e.g. "lateral hip pain at 12 s"). */
  reproduced: z.string().max(300).optional(),
})
export type SpecialTestEntry = z.infer<typeof specialTestEntrySchema>

const byKey = <K extends string, S extends z.ZodType>(keys: readonly K[], schema: S) =>
  z.object(Object.fromEntries(keys.map((k) => [k, schema.optional()]))) as unknown as z.ZodObject<{
    [P in K]: z.ZodOptional<S>
  }>

/** One per entry of the knowledge base's special tests (src/shared/clinical/specialTests.ts). */
export const specialTestIds = [
  'fadir',
  'faber',
  'scour',
  'logRoll',
  'singleLegStance30s',
  'fader',
  'faderR',
  'addR',
  'resistedAbduction',
  'resistedExternalDerotation',
  'trendelenburgTest',
  'ober',
  'thomas',
  'modifiedThomas',
  'puranenOrava',
  'bentKneeStretch',
  'modifiedBentKneeStretch',
  'hop',
  'fulcrum',
  'patellarPubicPercussion',
  'resistedStraightLegRaise',
  'resistedHipFlexion',
  'adductorSqueeze',
  'resistedAdduction',
  'nobleCompression',
  'slump',
  'straightLegRaiseNeural',
  'lumbarMovement',
  'iliopsoasSnap',
  'iliotibialSnap',
  'drehmann',
  'abHeer',
  'sijProvocationCluster',
  'seatedPiriformisStretch',
  'activePiriformis',
  'pelvicCompressionLfcn',
  'inguinalCanalPalpation',
  'abdominalResistance',
] as const
export type SpecialTestId = (typeof specialTestIds)[number]

export const physicalExamSchema = z.object({
  bodyMassKg: z
    .number('Enter a number')
    .min(10, 'At least 10 kg')
    .max(300, 'At most 300 kg')
    .optional(),
  heightCm: z.number('Enter a number').min(50).max(250).optional(),
  observation: z
    .object({
      weightBearing: choiceOf(weightBearingStatuses).optional(),
      antalgicGait: yesNoSchema.optional(),
      trendelenburgGait: choiceOf(trendelenburgGaits).optional(),
      /** The stance leg on which the pelvis drops or the trunk compensates. */
      trendelenburgStanceSide: z.enum(testSides).optional(),
      singleLegSquat: z
        .object({
          side: z.enum(sides).optional(),
          pelvicDrop: yesNoSchema.optional(),
          kneeValgus: yesNoSchema.optional(),
          trunkLean: yesNoSchema.optional(),
          pain: yesNoSchema.optional(),
        })
        .optional(),
      notes: z.string().max(2000).optional(),
    })
    .optional(),
  rom: z
    .object({
      rotationPosition: z.enum(rotationPositions).optional(),
      motions: byKey(romMotions, romEntrySchema).optional(),
    })
    .optional(),
  strength: byKey(
    strengthGroups,
    z.object({
      left: strengthSideSchema.optional(),
      right: strengthSideSchema.optional(),
      /** Joint centre to the dynamometer pad, metres (the same both sides): gives torque. */
      leverArmM: z
        .number('Enter a number')
        .min(0.05, 'At least 0.05 m')
        .max(1.2, 'Check the lever arm: over 1.2 m')
        .optional(),
    }),
  ).optional(),
  palpation: byKey(
    palpationSites.map((s) => s.id),
    palpationEntrySchema,
  ).optional(),
  specialTests: byKey(specialTestIds, specialTestEntrySchema).optional(),
  notes: z.string().max(4000).optional(),
})
export type PhysicalExam = z.infer<typeof physicalExamSchema>

export const oxfordOptions: Option[] = [
  ...oxfordGrades.map((g) => ({ value: g, label: g })),
  { value: NOT_ASSESSED, label: 'Not assessed' },
]
