import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { writeFileWhole } from '../files'

/**
 * How the clinic's database is unlocked. Normally a random 256-bit key, kept in the user-data
 * folder encrypted by the operating system's key store (Electron's safeStorage: the macOS
 * Keychain, Windows DPAPI, the Linux secret service). Where the OS has no secure store, a key kept
 * beside the database would protect nothing, so the clinic chooses a passphrase instead and types
 * it when the app starts; SQLCipher derives the key from it (PBKDF2).
 */
export type DatabaseKey = { kind: 'raw'; hex: string } | { kind: 'passphrase'; passphrase: string }

/** What main needs of Electron's safeStorage (docs/api/safe-storage.md). */
export interface SecretStore {
  isEncryptionAvailable(): boolean
  encryptString(plainText: string): Buffer
  decryptString(encrypted: Buffer): string
}

export const KEY_FILE = 'runners-hip.key'

/** The `PRAGMA key` value: a raw key as a blob literal (no key derivation), or the passphrase. */
export function keyPragmaValue(key: DatabaseKey): string {
  if (key.kind === 'raw') return `"x'${key.hex}'"`
  return `'${key.passphrase.replace(/'/g, "''")}'`
}

export const newRawKey = (): DatabaseKey & { kind: 'raw' } => ({
  kind: 'raw',
  hex: randomBytes(32).toString('hex'),
})

/** The key the OS store protects, if this folder has one. */
export function readStoredKey(folder: string, store: SecretStore): DatabaseKey | undefined {
  const file = join(folder, KEY_FILE)
  if (!existsSync(file)) return undefined
  const hex = store.decryptString(readFileSync(file))
  if (!/^[0-9a-f]{64}$/.test(hex)) throw new Error('The database key file is not a key')
  return { kind: 'raw', hex }
}

/** Stores a raw key, encrypted by the OS store, readable by this user only. */
export function storeKey(folder: string, store: SecretStore, key: DatabaseKey & { kind: 'raw' }) {
  writeFileWhole(join(folder, KEY_FILE), store.encryptString(key.hex))
}
