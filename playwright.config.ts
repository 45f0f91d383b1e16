import { defineConfig } from '@playwright/test'
import { chromiumExecutable } from './tests/e2e/harness/chromium'

// End-to-end tests drive the built renderer (out/renderer) in Chromium, with window.api served
// by main's own handler table over a real SQLite file (see tests/e2e/harness). The Electron
// smoke test launches the real app where the Electron binary exists and is skipped elsewhere.
export default defineConfig({
  outputDir: 'test-results/playwright',
  timeout: 30_000,
  expect: { timeout: 5_000 },
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
