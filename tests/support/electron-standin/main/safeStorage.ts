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

function storeKey(): Buffer {
  const folder = process.env.ELECTRON_STANDIN_KEYCHAIN
  if (!folder) throw new Error('The stand-in has no keychain folder (ELECTRON_STANDIN_KEYCHAIN)')
  const file = join(folder, `${app.getName()}.key`)
  if (!existsSync(file)) {
    mkdirSync(folder, { recursive: true })
    writeFileSync(file, randomBytes(32), { mode: 0o600 })
  }
  return readFileSync(file)
}

const hasSecretStore = () =>
  process.env.ELECTRON_STANDIN_SECRET_STORE !== 'none' && !!process.env.ELECTRON_STANDIN_KEYCHAIN

export const safeStorage = {
  isEncryptionAvailable: () => app.isReady() && hasSecretStore(),
  getSelectedStorageBackend: () =>
    !app.isReady() ? 'unknown' : hasSecretStore() ? 'gnome_libsecret' : 'basic_text',
  setUsePlainTextEncryption(_usePlainText: boolean) {},
  encryptString(plainText: string): Buffer {
    if (!safeStorage.isEncryptionAvailable())
      throw new Error(
        'Error while encrypting the text provided to safeStorage.encryptString. Encryption is not available.',
      )
    const iv = randomBytes(12)
    const cipher = createCipheriv('aes-256-gcm', storeKey(), iv)
    const body = Buffer.concat([cipher.update(plainText, 'utf8'), cipher.final()])
    return Buffer.concat([MAGIC, iv, cipher.getAuthTag(), body])
  },
  decryptString(encrypted: Buffer): string {
    if (!safeStorage.isEncryptionAvailable())
      throw new Error(
        'Error while decrypting the ciphertext provided to safeStorage.decryptString. Decryption is not available.',
      )
    if (!encrypted.subarray(0, 3).equals(MAGIC))
      throw new Error(
        'Error while decrypting the ciphertext provided to safeStorage.decryptString.',
      )
    const iv = encrypted.subarray(3, 15)
    const tag = encrypted.subarray(15, 31)
    const decipher = createDecipheriv('aes-256-gcm', storeKey(), iv)
    decipher.setAuthTag(tag)
    try {
      return Buffer.concat([decipher.update(encrypted.subarray(31)), decipher.final()]).toString(
        'utf8',
      )
    } catch {
      throw new Error(
        'Error while decrypting the ciphertext provided to safeStorage.decryptString.',
      )
    }
  },
}
