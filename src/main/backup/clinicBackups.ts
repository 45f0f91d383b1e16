import type { Database } from 'better-sqlite3'
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs'
import type { BackupOverview, BackupReason } from '../../shared/api/backups'
import { AppError } from '../errors'
import { fsyncFile } from '../db/connection'
import { describeError } from '../db/storageErrors'
import { listBackups, removeUnfinished, type BackupFile } from './backupFiles'
import { BackupScheduler, systemClock, type SchedulerClock } from './backupScheduler'
import { BackupFailedError, writeBackup, type BackupTarget } from './backupWriter'

/**
 * The backups of the clinic's open records: made at start, daily while the app runs, on request
 * and before every migration, import and restore (`backUpNow(reason)`); listed for the backup
 * screen; exported to a folder the user chooses. See backupWriter.ts for how one is made safe.
 */
export class ClinicBackups {
  private lastFailure: { at: string; message: string } | undefined
  private readonly scheduler: BackupScheduler

  constructor(
    private readonly db: Database,
    private readonly target: BackupTarget,
    private readonly clock: SchedulerClock = systemClock,
    private readonly log: (line: string) => void = (line) => console.warn(line),
  ) {
    this.scheduler = new BackupScheduler(
      () => this.backUpNow('daily'),
      () => this.newestAt(),
      clock,
    )
  }

  get folder(): string {
    return this.target.folder
  }

  /** Removes what an interrupted backup left; called once when the records open. */
  tidy() {
    const removed = removeUnfinished(this.target.folder)
    if (removed.length > 0)
      this.log(
        `[backup] removed ${removed.length} unfinished backup file(s) left by an interruption`,
      )
  }

  /**
   * Makes a verified backup now; the import code calls it with 'before-import' before it writes.
   * Throws BackupFailedError (its message is safe to show) and remembers the failure for the
   * backup screen; earlier backups are untouched.
   */
  backUpNow(reason: BackupReason): BackupFile {
    try {
      const made = writeBackup(this.db, { now: () => this.clock.now(), ...this.target }, reason)
      this.lastFailure = undefined
      return made
    } catch (error) {
      const message =
        error instanceof BackupFailedError
          ? error.message
          : 'The backup could not be written. Earlier backups are kept.'
      this.lastFailure = { at: this.clock.now().toISOString(), message }
      this.log(`[backup] ${reason} backup failed: ${describeError(error)}`)
      throw error
    }
  }

  list(): BackupFile[] {
    return listBackups(this.target.folder)
  }

  overview(canWrite = true): BackupOverview {
    return {
      backups: this.list().map(({ path: _path, ...info }) => info),
      folder: this.target.folder,
      ...(this.lastFailure ? { lastFailure: this.lastFailure } : {}),
      canWrite,
    }
  }

  /** One listed backup's path; AppError if there is no such backup. */
  pathOf(fileName: string): string {
    const found = this.list().find((b) => b.fileName === fileName)
    if (!found) throw new AppError('not-found', 'That backup is no longer in the backups folder.')
    return found.path
  }

  /**
   * Copies a backup, as it is (still encrypted), to where the user chose: whole or not at all
   * (a `.part` file, flushed, then renamed).
   */
  exportTo(fileName: string, destination: string) {
    const source = this.pathOf(fileName)
    const part = `${destination}.part`
    try {
      copyFileSync(source, part)
      fsyncFile(part)
      renameSync(part, destination)
    } catch (error) {
      rmSync(part, { force: true })
      throw error
    }
  }

  /** Starts the daily backup while the app runs. */
  startDaily() {
    this.scheduler.start()
  }

  stop() {
    this.scheduler.stop()
  }

  private newestAt(): Date | undefined {
    const newest = this.list()[0]
    return newest ? new Date(newest.createdAt) : undefined
  }
}

/** Whether a folder holds at least one verified backup. */
export const hasBackups = (folder: string) => existsSync(folder) && listBackups(folder).length > 0
