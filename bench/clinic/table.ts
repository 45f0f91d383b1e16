import type { BenchResults, GrowthRow, Row, SizeResult } from './results'

/** The printed tables: one per size, then growth. Plain text, Markdown-compatible. */

export function formatNumber(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return '—'
  const abs = Math.abs(value)
  if (abs >= 100) return value.toFixed(0)
  if (abs >= 10) return value.toFixed(1)
  if (abs >= 1) return value.toFixed(2)
  return value.toFixed(3)
}

const withUnit = (value: number, unit: Row['unit']) =>
  unit === 'ms' ? formatNumber(value) : `${formatNumber(value)} ${unit}`

function markdownTable(header: string[], lines: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)))
  const format = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`
  return [
    format(header),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...lines.map(format),
  ].join('\n')
}

const met = (m: boolean | undefined) => (m === undefined ? '' : m ? 'yes' : 'NO')

export function sizeTable(result: SizeResult): string {
  const header = [
    'action',
    'size',
    'median ms',
    'p95 ms',
    'raw median ms',
    'app ÷ raw',
    'target',
    'met?',
  ]
  const lines = result.rows.map((r) =>
    r.notMeasured
      ? [r.action, String(result.size), 'not measured', '', '', '', '', r.notMeasured]
      : [
          r.action,
          String(result.size),
          withUnit(r.median, r.unit),
          r.n > 1 ? withUnit(r.p95, r.unit) : '',
          r.raw ? withUnit(r.raw.median, r.unit) : '—',
          r.ratio !== undefined ? `${formatNumber(r.ratio)}×` : '—',
          r.target ?? '',
          met(r.met),
        ],
  )
  return markdownTable(header, lines)
}

/**
 * Every size side by side: median / p95 per size, then the largest size's raw median, ratio and
 * target (the lead's targets are stated for the largest clinic).
 */
export function sideBySide(sizes: SizeResult[]): string {
  const largest = sizes.at(-1)
  if (!largest) return ''
  const cell = (r: Row | undefined) =>
    !r || r.notMeasured
      ? 'not measured'
      : r.n > 1
        ? `${formatNumber(r.median)} / ${formatNumber(r.p95)}${r.unit === 'ms' ? '' : ` ${r.unit}`}`
        : withUnit(r.median, r.unit)
  const lines = largest.rows.map((big) => [
    big.action,
    ...sizes.map((s) => cell(s.rows.find((r) => r.id === big.id))),
    big.raw ? withUnit(big.raw.median, big.unit) : '—',
    big.ratio !== undefined ? `${formatNumber(big.ratio)}×` : '—',
    big.target ?? '',
    met(big.met),
  ])
  const at = largest.size.toLocaleString('en-GB')
  return markdownTable(
    [
      'action',
      ...sizes.map((s) => `${s.size.toLocaleString('en-GB')} median / p95`),
      `raw median at ${at}`,
      `app ÷ raw at ${at}`,
      'target',
      `met at ${at}?`,
    ],
    lines,
  )
}

/** What each row's raw statement is, and whether it returned the app's answer. */
export function rawLegend(result: SizeResult): string {
  return result.rows
    .filter((r) => r.raw)
    .map((r) => {
      const same =
        r.raw!.sameAnswer === undefined
          ? ''
          : `; same first page and total as the app for ${Math.round(100 * r.raw!.sameAnswer)}% of ${r.extra?.inputs ?? '?'} inputs`
      return `- ${r.action}: ${r.raw!.what}${same}`
    })
    .join('\n')
}

export function growthTable(rows: GrowthRow[]): string {
  if (rows.length === 0) return ''
  const { from, to } = rows[0]!
  return markdownTable(
    ['action', `median ${to} ÷ ${from}`, 'target', 'met?'],
    rows.map((g) => [g.action, `${formatNumber(g.growth)}×`, g.target ?? '', met(g.met)]),
  )
}

/** EXPLAIN QUERY PLAN of the app's statement and the raw one, row by row. */
export function planList(result: SizeResult): string {
  const indent = (plan: string) => plan.replace(/^/gm, '    ')
  return result.rows
    .filter((r) => r.plans)
    .map(
      (r) =>
        `- ${r.action}, typed "${r.plans!.input}"\n  app:\n${indent(r.plans!.app)}\n  raw:\n${indent(r.plans!.raw)}`,
    )
    .join('\n')
}

export function report(results: BenchResults): string {
  const parts: string[] = []
  for (const size of results.sizes) {
    const gen = size.generation
    parts.push(
      `### ${size.size.toLocaleString('en-GB')} patients (${size.assessments.toLocaleString('en-GB')} assessments, ${size.drafts.toLocaleString('en-GB')} drafts); ` +
        `generated in ${formatNumber(gen.seconds)} s${gen.fromCache ? ' (cached from an earlier run)' : ''}; ` +
        `load average before: ${size.loadAverageBefore.map((l) => l.toFixed(2)).join(', ')}`,
      '',
      sizeTable(size),
      '',
      'Raw statements:',
      rawLegend(size),
      '',
    )
  }
  if (results.sizes.length > 1)
    parts.push('### All sizes (ms unless marked)', '', sideBySide(results.sizes), '')
  const largest = results.sizes.at(-1)
  if (largest) parts.push(`### Query plans at ${largest.size} patients`, '', planList(largest), '')
  const growth = growthTable(results.growth)
  if (growth) parts.push('### Growth', '', growth, '')
  return parts.join('\n')
}
