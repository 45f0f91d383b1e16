import type { Database, Statement } from 'better-sqlite3'
import {
  ASSESSMENT_SCHEMA_VERSION,
  type Assessment,
} from '../../shared/model/assessment/assessment'
import { upgradeAssessment } from '../../shared/model/assessment/upgradeAssessment'
import type { Patient } from '../../shared/model/patient'
import { JobFailure } from './jobs'
import { patientLabel } from './recordLabels'

/**
 * The export's reader: the clinic's patients, each with their assessments, read a page at a
 * time by keyset (`id > last id seen`, on the primary key), so that nothing of the whole clinic
 * is ever held at once, and no statement stays open between pages. (better-sqlite3 refuses every
 * write on a connection while an `iterate()` is open: an iterator held across the export's
 * pauses would make each autosave meanwhile fail. Each page is read whole, synchronously.)
 *
 * Stored documents were validated when they were written, so they are trusted on read after a
 * cheap check: the document parses, it is of the current schema version, and its ids are the
 * row's. A document of an older version goes through upgradeAssessment (upgrade and full
 * validation), as a document that fails the check does; one that cannot be read stops the
 * export with a message naming the record as imports name them (no other patient data).
 *
 * Each record keeps its stored text beside the parsed document: the JSON export writes the
 * stored text as it is when the document needed no upgrade, rather than serialising it again.
 */
export interface StoredPatient {
  patient: Patient
  /** The stored document, exactly: JSON.stringify(patient). */
  text: string
}
export interface StoredAssessment {
  assessment: Assessment
  /** The stored document when it was current (so the same as JSON.stringify(assessment)). */
  text?: string
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

  constructor(private readonly db: Database) {
    const columns = 'id, given_name, family_name, record_number, document'
    this.page = db.prepare(`SELECT ${columns} FROM patients WHERE id > ? ORDER BY id LIMIT ?`)
    this.one = db.prepare(`SELECT ${columns} FROM patients WHERE id = ?`)
    this.assessmentsOf = db.prepare(
      `SELECT id, patient_id, date, schema_version, document FROM assessments
       WHERE patient_id = ? ORDER BY date, created_at, id`,
    )
  }

  /** How many patients an export of `patientId` (or, without it, of the clinic) will write. */
  count(patientId?: string): number {
    return patientId
      ? this.one.all(patientId).length
      : (this.db.prepare('SELECT count(*) FROM patients').pluck().get() as number)
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
      assessments: this.assessmentsOf.all(row.id).map((a) => readAssessment(a, row)),
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

export function readAssessment(row: AssessmentRow, patient: PatientRow): StoredAssessment {
  const what = () => `The assessment of ${patientLabel(labelOf(patient))} on ${row.date}`
  let doc: unknown
  try {
    doc = JSON.parse(row.document)
  } catch {
    throw damaged(what())
  }
  if (
    row.schema_version === ASSESSMENT_SCHEMA_VERSION &&
    isObject(doc) &&
    doc.schemaVersion === ASSESSMENT_SCHEMA_VERSION &&
    doc.id === row.id &&
    doc.patientId === row.patient_id
  ) {
    return { assessment: doc as unknown as Assessment, text: row.document }
  }
  // An older version (or a document that does not look like its row): upgrade and validate.
  try {
    const assessment = upgradeAssessment(doc)
    if (assessment.id !== row.id || assessment.patientId !== row.patient_id) throw new Error()
    return { assessment }
  } catch {
    throw damaged(what())
  }
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

const labelOf = (row: PatientRow) => ({
  givenName: row.given_name,
  familyName: row.family_name,
  ...(row.record_number ? { recordNumber: row.record_number } : {}),
})
