import type { Migration } from './migration'

/** Patients, with accent- and case-folded name columns for search-as-you-type. */
export const migration001Patients: Migration = {
  version: 1,
  name: 'patients',
  up: (db) => {
    db.exec(`
      CREATE TABLE patients (
        id             TEXT PRIMARY KEY,
        given_name     TEXT NOT NULL,
        family_name    TEXT NOT NULL,
        date_of_birth  TEXT NOT NULL,
        sex            TEXT NOT NULL,
        record_number  TEXT,
        -- the whole validated record, as the shared schema defines it
        document       TEXT NOT NULL,
        -- folded (lower case, no accents) "given family" for search
        search_name    TEXT NOT NULL,
        family_folded  TEXT NOT NULL,
        created_at     TEXT NOT NULL,
        updated_at     TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX patients_record_number ON patients (record_number)
        WHERE record_number IS NOT NULL;
      CREATE INDEX patients_family_name ON patients (family_folded, given_name);
      CREATE INDEX patients_date_of_birth ON patients (date_of_birth);
    `)
  },
}
