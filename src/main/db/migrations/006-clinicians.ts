import type { Migration } from './migration'

/**
 * The clinicians who sign in, and on each record who created it and who last changed it (their
 * clinician id). A passcode is kept only as a salted scrypt hash.
 */
export const migration006Clinicians: Migration = {
  version: 6,
  name: 'clinicians',
  up: (db) => {
    db.exec(`
      CREATE TABLE clinicians (
        id                   TEXT PRIMARY KEY,
        name                 TEXT NOT NULL,
        profession           TEXT NOT NULL,
        registration_number  TEXT,
        passcode_hash        TEXT NOT NULL,
        created_at           TEXT NOT NULL,
        created_by           TEXT
      ) STRICT;
      ALTER TABLE patients ADD COLUMN created_by TEXT;
      ALTER TABLE patients ADD COLUMN updated_by TEXT;
      ALTER TABLE assessments ADD COLUMN created_by TEXT;
      ALTER TABLE assessments ADD COLUMN updated_by TEXT;
      ALTER TABLE settings ADD COLUMN updated_by TEXT;
    `)
  },
}
