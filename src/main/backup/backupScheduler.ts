/**
 * The daily backup while the app runs: a check every 15 minutes (an unref'd timer, so it never
 * keeps the app alive) that makes a backup once the newest one is 24 hours old. Checking often
 * and comparing with the newest backup, rather than sleeping 24 hours, keeps the rule true across
 * a laptop's sleep and the start-up backup. The clock and the timers are injected for tests.
 */
export interface SchedulerClock {
  now(): Date
  setInterval(run: () => void, ms: number): unknown
  clearInterval(handle: unknown): void
}

export const systemClock: SchedulerClock = {
  now: () => new Date(),
  setInterval: (run, ms) => {
    const handle = setInterval(run, ms)
    handle.unref()
    return handle
  },
  clearInterval: (handle) => clearInterval(handle as NodeJS.Timeout),
}

export const DAILY = { checkEveryMs: 15 * 60 * 1000, dueAfterMs: 24 * 60 * 60 * 1000 } as const

export class BackupScheduler {
  private handle: unknown

  constructor(
    /** Makes the backup; failures are its own to record (they must not stop the timer). */
    private readonly backUp: () => void,
    /** When the newest backup was made, if there is one. */
    private readonly newestBackupAt: () => Date | undefined,
    private readonly clock: SchedulerClock = systemClock,
    private readonly timing: typeof DAILY = DAILY,
  ) {}

  start() {
    if (this.handle !== undefined) return
    this.handle = this.clock.setInterval(() => this.check(), this.timing.checkEveryMs)
  }

  stop() {
    if (this.handle === undefined) return
    this.clock.clearInterval(this.handle)
    this.handle = undefined
  }

  /** Makes the daily backup if one is due. */
  check() {
    const newest = this.newestBackupAt()
    if (newest && this.clock.now().getTime() - newest.getTime() < this.timing.dueAfterMs) return
    try {
      this.backUp()
    } catch {
      // Recorded by backUp; the next check tries again.
    }
  }
}
