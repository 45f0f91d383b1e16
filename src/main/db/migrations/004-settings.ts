import type { Migration } from './migration'

/**
 * Settings of this installation that are not patient data, one validated JSON document per key
 * (the clinic's details for the letterhead, for a start).
 */
export const migration004Settings: Migration = {
  version: 4,
  name: 'settings',
  up: (db) => {
    db.exec(`
      CREATE TABLE settings (
        key         TEXT PRIMARY KEY,
        document    TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      ) STRICT;
    `)
  },
}
