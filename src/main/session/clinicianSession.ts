import { AppError } from '../../shared/api/appError'
import type { Clinician, NewClinician, SessionState } from '../../shared/model/clinician'
import type { ClinicianRepository } from '../db/clinicianRepository'
import type { SettingsRepository } from '../db/settingsRepository'

/** After this many wrong passcodes in a row, a clinician waits this long before the next try. */
const MAX_FAILURES = 5
const WAIT_MS = 30_000

/**
 * Who is using the app now. One clinician signs in with their passcode; another can take over
 * at any time with theirs (quick switch in a shared room). The session locks itself after the
 * configured idle time, and on demand; while locked nothing of the records is answered until the
 * passcode is typed again. Main keeps this state: the window cannot unlock itself.
 */
export class ClinicianSession {
  private signedIn: Clinician | undefined
  private locked = false
  private lastActivity = 0
  private readonly failures = new Map<string, { count: number; until: number }>()

  constructor(
    private readonly clinicians: ClinicianRepository,
    private readonly settings: SettingsRepository,
    private readonly now: () => Date = () => new Date(),
  ) {}

  state(): SessionState {
    this.lockIfIdle()
    return {
      clinicians: this.clinicians.list(),
      ...(this.signedIn ? { signedIn: this.signedIn } : {}),
      locked: this.locked,
      lockAfterMinutes: this.settings.lockAfterMinutes(),
    }
  }

  /** The clinician whose session is open: signed in, not locked, not idle past the limit. */
  activeClinician(): Clinician | undefined {
    this.lockIfIdle()
    return this.signedIn && !this.locked ? this.signedIn : undefined
  }

  /** Something was done: the idle clock starts again. */
  touch() {
    this.lastActivity = this.now().getTime()
  }

  /**
   * Adds a clinician: the first one on a new installation (who is then signed in), afterwards
   * only by a clinician who is signed in.
   */
  createClinician(input: NewClinician): SessionState {
    const first = this.clinicians.list().length === 0
    const by = this.activeClinician()
    if (!first && !by) throw locked()
    const created = this.clinicians.create(input, by?.id, this.now())
    if (first) this.open(created)
    return this.state()
  }

  /** Signs a clinician in, or hands over to another (their passcode either way). */
  signIn(clinicianId: string, passcode: string): SessionState {
    this.check(clinicianId, passcode)
    this.open(this.clinicians.get(clinicianId))
    return this.state()
  }

  /** The signed-in clinician's passcode reopens the locked session as they left it. */
  unlock(passcode: string): SessionState {
    if (!this.signedIn) throw new AppError('conflict', 'Nobody is signed in: sign in first.')
    this.check(this.signedIn.id, passcode)
    this.locked = false
    this.touch()
    return this.state()
  }

  lock(): SessionState {
    if (this.signedIn) this.locked = true
    return this.state()
  }

  signOut(): SessionState {
    this.signedIn = undefined
    this.locked = false
    return this.state()
  }

  setLockAfterMinutes(minutes: number): SessionState {
    if (!this.activeClinician()) throw locked()
    this.settings.saveLockAfterMinutes(minutes, this.signedIn!.id)
    return this.state()
  }

  private open(clinician: Clinician) {
    this.signedIn = clinician
    this.locked = false
    this.touch()
  }

  private lockIfIdle() {
    if (!this.signedIn || this.locked) return
    const idle = this.now().getTime() - this.lastActivity
    if (idle > this.settings.lockAfterMinutes() * 60_000) this.locked = true
  }

  private check(clinicianId: string, passcode: string) {
    const at = this.now().getTime()
    const failed = this.failures.get(clinicianId)
    if (failed && failed.count >= MAX_FAILURES && at < failed.until) {
      throw new AppError(
        'conflict',
        'Too many wrong passcodes: wait half a minute before trying again.',
        [{ path: ['passcode'], message: 'Too many wrong passcodes: wait half a minute' }],
      )
    }
    if (!this.clinicians.verify(clinicianId, passcode)) {
      const count = (failed?.count ?? 0) + 1
      this.failures.set(clinicianId, { count, until: at + WAIT_MS })
      throw new AppError('invalid-input', 'That passcode is not right.', [
        { path: ['passcode'], message: 'That passcode is not right' },
      ])
    }
    this.failures.delete(clinicianId)
  }
}

export const locked = () =>
  new AppError('locked', 'The app is locked: sign in to go on. Nothing typed has been lost.')
