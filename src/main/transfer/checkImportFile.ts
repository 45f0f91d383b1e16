import type { Addendum } from '../../shared/model/assessment/assessment'
import { upgradeAssessment } from '../../shared/model/assessment/upgradeAssessment'
import { exportFileSchema } from '../../shared/model/exportFile'
import type { Patient } from '../../shared/model/patient'
import { importedAssessmentProblem } from '../../shared/workflow/importedRecord'
import { assessmentRowOf, type AssessmentRowParams } from '../db/assessmentRow'
import { patientRowOf, type PatientRowParams } from '../db/patientRow'
import { verifyImportedSignature } from './importedSignature'
import { JobFailure } from './jobs'
import { assessmentWhat, patientWhat } from './recordLabels'

/**
 * A file's records once checked: every value parsed with the shared schemas, every rule that
 * needs no database applied, and each record already turned into the row main will write. What
 * can only be decided against the stored records (new, newer, finalised here, someone else's id)
 * is decided inside the write transaction (applyImport.ts).
 */
export interface CheckedPatient {
  /** How messages name it (recordLabels.ts). */
  what: string
  row: PatientRowParams
}
export interface CheckedAssessment {
  what: string
  row: AssessmentRowParams
  /** Stored in their own table, each with its author and hash as the file has them. */
  addenda: Addendum[]
}
export interface CheckedFile {
  patients: CheckedPatient[]
  assessments: CheckedAssessment[]
}

const refuse = (reason: string) => new JobFailure(`${reason} Nothing was imported.`)

/**
 * Reads an export file's text and checks it whole, or refuses it with a message naming the first
 * record at fault (a refusal writes nothing). Runs in the import's worker (importWorker.ts), off
 * the main thread; `progress` reports patients checked.
 */
export function checkImportFile(
  text: string,
  progress: (done: number, total: number) => void = () => {},
): CheckedFile {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new JobFailure('This file could not be read as a JSON export: nothing was imported.')
  }
  const file = exportFileSchema.safeParse(json)
  if (!file.success) {
    const first = file.error.issues[0]
    const where = first?.path.length ? ` (at ${first.path.join('.')})` : ''
    throw refuse(
      `This is not a valid Runner's Hip export file${where}: ${first?.message ?? 'unknown problem'}.`,
    )
  }
  const { exportedAt, patients: records } = file.data
  const checked: CheckedFile = { patients: [], assessments: [] }
  // Where each id and record number was first seen: a file that lists one twice is refused
  // rather than letting the last copy win.
  const patientPlaces = new Map<string, string>()
  const recordNumberPlaces = new Map<string, string>()
  const assessmentPlaces = new Map<string, string>()
  records.forEach(({ patient, assessments }, i) => {
    const place = `patients.${i}`
    const what = patientWhat(patient, place)
    const twin = patientPlaces.get(patient.id)
    if (twin) throw refuse(`${what}: the same id is used at ${twin} in the file.`)
    patientPlaces.set(patient.id, place)
    if (patient.recordNumber) {
      const other = recordNumberPlaces.get(patient.recordNumber)
      if (other) throw refuse(`${what}: the same record number is given to ${other} in the file.`)
      recordNumberPlaces.set(patient.recordNumber, place)
    }
    checked.patients.push({ what, row: patientRowOf(patient) })
    assessments.forEach((raw, j) => {
      checked.assessments.push(checkAssessment(raw, patient, `${place}.assessments.${j}`))
    })
    if (i % 100 === 99) progress(i + 1, records.length)
  })
  progress(records.length, records.length)
  return checked

  function checkAssessment(raw: unknown, patient: Patient, place: string): CheckedAssessment {
    const parsed = parseAssessment(raw, patient, place)
    const what = assessmentWhat(patient, parsed.date, place)
    if (parsed.patientId !== patient.id)
      throw refuse(`${what}: it belongs to another patient than the one it is listed under.`)
    const twin = assessmentPlaces.get(parsed.id)
    if (twin) throw refuse(`${what}: the same id is used at ${twin} in the file.`)
    assessmentPlaces.set(parsed.id, place)
    const signature = verifyImportedSignature(raw, parsed)
    if (!signature.ok) throw refuse(`${what}: ${signature.why}.`)
    const problem = importedAssessmentProblem(parsed, patient, exportedAt)
    if (problem) throw refuse(`${what}: ${problem}.`)
    // A signed record is stored as the file states it, so that its signature still verifies here.
    const row = assessmentRowOf(parsed, signature.signed ? (raw as object) : undefined)
    return { what, row, addenda: parsed.addenda }
  }
}

/** The assessment brought to the current document version and parsed, or a refusal saying where. */
function parseAssessment(raw: unknown, patient: Patient, place: string) {
  try {
    return upgradeAssessment(raw)
  } catch (error) {
    const date = (raw as { date?: unknown } | null)?.date
    const shown =
      typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : 'an unknown date'
    const what = assessmentWhat(patient, shown, place)
    const issue = (error as { issues?: { path: PropertyKey[]; message: string }[] }).issues?.[0]
    const detail = issue
      ? `${issue.path.map(String).join('.') || 'the record'}: ${issue.message}`
      : error instanceof Error
        ? error.message
        : 'not an assessment'
    throw refuse(`${what}: not valid (${detail}).`)
  }
}
