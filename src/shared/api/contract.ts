import { z } from 'zod'
import { calendarDateSchema } from '../model/calendarDate'
import {
  addendumSchema,
  assessmentDetailsSchema,
  assessmentDraftSchema,
  assessmentIdSchema,
  assessmentTypes,
  type Assessment,
} from '../model/assessment/assessment'
import type { AssessmentSummary } from '../model/assessment/assessmentSummary'
import { draftCopySchema, type DraftCopy } from '../model/assessment/draftCopy'
import {
  auditFilterSchema,
  type AuditPage,
  type ChainCheck,
  type SignatureCheck,
} from '../audit/auditEntry'
import { deleteReasonSchema } from '../model/deletion'
import { clinicDetailsSchema, type ClinicDetails } from '../model/clinic'
import {
  lockAfterMinutesSchema,
  newClinicianSchema,
  signInSchema,
  type SessionState,
} from '../model/clinician'
import { planSources } from '../model/assessment/plan'
import { planProgressions } from '../model/assessment/followUp'
import {
  handToPatientSchema,
  leavePatientModeSchema,
  patientModePageSchema,
} from '../model/patientMode'
import { medicalClearanceInputSchema } from '../model/assessment/medicalClearance'
import {
  confirmDiagnosisFields,
  confirmDiagnosisInputSchema,
  decisionRule,
} from '../model/assessment/workingDiagnosis'
import { redFlagIds } from '../clinical/conditions/conditionIds'
import { exportFormats, reportKinds } from '../model/exportFile'
import { patientFieldsSchema, patientIdSchema, type Patient } from '../model/patient'
import {
  referralContactIdSchema,
  saveReferralContactInputSchema,
  type ReferralContact,
} from '../model/referralContact'
import {
  referralLetterIdSchema,
  writeReferralLetterInputSchema,
  type ReferralLetter,
} from '../model/referralLetter'
import type { RedFlagStatement } from '../workflow/referralLetter'
import type { ChannelName } from './channels'
import {
  backupFileNameSchema,
  restoreBackupInputSchema,
  type BackupInfo,
  type BackupOverview,
  type Exported,
} from './backups'
import {
  restoreAtStartupInputSchema,
  submitPassphraseInputSchema,
  useChosenFolderInputSchema,
  type ChosenFolder,
  type StartupState,
} from './startup'
import type { Result } from './result'
import {
  findDuplicatePatientsInputSchema,
  getCaseloadInputSchema,
  setPatientArchivedInputSchema,
  type Caseload,
} from './caseload'
import {
  joinHubInputSchema,
  resolveSyncConflictInputSchema,
  reviewChangeAfterSigningInputSchema,
  type SyncConflicts,
  type SyncStatus,
} from './sync'

/**
 * The contract between renderer and main: for each call, the schema its input must satisfy
 * and the type of its value. Main parses every input with `input` before doing anything; the
 * renderer's forms use the same model schemas, so both sides agree on what is valid.
 */

interface Channel<Input extends z.ZodType, Output> {
  input: Input
  /** Phantom: carries the value type; never read at run time. */
  output?: Output
}

const channel =
  <Output>() =>
  <Input extends z.ZodType>(input: Input): Channel<Input, Output> => ({ input })

/**
 * Where a page of the patient list ends: the last patient's sort key (folded surname, folded
 * name, date of birth, id). Main hands it out with a page; the renderer passes it back, as is,
 * for the next page.
 */
export const patientCursorSchema = z.object({
  familyFolded: z.string().max(1000),
  searchName: z.string().max(1000),
  dateOfBirth: z.string().max(40),
  id: z.string().max(100),
})
export type PatientCursor = z.infer<typeof patientCursorSchema>

export const findPatientsInputSchema = z.object({
  /** What the user typed: part of a name, a date of birth or a record number. Empty lists all. */
  query: z.string().max(100, 'Search text is too long'),
  limit: z.number().int().min(1).max(500).optional(),
  /** The next page: the cursor the previous page returned. */
  after: patientCursorSchema.optional(),
  /** Archived patients are found only when this is true. */
  includeArchived: z.boolean().optional(),
})

export interface PatientSummary {
  id: string
  givenName: string
  familyName: string
  dateOfBirth: string
  sex: Patient['sex']
  recordNumber?: string
  updatedAt: string
  /** The latest assessment's date (a draft's included). */
  lastVisit?: string
  /** The latest finalised assessment's working diagnosis, in words. */
  workingDiagnosis?: string
  /** The latest finalised assessment's plan review date. */
  nextReview?: string
  /** Drafts started and not finalised or deleted. */
  openDrafts: number
  /** When the patient was archived; absent for a patient in the caseload. */
  archivedAt?: string
}

/** A patient's caseload columns (migration 14): what the list and the home screen show. */
export type PatientStanding = Pick<
  PatientSummary,
  'lastVisit' | 'workingDiagnosis' | 'nextReview' | 'openDrafts' | 'archivedAt'
>

/** A patient on file who may be the one being added (same name and date of birth). */
export interface PatientMatch {
  id: string
  givenName: string
  familyName: string
  dateOfBirth: string
  recordNumber?: string
  lastVisit?: string
  archivedAt?: string
}

/** A page of matches in list order (surname, then name). */
export interface PatientSearchResult {
  patients: PatientSummary[]
  /** Where the next page starts; absent when this page holds the last match. */
  next?: PatientCursor
}

/** One visit on the progress screen's charts: what it is, and its numeric measures by id. */
export interface ProgressVisit {
  id: string
  date: string
  type: Assessment['type']
  status: Assessment['status']
  /** measuresOf's values by measure id (`pain.now`, `rom.flexion.right`…): the charts' rows. */
  measures: Record<string, number>
}

/**
 * What the progress screen shows, read in main: every visit's measures (small), and in full only
 * the visits it compares. The chosen visit (the latest by default), the baseline (the first
 * visit, when the chosen one is later) and the previous visit (when there is one between them).
 */
export interface ProgressView {
  visits: ProgressVisit[]
  /** The painful side recorded at the latest visit (the range-of-motion chart's side). */
  painSide?: Assessment['history']['painSide']
  current?: Assessment
  baseline?: Assessment
  previous?: Assessment
}

export const getProgressViewInputSchema = z.object({
  patientId: patientIdSchema,
  /** The visit to compare; the latest without it. */
  assessmentId: assessmentIdSchema.optional(),
})

/** The record's fields plus its id, flat, so that field errors have the same paths as on create. */
export const updatePatientInputSchema = patientFieldsSchema.extend({ id: patientIdSchema })

export interface DraftSaved {
  revision: number
  updatedAt: string
  /** True when a newer save had already been stored and this one was ignored. */
  stale: boolean
}

export const createAssessmentInputSchema = z.object({
  patientId: patientIdSchema,
  type: z.enum(assessmentTypes, 'Choose initial or follow-up'),
  date: calendarDateSchema,
  clinicianName: assessmentDetailsSchema.shape.clinicianName,
})

const byAssessmentId = z.object({ id: assessmentIdSchema })

/** A long export or import, as the renderer sees it while polling. */
export interface JobState {
  id: string
  label: string
  status: 'running' | 'done' | 'cancelled' | 'failed'
  done: number
  total: number
  /** What happened, in words; safe to show. */
  message?: string
  /** For imports: what was imported, updated and skipped, and why. */
  summary?: ImportSummary
}

export interface ImportSummary {
  patientsAdded: number
  patientsUpdated: number
  assessmentsAdded: number
  assessmentsUpdated: number
  skipped: { what: string; why: string }[]
}

/** Either a job was started, or the user cancelled the file dialog. */
export type Started = { started: true; jobId: string } | { started: false }
export type Saved = { saved: true; fileName: string } | { saved: false }

/** What the letter editor starts from: the prefilled question, the red-flag screen, the letters sent. */
export interface ReferralLetterStart {
  question: string
  redFlags: RedFlagStatement
  /** The plan's first referral ("Sports physician or GP, for X-ray then MRI"), as a hint. */
  planReferral?: string
  /** The signed-in clinician who will sign the letter, as printed. */
  author?: { name: string; registrationNumber?: string }
  /** Why a letter cannot be printed yet (the clinic's name or phone missing). */
  letterheadMissing?: string
  /** The letters already sent for this assessment, newest first. */
  letters: ReferralLetter[]
}

/** A letter written: stored (with its audit entry) only once its PDF was saved. */
export type LetterWritten =
  { saved: true; fileName: string; letter: ReferralLetter } | { saved: false }

const jobIdSchema = z.object({ jobId: z.uuid() })

export const contract = {
  getStartupState: channel<StartupState>()(z.object({})),
  /** The clinic's passphrase (with its confirmation when it is being chosen). */
  submitPassphrase: channel<StartupState>()(submitPassphraseInputSchema),
  /** The backups a problem screen can restore (answered before the records open). */
  listStartupBackups: channel<BackupInfo[]>()(z.object({})),
  /** Restores a backup when the records did not open (the file there is kept aside). */
  restoreAtStartup: channel<StartupState>()(restoreAtStartupInputSchema),
  /** Opens the records for viewing only (a read-only folder, a full disk). */
  openReadOnly: channel<StartupState>()(z.object({})),
  /** Shows a folder dialog; main keeps the folder chosen for `useChosenFolder`. */
  chooseDataFolder: channel<ChosenFolder>()(z.object({})),
  /** Uses the folder just chosen, remembered for the next starts once its records open. */
  useChosenFolder: channel<StartupState>()(useChosenFolderInputSchema),
  /** A new, empty clinic in place of an empty, damaged or missing file (kept aside), confirmed. */
  startNewClinic: channel<StartupState>()(z.object({})),
  /** Tries to open the records again (after freeing space, connecting a drive). */
  retryStartup: channel<StartupState>()(z.object({})),
  /** Quits the app from a start-up screen. */
  quitApp: channel<{ quitting: true }>()(z.object({})),
  getSession: channel<SessionState>()(z.object({})),
  /** The first clinician of a new installation, or another added by a signed-in clinician. */
  createClinician: channel<SessionState>()(newClinicianSchema),
  /** Signs in, or hands over to another clinician (quick switch). */
  signIn: channel<SessionState>()(signInSchema),
  unlockSession: channel<SessionState>()(z.object({ passcode: z.string().max(64) })),
  lockSession: channel<SessionState>()(z.object({})),
  signOut: channel<SessionState>()(z.object({})),
  /** The clinician is at the keyboard: the idle clock starts again. */
  touchSession: channel<SessionState>()(z.object({})),
  setLockAfterMinutes: channel<SessionState>()(z.object({ minutes: lockAfterMinutesSchema })),
  /** Patient mode: the patient answers their questionnaires on this draft, and sees nothing else. */
  handToPatient: channel<SessionState>()(handToPatientSchema),
  /** The patient turned a page (kept by main for a reload of the window). */
  patientModePage: channel<SessionState>()(patientModePageSchema),
  /** Back to the record: the signed-in clinician's passcode ends patient mode. */
  leavePatientMode: channel<SessionState>()(leavePatientModeSchema),
  findPatients: channel<PatientSearchResult>()(findPatientsInputSchema),
  getPatient: channel<Patient>()(z.object({ id: patientIdSchema })),
  createPatient: channel<Patient>()(patientFieldsSchema),
  updatePatient: channel<Patient>()(updatePatientInputSchema),
  listAssessments: channel<AssessmentSummary[]>()(z.object({ patientId: patientIdSchema })),
  /** Every assessment of a patient in full, oldest first: for comparisons and trends. */
  getPatientHistory: channel<Assessment[]>()(z.object({ patientId: patientIdSchema })),
  /** The progress screen: every visit's measures, and the visits it compares in full. */
  getProgressView: channel<ProgressView>()(getProgressViewInputSchema),
  getAssessment: channel<Assessment>()(byAssessmentId),
  createAssessment: channel<Assessment>()(createAssessmentInputSchema),
  saveAssessmentDraft: channel<DraftSaved>()(assessmentDraftSchema),
  /**
   * The write-ahead copy of a draft, sent at every change before the autosave; `kept` is false
   * when the database already holds this revision or a later one.
   */
  keepDraftCopy: channel<{ kept: boolean }>()(draftCopySchema),
  /**
   * The write-ahead copy holding changes the database does not have yet, if any; `unreadable`
   * when one is kept but fails its schema (it is left where it is, not shown).
   */
  getDraftCopy: channel<{ copy?: DraftCopy; unreadable?: true }>()(byAssessmentId),
  confirmWorkingDiagnosis: channel<Assessment>()(
    byAssessmentId
      .extend({
        ...confirmDiagnosisFields,
        plan: z.enum(planSources).optional(),
        /** With `previous-visit`: what the carried-on plan does now (moves the phase). */
        progression: z.enum(planProgressions).optional(),
      })
      .refine(...decisionRule),
  ),
  /** A red flag is raised: the patient is referred and gets no plan at this visit (or not). */
  referWithoutPlan: channel<Assessment>()(byAssessmentId.extend({ referred: z.boolean() })),
  /** A doctor has cleared a red flag (who, when, what was excluded). */
  recordMedicalClearance: channel<Assessment>()(
    byAssessmentId.extend(medicalClearanceInputSchema.shape),
  ),
  removeMedicalClearance: channel<Assessment>()(
    byAssessmentId.extend({ redFlag: z.enum(redFlagIds) }),
  ),
  finaliseAssessment: channel<Assessment>()(byAssessmentId),
  /** A note on a finalised record; it may revise the diagnosis, the plan or add a clearance. */
  addAssessmentAddendum: channel<Assessment>()(
    byAssessmentId.extend({
      text: addendumSchema.shape.text,
      revise: z
        .object({
          diagnosis: confirmDiagnosisInputSchema.optional(),
          plan: z.literal('proposal').optional(),
          clearance: medicalClearanceInputSchema.optional(),
        })
        .optional(),
    }),
  ),
  /** Deletes a draft softly: gone from the lists, kept in the file with the reason. */
  deleteAssessmentDraft: channel<{ id: string }>()(
    byAssessmentId.extend({ reason: deleteReasonSchema }),
  ),
  exportReport: channel<Saved>()(byAssessmentId.extend({ kind: z.enum(reportKinds) })),
  startExport: channel<Started>()(
    z.object({ format: z.enum(exportFormats), patientId: patientIdSchema.optional() }),
  ),
  startImport: channel<Started>()(z.object({})),
  getJob: channel<JobState>()(jobIdSchema),
  cancelJob: channel<JobState>()(jobIdSchema),
  /** The clinic's details for the letterhead; `clinic` is absent until they are entered. */
  getClinicDetails: channel<{ clinic?: ClinicDetails }>()(z.object({})),
  saveClinicDetails: channel<ClinicDetails>()(clinicDetailsSchema),
  /** The clinic's directory of GPs and consultants, by name. */
  listReferralContacts: channel<ReferralContact[]>()(z.object({})),
  /** Adds a directory entry, or changes the one with `id`. */
  saveReferralContact: channel<ReferralContact>()(saveReferralContactInputSchema),
  /** Takes an entry out of the directory (letters sent keep their own copy). */
  removeReferralContact: channel<{ id: string }>()(z.object({ id: referralContactIdSchema })),
  /** Opens the letter editor for an assessment. */
  startReferralLetter: channel<ReferralLetterStart>()(
    z.object({ assessmentId: assessmentIdSchema }),
  ),
  /** Prints the edited letter to a PDF and keeps it as a record of its own. */
  writeReferralLetter: channel<LetterWritten>()(writeReferralLetterInputSchema),
  getReferralLetter: channel<ReferralLetter>()(z.object({ id: referralLetterIdSchema })),
  /** Prints a letter sent again, exactly as it was printed. */
  printReferralLetterAgain: channel<Saved>()(z.object({ id: referralLetterIdSchema })),
  /** The verified backups, newest first, where they are and the last failure. */
  listBackups: channel<BackupOverview>()(z.object({})),
  /** Makes a verified backup now. */
  backUpNow: channel<BackupInfo>()(z.object({})),
  /** Copies a backup (still encrypted) to a file the user chooses. */
  exportBackup: channel<Exported>()(z.object({ fileName: backupFileNameSchema })),
  /** Restores a backup over the records, after a snapshot of them; the records reopen. */
  restoreBackup: channel<StartupState>()(restoreBackupInputSchema),
  /** Deletes a patient softly: gone from the list and search, kept in the file with the reason. */
  deletePatient: channel<{ id: string }>()(
    z.object({ id: patientIdSchema, reason: deleteReasonSchema }),
  ),
  /** Erasure on request: removes the patient's records for good; the audit entries stay. */
  erasePatient: channel<{ id: string; assessmentsErased: number }>()(
    z.object({
      id: patientIdSchema,
      reason: deleteReasonSchema,
      confirmed: z.literal(true, 'Confirm that the records are to be erased for good'),
    }),
  ),
  /** The newest audit entries matching the filter, with the clinicians' names. */
  listAuditTrail: channel<AuditPage>()(auditFilterSchema),
  /** Recomputes the audit trail's hash chain: intact, or its first broken link. */
  verifyAuditTrail: channel<ChainCheck>()(z.object({})),
  /** Recomputes every signature: the records that no longer match, by id and date. */
  verifySignatures: channel<SignatureCheck>()(z.object({})),
  /** The home screen: reviews overdue and due this week, open drafts, recent patients. */
  getCaseload: channel<Caseload>()(getCaseloadInputSchema),
  /** One patient's standing: last visit, diagnosis, next review, open drafts, archived. */
  getPatientCaseload: channel<PatientStanding>()(z.object({ id: patientIdSchema })),
  /** Patients on file with this name and date of birth (accents and case aside). */
  findDuplicatePatients: channel<PatientMatch[]>()(findDuplicatePatientsInputSchema),
  /** Archives a patient (off the home screen and the default list; records kept) or back. */
  setPatientArchived: channel<{ archivedAt?: string }>()(setPatientArchivedInputSchema),
  /** How this laptop stands with the clinic's hub (the status line asks every few seconds). */
  getSyncStatus: channel<SyncStatus>()(z.object({})),
  /** Joins the clinic's hub with the one-time code it shows, then receives the clinic. */
  joinHub: channel<SyncStatus>()(joinHubInputSchema),
  /** A round with the hub now: sends what waits, receives what is new. */
  syncNow: channel<SyncStatus>()(z.object({})),
  /** Stops sharing with the hub; the records stay on this laptop. */
  leaveHub: channel<SyncStatus>()(z.object({})),
  /** Conflicts, record-number clashes and edits that arrived after signing. */
  listSyncConflicts: channel<SyncConflicts>()(z.object({})),
  /** Keeps one of a conflict's values (recorded in the audit trail). */
  resolveSyncConflict: channel<SyncStatus>()(resolveSyncConflictInputSchema),
  /** The signer's decision on an edit that arrived after signing: an addendum, or set aside. */
  reviewChangeAfterSigning: channel<SyncStatus>()(reviewChangeAfterSigningInputSchema),
} satisfies { [K in ChannelName]: Channel<z.ZodType, unknown> }

export type Contract = typeof contract
export type InputOf<K extends ChannelName> = z.input<Contract[K]['input']>
export type ParsedInputOf<K extends ChannelName> = z.output<Contract[K]['input']>
export type OutputOf<K extends ChannelName> = NonNullable<Contract[K]['output']>

/** `window.api`: one async function per channel, nothing else. */
export type Api = { [K in ChannelName]: (input: InputOf<K>) => Promise<Result<OutputOf<K>>> }
