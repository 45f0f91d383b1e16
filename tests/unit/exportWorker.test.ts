import { randomUUID } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { newRawKey } from '../../src/main/db/databaseKey'
import { runExport, type ExportRequest } from '../../src/main/transfer/exportJob'
import { exportInWorker } from '../../src/main/transfer/exportWorkerThread'
import { JobCancelled, JobFailure, type JobControl } from '../../src/main/transfer/jobs'
import type { ExportFormat } from '../../src/shared/model/exportFile'
import { seedExportClinic } from '../support/exportClinic'
import { tempDatabase, tempFolder } from '../support/tempDatabase'
import { loadVignette, vignetteIds } from '../support/vignettes'

/*
 * The whole-clinic export in a worker thread (transfer/exportWorker.ts, exportWorkerThread.ts):
 * its own read-only connection to the encrypted file writes what main would, progress reaches
 * main, a cancel or a damaged record leaves no file, and main writes freely meanwhile while the
 * export keeps the snapshot it started on.
 */

let clinic: ReturnType<typeof tempDatabase>
let folder: ReturnType<typeof tempFolder>
beforeEach(() => {
  clinic = tempDatabase()
  folder = tempFolder()
})
afterEach(() => {
  clinic.cleanup()
  folder.cleanup()
})

type Progress = { done: number; total: number }

/** A job's control as the registry gives it: progress recorded, cancel through `cancel`. */
function control(onProgress: (p: Progress) => void = () => {}) {
  const abort = new AbortController()
  const progress: Progress[] = []
  const job: JobControl = {
    progress: (done, total) => {
      progress.push({ done, total })
      onProgress({ done, total })
    },
    checkpoint: async () => {
      if (abort.signal.aborted) throw new JobCancelled()
    },
    signal: abort.signal,
  }
  return { job, progress, cancel: () => abort.abort() }
}

const request = (format: ExportFormat, name: string, pageSize?: number): ExportRequest => ({
  format,
  path: join(folder.dir, name),
  exportedAt: '2026-12-08T10:00:00.000Z',
  ...(pageSize ? { pageSize } : {}),
})

const connection = () => ({ file: clinic.file, key: clinic.key })

/** Every file in the folder with its content, by name. */
const written = () =>
  Object.fromEntries(
    readdirSync(folder.dir)
      .sort()
      .map((name) => [name, readFileSync(join(folder.dir, name), 'utf8')]),
  )

describe('the export in a worker thread', () => {
  it.each(['json', 'csv', 'fhir'] as const)(
    'writes %s exactly as main does, with progress up to the total',
    async (format) => {
      seedExportClinic(clinic.db, 12)
      const onMain = control()
      await runExport(clinic.db, request(format, `main.${format}`, 5), onMain.job)
      const expected = written()
      const inWorker = control()
      const done = await exportInWorker(
        connection(),
        request(format, `worker.${format}`, 5),
        inWorker.job,
      )
      expect(done.patients).toBe(12)
      const all = written()
      for (const [name, text] of Object.entries(expected)) {
        const twin = name.replace(/^main\./, 'worker.')
        // The FHIR manifest names its own files: the same but for that name.
        expect(all[twin]).toBe(format === 'fhir' ? text.replaceAll('main.', 'worker.') : text)
      }
      const totals = new Set(inWorker.progress.map((p) => p.total))
      expect(totals).toEqual(new Set([12]))
      expect(inWorker.progress.at(-1)).toEqual({ done: 12, total: 12 })
      const dones = inWorker.progress.map((p) => p.done)
      expect(dones).toEqual([...dones].sort((a, b) => a - b))
    },
    60_000,
  )

  it.each(['json', 'fhir'] as const)(
    'cancelled half-way (%s), stops and leaves no file and no part file',
    async (format) => {
      seedExportClinic(clinic.db, 80)
      let cancel = () => {}
      const run = control((p) => {
        if (p.done > 0) cancel()
      })
      cancel = run.cancel
      await expect(
        exportInWorker(connection(), request(format, `clinic.${format}`, 2), run.job),
      ).rejects.toBeInstanceOf(JobCancelled)
      expect(run.progress.at(-1)!.done).toBeLessThan(80)
      expect(readdirSync(folder.dir)).toEqual([])
    },
    60_000,
  )

  it('reports a damaged stored record by its record, writes nothing, shows no name', async () => {
    seedExportClinic(clinic.db, 8)
    clinic.db.exec('DROP TRIGGER IF EXISTS assessments_signed_content_is_fixed')
    clinic.db
      .prepare(
        "UPDATE assessments SET document = substr(document, 1, 300) WHERE id = (SELECT a.id FROM assessments a JOIN patients p ON p.id = a.patient_id WHERE p.record_number = 'RH-5' ORDER BY a.date LIMIT 1)",
      )
      .run()
    const failure = exportInWorker(connection(), request('fhir', 'clinic.json'), control().job)
    await expect(failure).rejects.toBeInstanceOf(JobFailure)
    await expect(failure).rejects.toThrow(
      /^The assessment of record RH-5 on 2026-09-01 could not be read: its stored copy is damaged\. Nothing was exported\./,
    )
    await expect(failure).rejects.not.toThrow(/Runner5/)
    expect(readdirSync(folder.dir)).toEqual([])
  }, 60_000)

  it('refuses a key that does not open the file, naming no record', async () => {
    seedExportClinic(clinic.db, 2)
    const failure = exportInWorker(
      { file: clinic.file, key: newRawKey() },
      request('json', 'clinic.json'),
      control().job,
    )
    await expect(failure).rejects.toThrow(
      /^The export stopped \(WrongKeyError\) and nothing was written\./,
    )
    expect(readdirSync(folder.dir)).toEqual([])
  }, 60_000)

  it('lets main write while it runs, and exports the clinic as it was when it started', async () => {
    const repos = seedExportClinic(clinic.db, 40)
    const template = loadVignette(vignetteIds()[0]!)
    let added = 0
    const run = control(() => {
      // Each progress message, main saves a new patient: never refused (busy) by the export.
      repos.patients.importRecord({
        ...template.patient,
        id: randomUUID(),
        givenName: `Later${added}`,
        recordNumber: `LATE-${added++}`,
      })
    })
    const done = await exportInWorker(connection(), request('json', 'clinic.json', 2), run.job)
    expect(added).toBeGreaterThan(1)
    expect(done.patients).toBe(40)
    const file = JSON.parse(readFileSync(join(folder.dir, 'clinic.json'), 'utf8')) as {
      patients: { patient: { recordNumber: string } }[]
    }
    expect(file.patients).toHaveLength(40)
    expect(file.patients.some((p) => p.patient.recordNumber.startsWith('LATE-'))).toBe(false)
  }, 60_000)
})
