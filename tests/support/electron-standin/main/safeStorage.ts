import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { app } from './app'

/**
 * Electron's safeStorage (docs/api/safe-storage.md), synchronous API. The OS secret store is a
 * key file in the folder ELECTRON_STANDIN_KEYCHAIN (a temp folder the test owns), so a key
 * survives a relaunch as it would in the keychain. ELECTRON_STANDIN_SECRET_STORE=none plays a
 * Linux desktop without a secret store: the backend is `basic_text` and encryption is not
 * available. Before `ready`, nothing is available and the backend is `unknown`.
 */
const MAGIC = Buffer.from('v10')
const failed = (what: 'encrypting the text' | 'decrypting the ciphertext', method: string) =>
  new Error(`Error while ${what} provided to safeStorage.${method}.`)

/** The app's secret in the keychain folder, created on first use as the OS store would. */
function keychainSecret(folder: string, appName: string): Buffer {
  const file = join(folder, `${appName}.key`)
  if (!existsSync(file)) {
    mkdirSync(folder, { recursive: true })
    writeFileSync(file, randomBytes(32), { mode: 0o600 })
  }
  return readFileSync(file)
}

function storeSecret(): Buffer {
  const folder = process.env.ELECTRON_STANDIN_KEYCHAIN
  if (!folder) throw new Error('The stand-in has no keychain folder (ELECTRON_STANDIN_KEYCHAIN)')
  return keychainSecret(folder, app.getName())
}

function decrypt(secret: Buffer, encrypted: Buffer): string {
  if (!encrypted.subarray(0, 3).equals(MAGIC))
    throw failed('decrypting the ciphertext', 'decryptString')
  const decipher = createDecipheriv('aes-256-gcm', secret, encrypted.subarray(3, 15))
  decipher.setAuthTag(encrypted.subarray(15, 31))
  try {
    return Buffer.concat([decipher.update(encrypted.subarray(31)), decipher.final()]).toString(
      'utf8',
    )
  } catch {
    throw failed('decrypting the ciphertext', 'decryptString')
  }
}

/**
 * What safeStorage.decryptString does, for a test that reads a value the app stored (the
 * database key) from outside the app, given the keychain folder.
 */
export function decryptWithKeychain(folder: string, appName: string, encrypted: Buffer): string {
  return decrypt(keychainSecret(folder, appName), encrypted)
}

const hasSecretStore = () =>
  process.env.ELECTRON_STANDIN_SECRET_STORE !== 'none' && !!process.env.ELECTRON_STANDIN_KEYCHAIN

export const safeStorage = {
  isEncryptionAvailable: () => app.isReady() && hasSecretStore(),
  getSelectedStorageBackend: () =>
    !app.isReady() ? 'unknown' : hasSecretStore() ? 'gnome_libsecret' : 'basic_text',
  setUsePlainTextEncryption(_usePlainText: boolean) {},
  encryptString(plainText: string): Buffer {
    if (!safeStorage.isEncryptionAvailable()) throw failed('encrypting the text', 'encryptString')
    const iv = randomBytes(12)
    const cipher = createCipheriv('aes-256-gcm', storeSecret(), iv)
    const body = Buffer.concat([cipher.update(plainText, 'utf8'), cipher.final()])
    return Buffer.concat([MAGIC, iv, cipher.getAuthTag(), body])
  },
  decryptString(encrypted: Buffer): string {
    if (!safeStorage.isEncryptionAvailable())
      throw failed('decrypting the ciphertext', 'decryptString')
    return decrypt(storeSecret(), encrypted)
  },
}
