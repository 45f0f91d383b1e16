import { readFileSync } from 'node:fs'
import type { Database } from 'better-sqlite3'
import type { ImportSummary } from '../../shared/api/contract'
import type { Assessment } from '../../shared/model/assessment/assessment'
import { upgradeAssessment } from '../../shared/model/assessment/upgradeAssessment'
import { exportFileSchema } from '../../shared/model/exportFile'
import { patientFullName, type Patient } from '../../shared/model/patient'
import type { AssessmentRepository } from '../db/assessmentRepository'
import type { PatientRepository } from '../db/patientRepository'
import { JobFailure, type JobControl } from './jobs'

const CHUNK = 50

/**
 * Reads an export file and merges it into the database without duplicates and without
 * overwriting newer data: records are matched by id; a stored record that is as new or newer
 * (or finalised, for assessments) is kept and the incoming one skipped, with the reason.
 *
 * Everything is checked and planned first, in chunks that can be cancelled; the plan is then
 * applied in one transaction, so a bad file, a cancel or a failure writes nothing.
 */
export async function runImport(
  db: Database,
  repos: { patients: PatientRepository; assessments: AssessmentRepository },
  path: string,
  control: JobControl,
): Promise<{ message: string; summary: ImportSummary }> {
  let json: unknown
  try {
    json = JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    throw new JobFailure('This file could not be read as a JSON export: nothing was imported.')
  }
  const file = exportFileSchema.safeParse(json)
  if (!file.success) {
    const first = file.error.issues[0]
    const where = first?.path.length ? ` (at ${first.path.join('.')})` : ''
    throw new JobFailure(
      `This is not a valid Runner's Hip export file${where}: ${first?.message ?? 'unknown problem'}. Nothing was imported.`,
    )
  }

  const summary: ImportSummary = {
    patientsAdded: 0,
    patientsUpdated: 0,
    assessmentsAdded: 0,
    assessmentsUpdated: 0,
    skipped: [],
  }
  const patientsToWrite: Patient[] = []
  const assessmentsToWrite: Assessment[] = []
  const records = file.data.patients
  control.progress(0, records.length)
  for (let i = 0; i < records.length; i += CHUNK) {
    await control.checkpoint()
    for (const [offset, record] of records.slice(i, i + CHUNK).entries()) {
      const { patient } = record
      const name = patientFullName(patient)
      const storedAt = repos.patients.updatedAtOf(patient.id)
      if (storedAt === undefined) {
        patientsToWrite.push(patient)
        summary.patientsAdded++
      } else if (patient.updatedAt > storedAt) {
        patientsToWrite.push(patient)
        summary.patientsUpdated++
      } else {
        summary.skipped.push({
          what: `Patient ${name}`,
          why: 'already here, as recent or more recent',
        })
      }
      for (const [index, raw] of record.assessments.entries()) {
        let assessment: Assessment
        try {
          assessment = upgradeAssessment(raw)
        } catch (error) {
          const where = `patients.${i + offset}.assessments.${index}`
          throw new JobFailure(
            `The assessment at ${where} is not valid (${error instanceof Error ? error.name : 'unknown'}). Nothing was imported.`,
          )
        }
        if (assessment.patientId !== patient.id) {
          throw new JobFailure(
            `An assessment of ${name} belongs to another patient in the file. Nothing was imported.`,
          )
        }
        const stored = repos.assessments.storedStateOf(assessment.id)
        const what = `Assessment of ${name} on ${assessment.date}`
        if (!stored) {
          assessmentsToWrite.push(assessment)
          summary.assessmentsAdded++
        } else if (stored.patientId !== assessment.patientId) {
          summary.skipped.push({ what, why: 'its id belongs to another patient here' })
        } else if (stored.status === 'finalised') {
          summary.skipped.push({
            what,
            why: 'finalised here; a finalised record is never overwritten',
          })
        } else if (assessment.updatedAt > stored.updatedAt) {
          assessmentsToWrite.push(assessment)
          summary.assessmentsUpdated++
        } else {
          summary.skipped.push({ what, why: 'already here, as recent or more recent' })
        }
      }
    }
    control.progress(Math.min(i + CHUNK, records.length), records.length)
  }
  await control.checkpoint()
  try {
    db.transaction(() => {
      for (const p of patientsToWrite) repos.patients.importRecord(p)
      for (const a of assessmentsToWrite) repos.assessments.importRecord(a)
    })()
  } catch (error) {
    const message =
      error instanceof Error && 'code' in error && error.code === 'conflict'
        ? error.message
        : 'the records could not be stored'
    throw new JobFailure(`Import stopped: ${message} Nothing was imported.`)
  }
  const changed =
    summary.patientsAdded +
    summary.patientsUpdated +
    summary.assessmentsAdded +
    summary.assessmentsUpdated
  return {
    summary,
    message:
      changed === 0
        ? `Nothing new: all ${records.length} ${records.length === 1 ? 'patient is' : 'patients are'} already here.`
        : `Imported ${summary.patientsAdded} new and ${summary.patientsUpdated} updated patients, ${summary.assessmentsAdded} new and ${summary.assessmentsUpdated} updated assessments; ${summary.skipped.length} skipped.`,
  }
}
