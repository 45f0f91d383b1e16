import { describe, expect, it } from 'vitest'
import { fuzzChannel, fuzzedChannels } from '../support/fuzz/handlerFuzz'

/**
 * Every IPC handler, the start-up screens' included, under 100 arbitrary and 100 near-valid
 * inputs (tests/support/fuzz/handlerFuzz.ts says what must hold); `npm run fuzz` runs 1,000 of
 * each per handler.
 */
describe('every IPC handler, fuzzed', () => {
  it.each(fuzzedChannels)(
    '%s answers every input with a Result, refuses what its schema refuses and writes nothing for it, and quotes no patient data',
    async (channel) => {
      const report = await fuzzChannel(channel, { runs: 100 })
      expect(report.arbitrary).toBe(100)
      expect(report.nearValid).toBe(100)
      expect(report.refusedBySchema).toBeGreaterThan(0)
    },
    60_000,
  )
})
