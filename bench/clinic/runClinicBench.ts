import { loadavg } from 'node:os'
import { join } from 'node:path'
import { handlersAsClinician } from '../../tests/support/clinicians'
import type { Platform } from '../../src/main/platform/platform'
import { tempFolder } from '../../tests/support/tempDatabase'
import type { BenchContext } from './benchContext'
import { cachedClinic, workingCopy } from './clinicCache'
import { measureCaseload } from './measureCaseload'
import { measureEngineAndReports } from './measureEngineAndReports'
import { measureExports } from './measureExports'
import { measureRecords } from './measureRecords'
import { measureRenderer } from './measureRenderer'
import { buildBenchIndexes, measureSearch } from './measureSearch'
import { measureWorkflow } from './measureWorkflow'
import { seededRandom } from './prng'
import { single, type BenchResults, type Row, type SizeResult } from './results'
import { applyTargets, growthOf } from './targets'
import { withPeakRss } from './timing'
import { machineInfo } from './machine'

export interface BenchOptions {
  sizes: number[]
  seed: number
  /** A smoke run: few inputs and repetitions. */
  quick: boolean
  /** Generate again even if a cached clinic exists. */
  fresh?: boolean
  /** Keep generated clinics between runs (default true). */
  cache?: boolean
  /** Measure the built renderer in Chromium (default true). */
  renderer?: boolean
  /** Export the whole clinic in each format (default true; at 100k it takes half an hour). */
  exports?: boolean
  /** Also export on main, as before the export's worker, in the same run. */
  exportsOnMain?: boolean
  /** Measure every row but the exports (default true; false: the exports only). */
  interactive?: boolean
  log?: (line: string) => void
}

const mb = (bytes: number) => bytes / 1024 / 1024

async function measureSize(size: number, options: BenchOptions): Promise<SizeResult> {
  const log = options.log ?? (() => {})
  const loadAverageBefore = loadavg()
  const scratch = tempFolder('runners-hip-bench-')
  try {
    const started = performance.now()
    const clinic = cachedClinic({
      seed: options.seed,
      size,
      scratch: scratch.dir,
      log,
      ...(options.fresh ? { fresh: true } : {}),
      ...(options.cache === false ? { cache: false } : {}),
    })
    const thisRunSeconds = (performance.now() - started) / 1000
    log(
      `${size} patients: ${clinic.fromCache ? 'cached clinic' : `generated in ${thisRunSeconds.toFixed(0)} s`} (${clinic.assessments} assessments)`,
    )
    const { db, file } = workingCopy(clinic, scratch.dir)
    const exportedFiles: string[] = []
    const platform: Platform = {
      chooseSavePath: async ({ defaultName }) => {
        const path = join(scratch.dir, defaultName)
        exportedFiles.push(path)
        return path
      },
      chooseOpenPath: () => Promise.reject(new Error('No file dialogs in the bench')),
      chooseFolder: () => Promise.reject(new Error('No file dialogs in the bench')),
      printHtmlToPdf: () => Promise.reject(new Error('No printing in the bench')),
    }
    const ctx: BenchContext = {
      db,
      file,
      // Records are signed by their clinician: the bench works as the clinic's first one.
      // Whole-clinic exports in a worker with the clinic's key, as the app runs them.
      handlers: handlersAsClinician(db, { platform, exportWorker: { key: clinic.key } }),
      ...(options.exportsOnMain ? { handlersOnMain: handlersAsClinician(db, { platform }) } : {}),
      clinic,
      random: seededRandom(options.seed).fork(`measure ${size}`),
      folder: scratch.dir,
      rounds: (full) => (options.quick ? Math.min(full, 2) : full),
      inputs: (full) => (options.quick ? Math.min(full, 4) : full),
      quick: options.quick,
      exportedFiles,
      log,
    }
    try {
      const measured = await withPeakRss(async () => {
        const rows: Row[] = [
          single(
            'db.size',
            'database file size (encrypted, as generated)',
            mb(clinic.databaseBytes),
            'MB',
          ),
        ]
        if (options.interactive !== false) {
          const indexSeconds = buildBenchIndexes(ctx)
          log(`  bench-only indexes built in ${indexSeconds.toFixed(1)} s`)
          rows.push(...(await measureSearch(ctx)))
          log('  searches measured')
          rows.push(...(await measureCaseload(ctx)))
          rows.push(...(await measureRecords(ctx)))
          rows.push(...(await measureWorkflow(ctx)))
          log('  records and writes measured')
          rows.push(...(await measureEngineAndReports(ctx)))
          if (options.renderer !== false) rows.push(...(await measureRenderer(ctx)))
          log('  engine, reports and renderer measured')
          rows.push(
            single(
              'memory.rss',
              'memory: RSS after the interactive rows',
              mb(process.memoryUsage.rss()),
              'MB',
            ),
          )
        }
        if (options.exports !== false) rows.push(...(await measureExports(ctx)))
        return rows
      })
      const rows = measured.value
      rows.push(
        single('memory.peakRss', 'memory: peak RSS during this size', measured.peakRssMb, 'MB'),
      )
      applyTargets(rows)
      return {
        size,
        patients: clinic.patients,
        assessments: clinic.assessments,
        drafts: clinic.drafts,
        generation: {
          seconds: clinic.generationSeconds,
          fromCache: clinic.fromCache,
          thisRunSeconds,
        },
        loadAverageBefore,
        rows,
      }
    } finally {
      db.close()
    }
  } finally {
    scratch.cleanup()
  }
}

/** Generates (or reuses) a clinic per size, measures every row, and returns the results. */
export async function runClinicBench(options: BenchOptions): Promise<BenchResults> {
  const sizes: SizeResult[] = []
  for (const size of options.sizes) sizes.push(await measureSize(size, options))
  return {
    date: new Date().toISOString(),
    seed: options.seed,
    quick: options.quick,
    machine: machineInfo(),
    sizes,
    growth: growthOf(sizes),
  }
}
