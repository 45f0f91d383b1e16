import { test as base, expect, type Page } from '@playwright/test'
import type { Database } from 'better-sqlite3'
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { openDatabase } from '../../../src/main/db/connection'
import { KEY_FILE, type DatabaseKey } from '../../../src/main/db/databaseKey'
import { decryptWithKeychain } from '../../support/electron-standin/main/safeStorage'
import type { Desktop } from '../../support/electron-standin/host/desktop'
import {
  launchApp,
  type LaunchedApp,
  type LaunchOptions,
} from '../../support/electron-standin/host/launchApp'
import { tempFolder } from '../../support/tempDatabase'
import { signInAsClinician } from './signIn'

/** How a test starts another copy of the app (its own data unless it says otherwise). */
export type Launch = (
  options?: Partial<Omit<LaunchOptions, 'browser' | 'contextOptions'>>,
) => Promise<LaunchedApp>

interface AppFixtures {
  /** Starts the built app (main's real start-up under the Electron stand-in); ends it after. */
  launch: Launch
  /** The app as a clinician starts it: a new clinic's data in a temp user folder. */
  electronApp: LaunchedApp
  /** The app's window, at the patient list. */
  app: Page
  /** The clinic database the app opened, for the test's own checks and seeding. */
  db: Database
  /** Dialogs as main shows them: the test decides what the user picks. */
  desktop: Desktop
  /** Saves a full-page screenshot under test-results/screens/<name>.png. */
  saveScreen: (name: string, options?: { fullPage?: boolean }) => Promise<void>
  /** A second copy of the app on its own new, empty database (another clinic's computer). */
  secondApp: { page: Page; db: Database }
}

const SCREENS = join('test-results', 'screens')

/** The window's page once the patient list has rendered (and registered its shortcuts). */
export async function patientListOf(launched: LaunchedApp): Promise<Page> {
  const page = await launched.firstWindow()
  await signInAsClinician(page)
  return page
}

/** The key the app keeps for its database, read with the stand-in's OS key store. */
export async function databaseKeyOf(launched: LaunchedApp): Promise<DatabaseKey> {
  const { userData } = await launched.inspect()
  const hex = decryptWithKeychain(
    launched.keychain,
    "Runner's Hip",
    readFileSync(join(userData, KEY_FILE)),
  )
  return { kind: 'raw', hex }
}

/** The database file main opened, opened again by the test (both may write: SQLite's WAL). */
export async function databaseOf(launched: LaunchedApp): Promise<Database> {
  const { userData } = await launched.inspect()
  return openDatabase(join(userData, 'runners-hip.sqlite'), await databaseKeyOf(launched))
}

export const test = base.extend<AppFixtures>({
  launch: async ({ browser, locale, timezoneId }, use) => {
    const launched: { app: LaunchedApp; cleanup: () => void }[] = []
    await use(async (options = {}) => {
      const folder = tempFolder('runners-hip-app-')
      const filesFolder = join(folder.dir, 'files')
      mkdirSync(filesFolder)
      const app = await launchApp({
        browser,
        appData: join(folder.dir, 'config'),
        filesFolder,
        contextOptions: { locale, timezoneId },
        ...options,
      })
      launched.push({ app, cleanup: folder.cleanup })
      return app
    })
    for (const { app, cleanup } of launched) {
      // The user closes the window: a running main must quit cleanly (will-quit closes the
      // database). An app that has already ended was the test's to check.
      const wasRunning = app.running
      const code = await app.close()
      expect(app.problems, 'the app reported errors').toEqual([])
      if (wasRunning) expect(code, `main's exit code\n${app.stderr.join('\n')}`).toBe(0)
      cleanup()
    }
  },
  electronApp: async ({ launch }, use) => {
    await use(await launch())
  },
  app: async ({ electronApp }, use) => {
    await use(await patientListOf(electronApp))
  },
  db: async ({ app: _app, electronApp }, use) => {
    const db = await databaseOf(electronApp)
    await use(db)
    db.close()
  },
  desktop: async ({ electronApp }, use) => {
    await use(electronApp.desktop)
  },
  secondApp: async ({ launch, electronApp }, use) => {
    // The same user answers both apps' dialogs, in one folder, as on a shared drive.
    const other = await launch({ desktop: electronApp.desktop })
    const page = await patientListOf(other)
    const db = await databaseOf(other)
    await use({ page, db })
    db.close()
  },
  saveScreen: async ({ app }, use) => {
    mkdirSync(SCREENS, { recursive: true })
    await use(async (name, { fullPage = true } = {}) => {
      // From the top, so sticky headers sit where a reader expects them in a full-page image;
      // a viewport-sized one shows what is on screen now, legible at a glance.
      if (fullPage) await app.evaluate(() => window.scrollTo(0, 0))
      await app.screenshot({ path: join(SCREENS, `${name}.png`), fullPage })
    })
  },
})

export { expect }
