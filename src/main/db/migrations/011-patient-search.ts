import type { Migration } from './migration'

/**
 * Search and the patient list at clinic scale (issue 11). Self-contained SQL: what this step does
 * never changes after it ships.
 *
 * - `patients.list_order`: an integer in the list's order (family_folded, search_name,
 *   date_of_birth, id), kept by the triggers below: a new or renamed patient gets the midpoint
 *   between its neighbours. When two neighbours are adjacent integers, the write stops with an
 *   error; the app makes room first (../patientListOrder.ts respaces a few neighbours). Existing
 *   patients are numbered here, 2^20 apart.
 * - `patient_name_trigrams`: a contentless FTS5 trigram index over search_name whose rowid is
 *   list_order, so `MATCH … ORDER BY rowid LIMIT n` gives the first n matches in list order
 *   without sorting all of them (a word of 3+ letters anywhere in the name).
 * - `patient_search_keys`: (key, list_order) for what trigrams cannot find: 'n' + every one- and
 *   two-letter piece of a word of search_name, and 'r' + every prefix of the lower-cased record
 *   number. `patient_search_positions` (1..512) lets the triggers cut those pieces without a
 *   recursive query (search_name is at most about 400 characters, a record number 40).
 * - indexes: list_order (unique), the sort key (for placing a patient), and
 *   (date_of_birth, list_order), which replaces patients_date_of_birth.
 *
 * Every write to patients (the app's, an import's, or plain SQL) goes through the triggers.
 */

const SPACING = 1048576 // 2^20

/**
 * Every key of the patients in `from` (a pseudo-row needs none; else "patients AS c,") as
 * (key, lo): row `r`, its list order `lo`, and a condition on the row.
 */
const keysOf = (r: string, lo: string, from = '', where = 'TRUE') => `
  SELECT 'n' || substr(${r}.search_name, s.n, 1) AS key, ${lo} AS lo
    FROM ${from} patient_search_positions s
    WHERE ${where} AND s.n <= length(${r}.search_name) AND substr(${r}.search_name, s.n, 1) <> ' '
  UNION SELECT 'n' || substr(${r}.search_name, s.n, 2), ${lo}
    FROM ${from} patient_search_positions s
    WHERE ${where} AND s.n < length(${r}.search_name)
      AND instr(substr(${r}.search_name, s.n, 2), ' ') = 0
  UNION SELECT 'r' || lower(substr(${r}.record_number, 1, s.n)), ${lo}
    FROM ${from} patient_search_positions s
    WHERE ${where} AND ${r}.record_number IS NOT NULL AND s.n <= length(${r}.record_number)`

const KEY = 'family_folded, search_name, date_of_birth, id'
const KEY_DESC = 'family_folded DESC, search_name DESC, date_of_birth DESC, id DESC'

/** The list order for pseudo-row `new` between its neighbours (itself excluded). */
const placement = `(
  SELECT CASE
    WHEN prev IS NULL AND next IS NULL THEN 0
    WHEN prev IS NULL THEN next - ${SPACING}
    WHEN next IS NULL THEN prev + ${SPACING}
    WHEN next - prev >= 2 THEN prev + (next - prev) / 2
    ELSE RAISE(ABORT, 'patients.list_order: no room between this patient''s neighbours; make room first (patientListOrder.ts)')
  END
  FROM (SELECT
    (SELECT list_order FROM patients
      WHERE (${KEY}) < (new.family_folded, new.search_name, new.date_of_birth, new.id)
        AND rowid <> new.rowid AND list_order IS NOT NULL
      ORDER BY ${KEY_DESC} LIMIT 1) AS prev,
    (SELECT list_order FROM patients
      WHERE (${KEY}) > (new.family_folded, new.search_name, new.date_of_birth, new.id)
        AND rowid <> new.rowid AND list_order IS NOT NULL
      ORDER BY ${KEY} LIMIT 1) AS next))`

const keyChanged = `(old.family_folded IS NOT new.family_folded OR old.search_name IS NOT new.search_name
  OR old.date_of_birth IS NOT new.date_of_birth OR old.id IS NOT new.id)`

export const migration011PatientSearch: Migration = {
  version: 11,
  name: 'patient search',
  up: (db) => {
    db.exec(`
      ALTER TABLE patients ADD COLUMN list_order INTEGER;
      UPDATE patients SET list_order = ordered.n * ${SPACING}
        FROM (SELECT rowid AS row, row_number() OVER (ORDER BY ${KEY}) AS n FROM patients) AS ordered
        WHERE patients.rowid = ordered.row;
      CREATE UNIQUE INDEX patients_list_order ON patients (list_order);
      CREATE INDEX patients_list_key ON patients (${KEY}, list_order);
      CREATE INDEX patients_birth_order ON patients (date_of_birth, list_order);
      DROP INDEX patients_date_of_birth;

      CREATE TABLE patient_search_positions (n INTEGER PRIMARY KEY) STRICT;
      INSERT INTO patient_search_positions (n)
        WITH RECURSIVE p(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM p WHERE n < 512)
        SELECT n FROM p;
      CREATE TABLE patient_search_keys (
        key        TEXT NOT NULL,
        list_order INTEGER NOT NULL,
        PRIMARY KEY (key, list_order)
      ) STRICT, WITHOUT ROWID;
      INSERT OR IGNORE INTO patient_search_keys (key, list_order)
        ${keysOf('c', 'c.list_order', 'patients AS c,')};
      CREATE VIRTUAL TABLE patient_name_trigrams USING fts5(search_name, content='',
        contentless_delete=1, tokenize='trigram case_sensitive 1');
      INSERT INTO patient_name_trigrams (rowid, search_name)
        SELECT list_order, search_name FROM patients;

      CREATE TRIGGER patients_search_insert AFTER INSERT ON patients BEGIN
        -- placing the patient is an update, whose trigger indexes it
        UPDATE patients SET list_order = ${placement}
          WHERE rowid = new.rowid AND new.list_order IS NULL;
        INSERT INTO patient_name_trigrams (rowid, search_name)
          SELECT new.list_order, new.search_name WHERE new.list_order IS NOT NULL;
        INSERT OR IGNORE INTO patient_search_keys (key, list_order)
          ${keysOf('new', 'new.list_order', '', 'new.list_order IS NOT NULL')};
      END;

      CREATE TRIGGER patients_search_update AFTER UPDATE ON patients
      WHEN old.list_order IS NOT new.list_order OR new.list_order IS NULL
        OR old.record_number IS NOT new.record_number OR ${keyChanged}
      BEGIN
        DELETE FROM patient_name_trigrams WHERE rowid = old.list_order;
        DELETE FROM patient_search_keys WHERE list_order = old.list_order
          AND key IN (SELECT key FROM (${keysOf('old', 'old.list_order')}));
        -- a renamed patient moves (unless the writer placed it), as does one with no place
        UPDATE patients SET list_order = ${placement}
          WHERE rowid = new.rowid AND (new.list_order IS NULL
            OR (new.list_order IS old.list_order AND ${keyChanged}));
        INSERT INTO patient_name_trigrams (rowid, search_name)
          SELECT list_order, search_name FROM patients
          WHERE rowid = new.rowid AND list_order IS NOT NULL;
        INSERT OR IGNORE INTO patient_search_keys (key, list_order)
          ${keysOf('c', 'c.list_order', 'patients AS c,', 'c.rowid = new.rowid AND c.list_order IS NOT NULL')};
      END;

      CREATE TRIGGER patients_search_delete AFTER DELETE ON patients BEGIN
        DELETE FROM patient_name_trigrams WHERE rowid = old.list_order;
        DELETE FROM patient_search_keys WHERE list_order = old.list_order
          AND key IN (SELECT key FROM (${keysOf('old', 'old.list_order')}));
      END;
    `)
  },
}
