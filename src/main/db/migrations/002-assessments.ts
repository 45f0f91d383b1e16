import type { Migration } from './migration'

/**
 * Assessments: the validated JSON document, plus the columns lists and searches need.
 * A patient with assessments cannot be deleted (clinical records are kept).
 */
export const migration002Assessments: Migration = {
  version: 2,
  name: 'assessments',
  up: (db) => {
    db.exec(`
      CREATE TABLE assessments (
        id              TEXT PRIMARY KEY,
        patient_id      TEXT NOT NULL REFERENCES patients (id) ON DELETE RESTRICT,
        date            TEXT NOT NULL,
        type            TEXT NOT NULL CHECK (type IN ('initial', 'follow-up')),
        status          TEXT NOT NULL CHECK (status IN ('draft', 'finalised')),
        schema_version  INTEGER NOT NULL,
        revision        INTEGER NOT NULL,
        document        TEXT NOT NULL,
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL,
        finalised_at    TEXT
      ) STRICT;
      CREATE INDEX assessments_by_patient ON assessments (patient_id, date DESC, created_at DESC);
    `)
  },
}
