import type { Database } from 'better-sqlite3'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDatabase } from '../../src/main/db/connection'
import { newRawKey, type DatabaseKey } from '../../src/main/db/databaseKey'

/** A fresh folder under the system temp dir, removed by `cleanup`. */
export function tempFolder(prefix = 'runners-hip-') {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

/** A real, migrated, encrypted SQLite database file in a temp folder. */
export function tempDatabase(): {
  db: Database
  file: string
  key: DatabaseKey
  cleanup: () => void
} {
  const folder = tempFolder()
  const file = join(folder.dir, 'clinic.sqlite')
  const key = newRawKey()
  const db = openDatabase(file, key)
  return {
    db,
    file,
    key,
    cleanup: () => {
      if (db.open) db.close()
      folder.cleanup()
    },
  }
}
