import type { Migration } from './migration'

/**
 * The caseload at a glance (issue 12, item 6): each patient's last visit, working diagnosis,
 * next review and open drafts, and whether they are archived, as columns of `patients`, so the
 * home screen and the patient list read them from an index instead of opening assessments.
 * Self-contained SQL: what this step does never changes after it ships.
 *
 * - `assessments.review_date`: the plan's review date, as an addendum last revised it. Derived
 *   from the document like `working_diagnosis`: written by the app's write path
 *   (assessmentRow.ts) and, for rows stored before, by the derived-data step (summary version 2),
 *   never by this migration. Not one of migration 9's signed columns: it may follow an addendum.
 * - `patients.last_visit` (latest assessment's date, drafts included), `working_diagnosis` and
 *   `next_review` (the latest finalised assessment's), `open_drafts` (how many drafts are not
 *   deleted) and `last_activity` (the latest change to the patient or their assessments): kept in
 *   step by the triggers below on every write to assessments, whoever makes it (the app, an
 *   import, an erasure, the derived-data step), each recomputed from the patient's own rows
 *   through assessments_by_patient, so a write costs a few index reads.
 * - `patients.archived_at` / `archived_by`: an archived patient leaves the home screen and the
 *   default list; their records are all kept and they stay searchable on request.
 * - indexes for the home screen (reviews by date, open drafts, recent patients) and the default
 *   list (list_order among patients neither deleted nor archived), partial so that each holds
 *   only what its screen can show.
 */

/** Recomputes the caseload columns of the patient whose id is `pid` (an SQL expression). */
const refresh = (pid: string) => `
  UPDATE patients SET
    last_visit = (SELECT max(date) FROM assessments
      WHERE patient_id = ${pid} AND deleted_at IS NULL),
    working_diagnosis = (SELECT working_diagnosis FROM assessments
      WHERE patient_id = ${pid} AND status = 'finalised' AND deleted_at IS NULL
      ORDER BY date DESC, created_at DESC LIMIT 1),
    next_review = (SELECT review_date FROM assessments
      WHERE patient_id = ${pid} AND status = 'finalised' AND deleted_at IS NULL
      ORDER BY date DESC, created_at DESC LIMIT 1),
    open_drafts = (SELECT count(*) FROM assessments
      WHERE patient_id = ${pid} AND status = 'draft' AND deleted_at IS NULL),
    last_activity = max(updated_at, coalesce((SELECT max(updated_at) FROM assessments
      WHERE patient_id = ${pid} AND deleted_at IS NULL), ''))
  WHERE id = ${pid};`

/** The columns whose change can change a patient's caseload columns. */
const CASELOAD_INPUTS =
  'patient_id, date, status, deleted_at, working_diagnosis, review_date, updated_at, created_at'

export const migration014Caseload: Migration = {
  version: 14,
  name: 'caseload',
  up: (db) => {
    db.exec(`
      ALTER TABLE assessments ADD COLUMN review_date TEXT;
      ALTER TABLE patients ADD COLUMN last_visit TEXT;
      ALTER TABLE patients ADD COLUMN working_diagnosis TEXT;
      ALTER TABLE patients ADD COLUMN next_review TEXT;
      ALTER TABLE patients ADD COLUMN open_drafts INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE patients ADD COLUMN last_activity TEXT;
      ALTER TABLE patients ADD COLUMN archived_at TEXT;
      ALTER TABLE patients ADD COLUMN archived_by TEXT;

      ${refresh('patients.id')}

      CREATE TRIGGER assessments_caseload_insert AFTER INSERT ON assessments BEGIN
        ${refresh('new.patient_id')}
      END;
      CREATE TRIGGER assessments_caseload_update AFTER UPDATE OF ${CASELOAD_INPUTS} ON assessments
      BEGIN
        ${refresh('new.patient_id')}
        ${refresh('old.patient_id')}
      END;
      CREATE TRIGGER assessments_caseload_delete AFTER DELETE ON assessments BEGIN
        ${refresh('old.patient_id')}
      END;
      -- A new or edited patient is recent too (an assessment's own change is above).
      CREATE TRIGGER patients_caseload_insert AFTER INSERT ON patients BEGIN
        UPDATE patients SET last_activity = new.updated_at WHERE id = new.id;
      END;
      CREATE TRIGGER patients_caseload_update AFTER UPDATE OF updated_at ON patients
      WHEN new.last_activity IS NULL OR new.updated_at > new.last_activity
      BEGIN
        UPDATE patients SET last_activity = new.updated_at WHERE id = new.id;
      END;

      -- deleted_at and archived_at are NULL in every entry of these partial indexes; as columns
      -- they let a count be read from the index alone (SQLite still tests the query's terms).
      CREATE INDEX patients_next_review ON patients (next_review, list_order, deleted_at, archived_at)
        WHERE next_review IS NOT NULL AND deleted_at IS NULL AND archived_at IS NULL;
      CREATE INDEX patients_recent ON patients (last_activity)
        WHERE deleted_at IS NULL AND archived_at IS NULL;
      CREATE INDEX patients_active_order ON patients (list_order)
        WHERE deleted_at IS NULL AND archived_at IS NULL;
      CREATE INDEX assessments_open_drafts ON assessments (updated_at)
        WHERE status = 'draft' AND deleted_at IS NULL;
      -- How many drafts are open, from the index alone: counting them through assessments
      -- reads (and decrypts) a page of each draft's row, 0.4 s for 5,000 drafts.
      CREATE INDEX patients_open_drafts ON patients (open_drafts, deleted_at, archived_at)
        WHERE open_drafts > 0 AND deleted_at IS NULL AND archived_at IS NULL;
    `)
  },
}
