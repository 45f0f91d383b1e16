import { afterEach, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { openDatabase } from '../../src/main/db/connection'
import { refreshDerivedData, SUMMARY_VERSION } from '../../src/main/db/derived/derivedData'
import type { DerivedDataReport } from '../../src/main/db/derived/derivedData'
import { newRawKey } from '../../src/main/db/databaseKey'
import { summaryOf } from '../../src/shared/model/assessment/assessmentSummary'
import { upgradeAssessment } from '../../src/shared/model/assessment/upgradeAssessment'
import { seedVignette } from '../support/seedVignette'
import { repositories } from '../support/assessments'
import { tempDatabase, tempFolder } from '../support/tempDatabase'

/**
 * Derived data (the timeline's summary columns) is worked out from the stored documents with
 * today's code, after the migrations, row by row: a document that no longer reads is skipped and
 * reported by its id, and the records still open.
 */

const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach((c) => c()))

function clinic() {
  const t = tempDatabase()
  cleanups.push(t.cleanup)
  return t
}

const BROKEN_ID = '7e0b6a2c-0000-4000-8000-00000000dead'

describe('the derived-data step', () => {
  it('leaves rows the app wrote with today’s summary alone', async () => {
    const { db } = clinic()
    await seedVignette(db, 'V01')
    expect(db.prepare('SELECT DISTINCT derived_version FROM assessments').pluck().all()).toEqual([
      SUMMARY_VERSION,
    ])
    expect(refreshDerivedData(db)).toEqual({ recomputed: 0, skipped: [] })
  })

  it('recomputes summaries made by an older version, and only those', async () => {
    const { db } = clinic()
    const { assessment } = await seedVignette(db, 'V01', {
      confirm: 'gluteal-tendinopathy',
      finalise: true,
    })
    await seedVignette(db, 'V03')
    db.prepare("UPDATE assessments SET summary = '{}', derived_version = 0 WHERE id = ?").run(
      assessment.id,
    )
    expect(refreshDerivedData(db)).toEqual({ recomputed: 1, skipped: [] })
    const row = db
      .prepare('SELECT summary, working_diagnosis, document FROM assessments WHERE id = ?')
      .get(assessment.id) as { summary: string; working_diagnosis: string; document: string }
    // The stored document has no addenda: they are rows of their own (none here).
    const expected = summaryOf(upgradeAssessment({ ...JSON.parse(row.document), addenda: [] }))
    expect(JSON.parse(row.summary)).toEqual(expected)
    expect(row.working_diagnosis).toBe(expected.workingDiagnosis)
    expect(expected.workingDiagnosis).toBeTruthy()
  })

  it('skips and reports, by id only, a document that no longer reads; the records still open', async () => {
    const folder = tempFolder()
    cleanups.push(folder.cleanup)
    const file = join(folder.dir, 'clinic.sqlite')
    const key = newRawKey()
    const db = openDatabase(file, key)
    const { patient } = await seedVignette(db, 'V04')
    const good = await seedVignette(db, 'V05')
    // A stored document the app can no longer read: cut short, and another of a shape it never had.
    const insert = db.prepare(
      `INSERT INTO assessments (id, patient_id, date, type, status, schema_version, revision,
         document, created_at, updated_at, finalised_at, summary)
       VALUES (?, ?, '2026-01-05', 'follow-up', 'finalised', 2, 3, ?, 't1', 't2', 't3', ?)`,
    )
    insert.run(BROKEN_ID, patient.id, '{"schemaVersion":2,"id":"Ottoline', '{}')
    const oddId = '7e0b6a2c-0000-4000-8000-00000000beef'
    insert.run(
      oddId,
      patient.id,
      JSON.stringify({ schemaVersion: 2, id: oddId, history: 'Ottoline' }),
      JSON.stringify({ id: oddId, workingDiagnosis: 'Earlier diagnosis', keyNumbers: [] }),
    )
    db.prepare('UPDATE assessments SET derived_version = 0 WHERE id = ?').run(good.assessment.id)
    db.close()

    const reports: DerivedDataReport[] = []
    const again = openDatabase(file, key, { onDerivedData: (r) => reports.push(r) })
    expect(reports).toEqual([
      {
        recomputed: 1,
        skipped: [
          { table: 'assessments', id: BROKEN_ID, problem: 'the stored document is not valid JSON' },
          {
            table: 'assessments',
            id: oddId,
            problem: 'the stored document does not match the assessment format',
          },
        ],
      },
    ])
    // Nothing from a document is quoted in a report.
    expect(JSON.stringify(reports)).not.toContain('Ottoline')
    // The timeline lists them, marked unreadable, with what their columns (or an earlier
    // summary) say.
    const { assessments } = repositories(again)
    const listed = assessments.listForPatient(patient.id)
    expect(listed.find((a) => a.id === BROKEN_ID)).toEqual({
      id: BROKEN_ID,
      date: '2026-01-05',
      type: 'follow-up',
      status: 'finalised',
      updatedAt: 't2',
      finalisedAt: 't3',
      keyNumbers: [],
      redFlagCount: 0,
      unreadable: true,
    })
    expect(listed.find((a) => a.id === oddId)).toMatchObject({
      workingDiagnosis: 'Earlier diagnosis',
      unreadable: true,
    })
    expect(listed.filter((a) => !a.unreadable)).toHaveLength(1)
    again.close()

    // A skipped row is tried again at the next open (and reported again) until it is repaired.
    const third: DerivedDataReport[] = []
    openDatabase(file, key, { onDerivedData: (r) => third.push(r) }).close()
    expect(third[0]!.recomputed).toBe(0)
    expect(third[0]!.skipped.map((s) => s.id)).toEqual([BROKEN_ID, oddId])
  })
})
