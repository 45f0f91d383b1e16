import {
  ASSESSMENT_SCHEMA_VERSION,
  type Addendum,
  type Assessment,
} from '../../shared/model/assessment/assessment'
import {
  UnsupportedAssessmentVersionError,
  upgradeAssessment,
} from '../../shared/model/assessment/upgradeAssessment'
import type { Patient } from '../../shared/model/patient'
import { AppError } from '../errors'

/**
 * Reading stored records: validate once on write, trust the stored version on read.
 *
 * Every path that writes a document validates it first with the shared zod schema:
 * AssessmentRepository.create / store / importRecord, writeImported (rows an import's worker
 * prepared from records it validated, assessmentRow.ts), PatientRepository.create / update /
 * importRecord / writeImported (patientRow.ts). Migrations are SQL on the schema only and never
 * write a document; the derived-data step writes only the summary columns. The file is encrypted
 * (SQLCipher) so nothing else writes it, and finalised records are further protected by triggers.
 * So a row whose `schema_version` is this app's was valid for this app's schema when written, and
 * is read as parsed JSON typed as the model: no second validation (which cost about 0.35 ms a
 * record, 21 % of the progress screen's CPU and most of its garbage).
 *
 * What is still checked, cheaply, on every read: that the JSON parses, that it is an object whose
 * own `schemaVersion` and `id` are the row's (a document pasted into the wrong row or a column
 * out of step with its document is not trusted). A row of an older version goes through the
 * verified upgrade path (upgradeAssessment: each version's step, then the full schema). A row of
 * a newer version, or one that fails any check, is refused with an AppError whose message says
 * what is wrong in words that quote nothing from the record; never a crash, never wrong data.
 * (The timeline marks such a row `unreadable` from its summary columns: derived/derivedData.ts.)
 *
 * If the assessment schema changes shape, ASSESSMENT_SCHEMA_VERSION goes up with a step in
 * upgradeAssessment.ts (assessment.ts says so), so rows written before the change take the
 * upgrade path here. The patient record has no version of its own yet: a change to its shape
 * must add one (and an upgrade) before its reads can go on being trusted.
 */

export interface StoredAssessmentRow {
  id: string
  schema_version: number
  document: string
}

const damaged = (what: string) =>
  new AppError(
    'conflict',
    `${what} is stored in a form this app cannot read: it may be damaged. Restore it from a backup, or ask for help.`,
  )

const newer = (version: number) =>
  new AppError(
    'conflict',
    `This assessment was saved by a newer version of the app (format ${version}): update the app to open it.`,
  )

function parsedObject(document: string): Record<string, unknown> | undefined {
  let value: unknown
  try {
    value = JSON.parse(document)
  } catch {
    return undefined
  }
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined
}

/**
 * An assessment row's document as the model, with its addenda (rows of their own since
 * migration 9, so never in the document); see the file's note for what is checked.
 */
export function readStoredAssessment(row: StoredAssessmentRow, addenda: Addendum[]): Assessment {
  const stored = parsedObject(row.document)
  if (!stored || stored.id !== row.id) throw damaged('This assessment')
  const doc: Record<string, unknown> = { ...stored, addenda }
  const version = doc.schemaVersion
  if (row.schema_version === ASSESSMENT_SCHEMA_VERSION && version === ASSESSMENT_SCHEMA_VERSION)
    return doc as unknown as Assessment
  if (typeof version === 'number' && version > ASSESSMENT_SCHEMA_VERSION) throw newer(version)
  // An older version (or a column out of step with its document): upgraded, then validated.
  try {
    return upgradeAssessment(doc)
  } catch (error) {
    if (error instanceof UnsupportedAssessmentVersionError) {
      const v = error.version
      if (typeof v === 'number' && v > ASSESSMENT_SCHEMA_VERSION) throw newer(v)
    }
    throw damaged('This assessment')
  }
}

/** A patient row's document as the model (validated when written; see the file's note). */
export function readStoredPatient(row: { id: string; document: string }): Patient {
  const doc = parsedObject(row.document)
  if (!doc || doc.id !== row.id) throw damaged('This patient’s record')
  return doc as unknown as Patient
}
