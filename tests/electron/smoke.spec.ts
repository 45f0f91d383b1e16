import { _electron as electron, expect, test } from '@playwright/test'
import Database from 'better-sqlite3'
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { tempFolder } from '../support/tempDatabase'

/**
 * The Electron binary is fetched on first launch (electron >= 42) and cannot be downloaded on
 * machines without internet. Checking node_modules/electron/path.txt and the file it names
 * avoids `require('electron')`, which would try the download.
 */
function electronBinary(): string | undefined {
  const pkg = resolve('node_modules/electron')
  const pathFile = join(pkg, 'path.txt')
  if (!existsSync(pathFile)) return undefined
  const binary = join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary) ? binary : undefined
}

const binary = electronBinary()
const nativeForElectron = existsSync(resolve('native/electron/better_sqlite3.node'))

test.describe('the real app in Electron', () => {
  test.skip(
    !binary,
    'Electron binary not installed (node_modules/electron/dist is empty: it is downloaded on first `npm start`, which needs internet)',
  )
  test.skip(
    !nativeForElectron,
    'No better-sqlite3 build for Electron: run `npm run native:electron` (needs internet)',
  )

  test('opens the patient list and creates a patient', async () => {
    const data = tempFolder()
    const app = await electron.launch({
      executablePath: binary,
      args: [resolve('out/main/index.js')],
      env: { ...process.env, RUNNERS_HIP_DATA_DIR: data.dir },
    })
    try {
      const window = await app.firstWindow()
      await expect(window.getByRole('heading', { name: 'Patients' })).toBeVisible()
      const sandboxed = await window.evaluate(
        () => typeof (globalThis as { require?: unknown }).require,
      )
      expect(sandboxed).toBe('undefined')
      await window.getByRole('link', { name: 'New patient', exact: true }).click()
      await window.getByLabel('First name').fill('Smoke')
      await window.getByLabel('Surname').fill('Test')
      await window.getByLabel('Date of birth').fill('1990-01-01')
      await window.getByLabel('Sex').selectOption('Female')
      await window.getByRole('button', { name: 'Save patient' }).click()
      await expect(window.getByRole('heading', { level: 1, name: 'Smoke Test' })).toBeVisible()
    } finally {
      await app.close()
    }
    const db = new Database(join(data.dir, 'runners-hip.sqlite'), { readonly: true })
    expect(db.prepare('SELECT given_name FROM patients').pluck().all()).toEqual(['Smoke'])
    db.close()
    data.cleanup()
  })
})
