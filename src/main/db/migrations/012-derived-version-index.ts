import type { Migration } from './migration'

/**
 * An index on `derived_version`, so that the derived-data step (../derived/derivedData.ts),
 * which runs at every open, finds the rows it has to recompute (`derived_version < ?`) by one
 * index seek instead of reading every assessment: at 500,000 assessments that scan decrypted the
 * whole table at each start, though it nearly always finds nothing.
 */
export const migration012DerivedVersionIndex: Migration = {
  version: 12,
  name: 'derived version index',
  up: (db) => {
    db.exec(`CREATE INDEX assessments_derived_version ON assessments (derived_version);`)
  },
}
