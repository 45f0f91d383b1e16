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

const deferredBecauseSchema = z
  .string()
  .trim()
  .min(1, 'Say why the diagnosis is deferred (e.g. awaiting MRI)')
  .max(1000, 'Keep this under 1000 characters')

/** A decision needs a diagnosis, or an explicit deferral with its reason, not neither. */
const decided = (wd: { confirmed: unknown[]; deferredBecause?: string }) =>
  wd.confirmed.length > 0 || wd.deferredBecause !== undefined
export const decisionRule: [typeof decided, { path: string[]; message: string }] = [
  decided,
  { path: ['confirmed'], message: 'Confirm at least one diagnosis, or defer it with a reason' },
]

export const workingDiagnosisSchema = z
  .object({
    /** Empty when the diagnosis is deferred. */
    confirmed: z.array(confirmedDiagnosisSchema),
    /** Why the diagnosis is deferred (e.g. sent for imaging), instead of a confirmed one. */
    deferredBecause: deferredBecauseSchema.optional(),
    /** Why the clinician chose differently from the proposal, when they did. */
    reason: z.string().trim().max(1000, 'Keep this under 1000 characters').optional(),
    confirmedAt: z.iso.datetime(),
    proposal: engineProposalSchema,
  })
  .refine(...decisionRule)
export type WorkingDiagnosis = z.infer<typeof workingDiagnosisSchema>

/**
 * What the clinician sends: the diagnoses chosen (and, for an override, the reason), or no
 * diagnosis and the reason it is deferred. `decisionRule` is the check any schema carrying these
 * fields adds (the IPC contract extends them with the assessment's id).
 */
export const confirmDiagnosisFields = {
  confirmed: z.array(confirmedDiagnosisSchema),
  deferredBecause: deferredBecauseSchema.optional(),
  reason: z.string().trim().max(1000, 'Keep this under 1000 characters').optional(),
}
export const confirmDiagnosisInputSchema = z.object(confirmDiagnosisFields).refine(...decisionRule)
export type ConfirmDiagnosisInput = z.infer<typeof confirmDiagnosisInputSchema>

/** The working diagnosis in words: the confirmed diagnoses, or the deferral and its reason. */
export const workingDiagnosisInWords = (wd: WorkingDiagnosis): string =>
  wd.confirmed.length > 0
    ? wd.confirmed.map(diagnosisName).join('; ')
    : `Diagnosis deferred: ${wd.deferredBecause}`
