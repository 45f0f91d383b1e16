import type { Migration } from './migration'

/**
 * The timeline's columns: the working diagnosis (for lists and search) and a summary of key
 * numbers, so a patient's hundreds of visits list without parsing each document.
 *
 * Schema only. As first shipped, this step also filled the columns by calling the app's
 * `summaryOf` and `upgradeAssessment`; that made what an old migration does depend on today's
 * code, and one stored document that no longer parsed stopped the database from opening. The
 * columns are now filled by the derived-data step (../derived/derivedData.ts) that runs after
 * the migrations, row by row, skipping and reporting a document it cannot read. A database
 * migrated by the first version of this step already has the same columns, filled.
 */
export const migration003AssessmentSummaries: Migration = {
  version: 3,
  name: 'assessment summaries',
  up: (db) => {
    db.exec(`
      ALTER TABLE assessments ADD COLUMN working_diagnosis TEXT;
      ALTER TABLE assessments ADD COLUMN summary TEXT NOT NULL DEFAULT '{}';
    `)
  },
}
