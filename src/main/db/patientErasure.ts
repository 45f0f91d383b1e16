import type { Database } from 'better-sqlite3'
import { randomUUID } from 'node:crypto'
import type { AuditTrail } from '../audit/auditTrail'
import { AppError, notFound } from '../errors'

/**
 * Erasure on request (the right to erasure): removes a patient's record and every assessment of
 * theirs, signed ones and their addenda included, from the database. It is a separate action
 * from deleting, which only hides. The database refuses these DELETEs (migration 9) unless an
 * erasure of this patient is open, so this is the one way: in one transaction, the erasure is
 * recorded (who asked, when, why), the rows are removed, each removal goes to the audit trail by
 * record id, and the erasure is closed. The audit entries stay: they hold ids, never the content.
 *
 * With `secure_delete` on, SQLite overwrites the freed pages; the write-ahead log is checkpointed
 * afterwards so that the old pages leave it too. Backups made before still hold the records until
 * they age out (docs/security.md).
 *
 * On a laptop that shares the clinic's records through a hub it is refused: the records would
 * stay on the hub and the other laptops, and come back here with the next change. Erasure across
 * a clinic's laptops is not built yet (docs/sync.md).
 */
export function erasePatient(
  db: Database,
  patientId: string,
  reason: string,
  context: { audit: AuditTrail; author: () => string | undefined; now: () => Date },
): { assessmentsErased: number } {
  const erased = db
    .transaction(() => {
      const exists = db.prepare('SELECT 1 FROM patients WHERE id = ?').get(patientId)
      if (!exists) throw notFound('The patient')
      if (db.prepare('SELECT 1 FROM sync_link').get())
        throw new AppError(
          'conflict',
          'This laptop shares the clinic’s records through a hub: erasing the patient here would leave their records on the hub and the other laptops. Nothing was erased. Erasure across the clinic’s laptops is not available yet.',
        )
      const erasureId = randomUUID()
      db.prepare(
        `INSERT INTO erasures (id, patient_id, requested_at, requested_by, reason)
       VALUES (?, ?, ?, ?, ?)`,
      ).run(erasureId, patientId, context.now().toISOString(), context.author() ?? null, reason)
      const assessmentIds = db
        .prepare<[string], string>('SELECT id FROM assessments WHERE patient_id = ? ORDER BY id')
        .pluck()
        .all(patientId)
      const removeAddenda = db.prepare('DELETE FROM addenda WHERE assessment_id = ?')
      for (const id of assessmentIds) removeAddenda.run(id)
      db.prepare('DELETE FROM assessments WHERE patient_id = ?').run(patientId)
      db.prepare('DELETE FROM patients WHERE id = ?').run(patientId)
      for (const id of assessmentIds) {
        context.audit.record({
          action: 'erase',
          recordType: 'assessment',
          recordId: id,
          detail: `erased with its patient (erasure ${erasureId})`,
        })
      }
      context.audit.record({
        action: 'erase',
        recordType: 'patient',
        recordId: patientId,
        detail: `erased on request with ${assessmentIds.length} ${
          assessmentIds.length === 1 ? 'assessment' : 'assessments'
        }; reason kept in erasure ${erasureId}`,
      })
      db.prepare('UPDATE erasures SET completed_at = ? WHERE id = ?').run(
        context.now().toISOString(),
        erasureId,
      )
      return assessmentIds.length
    })
    .immediate()
  // Best effort: a reader holding an old snapshot keeps the log until it lets go.
  db.pragma('wal_checkpoint(TRUNCATE)')
  return { assessmentsErased: erased }
}
