/** One line of the bench's table, as printed and as written to the JSON results. */
export interface Row {
  /** Stable key, e.g. "search.prefix", used to compare sizes and runs. */
  id: string
  action: string
  unit: 'ms' | 's' | 'MB' | 'kB'
  /** Median and 95th percentile of the repetitions (equal for a single measurement). */
  median: number
  p95: number
  /** Number of timed repetitions. */
  n: number
  /** The raw statement: the best indexed SQL (or floor) for the same answer, timed in the same run. */
  raw?: {
    median: number
    p95: number
    what: string
    /** Share of inputs for which the raw statement returned the app's first page and total. */
    sameAnswer?: number
    /** For searches: the page query alone, without the count of all matches. */
    pageOnlyMedian?: number
  }
  /** median ÷ raw median. */
  ratio?: number
  target?: string
  met?: boolean
  /** What was measured, when the action alone does not say it. */
  note?: string
  /** Set instead of numbers when the row could not be measured here, with the reason. */
  notMeasured?: string
  extra?: Record<string, number | string>
  /** EXPLAIN QUERY PLAN of the app's statement and of the raw one, for one of the inputs. */
  plans?: { input: string; app: string; raw: string }
}

export interface SizeResult {
  size: number
  patients: number
  assessments: number
  drafts: number
  generation: { seconds: number; fromCache: boolean; thisRunSeconds: number }
  loadAverageBefore: number[]
  rows: Row[]
}

export interface GrowthRow {
  id: string
  action: string
  from: number
  to: number
  /** Median at the largest size ÷ median at the smallest. */
  growth: number
  target?: string
  met?: boolean
}

export interface BenchResults {
  date: string
  seed: number
  quick: boolean
  machine: Record<string, string | number>
  sizes: SizeResult[]
  growth: GrowthRow[]
}

export function row(
  id: string,
  action: string,
  samples: { median: number; p95: number; n: number },
  more: Partial<Row> = {},
): Row {
  const r: Row = { id, action, unit: 'ms', ...samples, ...more }
  if (r.raw && r.raw.median > 0) r.ratio = r.median / r.raw.median
  return r
}

export const single = (
  id: string,
  action: string,
  value: number,
  unit: Row['unit'],
  more: Partial<Row> = {},
): Row => row(id, action, { median: value, p95: value, n: 1 }, { unit, ...more })

export const notMeasured = (id: string, action: string, reason: string): Row => ({
  id,
  action,
  unit: 'ms',
  median: Number.NaN,
  p95: Number.NaN,
  n: 0,
  notMeasured: reason,
})
