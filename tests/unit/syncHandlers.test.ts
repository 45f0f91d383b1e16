import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { ClinicianRepository } from '../../src/main/db/clinicianRepository'
import { SettingsRepository } from '../../src/main/db/settingsRepository'
import { defineHandlers } from '../../src/main/ipc/defineHandlers'
import { createHandlers } from '../../src/main/ipc/handlers'
import { routeCalls } from '../../src/main/ipc/routes'
import { createSessionHandlers } from '../../src/main/ipc/sessionHandlers'
import { createStartupHandlers } from '../../src/main/ipc/startupHandlers'
import { NO_SYNC_MESSAGE, syncImplementations } from '../../src/main/ipc/syncHandlers'
import { ClinicianSession } from '../../src/main/session/clinicianSession'
import type { ClinicStartup } from '../../src/main/startup/clinicStartup'
import type { SyncControl } from '../../src/main/sync/syncControl'
import type {
  joinHubInputSchema,
  resolveSyncConflictInputSchema,
  reviewChangeAfterSigningInputSchema,
  SyncConflicts,
  SyncStatus,
} from '../../src/shared/api/sync'
import { tempDatabase } from '../support/tempDatabase'

/** What the handlers passed to the laptop's sync, call by call. */
type Call =
  | { join: z.output<typeof joinHubInputSchema> }
  | { resolve: z.output<typeof resolveSyncConflictInputSchema>; by: string }
  | { review: z.output<typeof reviewChangeAfterSigningInputSchema>; by: string }
  | 'syncNow'
  | 'leave'

const joined: SyncStatus = {
  state: 'in-step',
  hub: { address: 'hub.clinic.lan:8443', name: 'Riverside hub', fingerprint: 'ab'.repeat(32) },
  laptop: { id: '0f4d6a3e-7c1b-4e8a-9b61-2d3c4e5f6a7b', name: 'Room 2' },
  lastSyncedAt: '2026-11-30T10:42:00.000Z',
  waiting: 0,
  conflicts: 1,
  changesAfterSigning: 0,
}

function fakeSync() {
  const calls: Call[] = []
  const sync: SyncControl = {
    status: () => joined,
    join: (input) => {
      calls.push({ join: input })
      return Promise.resolve(joined)
    },
    syncNow: () => {
      calls.push('syncNow')
      return Promise.resolve(joined)
    },
    leave: () => {
      calls.push('leave')
      return { ...joined, state: 'not-joined' }
    },
    conflicts: (): SyncConflicts => ({ conflicts: [], recordNumbers: [], changesAfterSigning: [] }),
    resolveConflict: (input, by) => {
      calls.push({ resolve: input, by })
      return joined
    },
    reviewChangeAfterSigning: (input, by) => {
      calls.push({ review: input, by })
      return joined
    },
  }
  return { sync, calls }
}

const clinicianId = '5b1e7a52-3c0d-4f7e-8a19-6d2b4c8e0f13'
const conflictId = '9a7c1e2b-4d3f-4a5b-8c6d-7e8f9a0b1c2d'
const goodJoin = { address: 'hub.clinic.lan:8443', code: 'k7qm-2xhp-9d4r', laptopName: ' Room 2 ' }
const silent = () => {}

describe('the Clinic hub calls', () => {
  it('pass the join on parsed: the code as the hub shows it, the name trimmed', async () => {
    const { sync, calls } = fakeSync()
    const handlers = defineHandlers(
      syncImplementations(sync, () => clinicianId),
      silent,
    )
    expect(await handlers.joinHub(goodJoin)).toEqual({ ok: true, value: joined })
    expect(calls).toEqual([
      { join: { address: 'hub.clinic.lan:8443', code: 'K7QM2XHP9D4R', laptopName: 'Room 2' } },
    ])
  })

  it('answer a mistyped address and code on their fields, and do not try to join', async () => {
    const { sync, calls } = fakeSync()
    const handlers = defineHandlers(
      syncImplementations(sync, () => clinicianId),
      silent,
    )
    const answer = await handlers.joinHub({
      address: 'https://hub.clinic.lan',
      code: 'K7QM-2XHP',
      laptopName: '',
    })
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    const issues = answer.ok ? [] : (answer.error.issues ?? [])
    expect(issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      [
        'address',
        'Type the address as the hub shows it: a name or IP address, a colon and the port',
      ],
      ['code', 'A join code is 12 letters and digits'],
      ['laptopName', 'Name this laptop (e.g. “Room 2”)'],
    ])
    expect(calls).toEqual([])
  })

  it('record the signed-in clinician as the one who decided, whatever the renderer sends', async () => {
    const { sync, calls } = fakeSync()
    const handlers = defineHandlers(
      syncImplementations(sync, () => clinicianId),
      silent,
    )
    const resolve = { id: conflictId, choice: 1, by: 'someone-else' }
    expect(await handlers.resolveSyncConflict(resolve)).toMatchObject({ ok: true })
    const review = { id: conflictId, decision: 'addendum', text: ' Pain now 4/10, not 6/10. ' }
    expect(await handlers.reviewChangeAfterSigning(review)).toMatchObject({ ok: true })
    expect(
      await handlers.reviewChangeAfterSigning({ id: conflictId, decision: 'set-aside' }),
    ).toMatchObject({ ok: true })
    expect(calls).toEqual([
      { resolve: { id: conflictId, choice: 1 }, by: clinicianId },
      {
        review: { id: conflictId, decision: 'addendum', text: 'Pain now 4/10, not 6/10.' },
        by: clinicianId,
      },
      { review: { id: conflictId, decision: 'set-aside' }, by: clinicianId },
    ])
  })

  it('refuse an empty addendum on its field and a choice that is not a number', async () => {
    const { sync, calls } = fakeSync()
    const handlers = defineHandlers(
      syncImplementations(sync, () => clinicianId),
      silent,
    )
    expect(
      await handlers.reviewChangeAfterSigning({ id: conflictId, decision: 'addendum', text: ' ' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', issues: [{ path: ['text'], message: 'Write the addendum' }] },
    })
    expect(await handlers.resolveSyncConflict({ id: conflictId, choice: '1' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', issues: [{ path: ['choice'] }] },
    })
    expect(calls).toEqual([])
  })

  it('ask for a signed-in clinician before a decision is recorded', async () => {
    const { sync, calls } = fakeSync()
    const handlers = defineHandlers(
      syncImplementations(sync, () => undefined),
      silent,
    )
    expect(await handlers.resolveSyncConflict({ id: conflictId, choice: 0 })).toMatchObject({
      ok: false,
      error: { code: 'locked' },
    })
    expect(calls).toEqual([])
  })

  it('pass on status, Sync now and Leave', async () => {
    const { sync, calls } = fakeSync()
    const handlers = defineHandlers(
      syncImplementations(sync, () => clinicianId),
      silent,
    )
    expect(await handlers.getSyncStatus({})).toEqual({ ok: true, value: joined })
    expect(await handlers.syncNow({})).toEqual({ ok: true, value: joined })
    expect(await handlers.leaveHub({})).toMatchObject({ ok: true, value: { state: 'not-joined' } })
    expect(calls).toEqual(['syncNow', 'leave'])
  })
})

describe('a copy of the app without sync', () => {
  let store: ReturnType<typeof tempDatabase>
  beforeEach(() => (store = tempDatabase()))
  afterEach(() => store.cleanup())

  it('is not joined, has nothing to decide, and says plainly that it cannot join', async () => {
    const handlers = createHandlers(store.db, { report: silent })
    expect(await handlers.getSyncStatus({})).toEqual({
      ok: true,
      value: { state: 'not-joined', waiting: 0, conflicts: 0, changesAfterSigning: 0 },
    })
    expect(await handlers.listSyncConflicts({})).toEqual({
      ok: true,
      value: { conflicts: [], recordNumbers: [], changesAfterSigning: [] },
    })
    expect(await handlers.joinHub(goodJoin)).toEqual({
      ok: false,
      error: { code: 'conflict', message: NO_SYNC_MESSAGE },
    })
    expect(await handlers.syncNow({})).toMatchObject({ ok: false, error: { code: 'conflict' } })
  })

  it('passes `sync` through createHandlers', async () => {
    const { sync } = fakeSync()
    const handlers = createHandlers(store.db, { report: silent, sync })
    expect(await handlers.getSyncStatus({})).toEqual({ ok: true, value: joined })
  })
})

describe('the status line’s poll', () => {
  let store: ReturnType<typeof tempDatabase>
  beforeEach(() => (store = tempDatabase()))
  afterEach(() => store.cleanup())

  it('is not clinician activity: polling every 2 s does not stop the idle lock; other calls do', async () => {
    let clock = new Date('2026-11-30T09:00:00Z')
    const session = new ClinicianSession(
      new ClinicianRepository(store.db),
      new SettingsRepository(store.db),
      () => clock,
    )
    const startup = createStartupHandlers(
      { state: { state: 'ready' } } as unknown as ClinicStartup,
      { quit: () => {} },
    )
    const route = routeCalls(startup, () => ({
      session,
      sessionHandlers: createSessionHandlers(session),
      handlers: createHandlers(store.db, {
        report: silent,
        author: () => session.activeClinician()?.id,
      }),
    }))
    session.createClinician({
      name: 'Alex Morgan',
      profession: 'physiotherapist',
      registrationNumber: 'PH123456',
      passcode: 'hip-clinic-1',
      passcodeAgain: 'hip-clinic-1',
    })
    const idleMinutes = session.state().lockAfterMinutes
    const poll = route('getSyncStatus')!
    // The status line asks every 2 s while the clinician is away from the keyboard...
    for (let elapsed = 2; elapsed < idleMinutes * 60; elapsed += 2) {
      clock = new Date(clock.getTime() + 2_000)
      expect(await poll({}), `poll at ${elapsed} s`).toMatchObject({ ok: true })
    }
    // ...and the app locks when the idle time is up, as if nobody had asked.
    clock = new Date(clock.getTime() + 3_000)
    expect(session.activeClinician()).toBeUndefined()
    expect(session.state().locked).toBe(true)
    expect(await poll({})).toMatchObject({ ok: false, error: { code: 'locked' } })

    // A call the clinician makes does restart the idle clock.
    session.unlock('hip-clinic-1')
    clock = new Date(clock.getTime() + (idleMinutes * 60_000) / 2 + 1_000)
    expect(await route('listSyncConflicts')!({})).toMatchObject({ ok: true })
    clock = new Date(clock.getTime() + (idleMinutes * 60_000) / 2 + 1_000)
    expect(session.activeClinician()?.name).toBe('Alex Morgan')
  })
})
