import Database from 'better-sqlite3'
import {
  closeSync,
  mkdtempSync,
  openSync,
  readSync,
  rmSync,
  statSync,
  ftruncateSync,
  writeSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { unlock } from '../db/connection'
import type { DatabaseKey } from '../db/databaseKey'
import { listBackups } from '../backup/backupFiles'

/**
 * Telling a damaged records file from a cut one, and a wrong key from a damaged first page,
 * after SQLite has refused the file. SQLCipher encrypts every page, the header too, so the file's
 * own record of its length can only be read with the key.
 */

/** SQLCipher's page size, which the app never changes. */
export const PAGE_SIZE = 4096

/**
 * How much of the file's head a length check copies: the header and the schema's pages. The
 * schema's pages lie among the first tables' pages (an empty clinic is 76 pages at schema 15):
 * 2 MiB leaves room for the schema to grow.
 */
const HEAD_PAGES = 512

/** A size no complete encrypted database has: less than a page, or not whole pages. */
export const sizeIsCutShort = (size: number) => size > 0 && (size < PAGE_SIZE || size % PAGE_SIZE)

/**
 * Whether the file is shorter than its header says it is. SQLite refuses such a file
 * (SQLITE_CORRUPT) before it will say how long it should be, so the file's head is copied to a
 * private temp file (still encrypted) and extended, sparsely, beyond the length the header may
 * claim; that copy opens, and `PRAGMA page_count` reads the header's page count. The head is
 * the first HEAD_PAGES pages, not page 1 alone: opening reads the schema, whose pages follow the
 * first one once the schema outgrows it (the triggers of signed records do). Nothing is written
 * to the file.
 */
export function headerSaysLonger(file: string, key: DatabaseKey, nativeBinding?: string): boolean {
  const size = statSync(file).size
  if (size < PAGE_SIZE) return true
  const page = Buffer.alloc(Math.min(HEAD_PAGES * PAGE_SIZE, size - (size % PAGE_SIZE)))
  const fd = openSync(file, 'r')
  try {
    readSync(fd, page, 0, page.length, 0)
  } finally {
    closeSync(fd)
  }
  const dir = mkdtempSync(join(tmpdir(), 'runners-hip-check-'))
  const probe = join(dir, 'first-page.sqlite')
  try {
    const out = openSync(probe, 'w', 0o600)
    try {
      writeSync(out, page, 0, page.length, 0)
    } finally {
      closeSync(out)
    }
    // Up to 1 TiB claimed; each try is a sparse file: nothing is written but the head.
    for (let length = Math.max(size * 2, 1 << 20); length <= 2 ** 40; length *= 8) {
      const grow = openSync(probe, 'r+')
      try {
        ftruncateSync(grow, length)
      } finally {
        closeSync(grow)
      }
      const db = new Database(probe, {
        readonly: true,
        ...(nativeBinding ? { nativeBinding } : {}),
      })
      try {
        unlock(db, key)
        const pages = db.pragma('page_count', { simple: true }) as number
        return pages * PAGE_SIZE > size
      } catch (error) {
        if (error instanceof Error && error.name === 'DatabaseDamagedError') continue
        return false
      } finally {
        db.close()
      }
    }
    return false
  } catch {
    return false
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * Whether the records file is one of these backups' database with a damaged first page, rather
 * than a file locked with another key: the key opens one of the most recent backups, and that
 * backup begins with the same 16 bytes as the file. (SQLCipher's first 16 bytes are the
 * database's random salt, in clear; VACUUM INTO keeps it, so a database and its backups share it,
 * while another clinic's file, copied over this one, has its own.)
 */
export function damagedNotForeign(
  file: string,
  backupsFolder: string,
  key: DatabaseKey,
  nativeBinding?: string,
): boolean {
  const salt = firstBytes(file)
  if (!salt) return false
  for (const backup of listBackups(backupsFolder).slice(0, 3)) {
    if (!salt.equals(firstBytes(backup.path) ?? Buffer.alloc(0))) continue
    let db: Database.Database | undefined
    try {
      db = new Database(backup.path, {
        readonly: true,
        fileMustExist: true,
        ...(nativeBinding ? { nativeBinding } : {}),
      })
      unlock(db, key)
      return true
    } catch {
      // Not this one.
    } finally {
      db?.close()
    }
  }
  return false
}

function firstBytes(file: string, count = 16): Buffer | undefined {
  try {
    const fd = openSync(file, 'r')
    try {
      const bytes = Buffer.alloc(count)
      return readSync(fd, bytes, 0, count, 0) === count ? bytes : undefined
    } finally {
      closeSync(fd)
    }
  } catch {
    return undefined
  }
}
