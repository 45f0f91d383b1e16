import { z } from 'zod'
import { assessmentIdSchema } from './assessment/assessment'
import { PSFS_MAX_ACTIVITIES, psfsActivitySchema } from './assessment/outcomeMeasures'
import { patientIdSchema } from './patient'

/**
 * Patient mode: the clinician hands the laptop to the patient, who answers their own
 * questionnaires on one draft assessment and sees nothing else of the record. Main keeps this
 * state in the clinician's session, so a reload of the window comes back to it.
 */
export const patientQuestionnaires = [
  'nprs',
  'lefs',
  'psfs',
  'groc',
  'ihot12',
  'visaG',
  'hagos',
] as const
export type PatientQuestionnaire = (typeof patientQuestionnaires)[number]

export const handToPatientSchema = z.object({
  patientId: patientIdSchema,
  assessmentId: assessmentIdSchema,
  questionnaires: z
    .array(z.enum(patientQuestionnaires))
    .min(1, 'Choose at least one questionnaire')
    .max(patientQuestionnaires.length)
    .refine((q) => new Set(q).size === q.length, 'Each questionnaire once'),
  /** At a follow-up: the PSFS activities the patient named last time, to rate again. */
  carriedPsfs: z.array(psfsActivitySchema.shape.activity).max(PSFS_MAX_ACTIVITIES).optional(),
})
export type PatientMode = z.infer<typeof handToPatientSchema>

/** The page the patient is on, kept by main so that a reload of the window returns to it. */
export const patientModePageSchema = z.object({ page: z.number().int().min(0).max(500) })

/** Leaving patient mode: the signed-in clinician's passcode. */
export const leavePatientModeSchema = z.object({ passcode: z.string().max(64) })
