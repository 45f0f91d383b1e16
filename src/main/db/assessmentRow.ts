import type { Assessment } from '../../shared/model/assessment/assessment'
import { summaryOf } from '../../shared/model/assessment/assessmentSummary'
import { SUMMARY_VERSION } from './derived/derivedData'

/**
 * An assessment as a row of the assessments table (migrations 2 and 3): the validated document,
 * plus the columns lists read and the timeline's summary. Pure, so that an import's worker can
 * prepare rows without the database and main only writes them.
 */
export function assessmentRowOf(a: Assessment) {
  const summary = summaryOf(a)
  return {
    workingDiagnosis: summary.workingDiagnosis ?? null,
    summary: JSON.stringify(summary),
    // Written with today's summary: the derived-data step leaves the row alone.
    derivedVersion: SUMMARY_VERSION,
    id: a.id,
    patientId: a.patientId,
    date: a.date,
    type: a.type,
    status: a.status,
    schemaVersion: a.schemaVersion,
    revision: a.revision,
    document: JSON.stringify(a),
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    finalisedAt: a.finalisedAt ?? null,
  }
}
export type AssessmentRowParams = ReturnType<typeof assessmentRowOf>
