import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { channelNames } from '../../src/shared/api/channels'

const built = 'out/preload/index.js'

// A sandboxed preload can require only `electron`; anything else fails at window start-up,
// which no test without the Electron binary would otherwise notice. `npm test` builds first.
describe.runIf(existsSync(built))('built preload', () => {
  const source = existsSync(built) ? readFileSync(built, 'utf8') : ''

  it('requires nothing but electron', () => {
    const required = [...source.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1])
    expect(required).toEqual(['electron'])
    expect(source).not.toMatch(/\bimport\s*\(/)
  })

  it('exposes every channel and no generic invoke', () => {
    for (const name of channelNames) expect(source).toContain(`"${name}"`)
    expect(source).toContain('exposeInMainWorld("api"')
  })
})
