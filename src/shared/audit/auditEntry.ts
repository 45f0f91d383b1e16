import { z } from 'zod'
import { clinicianIdSchema } from '../model/clinician'
import { patientIdSchema } from '../model/patient'

/**
 * The audit trail's entries: who did what to which record, and when. An entry names a record by
 * its id only and says what happened in a few fixed words ("report: clinician PDF", "fields
 * changed: address, phone"); it never holds clinical content, a patient's name or anything a
 * clinician typed. Each entry is chained to the one before by its hash (auditChain.ts).
 */
export const auditActions = [
  'create',
  'update',
  'sign',
  'addendum',
  'view',
  'export',
  'import',
  'backup',
  'restore',
  'sign-in',
  'sign-in-failed',
  'sign-out',
  'lock',
  'unlock',
  'delete',
  'erase',
  'check',
  'archive',
  'unarchive',
  'sync',
  'decide',
] as const
export type AuditAction = (typeof auditActions)[number]

export const auditActionLabels: Record<AuditAction, string> = {
  create: 'Created',
  update: 'Changed',
  sign: 'Signed (finalised)',
  addendum: 'Addendum',
  view: 'Viewed',
  export: 'Exported',
  import: 'Imported',
  backup: 'Backup',
  restore: 'Restore',
  'sign-in': 'Signed in',
  'sign-in-failed': 'Sign-in refused',
  'sign-out': 'Signed out',
  lock: 'Locked',
  unlock: 'Unlocked',
  delete: 'Deleted',
  erase: 'Erased on request',
  check: 'Checked',
  archive: 'Archived',
  unarchive: 'Back in the caseload',
  sync: 'Clinic hub',
  decide: 'Decided (sync)',
}

/** What an entry is about; `records` for the clinic's records as a whole (an export of all). */
export const auditRecordTypes = [
  'patient',
  'assessment',
  'clinician',
  'settings',
  'records',
  'session',
] as const
export type AuditRecordType = (typeof auditRecordTypes)[number]

export const auditRecordTypeLabels: Record<AuditRecordType, string> = {
  patient: 'Patient',
  assessment: 'Assessment',
  clinician: 'Clinician',
  settings: 'Settings',
  records: 'All records',
  session: 'Session',
}

/** One entry as stored: `hash` is the SHA-256 of its canonical text, `prevHash` the previous entry's. */
export interface AuditEntry {
  seq: number
  /** ISO instant. */
  at: string
  clinicianId: string | null
  action: AuditAction
  recordType: AuditRecordType
  recordId: string | null
  detail: string | null
  prevHash: string
  hash: string
}

/** An entry as the audit screen shows it: with the clinician's name, without the hashes. */
export interface AuditEntryView {
  seq: number
  at: string
  clinicianId: string | null
  clinicianName: string | null
  action: AuditAction
  recordType: AuditRecordType
  recordId: string | null
  detail: string | null
}

export interface AuditPage {
  entries: AuditEntryView[]
  /** How many entries match the filter in all (the page holds the newest of them). */
  total: number
  /** The other laptops whose trails are copied here, to choose from (none when not shared). */
  laptops: { id: string; name: string }[]
}

export const auditFilterSchema = z.object({
  /** From this instant (the start of the chosen day, in the clinician's time zone). */
  from: z.iso.datetime().optional(),
  /** Before this instant (the start of the day after the chosen one). */
  to: z.iso.datetime().optional(),
  clinicianId: clinicianIdSchema.optional(),
  action: z.enum(auditActions).optional(),
  /**
   * Entries about this patient or any of their assessments (main looks the assessments up: the
   * trail itself names each record by its own id only).
   */
  patientId: patientIdSchema.optional(),
  /** The start of a record id (ids are long: the first characters are enough). */
  recordId: z
    .string()
    .trim()
    .max(64, 'A record id is at most 64 characters')
    .regex(/^[0-9a-fA-F-]*$/, 'A record id has only hex digits and dashes')
    .optional(),
  /**
   * Another laptop of the clinic: its trail as copied here through the hub (each laptop keeps its
   * own chain; the copies are checked with it). Absent: this laptop's own trail.
   */
  laptopId: z.uuid().optional(),
  /** Older than this entry (the next page). */
  beforeSeq: z.number().int().min(1).optional(),
  limit: z.number().int().min(1).max(500).optional(),
})
export type AuditFilter = z.infer<typeof auditFilterSchema>

/** Where the chain first breaks, and why; or that it holds. */
export type ChainCheck =
  | { intact: true; entries: number; last?: { seq: number; at: string } }
  | {
      intact: false
      /** Entries read before the break. */
      entries: number
      brokenAt: { seq: number; at: string }
      /** In words, without the time (the screen and the command line write it their way). */
      problem: string
    }

/** A signed record whose content no longer matches its signature, by id and date only. */
export interface SignatureMismatch {
  assessmentId: string
  /** The assessment's date (a calendar day), when it can still be read. */
  date: string | null
  problem: string
}

export interface SignatureCheck {
  /** Signed records whose signature was recomputed. */
  checked: number
  mismatches: SignatureMismatch[]
  /** Records finalised before records were signed: locked, but with no signature to check. */
  unsigned: number
}
