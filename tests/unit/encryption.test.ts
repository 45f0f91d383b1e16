import Database from 'better-sqlite3'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { isPlainDatabase, openDatabase, unlock, WrongKeyError } from '../../src/main/db/connection'
import { KEY_FILE, newRawKey, type SecretStore } from '../../src/main/db/databaseKey'
import { migrate } from '../../src/main/db/migrate'
import { ClinicStartup } from '../../src/main/startup/clinicStartup'
import { PatientRepository } from '../../src/main/db/patientRepository'
import { aPatient } from '../support/patients'
import { tempFolder } from '../support/tempDatabase'

/**
 * The clinic's records are encrypted at rest (SQLCipher through better-sqlite3-multiple-ciphers),
 * with a key the OS key store protects, or the clinic's passphrase where there is no store.
 */

const folders: { cleanup: () => void }[] = []
const newFolder = () => {
  const f = tempFolder()
  folders.push(f)
  return f.dir
}
afterEach(() => folders.splice(0).forEach((f) => f.cleanup()))

/** The OS key store, as safeStorage behaves: reversible, bound to this "user". */
const keyStore = (available = true): SecretStore => ({
  isEncryptionAvailable: () => available,
  encryptString: (text) => Buffer.from(`sealed:${Buffer.from(text).toString('base64')}`),
  decryptString: (sealed) =>
    Buffer.from(sealed.toString().replace(/^sealed:/, ''), 'base64').toString(),
})

function startup(file: string, store = keyStore()) {
  const opened: Database.Database[] = []
  const clinic = new ClinicStartup({ file, store, onOpen: (db) => opened.push(db) })
  return { clinic, opened, close: () => opened.forEach((db) => db.close()) }
}

const SECRET_NAME = 'Ottoline Featherstonehaugh'

describe('the database file', () => {
  it('holds nothing readable without the key: not the header, not a name', () => {
    const file = join(newFolder(), 'clinic.sqlite')
    const key = newRawKey()
    const db = openDatabase(file, key)
    new PatientRepository(db).create(aPatient({ familyName: SECRET_NAME }))
    db.close()
    const bytes = readFileSync(file)
    expect(isPlainDatabase(file)).toBe(false)
    expect(bytes.includes(Buffer.from(SECRET_NAME))).toBe(false)
    const without = new Database(file)
    expect(() => without.prepare('SELECT * FROM patients').all()).toThrow(/not a database/)
    without.close()
    expect(() => openDatabase(file, newRawKey())).toThrow(WrongKeyError)
  })

  it('overwrites deleted text (secure_delete) and is readable by this user only', () => {
    const file = join(newFolder(), 'clinic.sqlite')
    const previous = process.umask(0o077)
    try {
      const db = openDatabase(file, newRawKey())
      expect(db.pragma('secure_delete', { simple: true })).toBe(1)
      db.close()
    } finally {
      process.umask(previous)
    }
    expect(statSync(file).mode & 0o777).toBe(0o600)
  })
})

describe('opening the clinic at start-up', () => {
  it('creates a key on first start, kept sealed by the OS key store, and opens with it again', () => {
    const folder = newFolder()
    const file = join(folder, 'runners-hip.sqlite')
    const first = startup(file)
    expect(first.clinic.start()).toEqual({ state: 'ready' })
    new PatientRepository(first.opened[0]!).create(aPatient({ familyName: SECRET_NAME }))
    first.close()
    const sealed = readFileSync(join(folder, KEY_FILE)).toString()
    expect(sealed).toMatch(/^sealed:/)

    const again = startup(file)
    expect(again.clinic.start()).toEqual({ state: 'ready' })
    expect(new PatientRepository(again.opened[0]!).search(SECRET_NAME, 5).patients).toHaveLength(1)
    again.close()
  })

  it('encrypts records an earlier version kept in clear, after a checked copy, leaving no clear copy', () => {
    const folder = newFolder()
    const file = join(folder, 'runners-hip.sqlite')
    const plain = new Database(file)
    migrate(plain)
    new PatientRepository(plain).create(aPatient({ familyName: SECRET_NAME }))
    plain.close()
    expect(isPlainDatabase(file)).toBe(true)

    const { clinic, opened, close } = startup(file)
    expect(clinic.start()).toEqual({ state: 'ready' })
    expect(new PatientRepository(opened[0]!).search(SECRET_NAME, 5).patients).toHaveLength(1)
    close()
    expect(isPlainDatabase(file)).toBe(false)
    expect(readFileSync(file).includes(Buffer.from(SECRET_NAME))).toBe(false)
    expect(readdirSync(folder).filter((f) => f.includes('before-encryption'))).toEqual([])
  })

  it('never replaces encrypted records whose key is gone by a new empty clinic', () => {
    const folder = newFolder()
    const file = join(folder, 'runners-hip.sqlite')
    startup(file).clinic.start()
    const before = readFileSync(file)
    writeFileSync(join(folder, KEY_FILE), 'sealed:') // the key store lost it
    const { clinic } = startup(file)
    expect(clinic.start()).toMatchObject({ state: 'problem', problem: { kind: 'key-unavailable' } })
    expect(readFileSync(file).equals(before)).toBe(true)
  })

  it('without an OS key store, asks the clinic to choose a passphrase, then to type it', () => {
    const file = join(newFolder(), 'runners-hip.sqlite')
    const first = startup(file, keyStore(false))
    expect(first.clinic.start()).toEqual({ state: 'needs-passphrase', choosing: true })
    expect(first.clinic.submitPassphrase('correct horse battery staple')).toEqual({
      state: 'ready',
    })
    first.close()
    expect(existsSync(join(file, '..', KEY_FILE))).toBe(false)

    const again = startup(file, keyStore(false))
    expect(again.clinic.start()).toEqual({ state: 'needs-passphrase', choosing: false })
    expect(() => again.clinic.submitPassphrase('wrong horse')).toThrow(WrongKeyError)
    expect(again.clinic.state).toEqual({ state: 'needs-passphrase', choosing: false })
    expect(again.clinic.submitPassphrase('correct horse battery staple')).toEqual({
      state: 'ready',
    })
    again.close()
    const raw = new Database(file)
    expect(() => unlock(raw, { kind: 'passphrase', passphrase: 'wrong' })).toThrow(WrongKeyError)
    raw.close()
  })
})
