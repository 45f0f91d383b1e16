import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { PatientRepository } from '../../src/main/db/patientRepository'
import { AppError } from '../../src/main/errors'
import { aPatient } from '../support/patients'
import { tempDatabase } from '../support/tempDatabase'

let store: ReturnType<typeof tempDatabase>
let repo: PatientRepository
beforeEach(() => {
  store = tempDatabase()
  repo = new PatientRepository(store.db)
})
afterEach(() => store.cleanup())

const names = (query: string) =>
  repo.search(query).patients.map((p) => `${p.givenName} ${p.familyName}`)

describe('patient repository', () => {
  it('creates a patient with an id and timestamps, and reads it back', () => {
    const created = repo.create(aPatient({ phone: '', notes: 'Prefers mornings' }))
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/)
    expect(created.createdAt).toBe(created.updatedAt)
    const read = repo.get(created.id)
    expect(read).toEqual(created)
    expect(read).not.toHaveProperty('phone') // an empty field is stored as "not given"
    expect(read.notes).toBe('Prefers mornings')
  })

  it('updates a patient, keeping the creation time', async () => {
    const created = repo.create(aPatient())
    await new Promise((r) => setTimeout(r, 5))
    const updated = repo.update(
      created.id,
      aPatient({ familyName: 'Dupont-Martin', weeklyDistanceKm: 45 }),
    )
    expect(updated.createdAt).toBe(created.createdAt)
    expect(updated.updatedAt > created.updatedAt).toBe(true)
    expect(repo.get(created.id)).toMatchObject({
      familyName: 'Dupont-Martin',
      weeklyDistanceKm: 45,
    })
  })

  it('reports a missing patient as not found', () => {
    expect(() => repo.get('00000000-0000-4000-8000-000000000000')).toThrow(AppError)
    expect(() => repo.update('00000000-0000-4000-8000-000000000000', aPatient())).toThrow(
      /not found/,
    )
  })

  it('refuses a record number that another patient has, on the recordNumber field', () => {
    repo.create(aPatient({ recordNumber: 'RH-0042' }))
    const other = repo.create(aPatient({ givenName: 'Paul' }))
    let error: AppError | undefined
    try {
      repo.update(other.id, aPatient({ givenName: 'Paul', recordNumber: 'RH-0042' }))
    } catch (e) {
      error = e as AppError
    }
    expect(error?.code).toBe('conflict')
    expect(error?.issues).toEqual([
      { path: ['recordNumber'], message: 'Already used for another patient' },
    ])
    expect(repo.get(other.id).recordNumber).toBeUndefined()
  })

  describe('search', () => {
    beforeEach(() => {
      repo.create(
        aPatient({
          givenName: 'María José',
          familyName: 'García Núñez',
          dateOfBirth: '1979-07-01',
        }),
      )
      repo.create(
        aPatient({
          givenName: 'Claire',
          familyName: 'Dupont',
          dateOfBirth: '1981-03-12',
          recordNumber: 'RH-0042',
        }),
      )
      repo.create(
        aPatient({
          givenName: 'Søren',
          familyName: "O'Brien",
          dateOfBirth: '1990-11-30',
          sex: 'male',
        }),
      )
      repo.create(
        aPatient({
          givenName: 'Paul',
          familyName: 'Garcin',
          dateOfBirth: '1981-03-12',
          sex: 'male',
        }),
      )
    })

    it('lists everyone by surname when nothing is typed', () => {
      expect(names('')).toEqual([
        'Claire Dupont',
        'María José García Núñez',
        'Paul Garcin',
        "Søren O'Brien",
      ])
      expect(repo.search('').next).toBeUndefined()
    })

    it('finds part of a surname or a first name, whatever the case', () => {
      expect(names('gar')).toEqual(['María José García Núñez', 'Paul Garcin'])
      expect(names('PON')).toEqual(['Claire Dupont'])
      expect(names('laIR')).toEqual(['Claire Dupont'])
    })

    it('ignores accents both ways', () => {
      expect(names('garcia nunez')).toEqual(['María José García Núñez'])
      expect(names('maría')).toEqual(['María José García Núñez'])
      expect(names('soren')).toEqual(["Søren O'Brien"])
      expect(names('obrien')).toEqual([])
      expect(names("o'brien")).toEqual(["Søren O'Brien"])
    })

    it('needs every word typed, in any order', () => {
      expect(names('jose garc')).toEqual(['María José García Núñez'])
      expect(names('garc paul')).toEqual(['Paul Garcin'])
      expect(names('garc claire')).toEqual([])
    })

    it('finds a date of birth typed day first or as ISO', () => {
      expect(names('12/03/1981')).toEqual(['Claire Dupont', 'Paul Garcin'])
      expect(names('1981-03-12')).toEqual(['Claire Dupont', 'Paul Garcin'])
      expect(names('01.07.1979')).toEqual(['María José García Núñez'])
    })

    it('finds a record number from its start', () => {
      expect(names('rh-00')).toEqual(['Claire Dupont'])
    })

    it('treats SQL wildcards as plain text', () => {
      expect(names('%')).toEqual([])
      expect(names('_')).toEqual([])
    })

    it('cuts long lists into pages, each with where the next one starts', () => {
      const first = repo.search('', 2)
      expect(first.patients).toHaveLength(2)
      expect(first.next).toBeDefined()
      const second = repo.search('', 2, first.next)
      expect(second.patients.map((p) => p.familyName)).toEqual(['Garcin', "O'Brien"])
      expect(second.next).toBeUndefined()
    })
  })
})
