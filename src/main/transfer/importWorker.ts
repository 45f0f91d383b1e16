import { readFileSync } from 'node:fs'
import { isMainThread, parentPort, workerData } from 'node:worker_threads'
import { checkImportFile, type CheckedAssessment, type CheckedPatient } from './checkImportFile'
import { JobFailure } from './jobs'

/**
 * The import's worker thread: reads the file and checks it (checkImportFile.ts) off the main
 * thread, so that main keeps answering every call while a large file is parsed and validated.
 * Built as its own bundle (main's entry imports it with electron-vite's `?modulePath`); run from
 * source by the tests and scripts (importWorkerThread.ts).
 *
 * The checked records go back in batches: main receives each as a separate message, so no single
 * message of hundreds of megabytes holds main up while it is copied in.
 */
export type ImportWorkerMessage =
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'patients'; items: CheckedPatient[] }
  | { kind: 'assessments'; items: CheckedAssessment[] }
  | { kind: 'done' }
  /** The file is refused; the message names the record and is safe to show (never to log). */
  | { kind: 'refused'; message: string }
  /** Something unexpected: only its kind, which carries no patient data. */
  | { kind: 'failed'; errorName: string }

const BATCH = 200

export function checkFileForMain(path: string, post: (message: ImportWorkerMessage) => void) {
  try {
    let text: string
    try {
      text = readFileSync(path, 'utf8')
    } catch {
      throw new JobFailure('This file could not be read as a JSON export: nothing was imported.')
    }
    const checked = checkImportFile(text, (done, total) => post({ kind: 'progress', done, total }))
    for (let i = 0; i < checked.patients.length; i += BATCH)
      post({ kind: 'patients', items: checked.patients.slice(i, i + BATCH) })
    for (let i = 0; i < checked.assessments.length; i += BATCH)
      post({ kind: 'assessments', items: checked.assessments.slice(i, i + BATCH) })
    post({ kind: 'done' })
  } catch (error) {
    post(
      error instanceof JobFailure
        ? { kind: 'refused', message: error.message }
        : { kind: 'failed', errorName: error instanceof Error ? error.name : typeof error },
    )
  }
}

if (!isMainThread && parentPort) {
  const port = parentPort
  checkFileForMain((workerData as { path: string }).path, (message) => port.postMessage(message))
}
