import type { SyncBenchResults } from './cli'
import type { SyncSizeResult } from './runSyncBench'

const TARGETS = { receiveSeconds10k: 300, memoryMb: 500, editMs: 2000 }

const n = (v: number, digits = 0) =>
  Number.isFinite(v) ? v.toLocaleString('en-GB', { maximumFractionDigits: digits }) : '—'
const mark = (ok: boolean) => (ok ? 'met' : 'NOT met')

/** The rows of one size: figure, value, target. */
function rowsOf(r: SyncSizeResult): [string, string, string][] {
  const receiveTarget = Math.max(1, r.patients / 10_000) * TARGETS.receiveSeconds10k
  return [
    ['documents on the hub', n(r.documents), ''],
    [
      'A joins and sends the clinic',
      `${n(r.upload.totalSeconds, 1)} s (documents made by ${n(r.upload.joinSeconds, 1)} s${r.upload.pullBackFromSeconds === null ? '' : `, its own pulled back from ${n(r.upload.pullBackFromSeconds, 1)} s`})`,
      'none (reported)',
    ],
    [
      'B joins and receives the clinic',
      `${n(r.receive.totalSeconds, 1)} s, ${n(r.receive.docsPerSecond)} docs/s${r.receive.profiled ? ' (profiled)' : ''}`,
      r.patients >= 10_000
        ? `≤ ${receiveTarget} s: ${mark(r.receive.totalSeconds <= receiveTarget)}`
        : '',
    ],
    [
      'progress shown on B',
      r.receive.firstProgressSeconds === null
        ? 'none'
        : `from ${n(r.receive.firstProgressSeconds, 1)} s, ${r.receive.progressSamples} readings, longest wait between two ${n(r.receive.longestGapSeconds, 1)} s`,
      '',
    ],
    [
      'B rounds that failed and were retried',
      r.receive.failedRounds.length === 0
        ? 'none'
        : r.receive.failedRounds.map((f) => `${n(f.t)} s: ${f.problem}`).join('; '),
      '',
    ],
    [
      'B peak memory (RSS)',
      `${n(r.receive.peakRssMb)} MB (idle ${n(r.receive.idleRssMb)} MB)`,
      `< ${TARGETS.memoryMb} MB: ${mark(r.receive.peakRssMb < TARGETS.memoryMb)}`,
    ],
    [
      'hub peak memory (RSS)',
      `${n(r.hub.peakRssMb)} MB (idle ${n(r.hub.idleRssMb)} MB)`,
      `< ${TARGETS.memoryMb} MB: ${mark(r.hub.peakRssMb < TARGETS.memoryMb)}`,
    ],
    ['A peak memory (RSS), sending', `${n(r.upload.peakRssMb)} MB`, ''],
    [
      'disk: hub, laptop A, laptop B',
      `${n(r.hub.diskMb)} MB, ${n(r.disk.laptopAMb)} MB, ${n(r.disk.laptopBMb)} MB`,
      '',
    ],
    [
      'baseline: raw pull (no merge, no tables)',
      `${n(r.baselines.rawPull.seconds, 1)} s, ${n(r.baselines.rawPull.docsPerSecond)} docs/s, ${n(r.baselines.rawPull.megabytes)} MB; receive ÷ raw = ${n(r.baselines.receiveOverRawPull, 1)}`,
      '',
    ],
    [
      'baseline: same records by the import path',
      `${n(r.baselines.importPath.seconds, 1)} s; receive ÷ import = ${n(r.baselines.receiveOverImport, 1)}`,
      '',
    ],
    ['B holds what A holds', r.verification.summary, r.verification.allEqual ? 'yes' : 'NO'],
    [
      'one edit on A visible in B’s table',
      `median ${n(r.edits.medianMs)} ms, p95 ${n(r.edits.p95Ms)} ms, max ${n(r.edits.maxMs)} ms (n = ${r.edits.n}${r.edits.timedOut ? `, ${r.edits.timedOut} not seen` : ''})`,
      `≤ ${TARGETS.editMs} ms: ${mark(r.edits.p95Ms <= TARGETS.editMs && r.edits.timedOut === 0)}`,
    ],
  ]
}

export function syncReport(results: SyncBenchResults): string {
  const lines: string[] = []
  const m = results.machine
  lines.push(`Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, Node ${m.node}`)
  for (const r of results.sizes) {
    lines.push(
      `\n${n(r.patients)} patients, ${n(r.assessments)} assessments (${n(r.drafts)} drafts); load average before ${r.loadAverageBefore.map((l) => l.toFixed(2)).join(' ')}`,
    )
    const rows = rowsOf(r)
    const w = Math.max(...rows.map((row) => row[0].length))
    for (const [what, figure, target] of rows)
      lines.push(`  ${what.padEnd(w)}  ${figure}${target ? `  [${target}]` : ''}`)
    for (const [who, profile] of [
      ['B, receiving', r.profile],
      ['A, sending', r.uploadProfile],
    ] as const) {
      if (!profile) continue
      lines.push(`  where ${who}, spent its time (${n(profile.totalMs / 1000, 1)} s on CPU), self:`)
      for (const p of profile.self.slice(0, 12))
        lines.push(`    ${(p.share * 100).toFixed(1).padStart(5)}%  ${p.name}`)
      lines.push('  with what they call:')
      for (const p of profile.inclusive.slice(0, 15))
        lines.push(`    ${(p.share * 100).toFixed(1).padStart(5)}%  ${p.name}`)
    }
  }
  return lines.join('\n')
}
