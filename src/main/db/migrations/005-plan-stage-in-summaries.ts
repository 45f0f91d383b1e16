import { summaryOf } from '../../../shared/model/assessment/assessmentSummary'
import { upgradeAssessment } from '../../../shared/model/assessment/upgradeAssessment'
import type { Migration } from './migration'

/**
 * The timeline now shows where the runner is in the plan (the summary's `planStage`): summaries
 * written before are worked out again from their documents, finalised visits included.
 */
export const migration005PlanStageInSummaries: Migration = {
  version: 5,
  name: 'plan stage in summaries',
  up: (db) => {
    const rows = db
      .prepare('SELECT id, document FROM assessments WHERE document LIKE \'%"plan"%\'')
      .all() as { id: string; document: string }[]
    const update = db.prepare('UPDATE assessments SET summary = ? WHERE id = ?')
    for (const row of rows) {
      update.run(JSON.stringify(summaryOf(upgradeAssessment(JSON.parse(row.document)))), row.id)
    }
  },
}
