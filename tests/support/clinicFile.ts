import { randomUUID } from 'node:crypto'
import { closeSync, openSync, writeSync } from 'node:fs'
import { assessmentSchema, type Assessment } from '../../src/shared/model/assessment/assessment'
import { EXPORT_FILE_FORMAT, EXPORT_FILE_VERSION } from '../../src/shared/model/exportFile'
import type { Patient } from '../../src/shared/model/patient'
import { confirmWorkingDiagnosis } from '../../src/shared/workflow/decisions'
import { sha256 } from '../../src/main/audit/sha256'
import { finaliseAssessment } from '../../src/shared/workflow/finalise'
import { startAssessment } from '../../src/shared/workflow/startAssessment'
import { completeSections } from './assessments'
import { loadVignette, sectionsOf, vignetteIds } from './vignettes'

/**
 * Records as an export file carries them, made by the app's own workflow rules: a vignette's
 * patient and its assessment, complete, decided and (unless asked otherwise) finalised. A
 * finalised record is unsigned, as versions before signing exported them, unless `signed`.
 */
export function vignetteRecord(
  vignetteId: string,
  { finalised = true, signed = false, at = new Date('2026-11-02T10:00:00Z') } = {},
): { patient: Patient; assessment: Assessment } {
  const v = loadVignette(vignetteId)
  const patient: Patient = { ...v.patient, id: randomUUID() }
  const started = startAssessment(
    { id: randomUUID(), patientId: patient.id, type: 'initial', date: v.assessment.date },
    undefined,
    at,
  )
  const draft = assessmentSchema.parse({
    ...started,
    ...completeSections(sectionsOf(v.assessment)),
    revision: 1,
  })
  const decided = confirmWorkingDiagnosis(
    draft,
    {
      confirmed: [{ freeText: 'Hip pain, cause to be confirmed' }],
      reason: 'Findings recorded as not assessed for this test',
      plan: 'proposal',
    },
    { patient, now: at },
  )
  const signedRecord = finalised
    ? finaliseAssessment(decided, patient, at, {
        signer: { id: randomUUID(), name: 'Sam Seeder', registrationNumber: 'PH000001' },
        sha256,
      })
    : decided
  const { signature: _unsigned, ...unsignedRecord } = signedRecord
  const assessment = signed ? signedRecord : unsignedRecord
  return { patient, assessment: assessmentSchema.parse(assessment) }
}

/** An export file's text around the given patients' records. */
export function exportFileText(
  patients: { patient: unknown; assessments: unknown[] }[],
  exportedAt = new Date().toISOString(),
): string {
  return JSON.stringify({
    format: EXPORT_FILE_FORMAT,
    formatVersion: EXPORT_FILE_VERSION,
    exportedAt,
    patients,
  })
}

/**
 * Writes a clinic's export file of at least `bytes`, written in pieces so that a file of
 * hundreds of megabytes never sits in memory whole: patients made from the vignettes in turn,
 * each with three assessments (the first finalised, the others drafts), or, given `patients`,
 * that many patients and no assessments. Returns its counts.
 */
export function writeLargeExportFile(
  path: string,
  bytes: number,
  { patients: patientCount }: { patients?: number } = {},
) {
  const templates = vignetteIds().map((id) => vignetteRecord(id))
  const fd = openSync(path, 'w')
  let written = 0
  let patients = 0
  const write = (text: string) => {
    written += writeSync(fd, text)
  }
  try {
    write(
      `{"format":"${EXPORT_FILE_FORMAT}","formatVersion":${EXPORT_FILE_VERSION},"exportedAt":"${new Date().toISOString()}","patients":[`,
    )
    while (patientCount === undefined ? written < bytes : patients < patientCount) {
      const template = templates[patients % templates.length]!
      const patient = {
        ...template.patient,
        id: randomUUID(),
        givenName: `Runner${patients}`,
        recordNumber: `RH-${patients}`,
      }
      const dates = patientCount === undefined ? ['2026-09-01', '2026-10-01', '2026-11-01'] : []
      const assessments = dates.map((date, visit) => {
        const { finalisedAt: _f, reasoningAtFinalise: _r, ...draft } = template.assessment
        return visit === 0
          ? { ...template.assessment, id: randomUUID(), patientId: patient.id }
          : {
              ...draft,
              status: 'draft',
              id: randomUUID(),
              patientId: patient.id,
              date,
              type: 'follow-up',
            }
      })
      write(`${patients === 0 ? '' : ','}\n${JSON.stringify({ patient, assessments })}`)
      patients++
    }
    write('\n]}\n')
  } finally {
    closeSync(fd)
  }
  return { bytes: written, patients, assessments: patientCount === undefined ? patients * 3 : 0 }
}
