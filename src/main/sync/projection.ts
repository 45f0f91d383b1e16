import type { Database } from 'better-sqlite3'
import type { Assessment } from '../../shared/model/assessment/assessment'
import { upgradeAssessment } from '../../shared/model/assessment/upgradeAssessment'
import { summaryOf } from '../../shared/model/assessment/assessmentSummary'
import { hashAuditEntry } from '../../shared/audit/auditChain'
import { addendumSha256, checkRecord } from '../../shared/signing/recordSignature'
import type { DocId } from '../../shared/sync/hubProtocol'
import {
  addendumDocumentSchema,
  assessmentDocumentSchema,
  signedDocumentSchema,
  auditDocumentSchema,
  auditEntryRecordSchema,
  clinicDocumentSchema,
  clinicianDocumentSchema,
  parseDocId,
  patientDocumentSchema,
} from '../../shared/sync/sharedDocuments'
import { lateEditsOf, type LateEdit } from '../../shared/sync/lateEdits'
import { sha256 } from '../audit/sha256'
import { assessmentRowOf } from '../db/assessmentRow'
import { SUMMARY_VERSION } from '../db/derived/derivedData'
import { PatientListOrder } from '../db/patientListOrder'
import { patientRowOf } from '../db/patientRow'
import { readStoredAssessment } from '../db/storedRecords'
import { toAddendum, type AddendumRow } from '../db/addendumRow'

/** What writing one arrived document did. */
export type Projected =
  | { kind: 'written' }
  | { kind: 'unchanged' }
  /** It refers to a record that has not arrived yet: tried again after the next documents. */
  | { kind: 'waiting' }
  /** It cannot be written (it fails its schema, its signature, or would move a record). */
  | { kind: 'refused'; why: string }
  /** A signed record whose document carries edits made elsewhere after the signature. */
  | { kind: 'late-edit'; edit: LateEdit }

const written = { kind: 'written' } as const
const unchanged = { kind: 'unchanged' } as const
const waiting = { kind: 'waiting' } as const
const refused = (why: string) => ({ kind: 'refused', why }) as const

/**
 * Writes the shared documents that arrived from the hub into this laptop's tables, the read model
 * every screen, search and list uses. Each document is parsed with its shared schema first
 * (sharedDocuments.ts, which reuses the records' own), and written with the same row builders as
 * the repositories and the import, so the indexes, search keys and caseload columns follow (their
 * triggers). The database's own rules still hold: a signed record is never rewritten (only a
 * draft here is replaced by its signed copy), an addendum is added, never changed, an audit entry
 * must continue its laptop's chain.
 *
 * Runs inside the sync loop's transaction, with `sync_applying` set so that what it writes is
 * not queued to be sent back.
 */
export class Projection {
  private readonly listOrder: PatientListOrder
  private readonly s: ReturnType<typeof statementsOf>

  constructor(
    private readonly db: Database,
    private readonly laptopId: string,
  ) {
    this.listOrder = new PatientListOrder(db)
    this.s = statementsOf(db)
  }

  /** Writes one document's content (plain JSON, read from the merged Automerge document). */
  apply(docId: DocId, content: unknown): Projected {
    const doc = parseDocId(docId)
    switch (doc.kind) {
      case 'patient':
        return this.patient(doc.id, content)
      case 'assessment':
        return this.assessment(doc.id, content)
      case 'signed':
        return this.signed(doc.id, content)
      case 'addendum':
        return this.addendum(doc.id, content)
      case 'clinician':
        return this.clinician(doc.id, content)
      case 'clinic':
        return this.clinic(content)
      case 'audit':
        return doc.origin === this.laptopId ? unchanged : this.audit(doc.origin, content)
    }
  }

  private patient(id: string, content: unknown): Projected {
    const parsed = patientDocumentSchema.safeParse(content)
    if (!parsed.success || parsed.data.record.id !== id)
      return refused('a patient record that does not read as one')
    const { record, deleted, archived } = parsed.data
    const stored = this.s.patient.get(id) as
      { document: string; deleted_at: string | null; archived_at: string | null } | undefined
    const row = patientRowOf(record)
    let changed = false
    if (!stored) {
      this.listOrder.makeRoom(row)
      this.s.insertPatient.run(row)
      changed = true
    } else if (stored.document !== row.document && !stored.deleted_at) {
      this.listOrder.makeRoom(row)
      this.s.updatePatient.run(row)
      changed = true
    }
    if (deleted && !stored?.deleted_at)
      changed = this.s.deletePatient.run({ id, ...deleted }).changes > 0 || changed
    const archivedAt = archived?.at ?? null
    if ((stored?.archived_at ?? null) !== archivedAt)
      changed =
        this.s.archivePatient.run({ id, at: archivedAt, by: archived?.by ?? null }).changes > 0 ||
        changed
    return changed ? written : unchanged
  }

  /**
   * A draft, field by field. Once the record is signed here, a draft document that still changes
   * carries a late edit (from a laptop that had not seen the signature): noted for the author,
   * never written into the signed row.
   */
  private assessment(id: string, content: unknown): Projected {
    const parsed = assessmentDocumentSchema.safeParse(content)
    if (!parsed.success || parsed.data.record.id !== id)
      return refused('an assessment that does not read as one')
    const { record, deleted, lateEditsReviewed } = parsed.data
    if (!this.s.patient.get(record.patientId)) return waiting
    const stored = this.s.assessment.get(id) as StoredAssessment | undefined
    if (stored && stored.patient_id !== record.patientId)
      return refused('an assessment that would move to another patient')
    if (stored?.status === 'finalised') {
      const edit = lateEditsOf(id, JSON.parse(stored.document), record, sha256)
      return edit && !lateEditsReviewed?.[edit.id] ? { kind: 'late-edit', edit } : unchanged
    }
    if (stored?.deleted_at) return unchanged
    // Only the signed document makes a finalised row, checked against its signature first.
    if (record.status !== 'draft') return stored ? unchanged : waiting
    let assessment: Assessment
    try {
      assessment = upgradeAssessment({ ...record, addenda: [] })
    } catch {
      return refused('a draft assessment that does not read as one')
    }
    // Revisions jump here, far past any form open on this draft (each change there adds one), so
    // its next autosave is answered as late and rebased on what arrived, never saved over it.
    if (stored)
      assessment = {
        ...assessment,
        revision: Math.max(stored.revision, assessment.revision) + MERGED_REVISION_STEP,
      }
    const row = assessmentRowOf(assessment)
    let changed = false
    if (!stored) {
      this.s.insertAssessment.run(row)
      changed = true
    } else if (withoutRevision(stored.document) !== withoutRevision(row.document)) {
      this.s.overwriteDraft.run(row)
      changed = true
    }
    if (deleted) changed = this.s.deleteDraft.run({ id, ...deleted }).changes > 0 || changed
    return changed ? written : unchanged
  }

  /**
   * A signed record: stored as signed, its signature checked first. A draft of it here becomes
   * the signed record (what was typed here meanwhile stays in the draft's document, a late edit
   * for the author). A record finalised before signatures existed is taken as it is, but never
   * turns a draft here into a finalised record without a signature.
   */
  private signed(id: string, content: unknown): Projected {
    const parsed = signedDocumentSchema.safeParse(content)
    if (!parsed.success) return refused('a signed assessment that does not read as one')
    let document: Record<string, unknown>
    let assessment: Assessment
    try {
      document = JSON.parse(parsed.data.document) as Record<string, unknown>
      assessment = upgradeAssessment({ ...document, addenda: [] })
    } catch {
      return refused('a signed assessment this version cannot read')
    }
    if (assessment.id !== id || assessment.status !== 'finalised')
      return refused('a signed assessment that does not read as one')
    const check = checkRecord(document, sha256)
    if (check.kind === 'mismatch')
      return refused('a signed assessment whose content does not match its signature')
    if (!this.s.patient.get(assessment.patientId)) return waiting
    const stored = this.s.assessment.get(id) as StoredAssessment | undefined
    if (stored && stored.patient_id !== assessment.patientId)
      return refused('an assessment that would move to another patient')
    if (stored?.status === 'finalised')
      return stored.document === parsed.data.document
        ? unchanged
        : refused('a record signed differently on two laptops')
    if (stored?.deleted_at) return refused('signed elsewhere, but deleted here as a draft')
    if (stored && check.kind === 'unsigned')
      return refused('finalised unsigned by an earlier version; the draft here is kept')
    const row = assessmentRowOf(assessment, document)
    if (stored) this.s.overwriteDraft.run(row)
    else this.s.insertAssessment.run(row)
    return written
  }

  private addendum(id: string, content: unknown): Projected {
    const parsed = addendumDocumentSchema.safeParse(content)
    if (!parsed.success || parsed.data.record.id !== id)
      return refused('an addendum that does not read as one')
    if (this.s.addendum.get(id)) return unchanged
    const { assessmentId, follows, sha256: claimed, ...addendum } = parsed.data.record
    const stored = this.s.assessment.get(assessmentId) as StoredAssessment | undefined
    if (!stored || stored.status !== 'finalised') return waiting
    const rows = this.s.addendaOf.all(assessmentId) as (AddendumRow & { follows: string | null })[]
    if (claimed) {
      // Chained to the signature or to an addendum already here (written on any laptop).
      const links = new Set([stored.signature, ...rows.map((r) => r.sha256)])
      if (!follows || !links.has(follows)) return waiting
      if (addendumSha256({ ...addendum, id }, { assessmentId, follows }, sha256) !== claimed)
        return refused('an addendum whose content does not match its hash')
    }
    this.s.insertAddendum.run({
      id,
      assessmentId,
      position: rows.length,
      at: addendum.at,
      authorId: addendum.author?.id ?? null,
      authorName: addendum.author?.name ?? null,
      authorRegistration: addendum.author?.registrationNumber ?? null,
      text: addendum.text,
      revised: addendum.revised ? JSON.stringify(addendum.revised) : null,
      sha256: claimed ?? null,
      follows: follows ?? null,
    })
    if (addendum.revised) {
      // A revised decision moves the timeline's summary, as an addendum written here does.
      const all = [
        ...rows,
        ...(this.s.addendaOf.all(assessmentId).slice(rows.length) as AddendumRow[]),
      ]
      const record = readStoredAssessment(
        {
          id: assessmentId,
          schema_version: storedVersion(stored.document),
          document: stored.document,
        },
        all.map(toAddendum),
      )
      const summary = summaryOf(record)
      this.s.writeDerived.run({
        id: assessmentId,
        workingDiagnosis: summary.workingDiagnosis ?? null,
        reviewDate: summary.reviewDate ?? null,
        summary: JSON.stringify(summary),
      })
    }
    return written
  }

  private clinician(id: string, content: unknown): Projected {
    const parsed = clinicianDocumentSchema.safeParse(content)
    if (!parsed.success || parsed.data.record.id !== id)
      return refused('a clinician that does not read as one')
    const c = parsed.data.record
    const result = this.s.upsertClinician.run({
      id,
      name: c.name,
      profession: c.profession,
      registrationNumber: c.registrationNumber ?? null,
      passcodeHash: c.passcodeHash,
      createdAt: c.createdAt,
      createdBy: c.createdBy,
    })
    return result.changes > 0 ? written : unchanged
  }

  private clinic(content: unknown): Projected {
    const parsed = clinicDocumentSchema.safeParse(content)
    if (!parsed.success) return refused('clinic details that do not read as such')
    const document = JSON.stringify(parsed.data.record)
    if ((this.s.clinic.get() as { document: string } | undefined)?.document === document)
      return unchanged
    this.s.upsertClinic.run({ document, at: new Date().toISOString() })
    return written
  }

  /** Another laptop's audit entries after the last one here, each checked against its hash. */
  private audit(origin: string, content: unknown): Projected {
    const parsed = auditDocumentSchema.safeParse(content)
    if (!parsed.success) return refused('an audit trail that does not read as one')
    const last = this.s.lastRemoteAudit.get(origin) as { seq: number; hash: string } | undefined
    const entries = []
    for (const line of parsed.data.entries) {
      const entry = auditEntryRecordSchema.safeParse(parseJson(line))
      if (!entry.success) return refused('an audit entry that does not read as one')
      entries.push(entry.data)
    }
    const fresh = entries.filter((e) => e.seq > (last?.seq ?? 0))
    if (fresh.length === 0) return unchanged
    // An earlier chunk of this laptop's trail has not arrived yet.
    if (fresh[0]!.seq !== (last?.seq ?? 0) + 1) return waiting
    for (const entry of fresh) {
      if (hashAuditEntry(entry, sha256) !== entry.hash)
        return refused('an audit entry that does not match its hash')
      this.s.insertRemoteAudit.run({ origin, ...entry })
    }
    return written
  }
}

interface StoredAssessment {
  id: string
  patient_id: string
  status: 'draft' | 'finalised'
  revision: number
  document: string
  signature: string | null
  deleted_at: string | null
}

/** How far a draft's revision jumps when a change from another laptop is written into it. */
export const MERGED_REVISION_STEP = 1_000_000

const withoutRevision = (document: string) =>
  JSON.stringify({ ...(JSON.parse(document) as object), revision: 0 })

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

const storedVersion = (document: string): number => {
  const v = (JSON.parse(document) as { schemaVersion?: unknown }).schemaVersion
  return typeof v === 'number' ? v : 1
}

function statementsOf(db: Database) {
  return {
    patient: db.prepare('SELECT id, document, deleted_at, archived_at FROM patients WHERE id = ?'),
    insertPatient: db.prepare(`
      INSERT INTO patients (id, given_name, family_name, date_of_birth, sex, record_number,
        document, search_name, family_folded, created_at, updated_at)
      VALUES (@id, @givenName, @familyName, @dateOfBirth, @sex, @recordNumber, @document,
        @searchName, @familyFolded, @createdAt, @updatedAt)`),
    updatePatient: db.prepare(`
      UPDATE patients SET given_name = @givenName, family_name = @familyName,
        date_of_birth = @dateOfBirth, sex = @sex, record_number = @recordNumber,
        document = @document, search_name = @searchName, family_folded = @familyFolded,
        updated_at = @updatedAt, updated_by = NULL
      WHERE id = @id`),
    deletePatient: db.prepare(`UPDATE patients SET deleted_at = @at, deleted_by = @by,
      delete_reason = @reason WHERE id = @id AND deleted_at IS NULL`),
    archivePatient: db.prepare(`UPDATE patients SET archived_at = @at, archived_by = @by
      WHERE id = @id AND archived_at IS NOT @at`),
    assessment: db.prepare(`SELECT id, patient_id, status, revision, document, signature,
      deleted_at FROM assessments WHERE id = ?`),
    insertAssessment: db.prepare(`
      INSERT INTO assessments (id, patient_id, date, type, status, schema_version, revision,
        document, created_at, updated_at, finalised_at, working_diagnosis, summary,
        derived_version, signature, signed_at, signed_by, review_date)
      VALUES (@id, @patientId, @date, @type, @status, @schemaVersion, @revision, @document,
        @createdAt, @updatedAt, @finalisedAt, @workingDiagnosis, @summary, @derivedVersion,
        @signature, @signedAt, @signedBy, @reviewDate)`),
    overwriteDraft: db.prepare(`
      UPDATE assessments SET date = @date, type = @type, status = @status,
        schema_version = @schemaVersion, revision = @revision, document = @document,
        updated_at = @updatedAt, finalised_at = @finalisedAt,
        working_diagnosis = @workingDiagnosis, summary = @summary,
        derived_version = @derivedVersion, updated_by = NULL, signature = @signature,
        signed_at = @signedAt, signed_by = @signedBy, review_date = @reviewDate
      WHERE id = @id AND patient_id = @patientId AND status = 'draft' AND deleted_at IS NULL`),
    deleteDraft: db.prepare(`UPDATE assessments SET deleted_at = @at, deleted_by = @by,
      delete_reason = @reason WHERE id = @id AND status = 'draft' AND deleted_at IS NULL`),
    addendum: db.prepare('SELECT 1 FROM addenda WHERE id = ?'),
    addendaOf: db.prepare('SELECT * FROM addenda WHERE assessment_id = ? ORDER BY position'),
    insertAddendum: db.prepare(`
      INSERT INTO addenda (id, assessment_id, position, at, author_id, author_name,
        author_registration, text, revised, sha256, follows)
      VALUES (@id, @assessmentId, @position, @at, @authorId, @authorName,
        @authorRegistration, @text, @revised, @sha256, @follows)`),
    writeDerived: db.prepare(`
      UPDATE assessments SET working_diagnosis = @workingDiagnosis, summary = @summary,
        review_date = @reviewDate, derived_version = ${SUMMARY_VERSION}
      WHERE id = @id`),
    upsertClinician: db.prepare(`
      INSERT INTO clinicians (id, name, profession, registration_number, passcode_hash,
        created_at, created_by)
      VALUES (@id, @name, @profession, @registrationNumber, @passcodeHash, @createdAt, @createdBy)
      ON CONFLICT (id) DO UPDATE SET name = excluded.name, profession = excluded.profession,
        registration_number = excluded.registration_number,
        passcode_hash = excluded.passcode_hash
      WHERE (name, profession, registration_number, passcode_hash) IS NOT
        (excluded.name, excluded.profession, excluded.registration_number, excluded.passcode_hash)`),
    clinic: db.prepare(`SELECT document FROM settings WHERE key = 'clinic'`),
    upsertClinic: db.prepare(`
      INSERT INTO settings (key, document, updated_at) VALUES ('clinic', @document, @at)
      ON CONFLICT (key) DO UPDATE SET document = excluded.document,
        updated_at = excluded.updated_at, updated_by = NULL`),
    lastRemoteAudit: db.prepare(
      'SELECT seq, hash FROM audit_remote WHERE origin = ? ORDER BY seq DESC LIMIT 1',
    ),
    insertRemoteAudit: db.prepare(`
      INSERT INTO audit_remote (origin, seq, at, clinician_id, action, record_type, record_id,
        detail, prev_hash, hash)
      VALUES (@origin, @seq, @at, @clinicianId, @action, @recordType, @recordId, @detail,
        @prevHash, @hash)`),
  }
}
