import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    benchmark: { include: ['bench/**/*.bench.ts'] },
    environment: 'node',
    // Real SQLite files in temp folders: keep runs predictable on a 2-core machine.
    pool: 'forks',
  },
})
