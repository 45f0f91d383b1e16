import type { Database } from 'better-sqlite3'
import { randomUUID } from 'node:crypto'
import type { ChangeAfterSigning, RecordNumberClash, SyncConflict } from '../../shared/api/sync'
import type { LateEdit } from '../../shared/sync/lateEdits'
import type { DocId } from '../../shared/sync/hubProtocol'
import { parseDocId } from '../../shared/sync/sharedDocuments'
import { displayValue, fieldLabel } from '../../shared/sync/fieldLabels'
import { notFound } from '../errors'

export interface OpenConflict {
  id: string
  docId: DocId
  path: string[]
  options: { value: unknown; laptop?: string }[]
}

/**
 * What waits for a clinician after a merge (migration 15): fields two laptops changed at once
 * (`sync_conflicts`), edits that reached a record after it was signed
 * (`sync_changes_after_signing`), and record numbers given to two patients (worked out from the
 * patients table, where both are kept).
 */
export class SyncReviews {
  private readonly s: ReturnType<typeof statementsOf>

  constructor(db: Database) {
    this.s = statementsOf(db)
  }

  /**
   * Records the conflicts a merged document holds now: new ones listed, changed ones updated,
   * and those no longer there (decided on another laptop) closed.
   */
  noteConflicts(
    docId: DocId,
    found: { path: string[]; options: { value: unknown; laptop?: string }[] }[],
    at: string,
  ) {
    const paths = new Set(found.map((c) => JSON.stringify(c.path)))
    for (const open of this.s.openOf.all(docId) as { id: string; path: string }[])
      if (!paths.has(open.path)) this.s.settle.run({ id: open.id, at, by: null, chosen: null })
    for (const conflict of found)
      this.s.insert.run({
        id: randomUUID(),
        docId,
        path: JSON.stringify(conflict.path),
        options: JSON.stringify(conflict.options),
        at,
      })
  }

  conflict(id: string): OpenConflict & { resolvedAt: string | null } {
    const row = this.s.byId.get(id) as ConflictRow | undefined
    if (!row) throw notFound('That conflict')
    return { ...toConflict(row), resolvedAt: row.resolved_at }
  }

  settle(id: string, by: string, chosen: number, at: string) {
    this.s.settle.run({ id, at, by, chosen })
  }

  countOpen(): number {
    return this.s.countOpen.get() as number
  }

  /** The open conflicts, for the screen; `laptopName` names the laptop that wrote a value. */
  listConflicts(laptopName: (id: string | undefined) => string): SyncConflict[] {
    return (this.s.open.all() as ConflictRow[]).map((row) => {
      const c = toConflict(row)
      const doc = parseDocId(c.docId)
      const recordId = 'id' in doc ? doc.id : undefined
      const patient =
        doc.kind === 'patient'
          ? (this.s.patientOf.get(recordId) as { id: string; name: string } | undefined)
          : doc.kind === 'assessment'
            ? (this.s.patientOfAssessment.get(recordId) as { id: string; name: string } | undefined)
            : undefined
      const path = c.path.slice(1).join('.')
      return {
        id: c.id,
        recordType: doc.kind as SyncConflict['recordType'],
        ...(recordId ? { recordId } : {}),
        ...(patient ? { patient } : {}),
        path,
        label: fieldLabel(path),
        options: c.options.map((o) => ({
          value: displayValue(o.value),
          laptop: laptopName(o.laptop),
        })),
        detectedAt: row.detected_at,
      }
    })
  }

  /** Notes a late edit once (the same edit arriving again, or seen before, is not listed twice). */
  noteLateEdit(edit: LateEdit, at: string) {
    if (this.s.lateEdit.get(edit.id)) return
    this.s.insertLateEdit.run({
      id: edit.id,
      assessmentId: edit.assessmentId,
      fields: JSON.stringify(edit.fields),
      at,
    })
  }

  lateEdit(id: string): {
    assessmentId: string
    reviewedAt: string | null
    fields: LateEdit['fields']
  } {
    const row = this.s.lateEditById.get(id) as LateEditRow | undefined
    if (!row) throw notFound('That change')
    return {
      assessmentId: row.assessment_id,
      reviewedAt: row.reviewed_at,
      fields: JSON.parse(row.fields),
    }
  }

  reviewLateEdit(id: string, by: string | null, decision: 'addendum' | 'set-aside', at: string) {
    this.s.reviewLateEdit.run({ id, by, decision, at })
  }

  countLateEdits(): number {
    return this.s.countLateEdits.get() as number
  }

  listLateEdits(laptop = 'another laptop'): ChangeAfterSigning[] {
    return (this.s.openLateEdits.all() as (LateEditRow & LateEditJoin)[]).map((row) => ({
      id: row.id,
      assessmentId: row.assessment_id,
      patient: { id: row.patient_id, name: `${row.given_name} ${row.family_name}` },
      date: row.date,
      author: { id: row.signed_by ?? '', name: row.author_name ?? 'the clinician who signed it' },
      laptop,
      arrivedAt: row.arrived_at,
      fields: (JSON.parse(row.fields) as LateEdit['fields']).map((f) => ({
        path: f.path,
        label: fieldLabel(f.path),
        signed: displayValue(f.signed),
        arrived: displayValue(f.arrived),
      })),
    }))
  }

  recordNumberClashes(): RecordNumberClash[] {
    return (this.s.clashes.all() as { record_number: string; patients: string }[]).map((r) => ({
      recordNumber: r.record_number,
      patients: JSON.parse(r.patients) as { id: string; name: string }[],
    }))
  }
}

interface ConflictRow {
  id: string
  doc_id: string
  path: string
  options: string
  detected_at: string
  resolved_at: string | null
}
interface LateEditRow {
  id: string
  assessment_id: string
  fields: string
  arrived_at: string
  reviewed_at: string | null
}
interface LateEditJoin {
  patient_id: string
  date: string
  signed_by: string | null
  given_name: string
  family_name: string
  author_name: string | null
}

const toConflict = (row: ConflictRow): OpenConflict => ({
  id: row.id,
  docId: row.doc_id as DocId,
  path: JSON.parse(row.path) as string[],
  options: JSON.parse(row.options) as OpenConflict['options'],
})

function statementsOf(db: Database) {
  return {
    openOf: db.prepare(
      'SELECT id, path FROM sync_conflicts WHERE doc_id = ? AND resolved_at IS NULL',
    ),
    insert: db.prepare(`INSERT INTO sync_conflicts (id, doc_id, path, options, detected_at)
      VALUES (@id, @docId, @path, @options, @at)
      ON CONFLICT (doc_id, path) WHERE resolved_at IS NULL DO UPDATE SET options = excluded.options`),
    settle: db.prepare(`UPDATE sync_conflicts SET resolved_at = @at, resolved_by = @by,
      chosen = @chosen WHERE id = @id AND resolved_at IS NULL`),
    open: db.prepare(
      'SELECT * FROM sync_conflicts WHERE resolved_at IS NULL ORDER BY detected_at, path',
    ),
    byId: db.prepare('SELECT * FROM sync_conflicts WHERE id = ?'),
    countOpen: db.prepare('SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL').pluck(),
    lateEdit: db.prepare('SELECT 1 FROM sync_changes_after_signing WHERE id = ?'),
    insertLateEdit: db.prepare(`INSERT INTO sync_changes_after_signing
      (id, assessment_id, fields, actor, arrived_at) VALUES (@id, @assessmentId, @fields, NULL, @at)`),
    lateEditById: db.prepare('SELECT * FROM sync_changes_after_signing WHERE id = ?'),
    reviewLateEdit: db.prepare(`UPDATE sync_changes_after_signing SET reviewed_at = @at,
      reviewed_by = @by, decision = @decision WHERE id = @id AND reviewed_at IS NULL`),
    openLateEdits: db.prepare(`
      SELECT c.*, a.patient_id, a.date, a.signed_by, p.given_name, p.family_name,
        k.name AS author_name
      FROM sync_changes_after_signing c
      JOIN assessments a ON a.id = c.assessment_id
      JOIN patients p ON p.id = a.patient_id
      LEFT JOIN clinicians k ON k.id = a.signed_by
      WHERE c.reviewed_at IS NULL ORDER BY c.arrived_at`),
    countLateEdits: db
      .prepare('SELECT count(*) FROM sync_changes_after_signing WHERE reviewed_at IS NULL')
      .pluck(),
    clashes: db.prepare(`
      SELECT record_number, json_group_array(json_object('id', id,
        'name', given_name || ' ' || family_name)) AS patients
      FROM patients WHERE record_number IS NOT NULL AND deleted_at IS NULL
      GROUP BY record_number HAVING count(*) > 1 ORDER BY record_number`),
    patientOf: db.prepare(`SELECT p.id, p.given_name || ' ' || p.family_name AS name
      FROM patients p WHERE p.id = ?`),
    patientOfAssessment: db.prepare(`SELECT p.id, p.given_name || ' ' || p.family_name AS name
      FROM assessments a JOIN patients p ON p.id = a.patient_id WHERE a.id = ?`),
  }
}
