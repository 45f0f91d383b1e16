import Database from 'better-sqlite3'
import { existsSync } from 'node:fs'
import { assertNotTooNew, latestSchemaVersion, migrate, schemaVersionOf } from './migrate'

export interface OpenOptions {
  /** Path to a better_sqlite3.node built for this runtime (Electron needs its own ABI build). */
  nativeBinding?: string
}

/**
 * Opens (creating if needed) the clinic database and migrates it to the current version.
 * A file from a newer app version is closed untouched and DatabaseTooNewError is thrown; the
 * version check comes before any pragma that writes, since even `journal_mode=WAL` changes the file.
 * Before migrating an existing database a copy is kept next to it (`<file>.before-v<N>.bak`).
 */
export function openDatabase(file: string, options: OpenOptions = {}): Database.Database {
  const db = new Database(
    file,
    options.nativeBinding ? { nativeBinding: options.nativeBinding } : {},
  )
  try {
    assertNotTooNew(db)
    db.pragma('journal_mode = WAL')
    db.pragma('foreign_keys = ON')
    db.pragma('synchronous = FULL')
    db.pragma('busy_timeout = 5000')
    const current = schemaVersionOf(db)
    if (current > 0 && current < latestSchemaVersion())
      backUp(db, `${file}.before-v${current + 1}.bak`)
    migrate(db)
    return db
  } catch (error) {
    db.close()
    throw error
  }
}

function backUp(db: Database.Database, target: string) {
  if (existsSync(target)) return
  db.prepare('VACUUM INTO ?').run(target)
}
