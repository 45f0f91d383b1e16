import { z } from 'zod'
import { redFlagIds, type RedFlagId } from '../../clinical/conditions/conditionIds'
import { calendarDateSchema } from '../calendarDate'

/**
 * A doctor's clearance of a red flag, as the clinician records it: who cleared the patient, on
 * which day, and what was excluded. Until a raised flag that calls for an urgent referral is
 * cleared, its protective plan is the whole proposed plan; once cleared, the condition's own plan
 * is proposed (generatePlan.ts).
 */
export const medicalClearanceSchema = z.object({
  redFlag: z.enum(redFlagIds, 'Choose the red flag that was cleared'),
  clearedBy: z
    .string()
    .trim()
    .min(1, 'Say who cleared the patient (e.g. Dr A. Shah, GP)')
    .max(120, 'Keep this under 120 characters'),
  clearedOn: calendarDateSchema,
  excluded: z
    .string()
    .trim()
    .min(1, 'Say what was excluded (e.g. MRI: no femoral neck fracture)')
    .max(500, 'Keep this under 500 characters'),
  recordedAt: z.iso.datetime(),
})
export type MedicalClearance = z.infer<typeof medicalClearanceSchema>

/** What the clinician enters; the time it was recorded is main's. */
export const medicalClearanceInputSchema = medicalClearanceSchema.omit({ recordedAt: true })
export type MedicalClearanceInput = z.infer<typeof medicalClearanceInputSchema>

export const clearedFlags = (clearances: readonly MedicalClearance[] | undefined): Set<RedFlagId> =>
  new Set((clearances ?? []).map((c) => c.redFlag))
