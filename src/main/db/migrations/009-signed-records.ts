import type { Migration } from './migration'

/**
 * Signed records, addenda in their own table, soft delete and erasure.
 *
 * - A finalised assessment is signed (its document carries the signature; `signature` and
 *   `signed_at` repeat it for the triggers, lists and the check). From then on the database itself
 *   refuses an UPDATE of any signed column and any DELETE of the row, whoever asks: the app, a
 *   script or the sqlite3 command line. The columns that may still change are derived or
 *   bookkeeping: `summary` and `working_diagnosis` (recomputed when an addendum revises the
 *   decision) and `updated_at`/`updated_by` (when and by whom the last addendum was written).
 * - Addenda move out of the assessment's document into `addenda`, one row each, never updated;
 *   the record is assembled with them on read, so adding one never touches the signed row. The
 *   addenda of records stored before keep their time, text and revisions; they get an id and no
 *   author (they had none: "author not recorded").
 * - Patients and draft assessments are deleted softly (`deleted_at`, `deleted_by`,
 *   `delete_reason`): hidden from lists and search, kept in the file. A row is really removed
 *   only by an erasure on request: an `erasures` row for the patient, open while the erasure runs
 *   in the same transaction, is what the DELETE triggers let through.
 *
 * SQL only, on purpose: a migration must do the same thing whatever the app's code does later.
 */
/**
 * An UPDATE changes the record's content (every column but the derived `summary` and
 * `working_diagnosis` and the bookkeeping `updated_at` and `updated_by`). A column added to
 * assessments later is not covered unless a later migration adds it here.
 */
const contentChanged = [
  'id',
  'patient_id',
  'date',
  'type',
  'status',
  'schema_version',
  'revision',
  'document',
  'created_at',
  'created_by',
  'finalised_at',
  'signature',
  'signed_at',
  'signed_by',
  'deleted_at',
  'deleted_by',
  'delete_reason',
]
  .map((column) => `NEW.${column} IS NOT OLD.${column}`)
  .join(' OR ')

export const migration009SignedRecords: Migration = {
  version: 9,
  name: 'signed records',
  up: (db) => {
    db.exec(`
      ALTER TABLE assessments ADD COLUMN signature TEXT;
      ALTER TABLE assessments ADD COLUMN signed_at TEXT;
      ALTER TABLE assessments ADD COLUMN signed_by TEXT;
      ALTER TABLE assessments ADD COLUMN deleted_at TEXT;
      ALTER TABLE assessments ADD COLUMN deleted_by TEXT;
      ALTER TABLE assessments ADD COLUMN delete_reason TEXT;
      ALTER TABLE patients ADD COLUMN deleted_at TEXT;
      ALTER TABLE patients ADD COLUMN deleted_by TEXT;
      ALTER TABLE patients ADD COLUMN delete_reason TEXT;

      CREATE TABLE addenda (
        id                   TEXT PRIMARY KEY,
        assessment_id        TEXT NOT NULL REFERENCES assessments (id) ON DELETE RESTRICT,
        -- order within the record, from 0
        position             INTEGER NOT NULL,
        at                   TEXT NOT NULL,
        author_id            TEXT,
        author_name          TEXT,
        author_registration  TEXT,
        text                 TEXT NOT NULL,
        -- the revised decisions, as JSON, or NULL
        revised              TEXT,
        -- chains the addendum to the record's signature (NULL on a record signed before v7)
        sha256               TEXT,
        UNIQUE (assessment_id, position)
      ) STRICT;

      -- Who asked for a patient's records to be erased, when and why. The row stays after the
      -- erasure (it names no one but by id); completed_at closes it.
      CREATE TABLE erasures (
        id            TEXT PRIMARY KEY,
        patient_id    TEXT NOT NULL,
        requested_at  TEXT NOT NULL,
        requested_by  TEXT,
        reason        TEXT NOT NULL,
        completed_at  TEXT
      ) STRICT;
      CREATE INDEX erasures_open ON erasures (patient_id) WHERE completed_at IS NULL;

      -- Addenda of records stored before: out of the document, into rows, in their order.
      INSERT INTO addenda (id, assessment_id, position, at, text, revised)
      SELECT
        lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
          substr(lower(hex(randomblob(2))), 2) || '-' ||
          substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) ||
          '-' || lower(hex(randomblob(6))),
        a.id, CAST(e.key AS INTEGER), json_extract(e.value, '$.at'),
        json_extract(e.value, '$.text'), json(json_extract(e.value, '$.revised'))
      FROM assessments a, json_each(a.document, '$.addenda') e
      WHERE json_valid(a.document);
      -- A document that no longer reads is left as it is: the derived-data step reports it.
      UPDATE assessments SET document = json_remove(document, '$.addenda')
      WHERE json_valid(document);

      -- A finalised record's signed content never changes.
      CREATE TRIGGER assessments_signed_content_is_fixed
      BEFORE UPDATE ON assessments
      WHEN OLD.status = 'finalised' AND (${contentChanged})
      BEGIN
        SELECT RAISE(ABORT, 'A signed assessment cannot be changed: add an addendum instead');
      END;

      -- A record is finalised only with its signature.
      CREATE TRIGGER assessments_finalised_with_signature
      BEFORE UPDATE OF status ON assessments
      WHEN OLD.status = 'draft' AND NEW.status = 'finalised' AND NEW.signature IS NULL
      BEGIN
        SELECT RAISE(ABORT, 'An assessment is finalised only with its signature');
      END;

      -- A deleted draft stays deleted: it is not edited, finalised or brought back.
      CREATE TRIGGER assessments_deleted_draft_is_fixed
      BEFORE UPDATE ON assessments
      WHEN OLD.deleted_at IS NOT NULL AND (${contentChanged})
      BEGIN
        SELECT RAISE(ABORT, 'A deleted draft cannot be changed');
      END;

      CREATE TRIGGER assessments_signed_not_deleted
      BEFORE DELETE ON assessments
      WHEN OLD.status = 'finalised' AND NOT EXISTS (
        SELECT 1 FROM erasures WHERE patient_id = OLD.patient_id AND completed_at IS NULL)
      BEGIN
        SELECT RAISE(ABORT, 'A signed assessment cannot be deleted');
      END;

      CREATE TRIGGER assessments_deleted_softly
      BEFORE DELETE ON assessments
      WHEN OLD.status <> 'finalised' AND NOT EXISTS (
        SELECT 1 FROM erasures WHERE patient_id = OLD.patient_id AND completed_at IS NULL)
      BEGIN
        SELECT RAISE(ABORT, 'A draft is deleted by marking it deleted, with a reason');
      END;

      CREATE TRIGGER patients_deleted_softly
      BEFORE DELETE ON patients
      WHEN NOT EXISTS (
        SELECT 1 FROM erasures WHERE patient_id = OLD.id AND completed_at IS NULL)
      BEGIN
        SELECT RAISE(ABORT, 'A patient is deleted by marking them deleted, with a reason');
      END;

      CREATE TRIGGER addenda_are_fixed
      BEFORE UPDATE ON addenda
      BEGIN
        SELECT RAISE(ABORT, 'An addendum cannot be changed: add another');
      END;

      CREATE TRIGGER addenda_not_deleted
      BEFORE DELETE ON addenda
      WHEN NOT EXISTS (
        SELECT 1 FROM erasures e JOIN assessments a ON a.patient_id = e.patient_id
        WHERE a.id = OLD.assessment_id AND e.completed_at IS NULL)
      BEGIN
        SELECT RAISE(ABORT, 'An addendum cannot be deleted');
      END;

      -- An erasure, once recorded, is kept: only its completion is added, once.
      CREATE TRIGGER erasures_are_kept
      BEFORE DELETE ON erasures
      BEGIN
        SELECT RAISE(ABORT, 'The record of an erasure is kept');
      END;

      CREATE TRIGGER erasures_only_complete
      BEFORE UPDATE ON erasures
      WHEN OLD.completed_at IS NOT NULL OR NEW.completed_at IS NULL OR
        NEW.id IS NOT OLD.id OR NEW.patient_id IS NOT OLD.patient_id OR
        NEW.requested_at IS NOT OLD.requested_at OR NEW.requested_by IS NOT OLD.requested_by OR
        NEW.reason IS NOT OLD.reason
      BEGIN
        SELECT RAISE(ABORT, 'The record of an erasure is kept as it was');
      END;
    `)
  },
}
