import { describe, expect, it } from 'vitest'
import { patientFieldsSchema } from '../../src/shared/model/patient'
import { aPatient } from '../support/patients'

const messagesFor = (input: unknown) => {
  const result = patientFieldsSchema.safeParse(input)
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]))
}

describe('patient schema', () => {
  it('accepts a complete patient and trims names', () => {
    const parsed = patientFieldsSchema.parse(aPatient({ givenName: '  Claire ' }))
    expect(parsed.givenName).toBe('Claire')
  })

  it('accepts the untouched optional fields of a form (empty strings)', () => {
    expect(
      patientFieldsSchema.safeParse(aPatient({ phone: '', email: '', notes: '', recordNumber: '' }))
        .success,
    ).toBe(true)
  })

  it('names each missing required field', () => {
    expect(messagesFor({})).toMatchObject({
      givenName: expect.any(String),
      familyName: expect.any(String),
      dateOfBirth: expect.any(String),
      sex: 'Choose an option',
    })
    expect(messagesFor(aPatient({ givenName: '   ' }))).toEqual({
      givenName: 'Enter the first name',
    })
  })

  it('refuses impossible or future dates of birth', () => {
    expect(messagesFor(aPatient({ dateOfBirth: '1981-02-30' }))).toHaveProperty('dateOfBirth')
    expect(messagesFor(aPatient({ dateOfBirth: '12/03/1981' }))).toHaveProperty('dateOfBirth')
    expect(messagesFor(aPatient({ dateOfBirth: '2999-01-01' }))).toEqual({
      dateOfBirth: 'The date of birth cannot be in the future',
    })
    expect(messagesFor(aPatient({ dateOfBirth: '1899-12-31' }))).toEqual({
      dateOfBirth: 'Check the year: this is before 1900',
    })
  })

  it('checks contact details and running numbers', () => {
    expect(messagesFor(aPatient({ email: 'claire.example.com' }))).toHaveProperty('email')
    expect(messagesFor(aPatient({ phone: 'call me' }))).toHaveProperty('phone')
    expect(messagesFor(aPatient({ weeklyDistanceKm: -5 }))).toEqual({
      weeklyDistanceKm: 'Cannot be negative',
    })
    expect(messagesFor(aPatient({ yearsRunning: 2.5 }))).toEqual({
      yearsRunning: 'Whole years only',
    })
  })

  it('rejects values of the wrong type, as an IPC payload might carry', () => {
    expect(messagesFor(aPatient({ weeklyDistanceKm: '30' as unknown as number }))).toHaveProperty(
      'weeklyDistanceKm',
    )
    expect(messagesFor(aPatient({ sex: 'robot' as never }))).toHaveProperty('sex')
  })
})
