import Database from 'better-sqlite3'
import {
  chmodSync,
  closeSync,
  existsSync,
  fsyncSync,
  openSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs'
import { dirname } from 'node:path'
import { keyPragmaValue, type DatabaseKey } from './databaseKey'
import { refreshDerivedData, type DerivedDataReport } from './derived/derivedData'
import { assertNotTooNew, latestSchemaVersion, migrate, schemaVersionOf } from './migrate'

/*
 * The driver is better-sqlite3-multiple-ciphers, installed under the name `better-sqlite3`
 * (package.json aliases it): better-sqlite3's API with SQLite3MultipleCiphers compiled in. Every
 * clinic database is encrypted with SQLCipher's format (AES-256, HMAC-SHA512 per page).
 */

export interface OpenOptions {
  /** Path to a better_sqlite3.node built for this runtime (Electron needs its own ABI build). */
  nativeBinding?: string
  /** Open without writing anything: no pragma that writes, no migration (a recovery view). */
  readOnly?: boolean
  /**
   * Read every page before anything is written (`PRAGMA quick_check`): a damaged file is refused
   * with DatabaseDamagedError instead of being used, migrated or backed up.
   */
  check?: boolean
  /**
   * Called before an existing database (version ≥ 1) is migrated, with its version: it must keep
   * a checked copy, and throw to stop the migration when it cannot. The app passes its backups;
   * without it, nothing is copied.
   */
  beforeMigrating?: (db: Database.Database, fromVersion: number) => void
  /** Told what the derived-data step did after the migrations (rows skipped, by id). */
  onDerivedData?: (report: DerivedDataReport) => void
}

/** The key (or passphrase) does not open this database. */
export class WrongKeyError extends Error {
  override readonly name = 'WrongKeyError'
  constructor() {
    super('The key does not open this database.')
  }
}

/** The file opened with its key, but SQLite found damage (quick_check, or a malformed page). */
export class DatabaseDamagedError extends Error {
  override readonly name = 'DatabaseDamagedError'
  constructor() {
    super('The database file is damaged.')
  }
}

const PLAIN_HEADER = Buffer.from('SQLite format 3\0', 'latin1')

/** Whether the file is an unencrypted SQLite database (its first 16 bytes say so in clear). */
export function isPlainDatabase(file: string): boolean {
  if (!existsSync(file) || statSync(file).size < PLAIN_HEADER.length) return false
  const fd = openSync(file, 'r')
  try {
    const head = Buffer.alloc(PLAIN_HEADER.length)
    readSync(fd, head, 0, head.length, 0)
    return head.equals(PLAIN_HEADER)
  } finally {
    closeSync(fd)
  }
}

/** Refuses, without writing anything, a clear database written by a newer app version. */
export function assertPlainNotTooNew(file: string) {
  const db = new Database(file, { readonly: true, fileMustExist: true })
  try {
    assertNotTooNew(db)
  } finally {
    db.close()
  }
}

const codeOf = (error: unknown) => (error as { code?: unknown } | null)?.code

/**
 * Sets the cipher and key, then proves the key opens the file. SQLite reads nothing until the
 * first statement, so a wrong key shows only then (SQLITE_NOTADB). A file whose first page
 * decrypts but whose size or pages are wrong shows as SQLITE_CORRUPT: DatabaseDamagedError.
 */
export function unlock(db: Database.Database, key: DatabaseKey) {
  db.pragma(`cipher = 'sqlcipher'`)
  db.pragma(`key = ${keyPragmaValue(key)}`)
  try {
    db.prepare('SELECT count(*) FROM sqlite_master').get()
  } catch (error) {
    if (codeOf(error) === 'SQLITE_NOTADB') throw new WrongKeyError()
    if (codeOf(error) === 'SQLITE_CORRUPT') throw new DatabaseDamagedError()
    throw error
  }
}

/** `PRAGMA quick_check`: every page read and its structure checked; throws if any is damaged. */
export function assertUndamaged(db: Database.Database, pragma = 'quick_check') {
  let result: unknown
  try {
    result = db.pragma(pragma, { simple: true })
  } catch (error) {
    if (codeOf(error) === 'SQLITE_CORRUPT' || codeOf(error) === 'SQLITE_NOTADB')
      throw new DatabaseDamagedError()
    throw error
  }
  if (result !== 'ok') throw new DatabaseDamagedError()
}

/**
 * Opens (creating if needed) the clinic database with its key and migrates it to the current
 * version. A file from a newer app version is closed untouched and DatabaseTooNewError is
 * thrown; the version check comes before any pragma that writes, since even `journal_mode=WAL`
 * changes the file. Before migrating an existing database, `beforeMigrating` keeps a checked
 * copy (the app's backups). After the migrations, the derived-data step recomputes summary
 * columns made by older code, skipping rows it cannot read.
 */
export function openDatabase(
  file: string,
  key: DatabaseKey,
  options: OpenOptions = {},
): Database.Database {
  const db = new Database(file, {
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.readOnly ? { readonly: true, fileMustExist: true } : {}),
  })
  try {
    unlock(db, key)
    assertNotTooNew(db)
    if (options.check) assertUndamaged(db)
    if (options.readOnly) return db
    db.pragma('journal_mode = WAL')
    db.pragma('foreign_keys = ON')
    db.pragma('synchronous = FULL')
    db.pragma('busy_timeout = 5000')
    // Deleted text is overwritten, not left in free pages of the file.
    db.pragma('secure_delete = ON')
    const current = schemaVersionOf(db)
    if (current > 0 && current < latestSchemaVersion()) options.beforeMigrating?.(db, current)
    migrate(db)
    const report = refreshDerivedData(db)
    options.onDerivedData?.(report)
    return db
  } catch (error) {
    db.close()
    throw error
  }
}

/**
 * Creates a new, empty clinic database whole or not at all: built as `<file>.new.part` (migrated,
 * closed, flushed to disk), then renamed into place. A start that is cut short leaves no file at
 * `file`, so an empty or half-made file there always means damage, never a new clinic.
 */
export function createDatabase(file: string, key: DatabaseKey, options: OpenOptions = {}) {
  const part = `${file}.new.part`
  for (const leftover of [part, `${part}-wal`, `${part}-shm`]) rmSync(leftover, { force: true })
  try {
    openDatabase(part, key, { ...options, readOnly: false }).close()
    // Readable by this user only, whatever the process's umask (the app sets 077 too).
    chmodSync(part, 0o600)
    fsyncFile(part)
    renameSync(part, file)
    fsyncFolder(dirname(file))
  } catch (error) {
    for (const leftover of [part, `${part}-wal`, `${part}-shm`]) rmSync(leftover, { force: true })
    throw error
  }
}

/** Flushes a file's content to the disk. */
export function fsyncFile(file: string) {
  const fd = openSync(file, 'r+')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

/**
 * Flushes a folder's entries (a rename into it) to the disk, where the OS allows it: Windows
 * cannot open a folder for fsync, and its renames are journalled by NTFS.
 */
export function fsyncFolder(folder: string) {
  if (process.platform === 'win32') return
  const fd = openSync(folder, 'r')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

/**
 * Encrypts a database written by an earlier version of the app, which kept it in clear. A copy
 * is taken first and checked; the file is encrypted in place (SQLCipher's rekey needs the
 * rollback journal, not WAL); the result is opened with the key and compared with the copy,
 * table by table; only then is the clear copy overwritten and removed. Anything that fails
 * leaves the original database as it was.
 */
export function encryptPlainDatabase(file: string, key: DatabaseKey) {
  const copy = `${file}.before-encryption`
  const plain = new Database(file)
  try {
    rmSync(copy, { force: true })
    plain.prepare('VACUUM INTO ?').run(copy)
  } finally {
    plain.close()
  }
  const counts = (db: Database.Database) =>
    (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[])
      .sort()
      .map((t) => [t, db.prepare(`SELECT count(*) FROM "${t}"`).pluck().get()])
  const reference = new Database(copy, { readonly: true })
  let expected: unknown
  try {
    if (reference.pragma('integrity_check', { simple: true }) !== 'ok')
      throw new Error('The copy taken before encryption is damaged')
    expected = counts(reference)
  } finally {
    reference.close()
  }
  const inPlace = new Database(file)
  try {
    inPlace.pragma('journal_mode = DELETE')
    inPlace.pragma(`cipher = 'sqlcipher'`)
    inPlace.pragma(`rekey = ${keyPragmaValue(key)}`)
  } finally {
    inPlace.close()
  }
  const check = new Database(file)
  try {
    unlock(check, key)
    if (check.pragma('integrity_check', { simple: true }) !== 'ok')
      throw new Error('The encrypted database failed its integrity check')
    if (JSON.stringify(counts(check)) !== JSON.stringify(expected))
      throw new Error('The encrypted database does not hold what the clear copy held')
  } finally {
    check.close()
  }
  wipe(copy)
}

/** Overwrites a file with zeros before removing it, so a clear copy does not linger on disk. */
export function wipe(file: string) {
  if (!existsSync(file)) return
  const size = statSync(file).size
  const fd = openSync(file, 'r+')
  try {
    const zeros = Buffer.alloc(Math.min(size, 1 << 20))
    for (let at = 0; at < size; at += zeros.length)
      writeSync(fd, zeros, 0, Math.min(zeros.length, size - at), at)
  } finally {
    closeSync(fd)
  }
  rmSync(file, { force: true })
}
