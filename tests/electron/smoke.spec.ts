import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test'
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { newcomerPath, type RunningApp } from '../e2e/harness/newcomerPath'
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

  test("a newcomer's first day: a patient, a finalised assessment, a PDF, and all of it after a restart", async () => {
    test.setTimeout(300_000)
    const folder = tempFolder()
    // Electron's user-data folder on Linux follows XDG_CONFIG_HOME: the clinic's data lands there.
    const env = { ...process.env, XDG_CONFIG_HOME: join(folder.dir, 'config') }
    const start = async (): Promise<RunningApp> => {
      const app: ElectronApplication = await electron.launch({
        executablePath: binary,
        args: [resolve('out/main/index.js')],
        env,
      })
      const window = await app.firstWindow()
      // The renderer is sandboxed: no Node in the page.
      expect(
        await window.evaluate(() => typeof (globalThis as { require?: unknown }).require),
      ).toBe('undefined')
      return {
        window,
        // A native dialog cannot be clicked by Playwright: main's dialog answers as the user would.
        willSaveAs: async (fileName) => {
          const path = join(folder.dir, fileName)
          await app.evaluate(({ dialog }, filePath) => {
            dialog.showSaveDialog = (async () => ({
              canceled: false,
              filePath,
            })) as unknown as typeof dialog.showSaveDialog
          }, path)
          return path
        },
        quit: () => app.close(),
      }
    }
    await newcomerPath(start)
    folder.cleanup()
  })
})
