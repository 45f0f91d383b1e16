import { fork, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * The bench's children (the hub, each laptop) are separate Node processes, so that each one's
 * memory is its own and can be read from /proc. They answer numbered requests over the IPC
 * channel; a child's reply is `{ id, ok, value }` or `{ id, ok: false, error }` (an error's name
 * and message only: the bench's data is synthetic, but the habit stays).
 */
export interface Request {
  id: number
  cmd: string
  args?: unknown
}
export type Reply =
  { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string }

/** The child side: handles requests with `handlers` until the parent disconnects. */
export function serveRequests(handlers: Record<string, (args: never) => unknown>) {
  process.on('message', (message: Request) => {
    const handler = handlers[message.cmd]
    void (async () => {
      try {
        if (!handler) throw new Error(`no command ${message.cmd}`)
        const value = await handler(message.args as never)
        process.send!({ id: message.id, ok: true, value } satisfies Reply)
      } catch (error) {
        const e = error as Error
        process.send!({
          id: message.id,
          ok: false,
          error: `${e.name}: ${e.message}`,
        } satisfies Reply)
      }
    })()
  })
}

/** Memory of a running process from /proc (kB): resident now and its peak so far. */
export function memoryOf(pid: number): { rssKb: number; peakKb: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN)
    return { rssKb: kb('VmRSS'), peakKb: kb('VmHWM') }
  } catch {
    return undefined
  }
}

/** The parent's handle on one child: requests, and its resident memory sampled every 200 ms. */
export class Child {
  private readonly process: ChildProcess
  private nextId = 1
  private readonly pending = new Map<
    number,
    { resolve: (v: unknown) => void; reject: (e: Error) => void }
  >()
  private readonly sampler: NodeJS.Timeout
  private exited = false
  /** Highest resident memory seen by sampling (kB). */
  sampledPeakKb = 0
  /** Peak resident memory as the kernel counts it (VmHWM), read at each sample and at the end. */
  peakKb = 0
  readonly ready: Promise<unknown>

  constructor(
    readonly name: string,
    script: string,
    options: { execArgv?: string[]; args?: string[] } = {},
  ) {
    this.process = fork(join(__dirname, script), options.args ?? [], {
      execArgv: ['--import', 'tsx', ...(options.execArgv ?? [])],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    })
    this.ready = new Promise((resolve, reject) => {
      this.process.once('message', resolve)
      this.process.once('exit', (code) =>
        reject(new Error(`${name} exited (${code}) before starting`)),
      )
    })
    this.process.on('message', (message: Reply | { ready: true }) => {
      if (!('id' in message)) return
      const waiting = this.pending.get(message.id)
      this.pending.delete(message.id)
      if (message.ok) waiting?.resolve(message.value)
      else waiting?.reject(new Error(`${name}: ${message.error}`))
    })
    this.process.on('exit', (code) => {
      this.exited = true
      for (const waiting of this.pending.values())
        waiting.reject(new Error(`${name} exited (${code ?? 'signal'})`))
      this.pending.clear()
    })
    this.sampler = setInterval(() => this.sample(), 200)
  }

  get pid() {
    return this.process.pid!
  }

  sample() {
    if (this.exited) return
    const memory = memoryOf(this.pid)
    if (!memory) return
    this.sampledPeakKb = Math.max(this.sampledPeakKb, memory.rssKb)
    this.peakKb = Math.max(this.peakKb, memory.peakKb)
  }

  /** Resident memory now (kB). */
  rssKb() {
    return memoryOf(this.pid)?.rssKb ?? Number.NaN
  }

  call<T>(cmd: string, args?: unknown): Promise<T> {
    const id = this.nextId++
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject })
      this.process.send({ id, cmd, args } satisfies Request)
    })
  }

  /** Asks the child to stop (it exits after replying) and waits for it to be gone. */
  async stop(): Promise<void> {
    this.sample()
    clearInterval(this.sampler)
    if (this.exited) return
    const gone = new Promise<void>((resolve) => this.process.once('exit', () => resolve()))
    await this.call('stop').catch(() => undefined)
    await gone
  }
}
