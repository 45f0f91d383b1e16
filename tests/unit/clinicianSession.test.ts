import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AppError } from '../../src/shared/api/appError'
import { ClinicianRepository } from '../../src/main/db/clinicianRepository'
import { SettingsRepository } from '../../src/main/db/settingsRepository'
import { createHandlers } from '../../src/main/ipc/handlers'
import { routeCalls } from '../../src/main/ipc/routes'
import { createSessionHandlers } from '../../src/main/ipc/sessionHandlers'
import { createStartupHandlers } from '../../src/main/ipc/startupHandlers'
import { ClinicianSession } from '../../src/main/session/clinicianSession'
import type { ClinicStartup } from '../../src/main/startup/clinicStartup'
import { aPatient } from '../support/patients'
import { tempDatabase } from '../support/tempDatabase'

/** Clinicians who sign in, the session that locks itself, and the author of every write. */

let store: ReturnType<typeof tempDatabase>
let clock: Date
let session: ClinicianSession
beforeEach(() => {
  store = tempDatabase()
  clock = new Date('2026-11-30T09:00:00Z')
  session = new ClinicianSession(
    new ClinicianRepository(store.db),
    new SettingsRepository(store.db),
    () => clock,
  )
})
afterEach(() => store.cleanup())

const alex = {
  name: 'Alex Morgan',
  profession: 'physiotherapist' as const,
  registrationNumber: 'PH123456',
  passcode: 'hip-clinic-1',
  passcodeAgain: 'hip-clinic-1',
}
const sam = { ...alex, name: 'Sam Okafor', passcode: 'groin-22', passcodeAgain: 'groin-22' }

function refusal(run: () => unknown): AppError {
  try {
    run()
  } catch (error) {
    return error as AppError
  }
  throw new Error('expected a refusal')
}

const later = (minutes: number) => new Date(clock.getTime() + minutes * 60_000)

describe('clinicians and their session', () => {
  it('the first clinician of a new installation is set up and signed in; others only by a signed-in clinician', () => {
    const first = session.createClinician(alex)
    expect(first.signedIn?.name).toBe('Alex Morgan')
    expect(first.clinicians.map((c) => c.name)).toEqual(['Alex Morgan'])
    session.signOut()
    expect(refusal(() => session.createClinician(sam)).code).toBe('locked')
    session.signIn(first.signedIn!.id, alex.passcode)
    expect(session.createClinician(sam).clinicians.map((c) => c.name)).toEqual([
      'Alex Morgan',
      'Sam Okafor',
    ])
  })

  it('keeps passcodes only as salted hashes', () => {
    session.createClinician(alex)
    const stored = store.db.prepare('SELECT passcode_hash FROM clinicians').pluck().get() as string
    expect(stored).toMatch(/^scrypt\$\d+\$8\$1\$[0-9a-f]{32}\$[0-9a-f]{64}$/)
    expect(stored).not.toContain(alex.passcode)
  })

  it('refuses a wrong passcode on its field, and makes a guesser wait after five', () => {
    const { signedIn } = session.createClinician(alex)
    session.signOut()
    for (let i = 0; i < 5; i++) {
      expect(refusal(() => session.signIn(signedIn!.id, 'guess-000')).issues).toEqual([
        { path: ['passcode'], message: 'That passcode is not right' },
      ])
    }
    expect(refusal(() => session.signIn(signedIn!.id, alex.passcode)).message).toMatch(/wait/)
    clock = later(1)
    expect(session.signIn(signedIn!.id, alex.passcode).signedIn?.name).toBe('Alex Morgan')
  })

  it('locks itself after the idle time, and the passcode reopens it as it was', () => {
    const { signedIn } = session.createClinician(alex)
    clock = later(4)
    expect(session.activeClinician()?.name).toBe('Alex Morgan')
    session.touch()
    clock = later(5.5)
    expect(session.activeClinician()).toBeUndefined()
    expect(session.state()).toMatchObject({ locked: true, signedIn: { name: 'Alex Morgan' } })
    expect(refusal(() => session.unlock('nope-nope')).code).toBe('invalid-input')
    expect(session.unlock(alex.passcode)).toMatchObject({ locked: false })
    session.setLockAfterMinutes(1)
    clock = later(2)
    expect(session.state().locked).toBe(true)
    // Quick switch: a colleague signs in with theirs.
    session.unlock(alex.passcode)
    const samId = session.createClinician(sam).clinicians.find((c) => c.name === 'Sam Okafor')!.id
    session.lock()
    expect(session.signIn(samId, sam.passcode)).toMatchObject({
      locked: false,
      signedIn: { name: 'Sam Okafor' },
    })
    expect(signedIn).toBeDefined()
  })
})

describe('calls on the records', () => {
  const startup = createStartupHandlers({ state: { state: 'ready' } } as unknown as ClinicStartup, {
    quit: () => {},
  })

  it('are answered only to a signed-in clinician whose session is open, and record who wrote', async () => {
    const handlers = createHandlers(store.db, { author: () => session.activeClinician()?.id })
    const route = routeCalls(startup, () => ({
      session,
      sessionHandlers: createSessionHandlers(session),
      handlers,
    }))
    const createPatient = route('createPatient')!
    expect(await createPatient(aPatient())).toMatchObject({ ok: false, error: { code: 'locked' } })
    expect(await route('getSession')!({})).toMatchObject({ ok: true, value: { clinicians: [] } })

    const { signedIn } = session.createClinician(alex)
    const created = await createPatient(aPatient())
    expect(created).toMatchObject({ ok: true })
    const row = store.db.prepare('SELECT created_by, updated_by FROM patients').get()
    expect(row).toEqual({ created_by: signedIn!.id, updated_by: signedIn!.id })

    session.lock()
    expect(await createPatient(aPatient({ familyName: 'Other' }))).toMatchObject({
      ok: false,
      error: { code: 'locked' },
    })
    expect(store.db.prepare('SELECT COUNT(*) FROM patients').pluck().get()).toBe(1)
  })

  it('on records open read-only, a clinician signs in to view them but none is added', async () => {
    session.createClinician(alex)
    const alexId = session.state().signedIn!.id
    session.signOut()
    const calls = createSessionHandlers(session, () => {}, { readOnly: true })
    expect(await calls.signIn({ clinicianId: alexId, passcode: alex.passcode })).toMatchObject({
      ok: true,
      value: { signedIn: { name: 'Alex Morgan' } },
    })
    expect(await calls.createClinician(sam)).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching(/read-only/) },
    })
    expect(await calls.setLockAfterMinutes({ minutes: 5 })).toMatchObject({ ok: false })
    expect(store.db.prepare('SELECT COUNT(*) FROM clinicians').pluck().get()).toBe(1)
  })
})
