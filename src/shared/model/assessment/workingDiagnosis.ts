import { z } from 'zod'
import { conditionIds, conditionNames, redFlagIds } from '../../clinical/conditions/conditionIds'

/**
 * The clinician's working diagnosis, with what the engine proposed at that moment: the app
 * suggests, the clinician decides, and both are kept.
 */
export const confirmedDiagnosisSchema = z.union([
  z.object({ conditionId: z.enum(conditionIds, 'Choose a condition') }),
  z.object({
    freeText: z
      .string()
      .trim()
      .min(1, 'Write the diagnosis')
      .max(200, 'Keep this under 200 characters'),
  }),
])
export type ConfirmedDiagnosis = z.infer<typeof confirmedDiagnosisSchema>

/** How a confirmed diagnosis reads on screen and in reports. */
export const diagnosisName = (d: ConfirmedDiagnosis): string =>
  'conditionId' in d ? conditionNames[d.conditionId] : d.freeText

export const engineProposalSchema = z.object({
  engineVersion: z.string(),
  redFlags: z.array(z.enum(redFlagIds)),
  ranked: z
    .array(z.object({ conditionId: z.enum(conditionIds), probability: z.number().min(0).max(1) }))
    .max(5),
})
export type EngineProposal = z.infer<typeof engineProposalSchema>

export const workingDiagnosisSchema = z.object({
  confirmed: z.array(confirmedDiagnosisSchema).min(1, 'Confirm at least one diagnosis'),
  /** Why the clinician chose differently from the proposal, when they did. */
  reason: z.string().trim().max(1000, 'Keep this under 1000 characters').optional(),
  confirmedAt: z.iso.datetime(),
  proposal: engineProposalSchema,
})
export type WorkingDiagnosis = z.infer<typeof workingDiagnosisSchema>

/** What the clinician sends to confirm: the choice and, for an override, the reason. */
export const confirmDiagnosisInputSchema = z.object({
  confirmed: workingDiagnosisSchema.shape.confirmed,
  reason: workingDiagnosisSchema.shape.reason,
})
