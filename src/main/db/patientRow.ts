import type { Patient } from '../../shared/model/patient'
import { foldForSearch } from '../../shared/text/foldForSearch'

/**
 * A patient as a row of the patients table (migration 1): the validated record as its document,
 * plus the columns search and lists read. Pure, so that an import's worker can prepare rows
 * without the database and main only writes them.
 */
export function patientRowOf(p: Patient) {
  return {
    id: p.id,
    givenName: p.givenName,
    familyName: p.familyName,
    dateOfBirth: p.dateOfBirth,
    sex: p.sex,
    recordNumber: p.recordNumber ?? null,
    document: JSON.stringify(p),
    searchName: foldForSearch(`${p.givenName} ${p.familyName}`),
    familyFolded: foldForSearch(p.familyName),
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  }
}
export type PatientRowParams = ReturnType<typeof patientRowOf>
