import { statSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { createHandlers } from '../src/main/ipc/handlers'
import { noDesktopPlatform } from '../src/main/platform/platform'
import { writeLargeExportFile } from '../tests/support/clinicFile'
import { tempDatabase, tempFolder } from '../tests/support/tempDatabase'

/**
 * How long main keeps a call waiting while it imports a large file. Run with
 * `npx tsx bench/importResponsiveness.ts [megabytes]` (200 by default), or
 * `npx tsx bench/importResponsiveness.ts --records 100000` for that many patients without
 * assessments; docs/security.md keeps the figures.
 *
 * The file is imported through the handler table as the app does it (startImport, then getJob
 * until done). Meanwhile a trivial call (getClinicDetails) is made every 10 ms, as a renderer
 * would make its calls; each one's wait is the time from when it was due to when its answer
 * came. The longest wait is how long the app seemed frozen. Waits are reported for the reading
 * and checking of the file (until the job's progress is complete) and for the write after it.
 */
async function main(megabytes: number, records?: number) {
  const folder = tempFolder()
  const store = tempDatabase()
  try {
    const path = join(folder.dir, 'clinic.json')
    const made = writeLargeExportFile(path, megabytes * 1024 * 1024, { patients: records })
    console.log(
      `File: ${(statSync(path).size / 1024 / 1024).toFixed(0)} MB, ${made.patients} patients, ${made.assessments} assessments`,
    )
    const handlers = createHandlers(store.db, {
      platform: { ...noDesktopPlatform, chooseOpenPath: async () => path },
    })
    const started = performance.now()
    let checkedAt: number | undefined
    const waits: { at: number; wait: number }[] = []
    let running = true
    const probe = (): Promise<void> =>
      new Promise((resolve) => {
        const due = performance.now() + 10
        setTimeout(() => {
          void handlers.getClinicDetails({}).then(() => {
            waits.push({ at: due - started, wait: performance.now() - due })
            resolve(running ? probe() : undefined)
          })
        }, 10)
      })
    const probing = probe()
    const start = await handlers.startImport({})
    if (!start.ok || !start.value.started) throw new Error('the import did not start')
    for (;;) {
      const job = await handlers.getJob({ jobId: start.value.jobId })
      if (!job.ok) throw new Error(job.error.message)
      const state = job.value
      if (checkedAt === undefined && state.total > 0 && state.done === state.total)
        checkedAt = performance.now() - started
      if (state.status !== 'running') {
        running = false
        await probing
        const total = performance.now() - started
        console.log(`Import: ${state.status} in ${(total / 1000).toFixed(1)} s: ${state.message}`)
        break
      }
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    const report = (label: string, from: number, to: number) => {
      const phase = waits
        .filter((w) => w.at >= from && w.at < to)
        .map((w) => w.wait)
        .sort((a, b) => a - b)
      if (phase.length === 0) return
      const at = (q: number) => phase[Math.min(phase.length - 1, Math.floor(q * phase.length))]!
      console.log(
        `${label} (${((to - from) / 1000).toFixed(1)} s): a trivial call waited at most ${at(1).toFixed(0)} ms, 99th percentile ${at(0.99).toFixed(0)} ms, median ${at(0.5).toFixed(1)} ms (${phase.length} calls, ${phase.filter((w) => w > 100).length} over 100 ms)`,
      )
    }
    const end = Math.max(...waits.map((w) => w.at)) + 1
    report('Reading and checking', 0, checkedAt ?? end)
    if (checkedAt !== undefined) report('Writing', checkedAt, end)
  } finally {
    store.cleanup()
    folder.cleanup()
  }
}

const [first, second] = process.argv.slice(2)
void (first === '--records' ? main(0, Number(second)) : main(Number(first ?? 200)))
