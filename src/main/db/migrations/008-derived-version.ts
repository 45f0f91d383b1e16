import type { Migration } from './migration'

/**
 * Each assessment row records which version of the derived-data step wrote its summary columns
 * (`summary`, `working_diagnosis`). Every row starts at 0, older than any summary version, so the
 * derived-data step (../derived/derivedData.ts) recomputes all of them once after this migration,
 * and again, only where needed, whenever the app's summary changes.
 */
export const migration008DerivedVersion: Migration = {
  version: 8,
  name: 'derived version',
  up: (db) => {
    db.exec(`ALTER TABLE assessments ADD COLUMN derived_version INTEGER NOT NULL DEFAULT 0;`)
  },
}
