import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    // Main's modules import `electron`; in Node they get the stand-in written from Electron's
    // documentation (tests/support/electron-standin), as the end-to-end tests' main does.
    alias: {
      electron: resolve(import.meta.dirname, 'tests/support/electron-standin/main/index.ts'),
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    benchmark: { include: ['bench/**/*.bench.ts'] },
    environment: 'node',
    // Real SQLite files in temp folders: keep runs predictable on a 2-core machine.
    pool: 'forks',
    // `vitest run --coverage` (npm test): main and preload as the unit tests run them; the
    // end-to-end run adds main as the built app runs it (scripts/coverage-report.mjs merges them).
    coverage: {
      provider: 'v8',
      include: ['src/main/**/*.ts', 'src/preload/**/*.ts'],
      exclude: ['**/*.d.ts'],
      reporter: ['json'],
      reportsDirectory: 'coverage/unit',
    },
  },
})
