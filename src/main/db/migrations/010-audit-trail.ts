import type { Migration } from './migration'

const GENESIS = '0'.repeat(64)

/**
 * The audit trail: one row per action (who, when, what, which record; never clinical content),
 * each chained to the one before by its hash (src/shared/audit/auditChain.ts). The database keeps
 * it append-only: no UPDATE, no DELETE, and an INSERT must continue the chain (the next number,
 * the last entry's hash as its previous hash). Whether each hash matches its entry needs SHA-256,
 * which SQL has not: the app's check and `npm run audit:verify` recompute it.
 */
export const migration010AuditTrail: Migration = {
  version: 10,
  name: 'audit trail',
  up: (db) => {
    db.exec(`
      CREATE TABLE audit_log (
        seq           INTEGER PRIMARY KEY,
        at            TEXT NOT NULL,
        clinician_id  TEXT,
        action        TEXT NOT NULL,
        record_type   TEXT NOT NULL,
        record_id     TEXT,
        detail        TEXT,
        prev_hash     TEXT NOT NULL,
        hash          TEXT NOT NULL
      ) STRICT;
      CREATE INDEX audit_log_by_record ON audit_log (record_type, record_id, seq);
      CREATE INDEX audit_log_by_time ON audit_log (at);
      CREATE INDEX audit_log_by_clinician ON audit_log (clinician_id, seq);

      CREATE TRIGGER audit_log_no_update
      BEFORE UPDATE ON audit_log
      BEGIN
        SELECT RAISE(ABORT, 'The audit trail cannot be changed');
      END;

      CREATE TRIGGER audit_log_no_delete
      BEFORE DELETE ON audit_log
      BEGIN
        SELECT RAISE(ABORT, 'The audit trail cannot be changed');
      END;

      CREATE TRIGGER audit_log_chained
      BEFORE INSERT ON audit_log
      WHEN NEW.seq IS NOT (SELECT coalesce(max(seq), 0) + 1 FROM audit_log)
        OR NEW.prev_hash IS NOT coalesce(
          (SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '${GENESIS}')
      BEGIN
        SELECT RAISE(ABORT, 'An audit entry must continue the chain');
      END;
    `)
  },
}
