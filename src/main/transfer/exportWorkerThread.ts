import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import type { DatabaseKey } from '../db/databaseKey'
import type { ExportRequest } from './exportJob'
import type { ExportWorkerData, ExportWorkerMessage } from './exportWorker'
import { BULK_TYPES } from './fhirBulk'
import { JobCancelled, JobFailure, type JobControl } from './jobs'

/** What the export's worker needs to open its own connection to the clinic's database. */
export interface ExportConnection {
  file: string
  key: DatabaseKey
  nativeBinding?: string
  /** The built worker (out/main/chunks/exportWorker-….js); without it, run from source. */
  script?: string
}

/**
 * Runs an export in a worker thread (exportWorker.ts) and relays its progress: main only copies
 * a progress message now and then, so it never pauses for the export. A cancel asks the worker
 * to stop at its next slice; it removes what it wrote (files.ts's part files) and says so.
 * Should the worker die instead (out of memory), main removes the part files it would have left.
 *
 * Without `script` — the unit tests, the benchmarks, which run main's TypeScript directly — the
 * worker runs exportWorker.ts from source through tsx's loader, named in a string the worker
 * evaluates so that the app's bundle never includes it (as importWorkerThread.ts does).
 */
export function exportInWorker(
  connection: ExportConnection,
  request: ExportRequest,
  control: JobControl,
): Promise<{ message: string; patients: number }> {
  return new Promise((resolve, reject) => {
    if (control.signal.aborted) {
      reject(new JobCancelled())
      return
    }
    const data: ExportWorkerData = {
      file: connection.file,
      key: connection.key,
      ...(connection.nativeBinding ? { nativeBinding: connection.nativeBinding } : {}),
      request,
    }
    // No flags of main's own (a test's --require hook, an inspector) are passed on.
    const options = { workerData: data, execArgv: [] }
    const worker = connection.script
      ? new Worker(connection.script, options)
      : new Worker(
          `require('tsx/cjs'); require(${JSON.stringify(join(__dirname, 'exportWorker.ts'))})`,
          { ...options, eval: true },
        )
    let settled = false
    const settle = (finish: () => void) => {
      if (settled) return
      settled = true
      control.signal.removeEventListener('abort', onCancel)
      finish()
    }
    const onCancel = () => worker.postMessage({ kind: 'cancel' })
    control.signal.addEventListener('abort', onCancel, { once: true })
    worker.on('message', (message: ExportWorkerMessage) => {
      switch (message.kind) {
        case 'progress':
          control.progress(message.done, message.total)
          break
        case 'done':
          settle(() => resolve({ message: message.message, patients: message.patients }))
          break
        case 'cancelled':
          settle(() => reject(new JobCancelled()))
          break
        case 'refused':
          settle(() => reject(new JobFailure(message.message)))
          break
        case 'failed':
          settle(() => reject(new JobFailure(cannotExport(message.errorName))))
          break
      }
    })
    const died = (kind: string) => {
      if (settled) return
      void removePartFiles(request.path).finally(() =>
        settle(() =>
          reject(control.signal.aborted ? new JobCancelled() : new JobFailure(cannotExport(kind))),
        ),
      )
    }
    worker.on('error', (error) => died(error.name))
    worker.on('exit', () => died('exit'))
  })
}

const cannotExport = (kind: string) =>
  `The export stopped (${kind}) and nothing was written. Try again; if it fails again, restart the app.`

/** The part files an export to `path` writes (files.ts), FHIR Bulk Data's beside its manifest. */
async function removePartFiles(path: string) {
  const base = path.replace(/\.json$/i, '')
  const parts = [`${path}.part`, ...BULK_TYPES.map((type) => `${base}.${type}.ndjson.part`)]
  await Promise.all(parts.map((part) => rm(part, { force: true }).catch(() => {})))
}
