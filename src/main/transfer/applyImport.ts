import type { Database } from 'better-sqlite3'
import type { ImportSummary } from '../../shared/api/contract'
import type { AuditTrail } from '../audit/auditTrail'
import type { AssessmentRepository } from '../db/assessmentRepository'
import type { PatientRepository } from '../db/patientRepository'
import type { CheckedFile } from './checkImportFile'
import { JobFailure } from './jobs'

const refuse = (reason: string) => new JobFailure(`${reason} Nothing was imported.`)
const asRecent = 'already here, as recent or more recent'
const deletedHere = 'deleted here; an import does not bring a deleted record back'

/**
 * Writes a checked file in one transaction, deciding each record against what is stored at that
 * moment: new records are added, older ones here replaced by newer ones from the file, and
 * anything else kept as it is, with the reason. Deciding inside the transaction means that a
 * change made while the file was being read (an assessment finalised meanwhile) is seen: the
 * plan is never older than the data it writes over.
 *
 * A record whose id is another patient's here is refused, and the whole import with it: ids
 * never move between patients. So is a patient whose record number another patient has. A record
 * deleted here stays deleted, and a record finalised unsigned by an earlier version never turns a
 * draft here into a finalised record without a signature (the database would refuse it).
 */
export function applyImport(
  db: Database,
  repos: { patients: PatientRepository; assessments: AssessmentRepository },
  file: CheckedFile,
  audit?: AuditTrail,
): ImportSummary {
  const summary: ImportSummary = {
    patientsAdded: 0,
    patientsUpdated: 0,
    assessmentsAdded: 0,
    assessmentsUpdated: 0,
    skipped: [],
  }
  db.transaction(() => {
    for (const { what, row } of file.patients) {
      const stored = repos.patients.importStateOf(row.id)
      const samePerson =
        stored === undefined ||
        (stored.createdAt === row.createdAt &&
          stored.dateOfBirth === row.dateOfBirth &&
          stored.searchName === row.searchName)
      if (stored?.deleted) {
        summary.skipped.push({ what, why: deletedHere })
        continue
      }
      if (!samePerson) {
        throw refuse(
          `${what}: a patient here has this id under another name or date of birth; records never move between patients. Correct the name or date of birth here first if it changed.`,
        )
      }
      if (stored && row.updatedAt <= stored.updatedAt) {
        summary.skipped.push({ what, why: asRecent })
        continue
      }
      if (row.recordNumber && repos.patients.recordNumberTaken(row.recordNumber, row.id))
        throw refuse(`${what}: another patient here already has this record number.`)
      repos.patients.writeImported(row, stored !== undefined)
      if (stored) summary.patientsUpdated++
      else summary.patientsAdded++
    }
    for (const { what, row, addenda } of file.assessments) {
      const stored = repos.assessments.storedStateOf(row.id)
      if (stored && stored.patientId !== row.patientId) {
        throw refuse(
          `${what}: its id belongs to another patient's assessment here; records never move between patients.`,
        )
      }
      if (stored?.deleted || repos.patients.importStateOf(row.patientId)?.deleted) {
        summary.skipped.push({ what, why: deletedHere })
      } else if (stored?.status === 'finalised') {
        summary.skipped.push({
          what,
          why: 'finalised here; a finalised record is never overwritten',
        })
      } else if (stored && row.updatedAt <= stored.updatedAt) {
        summary.skipped.push({ what, why: asRecent })
      } else if (stored && row.status === 'finalised' && row.signature === null) {
        summary.skipped.push({
          what,
          why: 'finalised unsigned by an earlier version; the draft here is kept',
        })
      } else {
        repos.assessments.writeImported(row, stored !== undefined, addenda)
        if (stored) summary.assessmentsUpdated++
        else summary.assessmentsAdded++
      }
    }
    audit?.record({
      action: 'import',
      recordType: 'records',
      detail:
        `export file: patients ${summary.patientsAdded} added, ${summary.patientsUpdated} updated; ` +
        `assessments ${summary.assessmentsAdded} added, ${summary.assessmentsUpdated} updated; ` +
        `${summary.skipped.length} skipped`,
    })
  }).immediate()
  return summary
}
