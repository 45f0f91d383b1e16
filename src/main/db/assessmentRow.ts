import type { Assessment } from '../../shared/model/assessment/assessment'
import { summaryOf } from '../../shared/model/assessment/assessmentSummary'
import { SUMMARY_VERSION } from './derived/derivedData'

/**
 * The document a record is stored as: the assessment without its addenda, which live in their
 * own table (migration 9). For a signed record this is exactly the signed content and signature.
 */
export function documentOf(a: object): string {
  const { addenda: _inTheirOwnTable, ...document } = a as { addenda?: unknown }
  return JSON.stringify(document)
}

/**
 * An assessment as a row of the assessments table (migrations 2, 3, 8, 9 and 14): the validated
 * document, plus the columns lists read, the timeline's summary and the signature's columns.
 * `signedDocument` is a signed record as an export file states it, stored as it is so that its
 * signature still verifies. Pure, so that an import's worker can prepare rows without the
 * database and main only writes them.
 */
export function assessmentRowOf(a: Assessment, signedDocument?: object) {
  const summary = summaryOf(a)
  return {
    workingDiagnosis: summary.workingDiagnosis ?? null,
    reviewDate: summary.reviewDate ?? null,
    summary: JSON.stringify(summary),
    // Written with today's summary: the derived-data step leaves the row alone.
    derivedVersion: SUMMARY_VERSION,
    id: a.id,
    patientId: a.patientId,
    date: a.date,
    type: a.type,
    status: a.status,
    // The version of the document as stored (a signed record keeps the file's own).
    schemaVersion: signedDocument ? storedVersionOf(signedDocument) : a.schemaVersion,
    revision: a.revision,
    document: documentOf(signedDocument ?? a),
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    finalisedAt: a.finalisedAt ?? null,
    signature: a.signature?.sha256 ?? null,
    signedAt: a.signature?.signedAt ?? null,
    signedBy: a.signature?.signedBy.id ?? null,
  }
}
/** A document's own schema version; the first version's documents carried none. */
const storedVersionOf = (document: object): number => {
  const version = (document as { schemaVersion?: unknown }).schemaVersion
  return typeof version === 'number' ? version : 1
}

export type AssessmentRowParams = ReturnType<typeof assessmentRowOf>
