import { z } from 'zod'
import { choiceOf, measurementSchema, NOT_ASSESSED, yesNoSchema } from './recordedValues'

/**
 * The running-technique checklist. What to look at and the thresholds for each item are in
 * src/shared/clinical/runningChecklist.ts, with their sources.
 */

export const runningConditions = ['treadmill', 'overground'] as const
export const trunkLeans = ['upright', 'slight-forward', 'excessive-forward', 'backward'] as const
export const footStrikes = ['rearfoot', 'midfoot', 'forefoot'] as const
/** Stance side(s) on which a frontal-plane fault is seen. */
export const stanceFaults = ['none', 'left-stance', 'right-stance', 'both'] as const
export type StanceFault = (typeof stanceFaults)[number]
export const hipExtensions = ['adequate', 'reduced'] as const

/** How each checklist choice reads on screen, in reports and in the FHIR export. */
export const trunkLeanLabels: Record<(typeof trunkLeans)[number], string> = {
  upright: 'Upright',
  'slight-forward': 'Slight forward lean',
  'excessive-forward': 'Excessive forward lean',
  backward: 'Backward lean',
}
export const footStrikeLabels: Record<(typeof footStrikes)[number], string> = {
  rearfoot: 'Rearfoot',
  midfoot: 'Midfoot',
  forefoot: 'Forefoot',
}
export const stanceFaultLabels: Record<StanceFault, string> = {
  none: 'None',
  'left-stance': 'In left stance',
  'right-stance': 'In right stance',
  both: 'On both sides',
}
export const hipExtensionLabels: Record<(typeof hipExtensions)[number], string> = {
  adequate: 'Adequate',
  reduced: 'Reduced',
}

/** The checklist's observed items (cadence is a measure) and their names. */
export const runningItemLabels = {
  trunkLean: 'Trunk lean',
  footStrike: 'Foot strike',
  overstride: 'Overstriding',
  pelvicDrop: 'Contralateral pelvic drop',
  hipAdductionKneeValgus: 'Hip adduction / knee valgus',
  crossover: 'Crossover / narrow step width',
  hipExtensionAtToeOff: 'Hip extension at toe-off',
} as const

export const runningTechniqueSchema = z.object({
  /** The whole checklist can be skipped, e.g. when running is contraindicated; say why. */
  status: z.enum(['recorded', NOT_ASSESSED]).optional(),
  notAssessedReason: z.string().max(500).optional(),
  conditions: z
    .object({
      mode: z.enum(runningConditions).optional(),
      speedKmh: z.number('Enter a number').min(1).max(40).optional(),
      shoes: z.string().max(300).optional(),
    })
    .optional(),
  cadenceSpm: measurementSchema(100, 240, { integer: true }).optional(),
  trunkLean: choiceOf(trunkLeans).optional(),
  footStrike: choiceOf(footStrikes).optional(),
  overstride: yesNoSchema.optional(),
  pelvicDrop: choiceOf(stanceFaults).optional(),
  hipAdductionKneeValgus: choiceOf(stanceFaults).optional(),
  crossover: yesNoSchema.optional(),
  hipExtensionAtToeOff: choiceOf(hipExtensions).optional(),
  notes: z.string().max(2000).optional(),
})
export type RunningTechnique = z.infer<typeof runningTechniqueSchema>
