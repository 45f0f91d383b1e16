import type { Migration } from './migration'

/**
 * The timeline shows where the runner is in the plan (the summary's `planStage`).
 *
 * This version changes no table: as first shipped it recomputed every summary with the app's own
 * `summaryOf`, which is derived data, not schema. Recomputing summaries is now the derived-data
 * step's job (../derived/derivedData.ts): it runs after the migrations and recomputes every row
 * whose summary was made by an older summary version (migration 6 marks all rows so). The step
 * keeps its number so that databases already at version 5 and those below it agree on what each
 * version means.
 */
export const migration005PlanStageInSummaries: Migration = {
  version: 5,
  name: 'plan stage in summaries',
  up: () => {},
}
