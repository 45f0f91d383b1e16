import type { PatientFields } from '../../src/shared/model/patient'

/** A complete, valid patient; override what a test cares about. */
export function aPatient(overrides: Partial<PatientFields> = {}): PatientFields {
  return {
    givenName: 'Claire',
    familyName: 'Dupont',
    dateOfBirth: '1981-03-12',
    sex: 'female',
    weeklyDistanceKm: 30,
    yearsRunning: 8,
    ...overrides,
  }
}
