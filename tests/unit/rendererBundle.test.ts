import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'

const root = 'out/renderer'
const html = join(root, 'index.html')

/**
 * The JavaScript the window loads before it can show the patient list: the entry script and
 * the chunks it preloads. Every other screen is split off and loaded when first opened, so this
 * stays small as the app grows (issue 11: initial JavaScript ≤ 200 KB gzip). `npm test` builds first.
 */
describe.runIf(existsSync(html))('the renderer bundle', () => {
  const page = existsSync(html) ? readFileSync(html, 'utf8') : ''
  const initial = [...page.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]!)

  it('loads at most 200 KB of JavaScript (gzip) before the first screen', () => {
    expect(initial.length).toBeGreaterThan(0)
    const gzipped = initial.reduce(
      (sum, file) => sum + gzipSync(readFileSync(join(root, file))).length,
      0,
    )
    expect(gzipped).toBeLessThanOrEqual(200 * 1024)
  })

  it('leaves the clinical engine and the charts out of the first load', () => {
    const code = initial.map((file) => readFileSync(join(root, file), 'utf8')).join('\n')
    expect(code).not.toContain('Femoral neck stress fracture')
    expect(code).not.toMatch(/recharts/i)
  })
})
