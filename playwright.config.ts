import { defineConfig } from '@playwright/test'
import { resolve } from 'node:path'
import { chromiumExecutable } from './tests/e2e/harness/chromium'

// End-to-end tests start the built app: out/main/index.js in Node with the Electron stand-in as
// `electron` (tests/support/electron-standin), its windows shown in Chromium. The Electron
// smoke test launches the real app where the Electron binary exists and is skipped elsewhere.

// Raw V8 coverage of main and the preload as the built app runs them, for
// scripts/coverage-report.mjs (set here so that every worker sees it).
process.env.RUNNERS_HIP_COVERAGE_DIR ??= resolve('coverage/e2e')

export default defineConfig({
  globalSetup: './tests/e2e/harness/globalSetup.ts',
  outputDir: 'test-results/playwright',
  // Upper bounds, never waits: every test waits for the app's own state (a heading, the save
  // indicator, "Saved …pdf"). They are sized for the slowest legitimate step on a 2-core machine
  // whose cores another process keeps busy (a PDF printed by Chromium took 3–6 s there), so a
  // busy CI machine slows the suite down without failing it.
  timeout: 90_000,
  expect: { timeout: 20_000 },
  fullyParallel: true,
  workers: 2,
  reporter: [['list'], ['./tests/support/skipReasonReporter.ts']],
  use: {
    viewport: { width: 1366, height: 860 },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    // A trace's DOM snapshots cost tens of milliseconds per action on the big assessment forms
    // (the keyboard-entry tests make thousands); the action log alone is kept for failures.
    trace: { mode: 'retain-on-failure', snapshots: false, screenshots: false, sources: true },
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'e2e',
      testDir: 'tests/e2e',
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: chromiumExecutable(),
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
    { name: 'electron', testDir: 'tests/electron' },
  ],
})
