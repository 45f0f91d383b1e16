import type { Database } from 'better-sqlite3'
import { copyFileSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase } from '../../src/main/db/connection'
import type { DatabaseKey } from '../../src/main/db/databaseKey'
import {
  refreshDerivedData,
  SUMMARY_VERSION,
  type DerivedDataReport,
} from '../../src/main/db/derived/derivedData'
import { latestSchemaVersion, schemaVersionOf } from '../../src/main/db/migrate'
import { SettingsRepository } from '../../src/main/db/settingsRepository'
import { summaryOf } from '../../src/shared/model/assessment/assessmentSummary'
import { repositories } from '../support/assessments'
import { tempFolder } from '../support/tempDatabase'

/**
 * Real clinic databases at every schema version the app has shipped (tests/fixtures/databases,
 * written by scripts/make-db-fixtures.mjs with the app's own code at each version), migrated to
 * the latest version as a clinic's would be at its next start.
 */

interface FixtureEntry {
  file: string
  commit: string
  schemaVersion: number
  patients: { id: string; givenName: string; familyName: string }[]
  assessments: { id: string; patientId: string; status: string }[]
  broken: string[]
  clinic?: string
}

const folder = join(__dirname, '../fixtures/databases')
const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')) as {
  key: DatabaseKey
  databases: FixtureEntry[]
}

const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach((c) => c()))

/** A copy of a fixture in a temp folder (the committed file is never written). */
function copyOf(entry: FixtureEntry): string {
  const temp = tempFolder()
  cleanups.push(temp.cleanup)
  const file = join(temp.dir, 'runners-hip.sqlite')
  copyFileSync(join(folder, entry.file), file)
  return file
}

const schemaOf = (db: Database) =>
  db
    .prepare(
      "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name",
    )
    .all()

describe('the database fixtures', () => {
  it('cover every schema version from 1 to the latest that a clinic can have', () => {
    const versions = new Set(manifest.databases.map((d) => d.schemaVersion))
    // Versions 9 and 10 (signed records, the audit trail) landed together: no app ever stopped
    // at 9, so no clinic database is at 9.
    // Version 12 is another branch's step of issue 12 (a stand-in on the letters branch, whose
    // step is 13): its fixture comes with that branch.
    const neverShipped = new Set([9, 12])
    for (let v = 1; v <= latestSchemaVersion(); v++)
      if (!neverShipped.has(v)) expect(versions, `version ${v}`).toContain(v)
  })
})

describe.each(manifest.databases)('a clinic database at $file', (entry) => {
  it('migrates to the latest version with its patients, assessments, summaries and settings', () => {
    const file = copyOf(entry)
    const reports: DerivedDataReport[] = []
    const db = openDatabase(file, manifest.key, {
      check: true,
      onDerivedData: (r) => reports.push(r),
    })
    cleanups.push(() => db.close())
    expect(schemaVersionOf(db)).toBe(latestSchemaVersion())
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')

    // The schema is the one a new clinic gets: rewriting old migrations changed no effect.
    const fresh = openDatabase(join(file, '..', 'fresh.sqlite'), manifest.key)
    cleanups.push(() => fresh.close())
    expect(schemaOf(db)).toEqual(schemaOf(fresh))

    const { patients, assessments } = repositories(db)
    for (const p of entry.patients) {
      expect(patients.get(p.id)).toMatchObject({ givenName: p.givenName, familyName: p.familyName })
    }
    expect(patients.allIds()).toHaveLength(entry.patients.length)

    for (const a of entry.assessments) {
      const opened = assessments.get(a.id)
      expect(opened.status).toBe(a.status)
      const row = db
        .prepare('SELECT summary, working_diagnosis, derived_version FROM assessments WHERE id = ?')
        .get(a.id) as { summary: string; working_diagnosis: string | null; derived_version: number }
      expect(JSON.parse(row.summary)).toEqual(summaryOf(opened))
      expect(row.working_diagnosis).toBe(summaryOf(opened).workingDiagnosis ?? null)
      expect(row.derived_version).toBe(SUMMARY_VERSION)
      expect(assessments.listForPatient(a.patientId).map((s) => s.id)).toContain(a.id)
    }

    // The deliberately broken document is skipped and reported by its id, and listed as
    // unreadable; it did not stop the records from opening.
    const skipped = reports.flatMap((r) => r.skipped.map((s) => s.id))
    expect(skipped).toEqual(entry.broken)
    for (const id of entry.broken) {
      const patientId = db
        .prepare('SELECT patient_id FROM assessments WHERE id = ?')
        .pluck()
        .get(id)
      const listed = assessments.listForPatient(patientId as string).find((s) => s.id === id)
      expect(listed).toMatchObject({ id, unreadable: true })
    }

    if (entry.clinic) expect(new SettingsRepository(db).clinic()?.name).toBe(entry.clinic)

    // Opening again recomputes nothing but the row it still cannot read.
    expect(refreshDerivedData(db)).toEqual({
      recomputed: 0,
      skipped: entry.broken.map((id) => expect.objectContaining({ id })),
    })
  })
})
