import type { Migration } from './migration'

/**
 * Referral letters (issue 12, item 5): the clinic's small directory of the GPs and consultants it
 * writes to, and every letter sent.
 *
 * - `referral_contacts`: one row per directory entry, its fields a document checked by the shared
 *   referralContactSchema. Removing an entry marks it removed (`removed_at`): letters that name it
 *   keep their own copy of its details anyway.
 * - `referral_letters`: a letter as sent, a record of its own beside the assessment (a signed
 *   assessment never changes): the edited content and author as a document, and `html`, the page
 *   exactly as printed, so that printing it again gives the same letter. A letter is never changed
 *   (a new one is written instead) and goes only with its patient's erasure on request.
 *
 * SQL only, on purpose: a migration must do the same thing whatever the app's code does later.
 */
export const migration013ReferralLetters: Migration = {
  version: 13,
  name: 'referral letters',
  up: (db) => {
    db.exec(`
      CREATE TABLE referral_contacts (
        id          TEXT PRIMARY KEY,
        document    TEXT NOT NULL,
        sort_name   TEXT NOT NULL,
        created_at  TEXT NOT NULL,
        created_by  TEXT,
        updated_at  TEXT NOT NULL,
        updated_by  TEXT,
        removed_at  TEXT,
        removed_by  TEXT
      ) STRICT;
      CREATE INDEX referral_contacts_listed ON referral_contacts (sort_name) WHERE removed_at IS NULL;

      CREATE TABLE referral_letters (
        id             TEXT PRIMARY KEY,
        assessment_id  TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
        patient_id     TEXT NOT NULL REFERENCES patients (id) ON DELETE CASCADE,
        document       TEXT NOT NULL,
        html           TEXT NOT NULL,
        written_at     TEXT NOT NULL,
        written_by     TEXT
      ) STRICT;
      CREATE INDEX referral_letters_by_assessment ON referral_letters (assessment_id, written_at);

      CREATE TRIGGER referral_letters_are_fixed
      BEFORE UPDATE ON referral_letters
      BEGIN
        SELECT RAISE(ABORT, 'A letter sent cannot be changed: write a new one');
      END;

      CREATE TRIGGER referral_letters_kept
      BEFORE DELETE ON referral_letters
      WHEN NOT EXISTS (
        SELECT 1 FROM erasures WHERE patient_id = OLD.patient_id AND completed_at IS NULL)
      BEGIN
        SELECT RAISE(ABORT, 'A letter sent is kept with the record');
      END;
    `)
  },
}
