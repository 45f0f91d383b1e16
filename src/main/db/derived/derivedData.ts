import type { Database } from 'better-sqlite3'
import {
  summaryOf,
  type AssessmentSummary,
} from '../../../shared/model/assessment/assessmentSummary'
import { upgradeAssessment } from '../../../shared/model/assessment/upgradeAssessment'
import { toAddendum, type AddendumRow } from '../addendumRow'

/**
 * Derived data: columns worked out from the stored documents with today's code (an assessment's
 * timeline summary and working diagnosis). Migrations change the schema with SQL only and never
 * call the app's model; this step runs after them, each time the records are opened.
 *
 * Each assessment row records the version of this step that wrote its columns
 * (`derived_version`, migration 8). When the summary changes (a new field on the timeline, a
 * different wording), raise SUMMARY_VERSION: at the next open every older row is recomputed,
 * one row at a time, and a row whose document cannot be read is skipped and reported by its id
 * (never its content) instead of stopping the records from opening. A skipped row keeps its old
 * version, so it is tried again at each open until it is restored or repaired.
 *
 * History of SUMMARY_VERSION:
 *   1 — the summary of engine 2 / document version 2 (planStage, keyNumbers, redFlagCount).
 *   2 — the plan's review date (`reviewDate`, and the `review_date` column of migration 14,
 *       whose triggers carry it to the patient's next review).
 */
export const SUMMARY_VERSION = 2

export interface SkippedRecord {
  table: 'assessments'
  /** The record's id: never a name or any other content. */
  id: string
  /** Why, in words safe to show and to log. */
  problem: string
}

export interface DerivedDataReport {
  /** Rows whose derived columns were worked out again. */
  recomputed: number
  skipped: SkippedRecord[]
}

interface Row {
  id: string
  date: string
  type: string
  status: string
  updated_at: string
  finalised_at: string | null
  document: string
  summary: string
}

/** What was wrong with a document, in words that quote nothing from it. */
function problemOf(error: unknown): string {
  if (error instanceof SyntaxError) return 'the stored document is not valid JSON'
  if (error instanceof Error && error.name === 'UnsupportedAssessmentVersionError')
    return 'the stored document is in a format this version cannot read'
  if (error instanceof Error && error.name === 'ZodError')
    return 'the stored document does not match the assessment format'
  return 'the stored document could not be read'
}

/**
 * The summary a row keeps when its document cannot be read: what its own columns say (date,
 * type, status), marked unreadable so the timeline can say so rather than show it as an ordinary
 * visit without a diagnosis. A summary written earlier, when the document still read, is kept
 * with the mark added.
 */
function unreadableSummary(row: Row): AssessmentSummary {
  let earlier: Partial<AssessmentSummary> = {}
  try {
    const parsed: unknown = JSON.parse(row.summary)
    if (parsed && typeof parsed === 'object' && 'id' in parsed)
      earlier = parsed as Partial<AssessmentSummary>
  } catch {
    // The summary column is as unreadable as the document: only the row's columns remain.
  }
  return {
    keyNumbers: [],
    redFlagCount: 0,
    ...earlier,
    id: row.id,
    date: row.date,
    type: row.type as AssessmentSummary['type'],
    status: row.status as AssessmentSummary['status'],
    updatedAt: row.updated_at,
    ...(row.finalised_at ? { finalisedAt: row.finalised_at } : {}),
    unreadable: true,
  }
}

/** Recomputes every derived column older than this version of the app's; see the file's note. */
export function refreshDerivedData(db: Database): DerivedDataReport {
  const rows = db
    .prepare(
      `SELECT id, date, type, status, updated_at, finalised_at, document, summary
       FROM assessments WHERE derived_version < ?`,
    )
    .all(SUMMARY_VERSION) as Row[]
  const report: DerivedDataReport = { recomputed: 0, skipped: [] }
  if (rows.length === 0) return report
  const computed = db.prepare(
    `UPDATE assessments SET summary = ?, working_diagnosis = ?, review_date = ?, derived_version = ?
     WHERE id = ?`,
  )
  const unreadable = db.prepare(`UPDATE assessments SET summary = ? WHERE id = ?`)
  const addendaOf = db.prepare<[string], AddendumRow>(
    'SELECT * FROM addenda WHERE assessment_id = ? ORDER BY position',
  )
  // One transaction for the whole pass (fast, and all or nothing if the disk fills); a document
  // that does not read is a JavaScript error caught per row, which never aborts the others.
  db.transaction(() => {
    for (const row of rows) {
      let summary: AssessmentSummary
      try {
        // Addenda live in their own table (migration 9); revised decisions are in them.
        const document = JSON.parse(row.document) as Record<string, unknown>
        const addenda = addendaOf.all(row.id).map(toAddendum)
        summary = summaryOf(upgradeAssessment({ ...document, addenda }))
      } catch (error) {
        report.skipped.push({ table: 'assessments', id: row.id, problem: problemOf(error) })
        unreadable.run(JSON.stringify(unreadableSummary(row)), row.id)
        continue
      }
      computed.run(
        JSON.stringify(summary),
        summary.workingDiagnosis ?? null,
        summary.reviewDate ?? null,
        SUMMARY_VERSION,
        row.id,
      )
      report.recomputed++
    }
  })()
  return report
}
