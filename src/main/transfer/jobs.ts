import { randomUUID } from 'node:crypto'
import type { JobState } from '../../shared/api/contract'

/**
 * Long exports and imports run as jobs: the renderer polls their progress and may cancel them.
 * A job's work yields between chunks (setImmediate) so that main keeps answering meanwhile.
 */
export interface JobControl {
  progress(done: number, total: number): void
  /** Throws JobCancelled when the user has cancelled; call between chunks. */
  checkpoint(): Promise<void>
  /** Aborted when the user cancels: for work that waits on something else (a worker). */
  signal: AbortSignal
}

export class JobCancelled extends Error {
  constructor() {
    super('Cancelled')
    this.name = 'JobCancelled'
  }
}

interface JobRecord {
  state: JobState
  cancel: AbortController
}

export class JobRegistry {
  private readonly jobs = new Map<string, JobRecord>()

  start(
    label: string,
    work: (control: JobControl) => Promise<Pick<JobState, 'message' | 'summary'>>,
  ): string {
    const id = randomUUID()
    const record: JobRecord = {
      state: { id, label, status: 'running', done: 0, total: 0 },
      cancel: new AbortController(),
    }
    this.jobs.set(id, record)
    const control: JobControl = {
      progress: (done, total) => {
        record.state = { ...record.state, done, total }
      },
      checkpoint: async () => {
        await new Promise((resolve) => setImmediate(resolve))
        if (record.cancel.signal.aborted) throw new JobCancelled()
      },
      signal: record.cancel.signal,
    }
    work(control).then(
      (result) => {
        record.state = { ...record.state, ...result, status: 'done' }
      },
      (error: unknown) => {
        record.state =
          error instanceof JobCancelled
            ? { ...record.state, status: 'cancelled', message: 'Cancelled: nothing was written.' }
            : {
                ...record.state,
                status: 'failed',
                message:
                  error instanceof JobFailure
                    ? error.message
                    : 'It failed and nothing was written.',
              }
      },
    )
    return id
  }

  get(id: string): JobState | undefined {
    return this.jobs.get(id)?.state
  }

  cancel(id: string): JobState | undefined {
    const record = this.jobs.get(id)
    if (record && record.state.status === 'running') record.cancel.abort()
    return record?.state
  }
}

/** A failure whose message is safe to show (no patient data). */
export class JobFailure extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'JobFailure'
  }
}
