import { test as base, expect, type Page } from '@playwright/test'
import type { Database } from 'better-sqlite3'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { createHandlers } from '../../../src/main/ipc/handlers'
import { tempDatabase, tempFolder } from '../../support/tempDatabase'
import { TestPlatform } from './testPlatform'
import { installApiBridge } from './bridge'
import { serveBuiltRenderer } from './staticServer'

interface AppFixtures {
  /** The clinic database behind the page: a real SQLite file in a temp folder. */
  db: Database
  /** The app's page, at the patient list, with window.api wired to main's handler table. */
  app: Page
  /** Dialogs and printing as main sees them: the test decides what the user picks. */
  desktop: TestPlatform
  /** Saves a full-page screenshot under test-results/screens/<name>.png. */
  saveScreen: (name: string, options?: { fullPage?: boolean }) => Promise<void>
  /** A second copy of the app over its own new, empty database (another clinic's computer). */
  secondApp: { page: Page; db: Database }
}

interface WorkerFixtures {
  rendererUrl: string
}

const SCREENS = join('test-results', 'screens')

export const test = base.extend<AppFixtures, WorkerFixtures>({
  rendererUrl: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
    async ({}, use) => {
      const server = await serveBuiltRenderer()
      await use(server.url)
      await server.close()
    },
    { scope: 'worker' },
  ],
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
  db: async ({}, use) => {
    const store = tempDatabase()
    await use(store.db)
    store.cleanup()
  },
  desktop: async ({ browser }, use) => {
    const folder = tempFolder('runners-hip-files-')
    await use(new TestPlatform(browser, folder.dir))
    folder.cleanup()
  },
  app: async ({ page, db, rendererUrl, desktop }, use) => {
    const problems: string[] = []
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
    page.on('console', (message) => {
      // A CSP violation or a React warning is a bug, even when the screen looks right.
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`)
    })
    // An internal error in main is a bug even when the screen copes with it; in tests (synthetic
    // patients only) its stack is printed to find it.
    const report = (channel: string, error: unknown) => {
      problems.push(
        `main failed in ${channel}: ${error instanceof Error ? error.stack : String(error)}`,
      )
    }
    await installApiBridge(page, createHandlers(db, { report, platform: desktop }))
    await page.goto(`${rendererUrl}/#/patients`)
    // Ready when the app has rendered (and registered its keyboard shortcuts).
    await expect(page.getByRole('heading', { name: 'Patients', level: 1 })).toBeVisible()
    await use(page)
    expect(problems, 'the page logged errors').toEqual([])
  },
  secondApp: async ({ browser, rendererUrl, desktop }, use) => {
    const store = tempDatabase()
    const page = await browser.newPage({ viewport: { width: 1366, height: 860 } })
    await installApiBridge(page, createHandlers(store.db, { platform: desktop }))
    await page.goto(`${rendererUrl}/#/patients`)
    await expect(page.getByRole('heading', { name: 'Patients', level: 1 })).toBeVisible()
    await use({ page, db: store.db })
    await page.close()
    store.cleanup()
  },
  saveScreen: async ({ page }, use) => {
    mkdirSync(SCREENS, { recursive: true })
    await use(async (name, { fullPage = true } = {}) => {
      // From the top, so sticky headers sit where a reader expects them in a full-page image;
      // a viewport-sized one shows what is on screen now, legible at a glance.
      if (fullPage) await page.evaluate(() => window.scrollTo(0, 0))
      await page.screenshot({ path: join(SCREENS, `${name}.png`), fullPage })
    })
  },
})

export { expect }
