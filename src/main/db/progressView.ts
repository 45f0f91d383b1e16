import type { Database, Statement } from 'better-sqlite3'
import type { ProgressView, ProgressVisit } from '../../shared/api/contract'
import { measuresOf } from '../../shared/clinical/measures'
import {
  ASSESSMENT_SCHEMA_VERSION,
  type Assessment,
} from '../../shared/model/assessment/assessment'
import type { AssessmentRepository } from './assessmentRepository'
import type { PatientRepository } from './patientRepository'

/**
 * The progress screen's data, read in main: for every visit only the parts of its document that
 * its measures come from (measuresOf: pain, outcome questionnaires, range of motion, strength,
 * body mass, cadence), cut out by SQLite's JSON functions, and in full only the (at most three)
 * visits the screen compares. For a patient with 200 visits that is about a tenth of the text to
 * parse, and a few kilobytes rather than megabytes for Electron to copy to the renderer.
 *
 * The parts are trusted as every stored document at this app's version is (db/storedRecords.ts):
 * it was validated when written. A row of another version, or one whose text SQLite cannot read,
 * is read through the repository instead (upgraded and validated, or refused as damaged or newer,
 * with the message getAssessment gives), so the screen never shows part of a patient's story as
 * the whole of it.
 */
interface Row {
  id: string
  date: string
  type: Assessment['type']
  status: Assessment['status']
  /** JSON of the measured parts; null when the row is not at this version. */
  parts: string | null
}

type MeasuredParts = Parameters<typeof measuresOf>[0]

/** Keys json_object writes as null when the document has no such field: absent, as stored. */
const OPTIONAL_PARTS: [keyof MeasuredParts, string][] = [
  ['history', 'pain'],
  ['history', 'painSide'],
  ['exam', 'rom'],
  ['exam', 'strength'],
  ['exam', 'bodyMassKg'],
  ['running', 'cadenceSpm'],
]

export class ProgressReader {
  private readonly rows: Statement<[{ version: number; patientId: string }], Row>

  constructor(
    db: Database,
    private readonly patients: PatientRepository,
    private readonly assessments: AssessmentRepository,
  ) {
    this.rows = db.prepare(`
      SELECT id, date, type, status,
        CASE WHEN schema_version = @version AND document ->> '$.schemaVersion' = @version
        THEN json_object(
          'history', json_object('pain', document -> '$.history.pain',
                                 'painSide', document -> '$.history.painSide'),
          'outcomes', document -> '$.outcomes',
          'exam', json_object('rom', document -> '$.exam.rom',
                              'strength', document -> '$.exam.strength',
                              'bodyMassKg', document -> '$.exam.bodyMassKg'),
          'running', json_object('status', document -> '$.running.status',
                                 'cadenceSpm', document -> '$.running.cadenceSpm'))
        END AS parts
      FROM assessments WHERE patient_id = @patientId AND deleted_at IS NULL
      ORDER BY date, created_at`)
  }

  view(patientId: string, assessmentId?: string): ProgressView {
    this.patients.get(patientId)
    let rows: Row[]
    try {
      rows = this.rows.all({ version: ASSESSMENT_SCHEMA_VERSION, patientId })
    } catch {
      // SQLite could not read a document's JSON: the full read names the damage, as it would.
      this.assessments.historyOf(patientId)
      throw new Error('A stored assessment could not be read')
    }
    const visits: ProgressVisit[] = []
    let painSide: ProgressView['painSide']
    for (const row of rows) {
      const parts = row.parts ? partsOf(row.parts) : this.assessments.get(row.id)
      visits.push({
        id: row.id,
        date: row.date,
        type: row.type,
        status: row.status,
        measures: Object.fromEntries(measuresOf(parts).map((m) => [m.id, m.value])),
      })
      painSide = parts.history.painSide
    }
    if (visits.length === 0) return { visits }
    const found = assessmentId ? visits.findIndex((v) => v.id === assessmentId) : -1
    const index = found >= 0 ? found : visits.length - 1
    const full = (i: number) => this.assessments.get(visits[i]!.id)
    return {
      visits,
      ...(painSide ? { painSide } : {}),
      current: full(index),
      ...(index > 0 ? { baseline: full(0) } : {}),
      ...(index > 1 ? { previous: full(index - 1) } : {}),
    }
  }
}

function partsOf(text: string): MeasuredParts {
  const parts = JSON.parse(text) as Record<string, Record<string, unknown>>
  for (const [group, key] of OPTIONAL_PARTS)
    if (parts[group]![key] === null) delete parts[group]![key]
  return parts as unknown as MeasuredParts
}
