import type { Migration } from './migration'

/**
 * The write-ahead copy of each draft being typed (draftCopyRepository.ts): kept here, in the
 * encrypted database, rather than in the window's own storage, which is not encrypted. One per
 * assessment; it goes with its assessment when a draft is discarded.
 */
export const migration007DraftCopies: Migration = {
  version: 7,
  name: 'draft copies',
  up: (db) => {
    db.exec(`
      CREATE TABLE draft_copies (
        assessment_id  TEXT PRIMARY KEY REFERENCES assessments (id) ON DELETE CASCADE,
        revision       INTEGER NOT NULL,
        -- the working copy as typed, checked by the shared draftCopySchema on the way in and out
        document       TEXT NOT NULL,
        kept_at        TEXT NOT NULL
      ) STRICT;
    `)
  },
}
