import { setImmediate as nextTurn } from 'node:timers/promises'
import { isMainThread, parentPort, workerData } from 'node:worker_threads'
import type { Database } from 'better-sqlite3'
import { openDatabase } from '../db/connection'
import type { DatabaseKey } from '../db/databaseKey'
import { runExport, type ExportRequest } from './exportJob'
import { JobCancelled, JobFailure, type JobControl } from './jobs'

/**
 * The export's worker thread: runs the export (exportJob.ts) on its own read-only connection to
 * the encrypted database, off the main thread, so that main keeps answering every call (an
 * autosave, a search) without the export's pauses, and the export has a core of its own.
 *
 * The whole export reads one snapshot of the clinic: a read transaction is held from the first
 * page to the last (WAL lets main write meanwhile; what it writes is not in this export).
 * Built as its own bundle (main's entry imports it with electron-vite's `?modulePath`); run from
 * source by the tests and scripts (exportWorkerThread.ts).
 */
export interface ExportWorkerData {
  file: string
  key: DatabaseKey
  nativeBinding?: string
  request: ExportRequest
}

/** From main: stop at the next slice (the worker removes what it wrote, then says so). */
export interface ExportWorkerCancel {
  kind: 'cancel'
}

export type ExportWorkerMessage =
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'done'; message: string; patients: number }
  | { kind: 'cancelled' }
  /** A record could not be read; the message names it and is safe to show (never to log). */
  | { kind: 'refused'; message: string }
  /** Something unexpected: only its kind, which carries no patient data. */
  | { kind: 'failed'; errorName: string }

export async function exportForMain(
  data: ExportWorkerData,
  post: (message: ExportWorkerMessage) => void,
  cancelled: () => boolean,
): Promise<void> {
  let db: Database | undefined
  try {
    db = openDatabase(data.file, data.key, {
      readOnly: true,
      ...(data.nativeBinding ? { nativeBinding: data.nativeBinding } : {}),
    })
    db.exec('BEGIN')
    const aborted = new AbortController()
    const control: JobControl = {
      progress: (done, total) => post({ kind: 'progress', done, total }),
      // Nothing else runs on this thread: a pause only lets main's cancel message in.
      checkpoint: async () => {
        await nextTurn()
        if (cancelled()) {
          aborted.abort()
          throw new JobCancelled()
        }
      },
      signal: aborted.signal,
    }
    const done = await runExport(db, data.request, control)
    post({ kind: 'done', message: done.message, patients: done.patients })
  } catch (error) {
    post(
      error instanceof JobCancelled
        ? { kind: 'cancelled' }
        : error instanceof JobFailure
          ? { kind: 'refused', message: error.message }
          : { kind: 'failed', errorName: error instanceof Error ? error.name : typeof error },
    )
  } finally {
    db?.close()
  }
}

if (!isMainThread && parentPort) {
  const port = parentPort
  let cancel = false
  port.on('message', (message: ExportWorkerCancel) => {
    if (message.kind === 'cancel') cancel = true
  })
  void exportForMain(
    workerData as ExportWorkerData,
    (message) => port.postMessage(message),
    () => cancel,
  ).finally(() => port.close())
}
