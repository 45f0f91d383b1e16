import type { Database } from 'better-sqlite3'
import type { ImportSummary } from '../../shared/api/contract'
import type { AuditTrail } from '../audit/auditTrail'
import type { AssessmentRepository } from '../db/assessmentRepository'
import type { PatientRepository } from '../db/patientRepository'
import { applyImport } from './applyImport'
import { checkFileInWorker } from './importWorkerThread'
import { JobFailure, type JobControl } from './jobs'

/**
 * Reads an export file and merges it into the database without duplicates and without
 * overwriting newer data or any finalised record. A record deleted here stays deleted; a signed
 * record comes in only as it was signed (its signature and its addenda's hashes hold).
 *
 * The file is read and checked whole in a worker thread (importWorker.ts), so main answers every
 * call meanwhile; a file with any record at fault is refused, naming it. The records are then
 * written in one transaction that decides each against the database as it is at that moment
 * (applyImport.ts). A refused file, a cancel or a failure writes nothing.
 *
 * `workerScript` is the built worker, which the app passes; without it the worker runs from
 * source (importWorkerThread.ts). `audit` records the import as a whole, in its transaction
 * (each record's own entry comes from its repository).
 */
export async function runImport(
  db: Database,
  repos: { patients: PatientRepository; assessments: AssessmentRepository },
  path: string,
  control: JobControl,
  { workerScript, audit }: { workerScript?: string; audit?: AuditTrail } = {},
): Promise<{ message: string; summary: ImportSummary }> {
  const file = await checkFileInWorker(path, control, workerScript)
  await control.checkpoint()
  let summary: ImportSummary
  try {
    summary = applyImport(db, repos, file, audit)
  } catch (error) {
    if (error instanceof JobFailure) throw error
    const message =
      error instanceof Error && 'code' in error && error.code === 'conflict'
        ? error.message
        : 'the records could not be stored.'
    throw new JobFailure(`Import stopped: ${message} Nothing was imported.`)
  }
  const changed =
    summary.patientsAdded +
    summary.patientsUpdated +
    summary.assessmentsAdded +
    summary.assessmentsUpdated
  const count = file.patients.length
  return {
    summary,
    message:
      changed === 0
        ? `Nothing new: all ${count} ${count === 1 ? 'patient is' : 'patients are'} already here.`
        : `Imported ${summary.patientsAdded} new and ${summary.patientsUpdated} updated patients, ${summary.assessmentsAdded} new and ${summary.assessmentsUpdated} updated assessments; ${summary.skipped.length} skipped.`,
  }
}
