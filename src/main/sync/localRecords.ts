import type { Database, Statement } from 'better-sqlite3'
import { AUDIT_CHUNK, parseDocId } from '../../shared/sync/sharedDocuments'
import type { DocId } from '../../shared/sync/hubProtocol'
import { toAddendum, type AddendumRow } from '../db/addendumRow'
import { toEntry, type AuditRow } from '../audit/auditTrail'

/**
 * This laptop's records as the content of their shared documents (sharedDocuments.ts): what the
 * sync loop writes into a record's Automerge document after the record changed here. Read
 * straight from the tables, which are the truth on this laptop; nothing is validated again (every
 * write path validated it). Undefined when the record is not here (erased).
 */
export class LocalRecords {
  private readonly patient: Statement<[string], PatientRow>
  private readonly assessment: Statement<[string], AssessmentRow>
  private readonly addendum: Statement<[string], AddendumRow>
  private readonly addendumBefore: Statement<[string, number], string | null>
  private readonly signatureOf: Statement<[string], string | null>
  private readonly clinician: Statement<[string], ClinicianRow>
  private readonly clinic: Statement<[], string>
  private readonly audit: Statement<[number, number], AuditRow>

  constructor(db: Database) {
    this.patient = db.prepare(`SELECT document, deleted_at, deleted_by, delete_reason,
      archived_at, archived_by FROM patients WHERE id = ?`)
    this.assessment = db.prepare(`SELECT document, status, deleted_at, deleted_by,
      delete_reason FROM assessments WHERE id = ?`)
    this.addendum = db.prepare('SELECT * FROM addenda WHERE id = ?')
    this.addendumBefore = db
      .prepare<[string, number], string | null>(
        'SELECT sha256 FROM addenda WHERE assessment_id = ? AND position = ?',
      )
      .pluck()
    this.signatureOf = db
      .prepare<[string], string | null>('SELECT signature FROM assessments WHERE id = ?')
      .pluck()
    this.clinician = db.prepare('SELECT * FROM clinicians WHERE id = ?')
    this.clinic = db
      .prepare<[], string>(`SELECT document FROM settings WHERE key = 'clinic'`)
      .pluck()
    this.audit = db.prepare('SELECT * FROM audit_log WHERE seq >= ? AND seq < ? ORDER BY seq')
  }

  /** The content of a record's document, or undefined when the record is not on this laptop. */
  contentOf(docId: DocId): Record<string, unknown> | undefined {
    const doc = parseDocId(docId)
    switch (doc.kind) {
      case 'patient':
        return this.patientContent(doc.id)
      case 'assessment':
        return this.assessmentContent(doc.id)
      case 'signed': {
        const row = this.assessment.get(doc.id)
        // The stored document of a finalised record is exactly what was signed: kept whole.
        return row?.status === 'finalised' ? { document: row.document } : undefined
      }
      case 'addendum':
        return this.addendumContent(doc.id)
      case 'clinician':
        return this.clinicianContent(doc.id)
      case 'clinic': {
        const document = this.clinic.get()
        return document === undefined ? undefined : { record: JSON.parse(document) }
      }
      case 'audit':
        return { entries: this.auditEntries(doc.chunk) }
    }
  }

  private patientContent(id: string) {
    const row = this.patient.get(id)
    if (!row) return undefined
    return {
      record: JSON.parse(row.document),
      ...(row.deleted_at
        ? { deleted: { at: row.deleted_at, by: row.deleted_by, reason: row.delete_reason } }
        : {}),
      ...(row.archived_at ? { archived: { at: row.archived_at, by: row.archived_by } } : {}),
    }
  }

  private assessmentContent(id: string) {
    const row = this.assessment.get(id)
    if (!row) return undefined
    return {
      record: JSON.parse(row.document),
      ...(row.deleted_at
        ? { deleted: { at: row.deleted_at, by: row.deleted_by, reason: row.delete_reason } }
        : {}),
    }
  }

  private addendumContent(id: string) {
    const row = this.addendum.get(id)
    if (!row) return undefined
    // What it was chained to when written: the addendum before it here, or the signature.
    const follows =
      row.follows ??
      (row.sha256
        ? ((row.position > 0
            ? this.addendumBefore.get(row.assessment_id, row.position - 1)
            : null) ?? this.signatureOf.get(row.assessment_id))
        : null)
    return {
      record: {
        ...toAddendum(row),
        assessmentId: row.assessment_id,
        ...(follows ? { follows } : {}),
      },
    }
  }

  private clinicianContent(id: string) {
    const row = this.clinician.get(id)
    if (!row) return undefined
    return {
      record: {
        id: row.id,
        name: row.name,
        profession: row.profession,
        ...(row.registration_number ? { registrationNumber: row.registration_number } : {}),
        passcodeHash: row.passcode_hash,
        createdAt: row.created_at,
        createdBy: row.created_by,
      },
    }
  }

  private auditEntries(chunk: number) {
    return this.audit
      .all(chunk * AUDIT_CHUNK, (chunk + 1) * AUDIT_CHUNK)
      .map((row) => JSON.stringify(toEntry(row)))
  }
}

interface PatientRow {
  document: string
  deleted_at: string | null
  deleted_by: string | null
  delete_reason: string | null
  archived_at: string | null
  archived_by: string | null
}
interface AssessmentRow extends Omit<PatientRow, 'archived_at' | 'archived_by'> {
  status: string
}
interface ClinicianRow {
  id: string
  name: string
  profession: string
  registration_number: string | null
  passcode_hash: string
  created_at: string
  created_by: string | null
}
