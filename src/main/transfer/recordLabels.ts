import type { Patient } from '../../shared/model/patient'

/**
 * How import messages name a record: enough for the clinician to find it, and no more patient
 * data than that. A patient is named by the clinic's record number when there is one, otherwise
 * by initials; the record's place in the file tells apart two patients with the same initials.
 * These messages are shown to the user and never logged.
 */
export function patientLabel(p: Pick<Patient, 'givenName' | 'familyName' | 'recordNumber'>) {
  if (p.recordNumber) return `record ${p.recordNumber}`
  const initial = (name: string) => (name.trim()[0] ?? '?').toUpperCase()
  return `${initial(p.givenName)}.${initial(p.familyName)}.`
}

export const patientWhat = (p: Parameters<typeof patientLabel>[0], place: string) =>
  `Patient ${patientLabel(p)} (${place})`

export const assessmentWhat = (
  p: Parameters<typeof patientLabel>[0],
  date: string,
  place: string,
) => `Assessment of ${patientLabel(p)} on ${date} (${place})`
