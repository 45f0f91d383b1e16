import type { Migration } from './migration'

const GENESIS = '0'.repeat(64)

/** While this laptop is joined to a hub and not writing what the hub sent. */
const sharing = `EXISTS (SELECT 1 FROM sync_link) AND NOT EXISTS (SELECT 1 FROM sync_applying)`

/** Queues a shared document for the sync loop (src/main/sync): the record changed here. */
const enqueue = (docId: string) =>
  `INSERT INTO sync_outbox (doc_id) VALUES (${docId}) ON CONFLICT (doc_id) DO NOTHING;`

/**
 * Several laptops sharing one clinic through its hub (docs/sync.md).
 *
 * - `sync_link`: the hub this laptop joined (at most one row): its address, id, name, pinned
 *   certificate fingerprint, this laptop's id, name and key, and how far it has received.
 * - `sync_docs`: the Automerge document of each shared record, as bytes; `pending` marks one
 *   changed here and not yet acknowledged by the hub; `waiting` one that arrived before the record
 *   it refers to (an assessment before its patient), written as soon as that one is here.
 * - `sync_outbox`: records changed here since the sync loop last looked, filled by the triggers
 *   below while the laptop is joined, so that no write path can forget to share a change. While
 *   the sync loop writes what arrived (`sync_applying` holds a row), they stay quiet.
 * - `sync_conflicts`: fields two laptops changed at once, each value kept, until a clinician
 *   chooses; `sync_changes_after_signing`: edits to a record that was signed meanwhile, for its
 *   author to review.
 * - `audit_remote`: the other laptops' audit trails, append-only, each chained on its own;
 *   `sync_laptops` their names, as the hub gives them.
 * - `addenda.follows`: the hash an addendum was chained to when written, so that addenda written
 *   on two laptops to the same record each still verify.
 * - A record number stays unique for what is typed here (the app checks it), but two laptops can
 *   give one number to two patients offline: the unique index becomes a plain one, and the clash
 *   is flagged on screen, never renumbered.
 *
 * SQL only, on purpose: a migration must do the same thing whatever the app's code does later.
 */
export const migration015ClinicSync: Migration = {
  version: 15,
  name: 'clinic sync',
  up: (db) => {
    db.exec(`
      CREATE TABLE sync_link (
        only_one        INTEGER PRIMARY KEY CHECK (only_one = 1),
        hub_address     TEXT NOT NULL,
        hub_id          TEXT NOT NULL,
        hub_name        TEXT NOT NULL,
        fingerprint     TEXT NOT NULL,
        laptop_id       TEXT NOT NULL,
        laptop_name     TEXT NOT NULL,
        token           TEXT NOT NULL,
        joined_at       TEXT NOT NULL,
        received_to     INTEGER NOT NULL DEFAULT 0,
        last_synced_at  TEXT
      ) STRICT;
      CREATE TABLE sync_docs (
        doc_id   TEXT PRIMARY KEY,
        bytes    BLOB NOT NULL,
        pending  INTEGER NOT NULL DEFAULT 0,
        -- 1 while it refers to a record that has not arrived yet (written once that one is here)
        waiting  INTEGER NOT NULL DEFAULT 0
      ) STRICT;
      CREATE INDEX sync_docs_waiting ON sync_docs (doc_id) WHERE waiting = 1;
      CREATE INDEX sync_docs_pending ON sync_docs (doc_id) WHERE pending = 1;
      CREATE TABLE sync_outbox (doc_id TEXT PRIMARY KEY) STRICT;
      -- The clinic's laptops as the hub names them (for conflicts and the audit trail).
      CREATE TABLE sync_laptops (id TEXT PRIMARY KEY, name TEXT NOT NULL) STRICT;
      CREATE TABLE sync_applying (only_one INTEGER PRIMARY KEY CHECK (only_one = 1)) STRICT;

      CREATE TABLE sync_conflicts (
        id           TEXT PRIMARY KEY,
        doc_id       TEXT NOT NULL,
        -- JSON: the field's path in the document, e.g. ["record", "history.general.goals"]
        path         TEXT NOT NULL,
        -- JSON: [{ "value": <the value>, "actor": <the Automerge actor that wrote it> }]
        options      TEXT NOT NULL,
        detected_at  TEXT NOT NULL,
        resolved_at  TEXT,
        resolved_by  TEXT,
        chosen       INTEGER
      ) STRICT;
      CREATE UNIQUE INDEX sync_conflicts_open ON sync_conflicts (doc_id, path)
        WHERE resolved_at IS NULL;

      CREATE TABLE sync_changes_after_signing (
        id             TEXT PRIMARY KEY,
        assessment_id  TEXT NOT NULL,
        -- JSON: [{ "path": …, "signed": <value>, "arrived": <value> }]
        fields         TEXT NOT NULL,
        actor          TEXT,
        arrived_at     TEXT NOT NULL,
        reviewed_at    TEXT,
        reviewed_by    TEXT,
        decision       TEXT
      ) STRICT;
      CREATE INDEX sync_changes_after_signing_open ON sync_changes_after_signing (assessment_id)
        WHERE reviewed_at IS NULL;

      CREATE TABLE audit_remote (
        origin        TEXT NOT NULL,
        seq           INTEGER NOT NULL,
        at            TEXT NOT NULL,
        clinician_id  TEXT,
        action        TEXT NOT NULL,
        record_type   TEXT NOT NULL,
        record_id     TEXT,
        detail        TEXT,
        prev_hash     TEXT NOT NULL,
        hash          TEXT NOT NULL,
        PRIMARY KEY (origin, seq)
      ) STRICT;
      CREATE INDEX audit_remote_by_time ON audit_remote (at);
      CREATE INDEX audit_remote_by_record ON audit_remote (record_type, record_id);
      CREATE TRIGGER audit_remote_no_update BEFORE UPDATE ON audit_remote BEGIN
        SELECT RAISE(ABORT, 'The audit trail cannot be changed');
      END;
      CREATE TRIGGER audit_remote_no_delete BEFORE DELETE ON audit_remote BEGIN
        SELECT RAISE(ABORT, 'The audit trail cannot be changed');
      END;
      CREATE TRIGGER audit_remote_chained BEFORE INSERT ON audit_remote
      WHEN NEW.seq IS NOT (SELECT coalesce(max(seq), 0) + 1 FROM audit_remote WHERE origin = NEW.origin)
        OR NEW.prev_hash IS NOT coalesce(
          (SELECT hash FROM audit_remote WHERE origin = NEW.origin ORDER BY seq DESC LIMIT 1),
          '${GENESIS}')
      BEGIN
        SELECT RAISE(ABORT, 'An audit entry must continue its laptop''s chain');
      END;

      ALTER TABLE addenda ADD COLUMN follows TEXT;

      DROP INDEX patients_record_number;
      CREATE INDEX patients_record_number ON patients (record_number)
        WHERE record_number IS NOT NULL;

      CREATE TRIGGER patients_shared_insert AFTER INSERT ON patients WHEN ${sharing} BEGIN
        ${enqueue(`'patient/' || NEW.id`)}
      END;
      CREATE TRIGGER patients_shared_update
      AFTER UPDATE OF document, deleted_at, archived_at ON patients WHEN ${sharing} BEGIN
        ${enqueue(`'patient/' || NEW.id`)}
      END;
      -- A draft is shared field by field ('assessment/…'); a finalised record as signed
      -- ('signed/…'). Signing shares both: the draft's last state and the signed record.
      CREATE TRIGGER assessments_shared_insert AFTER INSERT ON assessments WHEN ${sharing} BEGIN
        ${enqueue(`CASE NEW.status WHEN 'draft' THEN 'assessment/' ELSE 'signed/' END || NEW.id`)}
      END;
      CREATE TRIGGER assessments_shared_update
      AFTER UPDATE OF document, status, signature, deleted_at ON assessments WHEN ${sharing} BEGIN
        ${enqueue(`'assessment/' || NEW.id`)}
        INSERT INTO sync_outbox (doc_id) SELECT 'signed/' || NEW.id WHERE NEW.status = 'finalised'
          ON CONFLICT (doc_id) DO NOTHING;
      END;
      CREATE TRIGGER addenda_shared_insert AFTER INSERT ON addenda WHEN ${sharing} BEGIN
        ${enqueue(`'addendum/' || NEW.id`)}
      END;
      CREATE TRIGGER clinicians_shared_insert AFTER INSERT ON clinicians WHEN ${sharing} BEGIN
        ${enqueue(`'clinician/' || NEW.id`)}
      END;
      CREATE TRIGGER clinicians_shared_update AFTER UPDATE ON clinicians WHEN ${sharing} BEGIN
        ${enqueue(`'clinician/' || NEW.id`)}
      END;
      CREATE TRIGGER clinic_shared_insert AFTER INSERT ON settings
      WHEN NEW.key = 'clinic' AND ${sharing} BEGIN
        ${enqueue(`'clinic'`)}
      END;
      CREATE TRIGGER clinic_shared_update AFTER UPDATE ON settings
      WHEN NEW.key = 'clinic' AND ${sharing} BEGIN
        ${enqueue(`'clinic'`)}
      END;
      -- This laptop's own audit entries are shared whoever wrote them, sync included.
      CREATE TRIGGER audit_shared AFTER INSERT ON audit_log WHEN EXISTS (SELECT 1 FROM sync_link)
      BEGIN
        ${enqueue(`'audit/' || (SELECT laptop_id FROM sync_link) || '/' || (NEW.seq / 1000)`)}
      END;
    `)
  },
}
