import type { Database } from 'better-sqlite3'
import { existsSync } from 'node:fs'
import { dirname } from 'node:path'
import type { StartupProblem, StartupState } from '../../shared/api/startup'
import {
  assertPlainNotTooNew,
  encryptPlainDatabase,
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
import { DatabaseTooNewError } from '../db/migrate'

export interface StartupOptions {
  /** The clinic database file (its folder also holds the key file and backups). */
  file: string
  store: SecretStore
  nativeBinding?: string
  /** Told once the records are open: main builds the handler table on them. */
  onOpen: (db: Database) => void
}

const problems = {
  keyUnavailable: {
    kind: 'key-unavailable',
    title: 'The key to the clinic’s records cannot be read',
    message:
      'The records are encrypted with a key that this computer’s secure key store protects, and ' +
      'the key store did not give it back (it may be locked, or this is another user account). ' +
      'Nothing has been changed. Sign in to this computer as the user who set up the app, or ' +
      'restore the records from a backup.',
  },
  wrongKey: {
    kind: 'wrong-key',
    title: 'The key does not open the clinic’s records',
    message:
      'The records could not be decrypted with the key kept on this computer. Nothing has been ' +
      'changed. If the records were copied from another computer, restore them from a backup ' +
      'made on this one.',
  },
} satisfies Record<string, StartupProblem>

/**
 * Opens the clinic's records at start-up. With the OS key store available, the key is created on
 * first use (and records written in clear by an earlier version are encrypted); without it, the
 * clinic's passphrase is asked for. Anything that stops the records from opening becomes a
 * problem the first screen explains — never a crash, never a new empty clinic in place of one
 * that did not open.
 */
export class ClinicStartup {
  private current: StartupState = {
    state: 'problem',
    problem: { kind: 'cannot-open', title: 'Not started', message: 'The records are not open.' },
  }

  constructor(private readonly options: StartupOptions) {}

  get state(): StartupState {
    return this.current
  }

  /** Opens the records when the key store can unlock them; otherwise asks for the passphrase. */
  start(): StartupState {
    const { file, store } = this.options
    const folder = dirname(file)
    const exists = existsSync(file)
    try {
      // A clear file from a newer version is refused before anything (a key, encryption) is done.
      if (isPlainDatabase(file)) assertPlainNotTooNew(file)
    } catch (error) {
      return this.fail(problemOf(error))
    }
    if (!store.isEncryptionAvailable()) {
      this.current = { state: 'needs-passphrase', choosing: !exists || isPlainDatabase(file) }
      return this.current
    }
    let stored: DatabaseKey | undefined
    try {
      stored = readStoredKey(folder, store)
    } catch {
      return this.fail(problems.keyUnavailable)
    }
    if (stored) return this.open(stored)
    // No key yet: a new clinic, or records an earlier version kept in clear. An encrypted file
    // without its key is not replaced by anything.
    if (exists && !isPlainDatabase(file)) return this.fail(problems.keyUnavailable)
    const fresh = newRawKey()
    storeKey(folder, store, fresh)
    return this.open(fresh)
  }

  /** The passphrase typed on the first screen: chosen (with its confirmation) or to unlock. */
  submitPassphrase(passphrase: string): StartupState {
    if (this.current.state !== 'needs-passphrase') return this.current
    const state = this.open({ kind: 'passphrase', passphrase })
    return state
  }

  private open(key: DatabaseKey): StartupState {
    const { file, nativeBinding } = this.options
    try {
      if (isPlainDatabase(file)) encryptPlainDatabase(file, key)
      const db = openDatabase(file, key, {
        ...(nativeBinding ? { nativeBinding } : {}),
        // The copy kept before migrating, as before: next to the file, with the same key.
        beforeMigrating: (opened, from) => {
          const copy = `${file}.before-v${from + 1}.bak`
          if (!existsSync(copy)) opened.prepare('VACUUM INTO ?').run(copy)
        },
      })
      this.current = { state: 'ready' }
      this.options.onOpen(db)
    } catch (error) {
      if (error instanceof WrongKeyError && key.kind === 'passphrase') {
        // Asked again: the screen says the passphrase did not open the records.
        this.current = { state: 'needs-passphrase', choosing: false }
        throw error
      }
      return this.fail(problemOf(error))
    }
    return this.current
  }

  private fail(problem: StartupProblem): StartupState {
    this.current = { state: 'problem', problem }
    return this.current
  }
}

function problemOf(error: unknown): StartupProblem {
  if (error instanceof DatabaseTooNewError) {
    return { kind: 'newer-version', title: 'Written by a newer version', message: error.message }
  }
  if (error instanceof WrongKeyError) return problems.wrongKey
  return {
    kind: 'cannot-open',
    title: 'The clinic’s records could not be opened',
    message:
      'No data has been changed. ' +
      `(${error instanceof Error ? error.name : 'unknown error'}${
        (error as { code?: unknown })?.code ? `: ${String((error as { code: unknown }).code)}` : ''
      })`,
  }
}
