import type { Database } from 'better-sqlite3'
import {
  accessSync,
  constants,
  copyFileSync,
  existsSync,
  mkdtempSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import type { RestoreBackupInput } from '../../shared/api/backups'
import type { ChosenFolder, StartupProblemKind, StartupState } from '../../shared/api/startup'
import { AppError } from '../errors'
import { backupsFolderOf, listBackups, removeUnfinished } from '../backup/backupFiles'
import { BackupFailedError, verifyCopy, whyNotVerified, writeBackup } from '../backup/backupWriter'
import { ClinicBackups, hasBackups } from '../backup/clinicBackups'
import type { SchedulerClock } from '../backup/backupScheduler'
import {
  assertPlainNotTooNew,
  createDatabase,
  DatabaseDamagedError,
  encryptPlainDatabase,
  fsyncFile,
  fsyncFolder,
  isPlainDatabase,
  openDatabase,
  WrongKeyError,
} from '../db/connection'
import {
  newRawKey,
  readStoredKey,
  storeKey,
  type DatabaseKey,
  type SecretStore,
} from '../db/databaseKey'
import type { DerivedDataReport } from '../db/derived/derivedData'
import { DatabaseTooNewError, latestSchemaVersion, schemaVersionOf } from '../db/migrate'
import { describeError, isDiskFull, isNotWritable } from '../db/storageErrors'
import { damagedNotForeign, headerSaysLonger, sizeIsCutShort } from './fileDiagnosis'
import { problemOf } from './startupProblems'

/** What main is told when the records open. */
export interface OpenedClinic {
  /** Opened for viewing only: main refuses every change. */
  readOnly: boolean
  /** The records' backups (absent when read-only: nothing is written then). */
  backups?: ClinicBackups
  /** What opening them involved, for the audit trail: a restore, a verified start backup. */
  events?: { restored: boolean; startBackup: boolean }
  /** The records' key: the export's worker opens its own read-only connection with it. */
  key?: DatabaseKey
}

export interface StartupOptions {
  /** The clinic database file (its folder also holds the key file and the backups folder). */
  file: string
  store: SecretStore
  nativeBinding?: string
  /** Told once the records are open: main builds the handler table on them. */
  onOpen: (db: Database, clinic: OpenedClinic) => void
  /** Told just before the records close (a restore, another folder): main drops its table. */
  onClose?: () => void
  /**
   * The file came from the clinic's own choice of folder (remembered), not the default: a
   * missing records file there is a problem, never a reason to start an empty clinic.
   */
  expectRecords?: boolean
  /** Remembers a folder the clinic chose, for the next starts (a settings file in userData). */
  rememberFolder?: (folder: string) => void
  /** Asks the user for a folder (a folder dialog); undefined when cancelled. */
  chooseFolder?: () => Promise<string | undefined>
  /** Asks the user for a backup file to restore (an open dialog); undefined when cancelled. */
  chooseBackupFile?: () => Promise<string | undefined>
  clock?: SchedulerClock
  /** Messages for the log: never patient data. */
  log?: (line: string) => void
}

const DATABASE_NAME = 'runners-hip.sqlite'

const stampOf = (d: Date) => d.toISOString().replace(/[:.]/g, '-')

/**
 * Opens the clinic's records at start-up. With the OS key store available, the key is created on
 * first use (and records written in clear by an earlier version are encrypted); without it, the
 * clinic's passphrase is asked for. Anything that stops the records from opening becomes a
 * problem the first screen explains, with its ways forward — never a crash, never a new empty
 * clinic in place of one that did not open:
 *
 * - before opening: the folder is there; a missing file where backups exist, an empty (0-byte)
 *   file and a file of impossible length are refused; the folder and file must be writable;
 * - opening: the key must open it (a key that opens the backups of this very database, by its
 *   salt, but not the file means the file is damaged); `quick_check` reads every page; a file whose header claims more pages than it
 *   has is "truncated"; a newer version's file is left alone;
 * - a migration runs only after a verified backup ('before-migration');
 * - the derived-data step's skipped rows become a notice; a verified 'start' backup follows.
 * A full disk (SQLITE_FULL, ENOSPC) at any step is its own problem.
 */
export class ClinicStartup {
  private current: StartupState = {
    state: 'problem',
    problem: problemOf('cannot-open', {
      folder: '',
      hasBackups: false,
      canRestore: false,
      detail: 'The records are not open.',
    }),
  }
  private file: string
  private expectRecords: boolean
  private key: DatabaseKey | undefined
  private db: Database | undefined
  private backups: ClinicBackups | undefined
  /** A private copy a read-only view opened, removed when it closes. */
  private viewCopy: string | undefined
  /** A folder the user picked, waiting to be used (and remembered once it opens). */
  private pendingFolder: string | undefined
  private chosenFolder: string | undefined
  private readonly log: (line: string) => void

  constructor(private readonly options: StartupOptions) {
    this.file = options.file
    this.expectRecords = options.expectRecords ?? false
    this.log = options.log ?? ((line) => console.warn(line))
  }

  get state(): StartupState {
    return this.current
  }

  /** The folder holding the records file (and its key and backups). */
  get folder(): string {
    return dirname(this.file)
  }

  private get backupsFolder(): string {
    return backupsFolderOf(this.folder)
  }

  /** Opens the records when the key store can unlock them; otherwise asks for the passphrase. */
  start(): StartupState {
    const { store } = this.options
    const file = this.file
    this.key = undefined
    if (!existsSync(this.folder)) return this.fail('folder-missing')
    try {
      // A clear file from a newer version is refused before anything (a key, encryption) is done.
      if (isPlainDatabase(file)) assertPlainNotTooNew(file)
    } catch (error) {
      return this.failWith(error)
    }
    if (!store.isEncryptionAvailable()) {
      const exists = existsSync(file)
      this.current = { state: 'needs-passphrase', choosing: !exists || isPlainDatabase(file) }
      return this.current
    }
    let stored: DatabaseKey | undefined
    try {
      stored = readStoredKey(this.folder, store)
    } catch {
      return this.fail('key-unavailable')
    }
    if (stored) return this.open(stored)
    // No key yet: a new clinic, or records an earlier version kept in clear. An encrypted file
    // without its key is not replaced by anything; an empty one is its own problem.
    if (existsSync(file) && !isPlainDatabase(file)) {
      return statSync(file).size === 0 ? this.fail('empty') : this.fail('key-unavailable')
    }
    if (!existsSync(file) && (this.expectRecords || hasBackups(this.backupsFolder)))
      return this.fail('missing')
    const fresh = newRawKey()
    try {
      storeKey(this.folder, store, fresh)
    } catch (error) {
      return this.failWith(error)
    }
    return this.open(fresh)
  }

  /** The passphrase typed on the first screen: chosen (with its confirmation) or to unlock. */
  submitPassphrase(passphrase: string): StartupState {
    if (this.current.state !== 'needs-passphrase') return this.current
    return this.open({ kind: 'passphrase', passphrase })
  }

  /** Tries again after the clinic fixed the cause (space freed, a drive connected). */
  retry(): StartupState {
    if (this.current.state !== 'problem') return this.current
    return this.start()
  }

  /** The backups a problem screen can offer (the records themselves need not be open). */
  listBackups() {
    return listBackups(this.backupsFolder).map(({ path: _path, ...info }) => info)
  }

  /**
   * Opens the records for viewing only, when they cannot be written (a read-only folder, a full
   * disk). In place if SQLite can; otherwise from a private copy in the temp folder (a
   * write-ahead-log database in a read-only folder cannot be opened in place). Only records
   * already at this version's schema can be viewed: older ones need the migration, which writes.
   */
  openReadOnly(): StartupState {
    const now = this.current
    if (now.state !== 'problem' || !now.problem.actions.includes('open-read-only'))
      throw new AppError('conflict', 'The records cannot be opened read-only now.')
    const key = this.key
    if (!key) throw new AppError('conflict', 'The records’ key is not known yet.')
    let db: Database | undefined
    try {
      db = this.openForViewing(this.file, key)
    } catch {
      try {
        db = this.openForViewing(this.copyForViewing(), key)
      } catch (error) {
        this.removeViewCopy()
        if (error instanceof AppError) throw error
        throw new AppError(
          'conflict',
          `The records could not be opened read-only either (${describeError(error)}).`,
        )
      }
    }
    const why =
      now.problem.kind === 'disk-full' ? 'the disk is full' : 'the records folder cannot be written'
    this.current = {
      state: 'ready',
      readOnly: {
        reason: now.problem.kind,
        message:
          `The records can be looked up and exported, but nothing can be changed or saved: ${why}. ` +
          'Quit and start the app again once that is solved.',
      },
    }
    this.db = db
    this.options.onOpen(db, { readOnly: true, key })
    return this.current
  }

  /** Asks for another folder; a folder with records opens at once, an empty one needs a yes. */
  async chooseFolder(): Promise<ChosenFolder> {
    if (this.current.state !== 'problem')
      throw new AppError(
        'conflict',
        'Another folder can be chosen only when the records did not open.',
      )
    const folder = await this.options.chooseFolder?.()
    if (!folder) return { chosen: false }
    this.pendingFolder = folder
    return { chosen: true, folder, hasRecords: existsSync(join(folder, DATABASE_NAME)) }
  }

  /** Uses the folder just chosen: its records, or (confirmed) a new, empty clinic there. */
  useChosenFolder(startNew: boolean): StartupState {
    const folder = this.pendingFolder
    if (!folder || this.current.state !== 'problem')
      throw new AppError('conflict', 'Choose a folder first.')
    const file = join(folder, DATABASE_NAME)
    if (!existsSync(file) && !startNew)
      throw new AppError('conflict', 'There are no records in that folder: confirm a new clinic.')
    this.pendingFolder = undefined
    this.close()
    this.file = file
    this.expectRecords = !startNew
    this.chosenFolder = folder
    return this.start()
  }

  /**
   * Starts a new, empty clinic in place of an empty, damaged or missing records file, after the
   * clinic confirmed it. The old file is not deleted: it is renamed beside the new one
   * (`runners-hip.sqlite.set-aside-<time>`), its key file kept.
   */
  startNew(): StartupState {
    const now = this.current
    if (now.state !== 'problem' || !now.problem.actions.includes('start-new'))
      throw new AppError('conflict', 'A new clinic can be started only in place of a bad file.')
    this.setAside()
    this.expectRecords = false
    return this.startAfterSetAside()
  }

  /**
   * Restores a backup over the records. When the records are open, a verified 'before-restore'
   * snapshot of them is made first (restoring it undoes the restore); when they did not open, the
   * file that is there is kept beside the restored one, renamed. The backup is copied to
   * `<file>.restore.part`, flushed and checked there (that is the file that is renamed into
   * place), the records are closed, the copy renamed over the file, and the start-up run again
   * (a backup from an older version is migrated, after its own backup). Anything that fails
   * before the rename leaves the records as they were.
   */
  async restore(source: RestoreBackupInput, passphrase?: string): Promise<StartupState> {
    const key =
      this.key ??
      (passphrase !== undefined ? { kind: 'passphrase' as const, passphrase } : undefined)
    if (!key)
      throw new AppError('invalid-input', 'Type the clinic’s passphrase to restore a backup.', [
        { path: ['passphrase'], message: 'Type the clinic’s passphrase' },
      ])
    const ready = this.current.state === 'ready'
    if (ready && this.current.state === 'ready' && this.current.readOnly)
      throw new AppError('conflict', 'The records are open read-only: nothing can be restored.')
    if (
      !ready &&
      !(this.current.state === 'problem' && this.current.problem.actions.includes('restore'))
    )
      throw new AppError('conflict', 'A backup cannot be restored now.')

    let from: string
    if ('fileName' in source) {
      const listed = listBackups(this.backupsFolder).find((b) => b.fileName === source.fileName)
      if (!listed)
        throw new AppError('not-found', 'That backup is no longer in the backups folder.')
      from = listed.path
    } else {
      const chosen = await this.options.chooseBackupFile?.()
      if (!chosen) return this.current
      from = chosen
    }

    const part = `${this.file}.restore.part`
    try {
      rmSync(part, { force: true })
      copyFileSync(from, part)
      fsyncFile(part)
      verifyCopy(part, key, this.nativeOptions())
    } catch (error) {
      rmSync(part, { force: true })
      if (isDiskFull(error))
        throw new AppError(
          'conflict',
          'The disk is full: the backup could not be copied. Nothing was changed.',
        )
      throw new AppError(
        'conflict',
        `That backup cannot be restored, and nothing was changed. ${whyNotVerified(error)}`,
      )
    }

    if (ready && this.backups) {
      try {
        this.backups.backUpNow('before-restore')
      } catch (error) {
        rmSync(part, { force: true })
        throw new AppError(
          'conflict',
          'A backup of the records as they are now could not be made first, so nothing was restored. ' +
            (error instanceof BackupFailedError ? error.message : ''),
        )
      }
    }
    this.close()
    try {
      if (!ready) this.setAside()
      // The closed records' write-ahead log was folded into the file that is being replaced.
      rmSync(`${this.file}-wal`, { force: true })
      rmSync(`${this.file}-shm`, { force: true })
      renameSync(part, this.file)
      fsyncFolder(this.folder)
    } catch (error) {
      rmSync(part, { force: true })
      this.log(`[startup] restore failed before the records were replaced: ${describeError(error)}`)
      this.open(key)
      throw new AppError(
        'conflict',
        'The backup could not be put in place; the records were not changed.',
      )
    }
    this.log('[startup] a backup was restored')
    return this.open(key, { restored: true })
  }

  /** Closes the records (the app quits, or they are about to be replaced). */
  close() {
    this.backups?.stop()
    this.backups = undefined
    if (this.db) {
      this.options.onClose?.()
      if (this.db.open) this.db.close()
      this.db = undefined
    }
    this.removeViewCopy()
  }

  private open(key: DatabaseKey, { restored = false } = {}): StartupState {
    const file = this.file
    this.key = key
    try {
      if (isPlainDatabase(file)) encryptPlainDatabase(file, key)
    } catch (error) {
      return this.failWith(error)
    }
    if (!existsSync(this.folder)) return this.fail('folder-missing')
    if (!existsSync(file)) {
      if (this.expectRecords || hasBackups(this.backupsFolder)) return this.fail('missing')
      try {
        createDatabase(file, key, this.nativeOptions())
      } catch (error) {
        return this.failWith(error)
      }
    }
    const size = statSync(file).size
    if (size === 0) return this.fail('empty')
    if (sizeIsCutShort(size)) return this.fail('truncated')
    if (!this.writable()) return this.fail('read-only')
    try {
      removeUnfinished(this.backupsFolder)
    } catch {
      // Leftovers of an interrupted backup are never listed; removing them can wait.
    }

    let report: DerivedDataReport | undefined
    let db: Database
    try {
      db = openDatabase(file, key, {
        ...this.nativeOptions(),
        check: true,
        beforeMigrating: (opened) =>
          writeBackup(
            opened,
            { folder: this.backupsFolder, key, ...this.nativeOptions(), ...this.nowOption() },
            'before-migration',
          ),
        onDerivedData: (r) => (report = r),
      })
    } catch (error) {
      return this.failWith(error)
    }

    const backups = new ClinicBackups(
      db,
      { folder: this.backupsFolder, key, ...this.nativeOptions() },
      this.options.clock,
      this.log,
    )
    const notices: string[] = []
    let startBackup = false
    try {
      backups.backUpNow('start')
      startBackup = true
    } catch (error) {
      if (error instanceof BackupFailedError && error.kind === 'disk-full') {
        db.close()
        return this.fail('disk-full')
      }
      notices.push(
        `The backup made at each start could not be made: ${
          error instanceof BackupFailedError ? error.message : 'it failed.'
        } See Backups.`,
      )
    }
    const skipped = report?.skipped ?? []
    if (skipped.length > 0) {
      this.log(
        `[derived] ${skipped.length} stored record(s) could not be read and were skipped: ${skipped
          .map((s) => `${s.table} ${s.id} (${s.problem})`)
          .join('; ')}`,
      )
      notices.push(
        `${skipped.length === 1 ? 'One stored assessment' : `${skipped.length} stored assessments`} could not be read when the records opened, and ${
          skipped.length === 1 ? 'is' : 'are'
        } marked “could not be read” on the patient’s timeline. Everything else opened normally. ` +
          `Record ${skipped.length === 1 ? 'id' : 'ids'}: ${skipped.map((s) => s.id).join(', ')}. ` +
          'A backup made before the problem may hold a readable copy.',
      )
    }
    backups.startDaily()
    this.db = db
    this.backups = backups
    this.current = { state: 'ready', ...(notices.length > 0 ? { notices } : {}) }
    if (this.chosenFolder) {
      this.options.rememberFolder?.(this.chosenFolder)
      this.chosenFolder = undefined
    }
    this.options.onOpen(db, { readOnly: false, backups, events: { restored, startBackup }, key })
    return this.current
  }

  /** What went wrong, as the problem its screen explains. */
  private failWith(error: unknown): StartupState {
    if (error instanceof WrongKeyError) {
      const key = this.key
      if (key && damagedNotForeign(this.file, this.backupsFolder, key, this.options.nativeBinding))
        return this.fail('corrupt')
      if (key?.kind === 'passphrase') {
        // Asked again: the screen says the passphrase did not open the records.
        this.current = { state: 'needs-passphrase', choosing: false }
        throw error
      }
      return this.fail('wrong-key')
    }
    if (error instanceof DatabaseDamagedError) {
      const cut =
        this.key !== undefined &&
        existsSync(this.file) &&
        headerSaysLonger(this.file, this.key, this.options.nativeBinding)
      return this.fail(cut ? 'truncated' : 'corrupt')
    }
    if (error instanceof DatabaseTooNewError) return this.fail('newer-version', error.message)
    if (error instanceof BackupFailedError)
      return this.fail(error.kind === 'disk-full' ? 'disk-full' : 'backup-failed')
    if (isDiskFull(error)) return this.fail('disk-full')
    if (isNotWritable(error)) return this.fail('read-only')
    this.log(`[startup] the records could not be opened: ${describeError(error)}`)
    return this.fail('cannot-open', `(${describeError(error)})`)
  }

  private fail(kind: StartupProblemKind, detail?: string): StartupState {
    const passphraseMode = !this.options.store.isEncryptionAvailable()
    const backupsThere = hasBackups(this.backupsFolder)
    const problem = problemOf(kind, {
      folder: this.folder,
      hasBackups: backupsThere,
      canRestore: this.key !== undefined || passphraseMode,
      restoreNeedsPassphrase: passphraseMode && this.key === undefined,
      ...(detail ? { detail } : {}),
    })
    // Records can be viewed read-only only if there are records, and their key is known.
    if (!existsSync(this.file) || this.key === undefined)
      problem.actions = problem.actions.filter((a) => a !== 'open-read-only')
    this.current = { state: 'problem', problem }
    this.log(`[startup] problem: ${kind}`)
    return this.current
  }

  /** Whether the folder and the file (if there) can be written by this user. */
  private writable(): boolean {
    try {
      accessSync(this.folder, constants.W_OK)
      if (existsSync(this.file)) accessSync(this.file, constants.W_OK)
      return true
    } catch {
      return false
    }
  }

  /** Renames the records file (and its side files) aside: `<file>.set-aside-<time>`. */
  private setAside() {
    if (!existsSync(this.file)) return
    const aside = `${this.file}.set-aside-${stampOf(new Date())}`
    renameSync(this.file, aside)
    for (const side of ['-wal', '-shm'])
      if (existsSync(`${this.file}${side}`)) renameSync(`${this.file}${side}`, `${aside}${side}`)
    this.log(`[startup] the records file was set aside as ${basename(aside)}`)
  }

  private startAfterSetAside(): StartupState {
    if (this.key) return this.open(this.key)
    return this.start()
  }

  private openForViewing(file: string, key: DatabaseKey): Database {
    const db = openDatabase(file, key, { ...this.nativeOptions(), readOnly: true, check: true })
    if (schemaVersionOf(db) !== latestSchemaVersion()) {
      db.close()
      throw new AppError(
        'conflict',
        'These records need updating for this version of the app, which writes to them, so they cannot be opened read-only.',
      )
    }
    return db
  }

  /** A private copy of the records (still encrypted) for a read-only view. */
  private copyForViewing(): string {
    const dir = mkdtempSync(join(tmpdir(), 'runners-hip-view-'))
    this.viewCopy = dir
    const copy = join(dir, DATABASE_NAME)
    copyFileSync(this.file, copy)
    if (existsSync(`${this.file}-wal`)) copyFileSync(`${this.file}-wal`, `${copy}-wal`)
    return copy
  }

  private removeViewCopy() {
    if (this.viewCopy) rmSync(this.viewCopy, { recursive: true, force: true })
    this.viewCopy = undefined
  }

  private nativeOptions(): { nativeBinding?: string } {
    return this.options.nativeBinding ? { nativeBinding: this.options.nativeBinding } : {}
  }

  private nowOption(): { now?: () => Date } {
    const clock = this.options.clock
    return clock ? { now: () => clock.now() } : {}
  }
}
