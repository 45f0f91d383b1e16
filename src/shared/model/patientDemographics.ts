import type { z } from 'zod'
import { canonicalJson } from '../signing/canonicalJson'
import { patientFieldsSchema, type PatientFields } from './patient'

/**
 * The patient's details a signed record keeps as they were when it was signed: who the patient
 * was (name, date of birth, sex, record number), how to reach them and their running background —
 * what the reports print. The free-text notes are not part of it: they are not printed, and a note
 * added later says nothing about the record signed before.
 *
 * A patient's details are edited in place; a report of a signed record prints this snapshot, and
 * says which of these details have changed since.
 */
export const demographicFields = [
  'givenName',
  'familyName',
  'dateOfBirth',
  'sex',
  'recordNumber',
  'phone',
  'email',
  'address',
  'yearsRunning',
  'weeklyDistanceKm',
  'runsPerWeek',
  'mainEvent',
] as const
export type DemographicField = (typeof demographicFields)[number]

export const demographicFieldLabels: Record<DemographicField, string> = {
  givenName: 'first name',
  familyName: 'surname',
  dateOfBirth: 'date of birth',
  sex: 'sex',
  recordNumber: 'record number',
  phone: 'phone',
  email: 'email',
  address: 'address',
  yearsRunning: 'years running',
  weeklyDistanceKm: 'usual weekly distance',
  runsPerWeek: 'runs per week',
  mainEvent: 'main event',
}

export const patientDemographicsSchema = patientFieldsSchema.pick({
  givenName: true,
  familyName: true,
  dateOfBirth: true,
  sex: true,
  recordNumber: true,
  phone: true,
  email: true,
  address: true,
  yearsRunning: true,
  weeklyDistanceKm: true,
  runsPerWeek: true,
  mainEvent: true,
})
export type PatientDemographics = z.infer<typeof patientDemographicsSchema>

/** The patient's demographics now, as a snapshot keeps them (details not given are left out). */
export function demographicsOf(patient: PatientFields): PatientDemographics {
  const snapshot: Record<string, unknown> = {}
  for (const field of demographicFields) {
    const value = patient[field]
    if (value !== undefined && value !== '') snapshot[field] = value
  }
  return snapshot as PatientDemographics
}

/** Which details differ between the snapshot and the patient's details now, in form order. */
export function changedDemographics(
  snapshot: PatientDemographics,
  now: PatientFields,
): DemographicField[] {
  const current = demographicsOf(now)
  return demographicFields.filter(
    (field) => canonicalJson(snapshot[field] ?? null) !== canonicalJson(current[field] ?? null),
  )
}
