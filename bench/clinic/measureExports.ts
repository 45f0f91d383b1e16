import { closeSync, existsSync, openSync, readdirSync, rmSync, statSync, writeSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import type { ExportFormat } from '../../src/shared/model/exportFile'
import { valueOf, type BenchContext } from './benchContext'
import { single, type Row } from './results'

/*
 * Export of the whole clinic in each format, as the Data screen starts it: startExport through
 * the handler table (the job runs in a worker thread on its own read-only connection; with
 * --exports-on-main also on main as before, in slices of about 12 ms), polled with getJob until
 * done, as the renderer polls. FHIR is the whole clinic's FHIR
 * Bulk Data (a manifest and one NDJSON file per resource type). Time, the files' size, the
 * process's resident memory (the worker's included) and main's JS heap (before, and the peak sampled every 25 ms) and the
 * longest pause of the event loop (what every other call would wait behind) are recorded; the
 * files are deleted at once.
 *
 * Raw: every patient's and assessment's stored document read in one scan of each table and
 * written to a file, in the same run: the floor any export of this data has to stand on.
 */

const POLL_MS = 20
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function rawScan(ctx: BenchContext): { seconds: number; bytes: number } {
  const path = join(ctx.folder, 'raw-scan.txt')
  const fd = openSync(path, 'w', 0o600)
  const start = performance.now()
  let bytes = 0
  try {
    let buffer: string[] = []
    let pending = 0
    const flush = () => {
      bytes += writeSync(fd, buffer.join('\n'))
      buffer = []
      pending = 0
    }
    for (const table of ['patients', 'assessments']) {
      for (const document of ctx.db.prepare(`SELECT document FROM ${table}`).pluck().iterate()) {
        buffer.push(document as string)
        pending += (document as string).length
        if (pending > 4 << 20) flush()
      }
    }
    flush()
  } finally {
    closeSync(fd)
    rmSync(path, { force: true })
  }
  return { seconds: (performance.now() - start) / 1000, bytes }
}

/** Peak RSS and heap, sampled every 25 ms, and the event loop's longest pause, during `work`. */
async function watched<T>(work: () => Promise<T>) {
  const mb = (bytes: number) => bytes / 1024 / 1024
  const before = process.memoryUsage()
  let peakRss = before.rss
  let peakHeap = before.heapUsed
  const sample = () => {
    const now = process.memoryUsage()
    peakRss = Math.max(peakRss, now.rss)
    peakHeap = Math.max(peakHeap, now.heapUsed)
  }
  const timer = setInterval(sample, 25)
  const loop = monitorEventLoopDelay({ resolution: 5 })
  loop.enable()
  try {
    const value = await work()
    sample()
    return {
      value,
      rssBeforeMb: mb(before.rss),
      peakRssMb: mb(peakRss),
      heapBeforeMb: mb(before.heapUsed),
      peakHeapMb: mb(peakHeap),
      longestPauseMs: loop.max / 1e6,
    }
  } finally {
    loop.disable()
    clearInterval(timer)
  }
}

/** The file written, and for FHIR Bulk Data the NDJSON files named after its manifest. */
function writtenFiles(path: string): string[] {
  const stem = basename(path).replace(/\.json$/, '')
  const beside = readdirSync(dirname(path)).filter(
    (f) => f.startsWith(`${stem}.`) && f.endsWith('.ndjson'),
  )
  return [path, ...beside.map((f) => join(dirname(path), f))].filter((f) => existsSync(f))
}

export async function measureExports(ctx: BenchContext): Promise<Row[]> {
  const raw = await watched(async () => rawScan(ctx))
  const rows: Row[] = []
  const labels: Record<ExportFormat, string> = {
    json: 'JSON',
    csv: 'CSV of measures',
    fhir: 'FHIR Bulk Data (NDJSON per resource type)',
  }
  let peakRssMb = 0
  let heapRiseMb = 0
  let longestPauseMs = 0
  // The app's way (a worker thread), and with --exports-on-main also main's slices as before,
  // in the same run: `export.<format>.main`.
  const ways = [
    { suffix: '', handlers: ctx.handlers, how: '' },
    ...(ctx.handlersOnMain
      ? [{ suffix: '.main', handlers: ctx.handlersOnMain, how: ', on main' }]
      : []),
  ]
  for (const format of ['json', 'csv', 'fhir'] as const) {
    for (const way of ways) {
      const run = await watched(async () => {
        const start = performance.now()
        const started = valueOf(await way.handlers.startExport({ format }), 'startExport')
        if (!started.started) throw new Error('the export did not start')
        for (;;) {
          const job = valueOf(await way.handlers.getJob({ jobId: started.jobId }), 'getJob')
          if (job.status === 'done') break
          if (job.status !== 'running') throw new Error(`the ${format} export ${job.status}`)
          await sleep(POLL_MS)
        }
        return (performance.now() - start) / 1000
      })
      const path = ctx.exportedFiles.shift()
      const files = path ? writtenFiles(path) : []
      const bytes = path ? files.reduce((sum, f) => sum + statSync(f).size, 0) : Number.NaN
      for (const f of files) rmSync(f, { force: true })
      if (way.suffix === '') {
        peakRssMb = Math.max(peakRssMb, run.peakRssMb)
        heapRiseMb = Math.max(heapRiseMb, run.peakHeapMb - run.heapBeforeMb)
        longestPauseMs = Math.max(longestPauseMs, run.longestPauseMs)
      }
      rows.push(
        single(
          `export.${format}${way.suffix}`,
          `export of the whole clinic: ${labels[format]}${way.how}`,
          run.value,
          's',
          {
            raw: {
              median: raw.value.seconds,
              p95: raw.value.seconds,
              what: "one scan of both tables' documents, written to a file",
            },
            extra: {
              fileMb: bytes / 1024 / 1024,
              files: files.length,
              kbPerAssessment: bytes / 1024 / ctx.clinic.assessments,
              rssBeforeMb: run.rssBeforeMb,
              peakRssMb: run.peakRssMb,
              rssRiseMb: run.peakRssMb - run.rssBeforeMb,
              heapBeforeMb: run.heapBeforeMb,
              peakHeapMb: run.peakHeapMb,
              heapRiseMb: run.peakHeapMb - run.heapBeforeMb,
              longestPauseMs: run.longestPauseMs,
            },
          },
        ),
      )
      ctx.log(
        `  export ${format}${way.how}: ${run.value.toFixed(1)} s, ${(bytes / 1024 / 1024).toFixed(0)} MB, RSS +${(run.peakRssMb - run.rssBeforeMb).toFixed(0)} MB, heap +${(run.peakHeapMb - run.heapBeforeMb).toFixed(0)} MB, longest pause ${run.longestPauseMs.toFixed(0)} ms`,
      )
    }
  }
  rows.push(
    single('export.peakRss', 'memory: peak RSS during the exports', peakRssMb, 'MB'),
    single('export.heapRise', 'memory: largest JS heap rise during an export', heapRiseMb, 'MB'),
    single('export.longestPause', "main's longest pause during the exports", longestPauseMs, 'ms'),
  )
  return rows
}
