import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import type { CheckedFile } from './checkImportFile'
import type { ImportWorkerMessage } from './importWorker'
import { JobCancelled, JobFailure, type JobControl } from './jobs'

/**
 * Checks an import file in a worker thread (importWorker.ts) and gathers what it sends back.
 * Cancelling the job stops the worker at once.
 *
 * `script` is the built worker, which main's entry passes in (out/main/chunks/importWorker-….js).
 * Without it — the unit tests, the crash test, the benchmarks, which run main's TypeScript
 * directly — the worker runs importWorker.ts from source through tsx's loader. The loader is
 * named in a string the worker evaluates, so the app's bundle never includes it.
 */
export function checkFileInWorker(
  path: string,
  control: JobControl,
  script?: string,
): Promise<CheckedFile> {
  return new Promise((resolve, reject) => {
    if (control.signal.aborted) {
      reject(new JobCancelled())
      return
    }
    // No flags of main's own (a test's --require hook, an inspector) are passed on.
    const options = { workerData: { path }, execArgv: [] }
    const worker = script
      ? new Worker(script, options)
      : new Worker(
          `require('tsx/cjs'); require(${JSON.stringify(join(__dirname, 'importWorker.ts'))})`,
          { ...options, eval: true },
        )
    const checked: CheckedFile = { patients: [], assessments: [] }
    let settled = false
    const settle = (finish: () => void) => {
      if (settled) return
      settled = true
      control.signal.removeEventListener('abort', onCancel)
      finish()
    }
    const onCancel = () => {
      settle(() => reject(new JobCancelled()))
      void worker.terminate()
    }
    control.signal.addEventListener('abort', onCancel, { once: true })
    worker.on('message', (message: ImportWorkerMessage) => {
      switch (message.kind) {
        case 'progress':
          control.progress(message.done, message.total)
          break
        case 'patients':
          for (const item of message.items) checked.patients.push(item)
          break
        case 'assessments':
          for (const item of message.items) checked.assessments.push(item)
          break
        case 'done':
          settle(() => resolve(checked))
          break
        case 'refused':
          settle(() => reject(new JobFailure(message.message)))
          break
        case 'failed':
          settle(() => reject(cannotCheck(message.errorName)))
          break
      }
    })
    worker.on('error', (error) => settle(() => reject(cannotCheck(error.name))))
    worker.on('exit', () => settle(() => reject(cannotCheck('exit'))))
  })
}

const cannotCheck = (kind: string) =>
  new JobFailure(
    `The file could not be checked (${kind}; a very large file may need more memory than this computer has free). Nothing was imported.`,
  )
