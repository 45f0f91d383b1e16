import { z } from 'zod'
import type { AssessmentType } from '../model/assessment/assessment'
import { calendarDateSchema } from '../model/calendarDate'
import { patientFieldsSchema, patientIdSchema } from '../model/patient'

/**
 * The home screen's calls: the caseload at a glance, the duplicate check before a patient is
 * added, and archiving. Kept apart from contract.ts, which lists them.
 */

/** `today` is the clinic's calendar date, as the screen works it out (workflow/caseload.ts). */
export const getCaseloadInputSchema = z.object({ today: calendarDateSchema })

/** A patient on the home screen. */
export interface CaseloadPatient {
  patientId: string
  givenName: string
  familyName: string
  dateOfBirth: string
  lastVisit?: string
  workingDiagnosis?: string
  nextReview?: string
  openDrafts: number
}

/** A review due: the latest finalised assessment's plan review date. */
export interface ReviewDue extends CaseloadPatient {
  nextReview: string
}

/** A draft started and neither finalised nor deleted. */
export interface OpenDraft {
  assessmentId: string
  patientId: string
  givenName: string
  familyName: string
  type: AssessmentType
  /** The visit's date. */
  date: string
  startedAt: string
  /** Who started it; absent when nobody was signed in (records from before clinicians). */
  startedBy?: string
  updatedAt: string
}

/** A list on the home screen: its first rows and how many there are in all. */
export interface Listed<T> {
  rows: T[]
  total: number
}

export interface Caseload {
  today: string
  overdue: Listed<ReviewDue>
  dueThisWeek: Listed<ReviewDue>
  drafts: Listed<OpenDraft>
  recent: CaseloadPatient[]
}

/** The same fields a new patient is created with: the check reads what the form holds. */
export const findDuplicatePatientsInputSchema = patientFieldsSchema.pick({
  givenName: true,
  familyName: true,
  dateOfBirth: true,
})

export const setPatientArchivedInputSchema = z.object({
  id: patientIdSchema,
  archived: z.boolean(),
})
