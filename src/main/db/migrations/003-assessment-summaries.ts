import { summaryOf } from '../../../shared/model/assessment/assessmentSummary'
import { upgradeAssessment } from '../../../shared/model/assessment/upgradeAssessment'
import type { Migration } from './migration'

/**
 * The timeline's columns: the working diagnosis (for lists and search) and a summary of key
 * numbers, so a patient's hundreds of visits list without parsing each document.
 */
export const migration003AssessmentSummaries: Migration = {
  version: 3,
  name: 'assessment summaries',
  up: (db) => {
    db.exec(`
      ALTER TABLE assessments ADD COLUMN working_diagnosis TEXT;
      ALTER TABLE assessments ADD COLUMN summary TEXT NOT NULL DEFAULT '{}';
    `)
    const rows = db.prepare('SELECT id, document FROM assessments').all() as {
      id: string
      document: string
    }[]
    const update = db.prepare(
      'UPDATE assessments SET working_diagnosis = ?, summary = ? WHERE id = ?',
    )
    for (const row of rows) {
      const summary = summaryOf(upgradeAssessment(JSON.parse(row.document)))
      update.run(summary.workingDiagnosis ?? null, JSON.stringify(summary), row.id)
    }
  },
}
