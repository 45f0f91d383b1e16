import Database from 'better-sqlite3'
import { randomUUID } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { fsyncFile, fsyncFolder, unlock } from '../db/connection'
import { makeHubCertificate } from './hubCertificate'

/*
 * The hub's own SQLCipher database, one file in its data folder. It is not the app's clinic
 * database (none of the app's tables or migrations): the hub relays Automerge documents and
 * never reads a record. It is unlocked with the passphrase typed when the hub starts (SQLCipher
 * derives the key with PBKDF2), through the same `unlock` as the app's database.
 */

export const HUB_FILE = 'hub.sqlite'
const HUB_SCHEMA_VERSION = 1

const SCHEMA = `
  CREATE TABLE hub (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    cert_pem TEXT NOT NULL,
    key_pem TEXT NOT NULL,
    -- The change counter: the seq of the last document stored.
    seq INTEGER NOT NULL DEFAULT 0,
    -- The port the hub last listened on, so that \`code\` can print the address to type.
    last_port INTEGER
  ) STRICT;
  CREATE TABLE laptops (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    token_sha256 TEXT NOT NULL,
    joined_at TEXT NOT NULL,
    revoked_at TEXT
  ) STRICT;
  -- One open code at most (id is always 1): a new code replaces the old one.
  CREATE TABLE join_code (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    code_sha256 TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    tries_left INTEGER NOT NULL
  ) STRICT;
  CREATE TABLE docs (
    doc_id TEXT PRIMARY KEY,
    bytes BLOB NOT NULL,
    seq INTEGER NOT NULL UNIQUE
  ) STRICT;
`

/** No hub database in this folder (`init` makes one). */
export class HubNotFoundError extends Error {
  override readonly name = 'HubNotFoundError'
  constructor(readonly folder: string) {
    super(`There is no hub in ${folder}. Make one with \`init --data <folder> --name "<clinic>"\`.`)
  }
}

/** `init` on a folder that already holds a hub: refused, so that nothing is overwritten. */
export class HubExistsError extends Error {
  override readonly name = 'HubExistsError'
  constructor(readonly folder: string) {
    super(`${folder} already holds a hub; nothing was changed.`)
  }
}

/** The file opened with the passphrase but is not a hub's database. */
export class NotAHubError extends Error {
  override readonly name = 'NotAHubError'
  constructor() {
    super('This file is not a Runner’s Hip hub database.')
  }
}

export interface HubDatabaseOptions {
  /** Path to a better_sqlite3.node built for this runtime (Electron run as Node needs its own). */
  nativeBinding?: string
}

export const hubFile = (folder: string) => join(folder, HUB_FILE)

const passphraseKey = (passphrase: string) => ({ kind: 'passphrase' as const, passphrase })

function applyPragmas(db: Database.Database) {
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  // `code` and `revoke` from the command line write while the running hub writes.
  db.pragma('busy_timeout = 5000')
  db.pragma('secure_delete = ON')
}

/**
 * Makes a new hub in `folder` whole or not at all, as the app makes its database
 * (connection.ts createDatabase): built as `hub.sqlite.new.part` with its certificate, closed,
 * flushed, then renamed into place.
 */
export async function createHubDatabase(
  folder: string,
  passphrase: string,
  name: string,
  options: HubDatabaseOptions = {},
): Promise<{ hubId: string }> {
  const file = hubFile(folder)
  if (existsSync(file)) throw new HubExistsError(folder)
  mkdirSync(folder, { recursive: true, mode: 0o700 })
  const certificate = await makeHubCertificate()
  const part = `${file}.new.part`
  const leftovers = [part, `${part}-wal`, `${part}-shm`]
  for (const leftover of leftovers) rmSync(leftover, { force: true })
  const hubId = randomUUID()
  try {
    const db = new Database(
      part,
      options.nativeBinding ? { nativeBinding: options.nativeBinding } : {},
    )
    try {
      unlock(db, passphraseKey(passphrase))
      applyPragmas(db)
      db.exec(SCHEMA)
      db.prepare(
        'INSERT INTO hub (id, name, created_at, cert_pem, key_pem) VALUES (?, ?, ?, ?, ?)',
      ).run(hubId, name, new Date().toISOString(), certificate.certPem, certificate.keyPem)
      db.pragma(`user_version = ${HUB_SCHEMA_VERSION}`)
      // Back to one file before the rename: no -wal beside the part file to lose.
      db.pragma('wal_checkpoint(TRUNCATE)')
    } finally {
      db.close()
    }
    chmodSync(part, 0o600)
    fsyncFile(part)
    renameSync(part, file)
    fsyncFolder(folder)
  } catch (error) {
    for (const leftover of leftovers) rmSync(leftover, { force: true })
    throw error
  }
  return { hubId }
}

/**
 * Opens the hub's database with its passphrase. A wrong passphrase throws WrongKeyError (from
 * connection.ts), a folder without a hub HubNotFoundError.
 */
export function openHubDatabase(
  folder: string,
  passphrase: string,
  options: HubDatabaseOptions = {},
): Database.Database {
  const file = hubFile(folder)
  if (!existsSync(file)) throw new HubNotFoundError(folder)
  const db = new Database(file, {
    fileMustExist: true,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  })
  try {
    unlock(db, passphraseKey(passphrase))
    if (db.pragma('user_version', { simple: true }) !== HUB_SCHEMA_VERSION) throw new NotAHubError()
    applyPragmas(db)
    return db
  } catch (error) {
    db.close()
    throw error
  }
}
