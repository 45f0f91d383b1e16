import type { Database, Statement } from 'better-sqlite3'
import type { Assessment } from '../../shared/model/assessment/assessment'
import type { Patient } from '../../shared/model/patient'
import { toAddendum, type AddendumRow } from '../db/addendumRow'
import { readStoredAssessment } from '../db/storedRecords'
import { JobFailure } from './jobs'
import { patientLabel } from './recordLabels'

/**
 * The export's reader: the clinic's patients, each with their assessments, read a page at a
 * time by keyset (`id > last id seen`, on the primary key), so that nothing of the whole clinic
 * is ever held at once, and no statement stays open between pages. (better-sqlite3 refuses every
 * write on a connection while an `iterate()` is open: an iterator held across the export's
 * pauses would make each autosave meanwhile fail. Each page is read whole, synchronously.)
 *
 * Stored documents were validated when they were written, so they are read as the app reads
 * them (db/storedRecords.ts: trusted at the current schema version after a cheap check, upgraded
 * and validated when older), each assessment with its addenda from their own rows; one that
 * cannot be read stops the export with a message naming the record as imports name them (no
 * other patient data). Deleted patients and drafts are not exported.
 *
 * A patient keeps its stored text beside the parsed document: the JSON export writes it as it
 * is, rather than serialising it again.
 */
export interface StoredPatient {
  patient: Patient
  /** The stored document, exactly: JSON.stringify(patient). */
  text: string
}
export interface StoredAssessment {
  /** With its addenda: the stored text lacks them (rows of their own), so it is not reused. */
  assessment: Assessment
}
export interface ExportRecord {
  patient: StoredPatient
  assessments: StoredAssessment[]
}

interface PatientRow {
  id: string
  given_name: string
  family_name: string
  record_number: string | null
  document: string
}
interface AssessmentRow {
  id: string
  patient_id: string
  date: string
  schema_version: number
  document: string
}

export class ExportReader {
  private readonly page: Statement<[string, number], PatientRow>
  private readonly one: Statement<[string], PatientRow>
  private readonly assessmentsOf: Statement<[string], AssessmentRow>
  private readonly addendaOf: Statement<[string], AddendumRow>

  constructor(private readonly db: Database) {
    const columns = 'id, given_name, family_name, record_number, document'
    this.page = db.prepare(
      `SELECT ${columns} FROM patients WHERE id > ? AND deleted_at IS NULL ORDER BY id LIMIT ?`,
    )
    this.one = db.prepare(`SELECT ${columns} FROM patients WHERE id = ? AND deleted_at IS NULL`)
    this.assessmentsOf = db.prepare(
      `SELECT id, patient_id, date, schema_version, document FROM assessments
       WHERE patient_id = ? AND deleted_at IS NULL ORDER BY date, created_at, id`,
    )
    this.addendaOf = db.prepare('SELECT * FROM addenda WHERE assessment_id = ? ORDER BY position')
  }

  /** How many patients an export of `patientId` (or, without it, of the clinic) will write. */
  count(patientId?: string): number {
    return patientId
      ? this.one.all(patientId).length
      : (this.db
          .prepare('SELECT count(*) FROM patients WHERE deleted_at IS NULL')
          .pluck()
          .get() as number)
  }

  /**
   * The records, a page of `pageSize` patients per step, in the order of their ids. Each step
   * reads its page and the page's assessments at once and holds no statement open afterwards.
   */
  *pages(patientId: string | undefined, pageSize: number): Generator<ExportRecord[]> {
    if (patientId) {
      yield this.one.all(patientId).map((row) => this.record(row))
      return
    }
    let after = ''
    for (;;) {
      const rows = this.page.all(after, pageSize)
      if (rows.length === 0) return
      after = rows.at(-1)!.id
      yield rows.map((row) => this.record(row))
    }
  }

  private record(row: PatientRow): ExportRecord {
    const patient = readPatient(row)
    return {
      patient: { patient, text: row.document },
      assessments: this.assessmentsOf
        .all(row.id)
        .map((a) => readAssessment(a, row, this.addendaOf.all(a.id).map(toAddendum))),
    }
  }
}

const damaged = (what: string) =>
  new JobFailure(
    `${what} could not be read: its stored copy is damaged. Nothing was exported. Restore the records from a backup (Backups screen) and export again.`,
  )

function readPatient(row: PatientRow): Patient {
  let doc: unknown
  try {
    doc = JSON.parse(row.document)
  } catch {
    throw damaged(`The patient with ${patientLabel(labelOf(row))}`)
  }
  if (!isObject(doc) || doc.id !== row.id || typeof doc.familyName !== 'string') {
    throw damaged(`The patient with ${patientLabel(labelOf(row))}`)
  }
  return doc as unknown as Patient
}

export function readAssessment(
  row: AssessmentRow,
  patient: PatientRow,
  addenda: Assessment['addenda'],
): StoredAssessment {
  try {
    const assessment = readStoredAssessment(row, addenda)
    if (assessment.patientId !== row.patient_id) throw new Error('not this patient')
    return { assessment }
  } catch {
    throw damaged(`The assessment of ${patientLabel(labelOf(patient))} on ${row.date}`)
  }
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

const labelOf = (row: PatientRow) => ({
  givenName: row.given_name,
  familyName: row.family_name,
  ...(row.record_number ? { recordNumber: row.record_number } : {}),
})
