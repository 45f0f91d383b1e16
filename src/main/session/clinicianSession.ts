import { AppError } from '../../shared/api/appError'
import type { Clinician, NewClinician, SessionState } from '../../shared/model/clinician'
import type { PatientMode } from '../../shared/model/patientMode'
import type { ClinicianRepository } from '../db/clinicianRepository'
import type { SettingsRepository } from '../db/settingsRepository'
import type { AuditEvent, AuditTrail } from '../audit/auditTrail'

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
  /** Kept here, not in the window, so that reloading the window cannot leave patient mode. */
  private handedOver: PatientMode | undefined
  private handedOverPage = 0
  private lastActivity = 0
  private readonly failures = new Map<string, { count: number; until: number }>()

  constructor(
    private readonly clinicians: ClinicianRepository,
    private readonly settings: SettingsRepository,
    private readonly now: () => Date = () => new Date(),
    /** Where sign-ins (refused ones too), locks and sign-outs are recorded. */
    private readonly audit?: AuditTrail,
  ) {}

  state(): SessionState {
    this.lockIfIdle()
    return {
      clinicians: this.clinicians.list(),
      ...(this.signedIn ? { signedIn: this.signedIn } : {}),
      locked: this.locked,
      lockAfterMinutes: this.settings.lockAfterMinutes(),
      ...(this.signedIn && this.handedOver
        ? { patientMode: this.handedOver, patientModePage: this.handedOverPage }
        : {}),
    }
  }

  /** The draft handed to the patient, while the patient holds the laptop. */
  patientMode(): PatientMode | undefined {
    return this.signedIn ? this.handedOver : undefined
  }

  /** The clinician hands the laptop to the patient for their questionnaires on one draft. */
  handToPatient(mode: PatientMode): SessionState {
    const by = this.activeClinician()
    if (!by) throw locked()
    if (this.handedOver)
      throw new AppError('conflict', 'The patient has the questionnaires already.')
    this.handedOver = mode
    this.handedOverPage = 0
    this.record({
      action: 'lock',
      recordType: 'session',
      recordId: mode.assessmentId,
      clinicianId: by.id,
      detail: `handed to the patient: ${mode.questionnaires.join(', ')}`,
    })
    return this.state()
  }

  /** The patient turned a page; ignored outside patient mode or while locked. */
  setPatientModePage(page: number): SessionState {
    if (this.handedOver && this.activeClinician()) {
      this.handedOverPage = page
      this.touch()
    }
    return this.state()
  }

  /** Only the signed-in clinician's passcode takes the laptop back from the patient. */
  leavePatientMode(passcode: string): SessionState {
    if (!this.signedIn || !this.handedOver)
      throw new AppError('conflict', 'The app is not in patient mode.')
    this.check(this.signedIn.id, passcode, 'unlock')
    this.record({
      action: 'unlock',
      recordType: 'session',
      recordId: this.handedOver.assessmentId,
      clinicianId: this.signedIn.id,
      detail: 'taken back from the patient',
    })
    this.handedOver = undefined
    this.touch()
    return this.state()
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
    if (!first && (!by || this.handedOver)) throw locked()
    const created = this.clinicians.create(input, by?.id, this.now())
    this.record({
      action: 'create',
      recordType: 'clinician',
      recordId: created.id,
      clinicianId: by?.id ?? created.id,
      detail: first ? 'first clinician of this installation' : 'clinician added',
    })
    if (first) {
      this.open(created)
      this.record({
        action: 'sign-in',
        recordType: 'session',
        clinicianId: created.id,
        detail: 'signed in on setting up',
      })
    }
    return this.state()
  }

  /** Signs a clinician in, or hands over to another (their passcode either way). */
  signIn(clinicianId: string, passcode: string): SessionState {
    this.check(clinicianId, passcode, 'sign-in')
    const before = this.signedIn
    this.open(this.clinicians.get(clinicianId))
    this.record({
      action: 'sign-in',
      recordType: 'session',
      clinicianId,
      detail: before && before.id !== clinicianId ? 'took over from another clinician' : null,
    })
    return this.state()
  }

  /** The signed-in clinician's passcode reopens the locked session as they left it. */
  unlock(passcode: string): SessionState {
    if (!this.signedIn) throw new AppError('conflict', 'Nobody is signed in: sign in first.')
    this.check(this.signedIn.id, passcode, 'unlock')
    this.locked = false
    this.touch()
    this.record({ action: 'unlock', recordType: 'session', clinicianId: this.signedIn.id })
    return this.state()
  }

  lock(): SessionState {
    if (this.signedIn && !this.locked) {
      this.locked = true
      this.record({
        action: 'lock',
        recordType: 'session',
        clinicianId: this.signedIn.id,
        detail: 'locked by the clinician',
      })
    }
    return this.state()
  }

  signOut(): SessionState {
    if (this.signedIn)
      this.record({ action: 'sign-out', recordType: 'session', clinicianId: this.signedIn.id })
    this.signedIn = undefined
    this.locked = false
    this.handedOver = undefined
    return this.state()
  }

  setLockAfterMinutes(minutes: number): SessionState {
    if (!this.activeClinician() || this.handedOver) throw locked()
    this.settings.saveLockAfterMinutes(minutes, this.signedIn!.id)
    this.record({
      action: 'update',
      recordType: 'settings',
      clinicianId: this.signedIn!.id,
      detail: `idle lock on this computer: ${minutes} min`,
    })
    return this.state()
  }

  private record(event: AuditEvent) {
    this.audit?.record(event)
  }

  private open(clinician: Clinician) {
    this.signedIn = clinician
    this.locked = false
    // Signing in (a colleague taking over from the lock screen) is a clinician at the keyboard.
    this.handedOver = undefined
    this.touch()
  }

  private lockIfIdle() {
    if (!this.signedIn || this.locked) return
    const idle = this.now().getTime() - this.lastActivity
    const limit = this.settings.lockAfterMinutes()
    if (idle > limit * 60_000) {
      this.locked = true
      this.record({
        action: 'lock',
        recordType: 'session',
        clinicianId: this.signedIn.id,
        detail: `locked after ${limit} min without activity`,
      })
    }
  }

  private check(clinicianId: string, passcode: string, what: 'sign-in' | 'unlock') {
    const at = this.now().getTime()
    const failed = this.failures.get(clinicianId)
    if (failed && failed.count >= MAX_FAILURES && at < failed.until) {
      this.record({
        action: 'sign-in-failed',
        recordType: 'session',
        clinicianId,
        detail: `${what}: refused, too many wrong passcodes`,
      })
      throw new AppError(
        'conflict',
        'Too many wrong passcodes: wait half a minute before trying again.',
        [{ path: ['passcode'], message: 'Too many wrong passcodes: wait half a minute' }],
      )
    }
    if (!this.clinicians.verify(clinicianId, passcode)) {
      const count = (failed?.count ?? 0) + 1
      this.failures.set(clinicianId, { count, until: at + WAIT_MS })
      this.record({
        action: 'sign-in-failed',
        recordType: 'session',
        clinicianId,
        detail: `${what}: wrong passcode`,
      })
      throw new AppError('invalid-input', 'That passcode is not right.', [
        { path: ['passcode'], message: 'That passcode is not right' },
      ])
    }
    this.failures.delete(clinicianId)
  }
}

export const locked = () =>
  new AppError('locked', 'The app is locked: sign in to go on. Nothing typed has been lost.')
