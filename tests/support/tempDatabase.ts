import type { Database } from 'better-sqlite3'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDatabase } from '../../src/main/db/connection'

/** A fresh folder under the system temp dir, removed by `cleanup`. */
export function tempFolder(prefix = 'runners-hip-') {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

/** A real, migrated SQLite database file in a temp folder. */
export function tempDatabase(): { db: Database; file: string; cleanup: () => void } {
  const folder = tempFolder()
  const file = join(folder.dir, 'clinic.sqlite')
  const db = openDatabase(file)
  return {
    db,
    file,
    cleanup: () => {
      if (db.open) db.close()
      folder.cleanup()
    },
  }
}
