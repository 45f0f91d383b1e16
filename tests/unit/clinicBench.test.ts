import { describe, expect, it } from 'vitest'
import { runClinicBench } from '../../bench/clinic/runClinicBench'
import { report } from '../../bench/clinic/table'

// The clinic bench (npm run bench:clinic) at a tiny size with few repetitions, so that the
// instrument cannot rot: every row the bench reports at full size is produced here too, with
// finite numbers. Only the renderer's rows may be missing, and then they must say why (no build
// in out/, or no Chromium).
const EXPECTED_ROWS = [
  'db.size',
  'search.prefix',
  'search.midWord',
  'search.accentFolded',
  'search.severalWords',
  'search.dateOfBirth',
  'search.recordNumber',
  'list.firstPage',
  'caseload.home',
  'caseload.duplicateCheck',
  'open.patient',
  'open.assessment',
  'progress.longHistory',
  'autosave.durable',
  'autosave.cpu',
  'followUp.longHistory',
  'followUp.oneVisit',
  'finalise',
  'addendum',
  'engine',
  'report.clinician',
  'report.handout',
  'report.referral',
  'renderer.initialJs',
  'renderer.firstPaint',
  'memory.rss',
  'export.json',
  'export.csv',
  'export.fhir',
  'export.peakRss',
  'export.heapRise',
  'export.longestPause',
  'memory.peakRss',
]

describe('clinic bench (smoke run)', () => {
  // About 15 s on a quiet machine; each export also starts a worker that compiles its source.
  it('measures every row at 100 patients with finite numbers', { timeout: 300_000 }, async () => {
    const results = await runClinicBench({ sizes: [100], seed: 11, quick: true, cache: false })
    const [size] = results.sizes
    const printed = report(results)
    const measuredLines = printed.split('\n').filter((l) => / \| 100 +\| /.test(l))
    expect(measuredLines).toHaveLength(EXPECTED_ROWS.length)
    for (const line of measuredLines) expect(line, 'a printed figure').not.toMatch(/NaN|Infinity/)
    expect(size!.patients).toBe(100)
    expect(size!.rows.map((r) => r.id).sort()).toEqual([...EXPECTED_ROWS].sort())
    // The JSON the CLI writes: NaN or Infinity would come out as null there.
    const written = JSON.parse(JSON.stringify(results)) as typeof results
    for (const row of written.sizes[0]!.rows) {
      if (row.notMeasured) {
        expect(row.id, `${row.id}: ${row.notMeasured}`).toMatch(/^renderer\./)
        continue
      }
      expect(Number.isFinite(row.median) && row.median > 0, `${row.id} median`).toBe(true)
      expect(printed, row.id).toContain(`| ${row.action}`)
      expect(Number.isFinite(row.p95) && row.p95 >= row.median, `${row.id} p95`).toBe(true)
      expect(row.n, `${row.id} repetitions`).toBeGreaterThan(0)
      if (row.raw) {
        expect(Number.isFinite(row.raw.median) && row.raw.median > 0, `${row.id} raw`).toBe(true)
        expect(Number.isFinite(row.ratio), `${row.id} ratio`).toBe(true)
        expect(row.raw.p95, `${row.id} raw p95`).toBeGreaterThanOrEqual(row.raw.median)
      }
      if (row.target) expect(typeof row.met, `${row.id} met`).toBe('boolean')
    }
    // Search rows carry the query plans docs/performance.md quotes.
    for (const row of size!.rows.filter((r) => /^(search|list)\./.test(r.id)))
      expect(row.plans?.app, row.id).toMatch(/SCAN|SEARCH/)
    // The raw statements that claim to answer the same question do.
    for (const id of [
      'search.prefix',
      'search.midWord',
      'search.accentFolded',
      'search.severalWords',
      'search.dateOfBirth',
      'search.recordNumber',
      'list.firstPage',
    ])
      expect(size!.rows.find((r) => r.id === id)!.raw!.sameAnswer, id).toBe(1)
  })
})
