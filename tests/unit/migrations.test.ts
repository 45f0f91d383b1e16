import Database from 'better-sqlite3'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase, unlock } from '../../src/main/db/connection'
import { newRawKey } from '../../src/main/db/databaseKey'
import {
  DatabaseTooNewError,
  latestSchemaVersion,
  migrate,
  schemaVersionOf,
} from '../../src/main/db/migrate'
import { migrations } from '../../src/main/db/migrations'
import { refreshDerivedData } from '../../src/main/db/derived/derivedData'
import type { Migration } from '../../src/main/db/migrations/migration'
import { tempFolder } from '../support/tempDatabase'
import { loadVignette } from '../support/vignettes'
import { generatePlan } from '../../src/shared/clinical/plan/generatePlan'
import { reasoningInputOf } from '../../src/shared/clinical/reasoning/assessmentReasoning'
import { findingsOf } from '../../src/shared/clinical/reasoning/engine'

const folders: { cleanup: () => void }[] = []
const newFolder = () => {
  const f = tempFolder()
  folders.push(f)
  return f.dir
}
afterEach(() => folders.splice(0).forEach((f) => f.cleanup()))

// The clinic's databases are encrypted; these tests write their earlier versions the same way.
const key = newRawKey()
const keyed = (file: string, options?: Database.Options) => {
  const db = new Database(file, options)
  unlock(db, key)
  return db
}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')
const tables = (db: Database.Database) =>
  db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all()

describe('migrations', () => {
  it('are numbered 1, 2, 3... in order', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1))
  })

  it('create a new database file on first start, at the latest version, with the clinical pragmas', () => {
    const file = join(newFolder(), 'clinic.sqlite')
    const db = openDatabase(file, key)
    expect(existsSync(file)).toBe(true)
    expect(schemaVersionOf(db)).toBe(latestSchemaVersion())
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(db.pragma('synchronous', { simple: true })).toBe(2) // FULL
    db.close()
  })

  it('are a no-op when run again', () => {
    const file = join(newFolder(), 'clinic.sqlite')
    openDatabase(file, key).close()
    const db = openDatabase(file, key)
    expect(migrate(db)).toEqual([])
    db.close()
  })

  it('v1 creates the patients table with its search and uniqueness indexes', () => {
    const db = new Database(':memory:')
    migrate(db, migrations.slice(0, 1))
    expect(tables(db)).toContain('patients')
    const indexes = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'patients'")
      .pluck()
      .all()
    expect(indexes).toEqual(
      expect.arrayContaining([
        'patients_record_number',
        'patients_family_name',
        'patients_date_of_birth',
      ]),
    )
    db.close()
  })

  it('roll a failing migration back completely, leaving the version where it was', () => {
    const db = new Database(':memory:')
    const broken: Migration = {
      version: migrations.length + 1,
      name: 'broken',
      up: (d) => {
        d.exec('CREATE TABLE half_done (x INTEGER)')
        throw new Error('boom')
      },
    }
    expect(() => migrate(db, [...migrations, broken])).toThrow('boom')
    expect(schemaVersionOf(db)).toBe(migrations.length)
    expect(tables(db)).not.toContain('half_done')
    db.close()
  })

  it('refuse a database written by a newer app and leave the file byte for byte untouched', () => {
    const dir = newFolder()
    const file = join(dir, 'clinic.sqlite')
    const newer = keyed(file)
    newer.exec('CREATE TABLE from_the_future (x)')
    newer.pragma(`user_version = ${latestSchemaVersion() + 1}`)
    newer.close()
    const before = sha(file)

    let thrown: unknown
    try {
      openDatabase(file, key)
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(DatabaseTooNewError)
    expect((thrown as Error).message).toMatch(/newer version of the app.*has not been changed/s)
    expect(sha(file)).toBe(before)
    expect(existsSync(`${file}-wal`)).toBe(false)
  })

  it('ask for a checked copy of an existing database before migrating it, and stop if there is none', () => {
    const dir = newFolder()
    const file = join(dir, 'clinic.sqlite')
    const old = keyed(file)
    migrate(old, migrations.slice(0, 1))
    old
      .prepare(
        "INSERT INTO patients VALUES ('p1','A','B','1990-01-01','female',NULL,'{}','a b','b','t','t')",
      )
      .run()
    old.close()
    const refused = () => {
      throw new Error('no copy')
    }
    expect(() => openDatabase(file, key, { beforeMigrating: refused })).toThrow('no copy')
    const untouched = keyed(file, { readonly: true })
    expect(schemaVersionOf(untouched)).toBe(1)
    untouched.close()

    const asked: number[] = []
    openDatabase(file, key, { beforeMigrating: (_db, from) => asked.push(from) }).close()
    expect(asked).toEqual([1])
    // A new database and one already at the latest version need no copy.
    openDatabase(file, key, { beforeMigrating: (_db, from) => asked.push(from) }).close()
    openDatabase(join(dir, 'new.sqlite'), key, {
      beforeMigrating: (_db, from) => asked.push(from),
    }).close()
    expect(asked).toEqual([1])
  })

  it('import nothing but their own type: what a shipped step does never changes with the app', () => {
    const folder = join(__dirname, '../../src/main/db/migrations')
    for (const name of readdirSync(folder).filter((f) => /^\d{3}-.*\.ts$/.test(f))) {
      const imports = [...readFileSync(join(folder, name), 'utf8').matchAll(/from '([^']+)'/g)]
      expect(
        imports.map((m) => m[1]),
        name,
      ).toEqual(['./migration'])
    }
  })
})

describe('migration 4: settings', () => {
  it('adds an empty settings table, one document per key', () => {
    const db = new Database(':memory:')
    migrate(db, migrations.slice(0, 3))
    expect(tables(db)).not.toContain('settings')
    migrate(db, migrations.slice(0, 4))
    expect(tables(db)).toContain('settings')
    expect(db.prepare('SELECT COUNT(*) FROM settings').pluck().get()).toBe(0)
    const insert = db.prepare("INSERT INTO settings VALUES ('clinic', '{}', '2026-11-22')")
    insert.run()
    expect(() => insert.run()).toThrow(/UNIQUE/)
    db.close()
  })
})

describe('migrations 5 and 8, then the derived-data step: plan stage in summaries', () => {
  it("works out the timeline's plan stage for visits stored before, finalised ones too", () => {
    const db = new Database(':memory:')
    migrate(db, migrations.slice(0, 4))
    const v = loadVignette('V01')
    const plan = generatePlan({
      diagnoses: ['gluteal-tendinopathy'],
      redFlags: [],
      findings: findingsOf(reasoningInputOf(v.assessment, v.patient)),
      date: v.assessment.date,
      now: new Date('2026-11-02T10:00:00Z'),
    })
    const withPlan = { ...v.assessment, plan: { ...plan, currentPhase: 2 } }
    db.prepare(
      "INSERT INTO patients VALUES (?, 'A', 'B', '1981-01-01', 'female', NULL, '{}', 'a b', 'b', 't', 't')",
    ).run(v.patient.id)
    const insert = db.prepare(
      `INSERT INTO assessments (id, patient_id, date, type, status, schema_version, revision, document, created_at, updated_at, summary)
       VALUES (?, ?, ?, 'initial', 'finalised', 1, 1, ?, 't', 't', '{"stale":true}')`,
    )
    insert.run(withPlan.id, v.patient.id, v.assessment.date, JSON.stringify(withPlan))
    const noPlan = { ...v.assessment, id: '30000000-0000-4000-8000-000000000001' }
    insert.run(noPlan.id, v.patient.id, v.assessment.date, JSON.stringify(noPlan))
    migrate(db)
    // The migrations change the schema only; the summaries are the derived-data step's.
    expect(db.prepare('SELECT DISTINCT summary FROM assessments').pluck().all()).toEqual([
      '{"stale":true}',
    ])
    expect(refreshDerivedData(db)).toEqual({ recomputed: 2, skipped: [] })
    const summaries = db
      .prepare('SELECT id, summary FROM assessments')
      .all()
      .map((r) => r as { id: string; summary: string })
    const summaryOf = (id: string) => JSON.parse(summaries.find((r) => r.id === id)!.summary)
    expect(summaryOf(withPlan.id)).toMatchObject({
      id: withPlan.id,
      planStage: `Phase 2 of ${plan.phases.length}: ${plan.phases[1]!.name}`,
    })
    expect(summaryOf(noPlan.id)).toMatchObject({ id: noPlan.id, status: 'finalised' })
    expect(summaryOf(noPlan.id).planStage).toBeUndefined()
    db.close()
  })
})

describe('migration 7: draft copies', () => {
  it('adds a table of write-ahead copies, one per assessment, that goes with its assessment', () => {
    const db = new Database(':memory:')
    db.pragma('foreign_keys = ON')
    migrate(db, migrations.slice(0, 6))
    expect(tables(db)).not.toContain('draft_copies')
    // Up to this migration: from version 9 a draft is only ever deleted softly.
    migrate(db, migrations.slice(0, 7))
    expect(tables(db)).toContain('draft_copies')
    db.prepare(
      `INSERT INTO patients (id, given_name, family_name, date_of_birth, sex, record_number,
                             document, search_name, family_folded, created_at, updated_at)
       VALUES ('p1', 'A', 'B', '1981-01-01', 'female', NULL, '{}', 'a b', 'b', 't', 't')`,
    ).run()
    db.prepare(
      `INSERT INTO assessments (id, patient_id, date, type, status, schema_version, revision, document, created_at, updated_at)
       VALUES ('a1', 'p1', '2026-11-02', 'initial', 'draft', 2, 1, '{}', 't', 't')`,
    ).run()
    const keep = db.prepare("INSERT INTO draft_copies VALUES ('a1', 2, '{}', 't')")
    keep.run()
    expect(() => keep.run()).toThrow(/UNIQUE|PRIMARY KEY/)
    expect(() =>
      db.prepare("INSERT INTO draft_copies VALUES ('nope', 2, '{}', 't')").run(),
    ).toThrow(/FOREIGN KEY/)
    db.prepare("DELETE FROM assessments WHERE id = 'a1'").run()
    expect(db.prepare('SELECT COUNT(*) FROM draft_copies').pluck().get()).toBe(0)
    db.close()
  })
})

describe('migration 3: assessment summaries', () => {
  it('adds the timeline columns, which the derived-data step fills for assessments already stored', () => {
    const db = new Database(':memory:')
    migrate(db, migrations.slice(0, 2))
    const v = loadVignette('V05')
    db.prepare(
      "INSERT INTO patients VALUES (?, 'A', 'B', '1968-01-01', 'male', NULL, '{}', 'a b', 'b', 't', 't')",
    ).run(v.patient.id)
    db.prepare(
      `INSERT INTO assessments (id, patient_id, date, type, status, schema_version, revision, document, created_at, updated_at)
       VALUES (?, ?, ?, 'initial', 'finalised', 1, 1, ?, 't', 't')`,
    ).run(v.assessment.id, v.patient.id, v.assessment.date, JSON.stringify(v.assessment))
    migrate(db)
    refreshDerivedData(db)
    const row = db.prepare('SELECT working_diagnosis, summary FROM assessments').get() as {
      working_diagnosis: string | null
      summary: string
    }
    expect(row.working_diagnosis).toBeNull()
    expect(JSON.parse(row.summary)).toMatchObject({
      id: v.assessment.id,
      keyNumbers: expect.arrayContaining([expect.objectContaining({ label: 'Pain now' })]),
    })
    db.close()
  })
})

describe('migration 6: clinicians', () => {
  it('adds the clinicians table and who created and last changed each record', () => {
    const db = new Database(':memory:')
    migrate(db, migrations.slice(0, 5))
    migrate(db, migrations.slice(0, 6))
    expect(tables(db)).toContain('clinicians')
    const columns = (table: string) =>
      db.prepare(`SELECT name FROM pragma_table_info('${table}')`).pluck().all()
    expect(columns('patients')).toEqual(expect.arrayContaining(['created_by', 'updated_by']))
    expect(columns('assessments')).toEqual(expect.arrayContaining(['created_by', 'updated_by']))
    expect(columns('settings')).toContain('updated_by')
    db.close()
  })
})

describe('migration 12: derived version index', () => {
  it('lets the derived-data step at every open find its rows by the index, not by reading every assessment', () => {
    const db = new Database(':memory:')
    migrate(db, migrations.slice(0, 11))
    const plan = () =>
      (
        db
          .prepare('EXPLAIN QUERY PLAN SELECT id FROM assessments WHERE derived_version < ?')
          .all(1) as { detail: string }[]
      )
        .map((s) => s.detail)
        .join('\n')
    expect(plan()).toMatch(/SCAN assessments/)
    migrate(db, migrations.slice(0, 12))
    expect(plan()).toMatch(/SEARCH assessments USING (COVERING )?INDEX assessments_derived_version/)
    // Nothing to recompute in an empty clinic, and nothing read to find that out.
    expect(refreshDerivedData(db)).toEqual({ recomputed: 0, skipped: [] })
    db.close()
  })
})
