import { z } from 'zod'
import { calendarDateSchema } from '../calendarDate'
import { patientIdSchema } from '../patient'
import { historySchema } from './history'
import { outcomeMeasuresSchema } from './outcomeMeasures'
import { treatmentPlanSchema } from './plan'
import { physicalExamSchema } from './physicalExam'
import { runningTechniqueSchema } from './runningTechnique'
import { medicalClearanceSchema } from './medicalClearance'
import { followUpDueSchema } from './followUp'
import { engineProposalSchema, workingDiagnosisSchema } from './workingDiagnosis'
import { sha256HexSchema, signatureSchema, signerSchema } from './signature'

/**
 * The assessment record: the one definition used by the step forms, main's validation, storage
 * and export. A draft may be partial; finalising requires every item in requiredItems.ts to be
 * recorded or marked not assessed, after which the record is locked and only addenda are added.
 *
 * `schemaVersion` is the version of this document's shape. A change of shape bumps it, even
 * one that only adds optional fields or answers: an older app then refuses the newer document
 * with a message instead of dropping what it does not know when it saves it again. Each bump
 * adds a step to upgradeAssessment.ts, so that every assessment ever saved still opens.
 */
export const ASSESSMENT_SCHEMA_VERSION = 3

import { assessmentTypes } from './assessmentTypes'
export { assessmentTypeLabels, assessmentTypes, type AssessmentType } from './assessmentTypes'
export const assessmentStatuses = ['draft', 'finalised'] as const
export type AssessmentStatus = (typeof assessmentStatuses)[number]

export const assessmentIdSchema = z.uuid('Not a valid assessment id')

/** The parts the clinician fills in, step by step. */
export const assessmentSectionsSchema = z.object({
  history: historySchema,
  outcomes: outcomeMeasuresSchema,
  exam: physicalExamSchema,
  running: runningTechniqueSchema,
})
export type AssessmentSections = z.infer<typeof assessmentSectionsSchema>
export type AssessmentSection = keyof AssessmentSections

/**
 * A change to a finalised record: a dated note by its author and, when a decision changed after
 * finalising, the revised working diagnosis, plan or a doctor's clearance. The finalised record
 * itself is never rewritten; the latest revision is the current decision (decisionOf in
 * workflow/). The database keeps addenda in their own table, each row unchangeable, and the
 * record carries them as this list, oldest first.
 *
 * Addenda written before document version 3 have no id, author or hash: they read "author not
 * recorded". Since version 3 each has its author (as at writing) and a SHA-256 that chains it to
 * the record's signature and to the addendum before it (recordSignature.ts).
 */
export const addendumSchema = z.object({
  id: z.uuid().optional(),
  at: z.iso.datetime(),
  author: signerSchema.optional(),
  text: z.string().trim().min(1, 'Write the addendum').max(4000, 'Keep this under 4000 characters'),
  revised: z
    .object({
      workingDiagnosis: workingDiagnosisSchema.optional(),
      plan: treatmentPlanSchema.optional(),
      clearance: medicalClearanceSchema.optional(),
    })
    .optional(),
  sha256: sha256HexSchema.optional(),
  /**
   * The hash this addendum was chained to when written (the signature's or an earlier
   * addendum's). Absent, it is the one before it in the list. Laptops sharing a clinic can each
   * add an addendum to the same record offline: both follow the same hash, and both still verify.
   */
  follows: sha256HexSchema.optional(),
})
export type Addendum = z.infer<typeof addendumSchema>

export const assessmentDetailsSchema = z.object({
  date: calendarDateSchema,
  clinicianName: z.string().trim().max(120, 'Keep this under 120 characters').optional(),
})

export const assessmentSchema = assessmentSectionsSchema.extend({
  schemaVersion: z.literal(ASSESSMENT_SCHEMA_VERSION),
  id: assessmentIdSchema,
  patientId: patientIdSchema,
  type: z.enum(assessmentTypes),
  status: z.enum(assessmentStatuses),
  /** For a follow-up: the assessment it was started from. */
  previousAssessmentId: assessmentIdSchema.optional(),
  /**
   * For a follow-up started since follow-ups became short notes: the measures due and the signs
   * to retest, fixed at the start. Its presence selects the follow-up's required items
   * (followUpRequiredItems.ts); a follow-up without it is held to the initial assessment's.
   */
  followUpDue: followUpDueSchema.optional(),
  ...assessmentDetailsSchema.shape,
  /** Increases with every saved change of a draft; a save older than the stored one is ignored. */
  revision: z.number().int().min(0),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  finalisedAt: z.iso.datetime().optional(),
  addenda: z.array(addendumSchema),
  /** Confirmed by the clinician, with the engine's proposal at that time. */
  workingDiagnosis: workingDiagnosisSchema.optional(),
  /** Generated from the working diagnosis, then edited by the clinician. */
  plan: treatmentPlanSchema.optional(),
  /** The engine's result when the assessment was finalised (red flags and ranking), for the record. */
  reasoningAtFinalise: engineProposalSchema.optional(),
  /** Doctors' clearances of red flags, as recorded (a follow-up starts with the earlier ones). */
  clearances: z.array(medicalClearanceSchema).optional(),
  /** A red flag was raised and the patient referred: no plan is proposed at this visit. */
  referredWithoutPlan: z.object({ at: z.iso.datetime() }).optional(),
  /**
   * Given when the record is finalised (since document version 3): who signed it, when, the
   * patient's details then, and the SHA-256 of what was signed. A record finalised by an earlier
   * version has none: it is locked all the same, but unsigned.
   */
  signature: signatureSchema.optional(),
})
export type Assessment = z.infer<typeof assessmentSchema>

/** What an autosave sends: the editable parts of a draft, with its revision. */
export const assessmentDraftSchema = assessmentSectionsSchema.extend({
  id: assessmentIdSchema,
  revision: z.number().int().min(1),
  ...assessmentDetailsSchema.shape,
  plan: treatmentPlanSchema.optional(),
})
export type AssessmentDraft = z.infer<typeof assessmentDraftSchema>
