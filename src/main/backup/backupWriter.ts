import Database from 'better-sqlite3'
import { chmodSync, renameSync, rmSync } from 'node:fs'
import { basename, dirname } from 'node:path'
import type { BackupReason } from '../../shared/api/backups'
import {
  assertUndamaged,
  DatabaseDamagedError,
  fsyncFile,
  fsyncFolder,
  unlock,
  WrongKeyError,
} from '../db/connection'
import type { DatabaseKey } from '../db/databaseKey'
import { assertNotTooNew, DatabaseTooNewError, schemaVersionOf } from '../db/migrate'
import { isDiskFull } from '../db/storageErrors'
import { ensureBackupsFolder, freshBackupPath, listBackups, type BackupFile } from './backupFiles'
import { backupsToKeep } from './retention'

/**
 * Writing one backup. SQLite's online backup API (better-sqlite3's `db.backup()`) cannot write an
 * encrypted target with SQLite3MultipleCiphers ("backup is not supported with incompatible source
 * and target databases"), so the copy is made with `VACUUM INTO`: an online, consistent snapshot
 * of the open database (what the write-ahead log holds included), encrypted with the same cipher
 * and key, or the same passphrase, as the database itself.
 *
 *   1. VACUUM INTO `<backups>/<name>.part` (mode 0600), then fsync it (VACUUM INTO does not);
 *   2. verify the part: open it with the key, `integrity_check`, the same schema version and the
 *      same number of rows in each table as the database had when the copy was taken;
 *   3. rename it to its name (atomic within the folder) and fsync the folder;
 *   4. only then apply the retention rule (retention.ts) to the older backups.
 *
 * A failure anywhere removes the part file and leaves every earlier backup as it was, so a
 * failed, partial or unverified copy is never listed, used, or allowed to push a good one out.
 */

export interface BackupTarget {
  /** The backups folder. */
  folder: string
  /** The database's key: a backup opens with exactly what opens the database. */
  key: DatabaseKey
  nativeBinding?: string
  now?: () => Date
  /** For the crash tests: told each step as it starts. */
  onStep?: (step: 'copy' | 'verify' | 'rename' | 'prune') => void
}

export class BackupFailedError extends Error {
  override readonly name = 'BackupFailedError'
  constructor(
    readonly kind: 'disk-full' | 'not-verified' | 'failed',
    message: string,
    readonly causeCode?: string,
  ) {
    super(message)
  }
}

const TABLES = ['patients', 'assessments', 'settings'] as const

/** Rows per table, for the tables this version of the database has. */
export function rowCounts(db: Database.Database): Record<string, number> {
  const present = new Set(
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[],
  )
  return Object.fromEntries(
    TABLES.filter((t) => present.has(t)).map((t) => [
      t,
      db.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number,
    ]),
  )
}

export interface VerifiedCopy {
  schemaVersion: number
  counts: Record<string, number>
}

export interface VerifyOptions {
  nativeBinding?: string
  /** What the copy must hold: the source's version and counts when it was taken. */
  expected?: VerifiedCopy
  /** The newest schema version this app reads (a copy from a newer app is refused). */
  readsUpTo?: boolean
}

/**
 * Opens a database copy read-only with the key and checks it through: every page
 * (`integrity_check`), a schema this app can read, and (when given) the expected version and row
 * counts. Throws WrongKeyError, DatabaseDamagedError, DatabaseTooNewError or a plain Error.
 */
export function verifyCopy(file: string, key: DatabaseKey, options: VerifyOptions = {}) {
  const db = new Database(file, {
    readonly: true,
    fileMustExist: true,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  })
  try {
    unlock(db, key)
    assertNotTooNew(db)
    assertUndamaged(db, 'integrity_check')
    const found: VerifiedCopy = { schemaVersion: schemaVersionOf(db), counts: rowCounts(db) }
    if (found.schemaVersion < 1 || found.counts.patients === undefined)
      throw new Error('The copy holds no clinic records')
    const { expected } = options
    if (
      expected &&
      (expected.schemaVersion !== found.schemaVersion ||
        JSON.stringify(expected.counts) !== JSON.stringify(found.counts))
    )
      throw new Error('The copy does not hold what the database held')
    return found
  } finally {
    db.close()
  }
}

/** Words for why a copy did not verify, safe to show (never quoting the file's content). */
export function whyNotVerified(error: unknown): string {
  if (error instanceof WrongKeyError)
    return 'It does not open with this clinic’s key (it was made for other records, or under another passphrase).'
  if (error instanceof DatabaseDamagedError) return 'It is damaged: its integrity check failed.'
  if (error instanceof DatabaseTooNewError)
    return 'It was made by a newer version of the app, which this version cannot read.'
  return 'It is not a complete copy of the clinic’s records.'
}

/** Makes, verifies and names one backup, then thins the older ones; see the file's note. */
export function writeBackup(
  db: Database.Database,
  target: BackupTarget,
  reason: BackupReason,
): BackupFile {
  const now = target.now ?? (() => new Date())
  const at = now()
  let final = ''
  let part = ''
  try {
    ensureBackupsFolder(target.folder)
    final = freshBackupPath(target.folder, at, reason)
    part = `${final}.part`
    target.onStep?.('copy')
    const expected: VerifiedCopy = { schemaVersion: schemaVersionOf(db), counts: rowCounts(db) }
    rmSync(part, { force: true })
    db.prepare('VACUUM INTO ?').run(part)
    chmodSync(part, 0o600)
    fsyncFile(part)
    target.onStep?.('verify')
    try {
      verifyCopy(part, target.key, {
        expected,
        ...(target.nativeBinding ? { nativeBinding: target.nativeBinding } : {}),
      })
    } catch (error) {
      if (isDiskFull(error)) throw error
      throw new BackupFailedError(
        'not-verified',
        `The backup was made but did not pass its check, so it was not kept. ${whyNotVerified(error)}`,
      )
    }
    target.onStep?.('rename')
    renameSync(part, final)
    fsyncFolder(dirname(final))
  } catch (error) {
    if (part) rmSync(part, { force: true })
    if (error instanceof BackupFailedError) throw error
    if (isDiskFull(error))
      throw new BackupFailedError(
        'disk-full',
        'The disk is full: the backup could not be written. Earlier backups are kept.',
        (error as { code?: string }).code,
      )
    throw new BackupFailedError(
      'failed',
      'The backup could not be written. Earlier backups are kept.',
      (error as { code?: string }).code,
    )
  }
  target.onStep?.('prune')
  prune(target.folder, at, basename(final))
  return listBackups(target.folder).find((b) => b.path === final)!
}

/** Deletes the backups the retention rule no longer keeps (never one just made). */
export function prune(folder: string, now: Date, justMade?: string): string[] {
  const backups = listBackups(folder)
  const keep = backupsToKeep(backups, now)
  if (justMade) keep.add(justMade)
  const removed: string[] = []
  for (const b of backups) {
    if (keep.has(b.fileName)) continue
    try {
      rmSync(b.path, { force: true })
      removed.push(b.fileName)
    } catch {
      // A backup that cannot be removed now is tried again after the next one.
    }
  }
  return removed
}
