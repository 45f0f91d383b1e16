import type { GrowthRow, Row, SizeResult } from './results'

/*
 * The lead's targets (issue 11), as checks on the rows. They are stated for 100,000 patients
 * with encryption on; the bench checks them at every size (a miss at 1,000 is a miss at
 * 100,000 too). Times are checked on the 95th percentile; "≤ 1.5× the raw statement" on the
 * ratio of medians (app ÷ raw); growth on medians (largest size ÷ smallest).
 */

const SEARCH = [
  'search.prefix',
  'search.midWord',
  'search.accentFolded',
  'search.severalWords',
  'search.dateOfBirth',
  'search.recordNumber',
]
/** RSS rise during an export that still counts as flat memory: the bench's reading of "flat". */
export const FLAT_RSS_RISE_MB = 256

interface Target {
  text: string
  check: (row: Row, all: Row[]) => boolean
}

const p95AtMost = (ms: number): Target => ({ text: `p95 ≤ ${ms} ms`, check: (r) => r.p95 <= ms })

const targets: Record<string, Target> = {
  ...Object.fromEntries(
    SEARCH.map((id) => [
      id,
      {
        text: 'p95 ≤ 2 ms, ≤ 1.5× raw',
        check: (r: Row) => r.p95 <= 2 && (r.ratio ?? Infinity) <= 1.5,
      },
    ]),
  ),
  'list.firstPage': p95AtMost(2),
  'caseload.home': p95AtMost(5),
  'caseload.duplicateCheck': p95AtMost(2),
  'open.patient': p95AtMost(5),
  'open.assessment': p95AtMost(5),
  'progress.longHistory': p95AtMost(30),
  'autosave.cpu': p95AtMost(1),
  'autosave.durable': p95AtMost(5),
  'followUp.longHistory': {
    text: '≤ 1.5× the 1-visit follow-up',
    check: (r, all) => {
      const one = all.find((x) => x.id === 'followUp.oneVisit')
      return !!one && r.median <= 1.5 * one.median
    },
  },
  'renderer.initialJs': { text: '≤ 200 kB gzip', check: (r) => r.median <= 200 },
  'renderer.firstPaint': { text: '≤ 500 ms', check: (r) => r.median <= 500 },
  'export.json': {
    text: `≤ 2 min, RSS rise ≤ ${FLAT_RSS_RISE_MB} MB`,
    check: (r) => r.median <= 120 && Number(r.extra?.rssRiseMb) <= FLAT_RSS_RISE_MB,
  },
  'export.fhir': {
    text: `≤ 5 min, RSS rise ≤ ${FLAT_RSS_RISE_MB} MB`,
    check: (r) => r.median <= 300 && Number(r.extra?.rssRiseMb) <= FLAT_RSS_RISE_MB,
  },
}

/** The rows whose growth from the smallest to the largest size must stay ≤ 1.5×. */
const GROWTH_LIMITED = new Set([
  ...SEARCH,
  'list.firstPage',
  'open.patient',
  'open.assessment',
  'progress.longHistory',
  'autosave.cpu',
  'autosave.durable',
  'followUp.longHistory',
  'followUp.oneVisit',
])

export function applyTargets(rows: Row[]): void {
  for (const r of rows) {
    const target = targets[r.id]
    if (!target || r.notMeasured) continue
    r.target = target.text
    r.met = target.check(r, rows)
  }
}

/** Median at the largest size ÷ median at the smallest, for every row measured at both. */
export function growthOf(sizes: SizeResult[]): GrowthRow[] {
  if (sizes.length < 2) return []
  const smallest = sizes.reduce((a, b) => (a.size <= b.size ? a : b))
  const largest = sizes.reduce((a, b) => (a.size >= b.size ? a : b))
  return largest.rows.flatMap((big) => {
    const small = smallest.rows.find((r) => r.id === big.id)
    if (!small || big.notMeasured || small.notMeasured || !(small.median > 0)) return []
    const growth = big.median / small.median
    const limited = GROWTH_LIMITED.has(big.id)
    return [
      {
        id: big.id,
        action: big.action,
        from: smallest.size,
        to: largest.size,
        growth,
        ...(limited ? { target: '≤ 1.5×', met: growth <= 1.5 } : {}),
      },
    ]
  })
}
