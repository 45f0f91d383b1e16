import { readFileSync } from 'node:fs'
import type { Database } from 'better-sqlite3'
import type { ImportSummary } from '../../shared/api/contract'
import type { Assessment } from '../../shared/model/assessment/assessment'
import { upgradeAssessment } from '../../shared/model/assessment/upgradeAssessment'
import { exportFileSchema } from '../../shared/model/exportFile'
import { patientFullName, type Patient } from '../../shared/model/patient'
import { checkRecord, firstBrokenAddendum } from '../../shared/signing/recordSignature'
import type { AuditTrail } from '../audit/auditTrail'
import { sha256 } from '../audit/sha256'
import type { AssessmentRepository } from '../db/assessmentRepository'
import type { PatientRepository } from '../db/patientRepository'
import { JobFailure, type JobControl } from './jobs'

const CHUNK = 50

/**
 * Reads an export file and merges it into the database without duplicates and without
 * overwriting newer data: records are matched by id; a stored record that is as new or newer
 * (or finalised, for assessments) is kept and the incoming one skipped, with the reason. A
 * record deleted here stays deleted. A signed record comes in only if its signature and its
 * addenda's hashes still match its content: one changed since it was signed is skipped.
 *
 * Everything is checked and planned first, in chunks that can be cancelled; the plan is then
 * applied in one transaction, so a bad file, a cancel or a failure writes nothing.
 */
export async function runImport(
  db: Database,
  repos: { patients: PatientRepository; assessments: AssessmentRepository },
  path: string,
  control: JobControl,
  /** Records the import as a whole (each record's own entry comes from its repository). */
  audit?: AuditTrail,
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
  const assessmentsToWrite: { assessment: Assessment; signed?: Record<string, unknown> }[] = []
  const records = file.data.patients
  control.progress(0, records.length)
  for (let i = 0; i < records.length; i += CHUNK) {
    await control.checkpoint()
    for (const [offset, record] of records.slice(i, i + CHUNK).entries()) {
      const { patient } = record
      const name = patientFullName(patient)
      const stored = repos.patients.storedStateOf(patient.id)
      if (stored === undefined) {
        patientsToWrite.push(patient)
        summary.patientsAdded++
      } else if (stored.deleted) {
        summary.skipped.push({
          what: `Patient ${name}`,
          why: 'deleted here; an import does not bring a deleted record back',
        })
      } else if (patient.updatedAt > stored.updatedAt) {
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
        const signed = assessment.signature ? (raw as Record<string, unknown>) : undefined
        if (signed && !signatureHolds(signed, assessment)) {
          summary.skipped.push({
            what,
            why: 'its content does not match its signature: it was changed after it was signed',
          })
        } else if (!signed && assessment.status === 'finalised' && stored?.status === 'draft') {
          summary.skipped.push({
            what,
            why: 'finalised unsigned by an earlier version; the draft here is kept',
          })
        } else if (!stored) {
          assessmentsToWrite.push({ assessment, ...(signed ? { signed } : {}) })
          summary.assessmentsAdded++
        } else if (stored.patientId !== assessment.patientId) {
          summary.skipped.push({ what, why: 'its id belongs to another patient here' })
        } else if (stored.deleted) {
          summary.skipped.push({
            what,
            why: 'deleted here; an import does not bring a deleted record back',
          })
        } else if (stored.status === 'finalised') {
          summary.skipped.push({
            what,
            why: 'finalised here; a finalised record is never overwritten',
          })
        } else if (assessment.updatedAt > stored.updatedAt) {
          assessmentsToWrite.push({ assessment, ...(signed ? { signed } : {}) })
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
      for (const a of assessmentsToWrite) repos.assessments.importRecord(a.assessment, a.signed)
      audit?.record({
        action: 'import',
        recordType: 'records',
        detail:
          `export file: patients ${summary.patientsAdded} added, ${summary.patientsUpdated} updated; ` +
          `assessments ${summary.assessmentsAdded} added, ${summary.assessmentsUpdated} updated; ` +
          `${summary.skipped.length} skipped`,
      })
    }).immediate()
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

/** A signed record from a file: its content and each addendum still hash to what was signed. */
function signatureHolds(raw: Record<string, unknown>, assessment: Assessment): boolean {
  const check = checkRecord(raw, sha256)
  return (
    check.kind === 'valid' &&
    firstBrokenAddendum(assessment.id, check.sha256, assessment.addenda, sha256) === -1
  )
}
