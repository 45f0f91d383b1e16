import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { channelNames, isSessionChannel, isStartupChannel } from '../../src/shared/api/channels'
import { contract } from '../../src/shared/api/contract'
import { createHandlers } from '../../src/main/ipc/handlers'
import { aPatient } from '../support/patients'
import { tempDatabase } from '../support/tempDatabase'

let store: ReturnType<typeof tempDatabase>
beforeEach(() => {
  store = tempDatabase()
})
afterEach(() => store.cleanup())

const patientCount = () => store.db.prepare('SELECT COUNT(*) FROM patients').pluck().get()

describe('IPC handler table', () => {
  it('has exactly one handler per channel of the contract: the clinic’s here, the start-up screens’ and the session’s apart', () => {
    const handlers = createHandlers(store.db)
    expect(Object.keys(handlers).sort()).toEqual(
      channelNames.filter((name) => !isStartupChannel(name) && !isSessionChannel(name)).sort(),
    )
    expect(Object.keys(contract).sort()).toEqual([...channelNames].sort())
  })

  it('returns a created patient as a value', async () => {
    const handlers = createHandlers(store.db)
    const result = await handlers.createPatient(aPatient())
    expect(result).toMatchObject({ ok: true, value: { familyName: 'Dupont' } })
    expect(patientCount()).toBe(1)
  })

  it('rejects input that fails the schema, with the path of each bad field, and writes nothing', async () => {
    const handlers = createHandlers(store.db)
    const result = await handlers.createPatient({
      ...aPatient(),
      givenName: '',
      dateOfBirth: '2999-01-01',
    })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('invalid-input')
    expect(result.error.issues).toEqual(
      expect.arrayContaining([
        { path: ['givenName'], message: 'Enter the first name' },
        { path: ['dateOfBirth'], message: 'The date of birth cannot be in the future' },
      ]),
    )
    expect(patientCount()).toBe(0)
  })

  it.each([undefined, null, 'Dupont', 42, []])(
    'rejects a payload of the wrong shape (%s)',
    async (input) => {
      const handlers = createHandlers(store.db)
      expect(await handlers.createPatient(input)).toMatchObject({
        ok: false,
        error: { code: 'invalid-input' },
      })
      expect(await handlers.getPatient(input)).toMatchObject({
        ok: false,
        error: { code: 'invalid-input' },
      })
    },
  )

  it('keeps the conflict field path for update, where the id sits next to the fields', async () => {
    const handlers = createHandlers(store.db)
    await handlers.createPatient(aPatient({ recordNumber: 'A1' }))
    const other = await handlers.createPatient(aPatient({ givenName: 'Paul' }))
    if (!other.ok) throw new Error('setup failed')
    const result = await handlers.updatePatient({
      ...aPatient({ recordNumber: 'A1' }),
      id: other.value.id,
    })
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        message: 'Another patient already has this record number.',
        issues: [{ path: ['recordNumber'], message: 'Already used for another patient' }],
      },
    })
  })

  it('answers not-found for an unknown id', async () => {
    const handlers = createHandlers(store.db)
    expect(await handlers.getPatient({ id: '00000000-0000-4000-8000-000000000000' })).toMatchObject(
      {
        ok: false,
        error: { code: 'not-found' },
      },
    )
  })

  it('turns an unexpected failure into a generic error that carries no patient data, and reports only its kind', async () => {
    const report = vi.fn()
    const handlers = createHandlers(store.db, { report })
    store.db.close() // every statement now throws, with a message of its own
    const result = await handlers.createPatient(aPatient({ familyName: 'Secretname' }))
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'internal',
        message: 'Something went wrong and nothing was saved. Please try again.',
      },
    })
    expect(report).toHaveBeenCalledWith('createPatient', expect.any(Error))
  })

  it('logs unexpected failures without their message', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {})
    const handlers = createHandlers(store.db)
    store.db.close()
    await handlers.findPatients({ query: 'Secretname' })
    expect(log).toHaveBeenCalledTimes(1)
    const line = String(log.mock.calls[0]?.[0])
    expect(line).toMatch(/^\[ipc\] findPatients failed: TypeError/)
    expect(line).not.toMatch(/Secretname/)
    log.mockRestore()
  })
})

describe("the clinic's details", () => {
  const stored = () => store.db.prepare('SELECT document FROM settings').pluck().all()

  it('are absent until entered, then kept, and a second save replaces the first', async () => {
    const handlers = createHandlers(store.db)
    expect(await handlers.getClinicDetails({})).toEqual({ ok: true, value: {} })
    const details = {
      name: 'Riverside Physio',
      tagline: 'Running injuries',
      address: '1 Quay Street\nLeeds LS1 4AB',
      phone: '0113 496 0000',
      email: 'desk@riverside.example',
    }
    expect(await handlers.saveClinicDetails(details)).toEqual({ ok: true, value: details })
    expect(await handlers.getClinicDetails({})).toEqual({ ok: true, value: { clinic: details } })
    await handlers.saveClinicDetails({ ...details, name: '  Riverside Physiotherapy ' })
    const again = await handlers.getClinicDetails({})
    expect(again.ok && again.value.clinic?.name).toBe('Riverside Physiotherapy')
    expect(stored()).toHaveLength(1)
  })

  it('refuse a missing name or a malformed email, on their fields, and store nothing', async () => {
    const handlers = createHandlers(store.db)
    const result = await handlers.saveClinicDetails({ name: ' ', email: 'desk@' })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.issues).toEqual(
      expect.arrayContaining([
        { path: ['name'], message: 'Enter the clinic name' },
        { path: ['email'], message: 'Enter an email address like name@example.com' },
      ]),
    )
    expect(stored()).toEqual([])
  })
})
