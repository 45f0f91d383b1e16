import { closeSync, openSync, rmSync, statSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import type { ExportFormat } from '../../src/shared/model/exportFile'
import { valueOf, type BenchContext } from './benchContext'
import { single, type Row } from './results'
import { withPeakRss } from './timing'

/*
 * Export of the whole clinic in each format, as the Data screen starts it: startExport through
 * the handler table (the job runs runExport in chunks, yielding between them), polled with getJob
 * until done, as the renderer polls. Time, file size and the process's resident memory (before,
 * and the peak sampled every 25 ms) are recorded; the file is deleted at once.
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

export async function measureExports(ctx: BenchContext): Promise<Row[]> {
  const raw = await withPeakRss(async () => rawScan(ctx))
  const rows: Row[] = []
  const labels: Record<ExportFormat, string> = {
    json: 'JSON',
    csv: 'CSV of measures',
    fhir: 'FHIR R4 bundle',
  }
  for (const format of ['json', 'csv', 'fhir'] as const) {
    const run = await withPeakRss(async () => {
      const start = performance.now()
      const started = valueOf(await ctx.handlers.startExport({ format }), 'startExport')
      if (!started.started) throw new Error('the export did not start')
      for (;;) {
        const job = valueOf(await ctx.handlers.getJob({ jobId: started.jobId }), 'getJob')
        if (job.status === 'done') break
        if (job.status !== 'running') throw new Error(`the ${format} export ${job.status}`)
        await sleep(POLL_MS)
      }
      return (performance.now() - start) / 1000
    })
    const file = ctx.exportedFiles.shift()
    const bytes = file ? statSync(file).size : Number.NaN
    if (file) rmSync(file, { force: true })
    rows.push(
      single(`export.${format}`, `export of the whole clinic: ${labels[format]}`, run.value, 's', {
        raw: {
          median: raw.value.seconds,
          p95: raw.value.seconds,
          what: "one scan of both tables' documents, written to a file",
        },
        extra: {
          fileMb: bytes / 1024 / 1024,
          rssBeforeMb: run.rssBeforeMb,
          peakRssMb: run.peakRssMb,
          rssRiseMb: run.peakRssMb - run.rssBeforeMb,
        },
      }),
    )
    ctx.log(`  export ${format}: ${run.value.toFixed(1)} s`)
  }
  return rows
}
