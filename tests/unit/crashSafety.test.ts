import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createHandlers } from '../../src/main/ipc/handlers'
import { nothingExpected, problemsIn, record, runCrashTest } from '../support/crash/crashTest'
import { aPatient } from '../support/patients'
import { tempDatabase } from '../support/tempDatabase'

/**
 * Killed at any moment, the app loses no write it has acknowledged and its database stays sound.
 * A few SIGKILLs here; `npm run crash-test` does hundreds (docs/security.md has the figures).
 */

describe('killed with SIGKILL while it writes', () => {
  it('keeps every acknowledged write, and the database passes its integrity check, after each kill', async () => {
    const report = await runCrashTest({ kills: 8 })
    expect(report.problems).toEqual([])
    expect(report.kills).toBe(8)
    expect(report.acknowledged).toBeGreaterThan(0)
  }, 120_000)
})

describe("the crash test's check", () => {
  let store: ReturnType<typeof tempDatabase>
  beforeEach(() => {
    store = tempDatabase()
  })
  afterEach(() => store.cleanup())

  it('finds an acknowledged write that is missing, or older than acknowledged', async () => {
    const handlers = createHandlers(store.db)
    const patient = await handlers.createPatient(aPatient())
    if (!patient.ok) throw new Error('no patient')
    const created = await handlers.createAssessment({
      patientId: patient.value.id,
      type: 'initial',
      date: '2026-11-02',
    })
    if (!created.ok) throw new Error('no assessment')
    const expected = nothingExpected()
    record(expected, { kind: 'patient', id: patient.value.id })
    record(expected, { kind: 'revision', id: created.value.id, revision: 0 })
    expect(problemsIn(store.db, expected)).toEqual([])

    record(expected, { kind: 'patient', id: '00000000-0000-4000-8000-000000000000' })
    record(expected, { kind: 'revision', id: created.value.id, revision: 2 })
    record(expected, { kind: 'finalised', id: created.value.id })
    expect(problemsIn(store.db, expected)).toEqual([
      'acknowledged patient 00000000-0000-4000-8000-000000000000 is missing',
      `assessment ${created.value.id} is at revision 0, 2 acknowledged`,
      `${created.value.id} is no longer finalised`,
    ])
  })
})
