import Database from 'better-sqlite3'
import { randomUUID } from 'node:crypto'
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { migrate } from '../../src/main/db/migrate'
import { migrations } from '../../src/main/db/migrations'
import { PatientRepository } from '../../src/main/db/patientRepository'
import { patientRowOf } from '../../src/main/db/patientRow'
import type { PatientCursor } from '../../src/shared/api/contract'
import { parseTypedDate } from '../../src/shared/model/calendarDate'
import { patientSchema, type Patient } from '../../src/shared/model/patient'
import { foldForSearch } from '../../src/shared/text/foldForSearch'
import { aPatient } from '../support/patients'

/*
 * Search and the list on the FTS5 index, the short keys and list_order (migration 11): the same
 * answers as the plain definition, page after page, whatever was written and how.
 */

const open: Database.Database[] = []
afterEach(() => open.splice(0).forEach((db) => db.close()))

function aDatabase(upTo = migrations.length) {
  const db = new Database(':memory:')
  migrate(db, migrations.slice(0, upTo))
  open.push(db)
  return db
}

interface StoredRow {
  id: string
  search_name: string
  family_folded: string
  date_of_birth: string
  record_number: string | null
  list_order: number | null
}
const rowsOf = (db: Database.Database) => db.prepare('SELECT * FROM patients').all() as StoredRow[]

const byKey = (a: StoredRow, b: StoredRow) =>
  a.family_folded < b.family_folded
    ? -1
    : a.family_folded > b.family_folded
      ? 1
      : a.search_name < b.search_name
        ? -1
        : a.search_name > b.search_name
          ? 1
          : a.date_of_birth < b.date_of_birth
            ? -1
            : a.date_of_birth > b.date_of_birth
              ? 1
              : a.id < b.id
                ? -1
                : a.id > b.id
                  ? 1
                  : 0

/** The answer as the app has always defined it (the statement before migration 11), in JS. */
function expected(db: Database.Database, query: string): string[] {
  const words = foldForSearch(query).split(' ').filter(Boolean)
  const date = parseTypedDate(query)
  const typed = query.trim()
  const single = typed !== '' && !/\s/.test(typed)
  const lowerAscii = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase())
  const matches = (r: StoredRow) =>
    (words.length === 0 && !date && !single) ||
    (words.length > 0 && words.every((w) => r.search_name.includes(w))) ||
    (date !== undefined && r.date_of_birth === date) ||
    (single &&
      r.record_number !== null &&
      lowerAscii(r.record_number).startsWith(typed.toLowerCase()))
  return rowsOf(db)
    .filter(matches)
    .sort(byKey)
    .map((r) => r.id)
}

/** Every page of a search, following the cursors. */
function allPages(repo: PatientRepository, query: string, size: number): string[] {
  const ids: string[] = []
  let after: PatientCursor | undefined
  for (let page = 0; page < 1000; page++) {
    const result = repo.search(query, size, after)
    ids.push(...result.patients.map((p) => p.id))
    if (!result.next) return ids
    expect(result.patients).toHaveLength(size)
    after = result.next
  }
  throw new Error('too many pages')
}

/** The index is in step with the table: list order, trigram rows and every key. */
function expectInStep(db: Database.Database) {
  const rows = rowsOf(db)
  expect(rows.filter((r) => r.list_order === null)).toEqual([])
  const inListOrder = [...rows].sort((a, b) => a.list_order! - b.list_order!)
  expect(inListOrder.map((r) => r.id)).toEqual([...rows].sort(byKey).map((r) => r.id))
  const trigramRows = db
    .prepare('SELECT rowid FROM patient_name_trigrams ORDER BY rowid')
    .pluck()
    .all()
  expect(trigramRows).toEqual(inListOrder.map((r) => r.list_order))
  const keys = new Set<string>()
  for (const r of rows) {
    const chars = [...r.search_name]
    chars.forEach((c, i) => {
      if (c !== ' ') keys.add(`n${c}|${r.list_order}`)
      const two = chars.slice(i, i + 2).join('')
      if ([...two].length === 2 && !two.includes(' ')) keys.add(`n${two}|${r.list_order}`)
    })
    const rec = r.record_number ? [...r.record_number] : []
    rec.forEach((_, i) =>
      keys.add(
        `r${rec
          .slice(0, i + 1)
          .join('')
          .replace(/[A-Z]/g, (c) => c.toLowerCase())}|${r.list_order}`,
      ),
    )
  }
  const stored = db
    .prepare("SELECT key || '|' || list_order FROM patient_search_keys")
    .pluck()
    .all() as string[]
  expect(new Set(stored)).toEqual(keys)
  expect(stored).toHaveLength(keys.size)
}

const given = ['María José', 'Søren', 'Claire', 'Paul', 'Jean-Luc', 'Ana', 'Zoë', 'Li', 'Þóra']
const family = [
  'García Núñez',
  "O'Brien",
  'Dupont',
  'Garcin',
  'Müller',
  'Ó Súilleabháin',
  'Wróbel',
  'Ng',
  'Þórsdóttir',
  'Gar',
  // digits in a name: a date's or a record number's digits may then match it
  'Ward 12',
]
const births = ['1981-03-12', '1979-07-01', '1990-11-30']

const patientArb = fc.record({
  givenName: fc.constantFrom(...given),
  familyName: fc.constantFrom(...family),
  dateOfBirth: fc.constantFrom(...births),
  recordNumber: fc.option(fc.integer({ min: 1, max: 400 }), { nil: undefined }),
})

const queryArb = fc.oneof(
  // pieces of the names: prefixes, middles, accents or not, one to three words
  fc
    .array(
      fc.tuple(fc.constantFrom(...given, ...family), fc.nat(6), fc.integer({ min: 1, max: 5 })),
      { minLength: 1, maxLength: 3 },
    )
    .map((parts) =>
      parts
        .map(([name, at, n]) => {
          const letters = [...name.replace(/[\s'-]/g, '')]
          return letters.slice(at % letters.length, (at % letters.length) + n).join('')
        })
        .join(' '),
    ),
  fc.constantFrom(
    '12/03/1981',
    '1979-07-01',
    '01.07.1979',
    'rh-0',
    'RH-01',
    'rh',
    'r',
    '%',
    '_',
    '12',
    '1',
  ),
  fc.constantFrom('', ' ', 'ng', 'n', 'o b', 'ü', 'zz', 'a b c', 'th', 'ss'),
)

describe('patient search on the index', () => {
  it('gives the plain answer, page after page, for any clinic and any query', () => {
    fc.assert(
      fc.property(
        fc.array(patientArb, { minLength: 0, maxLength: 40 }),
        fc.array(queryArb, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 7 }),
        (patients, queries, size) => {
          const db = aDatabase()
          const repo = new PatientRepository(db)
          const used = new Set<number>()
          for (const p of patients) {
            const recordNumber =
              p.recordNumber === undefined || used.has(p.recordNumber)
                ? undefined
                : `RH-${String(p.recordNumber).padStart(4, '0')}`
            if (p.recordNumber !== undefined) used.add(p.recordNumber)
            repo.create(aPatient({ ...p, recordNumber }))
          }
          for (const q of queries) {
            expect(allPages(repo, q, size), `"${q}"`).toEqual(expected(db, q))
          }
          db.close()
          open.pop()
        },
      ),
      { numRuns: 60 },
    )
    // Sixty clinics of up to forty patients: seconds on a loaded machine.
  }, 30_000)

  it('keeps the list order and the index in step through creates, renames, imports, plain SQL and deletes', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.record({ op: fc.constant('create' as const), p: patientArb }),
            fc.record({ op: fc.constant('rename' as const), p: patientArb, which: fc.nat() }),
            fc.record({ op: fc.constant('import' as const), p: patientArb }),
            fc.record({ op: fc.constant('sql' as const), p: patientArb }),
            fc.record({ op: fc.constant('delete' as const), which: fc.nat() }),
          ),
          { maxLength: 40 },
        ),
        (ops) => {
          const db = aDatabase()
          const repo = new PatientRepository(db)
          let n = 0
          const ids = () => db.prepare('SELECT id FROM patients').pluck().all() as string[]
          for (const o of ops) {
            n++
            if (o.op === 'create') repo.create(aPatient({ ...o.p, recordNumber: `R${n}` }))
            else if (o.op === 'rename') {
              const id = ids()[o.which % Math.max(1, ids().length)]
              if (id) repo.update(id, aPatient({ ...o.p, recordNumber: `X${n}` }))
            } else if (o.op === 'import') {
              const at = '2026-01-01T00:00:00.000Z'
              const patient: Patient = patientSchema.parse({
                ...aPatient({ ...o.p, recordNumber: `I${n}` }),
                id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
                createdAt: at,
                updatedAt: at,
              })
              repo.writeImported(patientRowOf(patient), false)
            } else if (o.op === 'sql') {
              const row = patientRowOf(
                patientSchema.parse({
                  ...aPatient({ ...o.p, recordNumber: undefined }),
                  id: `10000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
                  createdAt: '2026-01-01T00:00:00.000Z',
                  updatedAt: '2026-01-01T00:00:00.000Z',
                }),
              )
              db.prepare(
                `INSERT INTO patients (id, given_name, family_name, date_of_birth, sex, record_number,
                   document, search_name, family_folded, created_at, updated_at)
                 VALUES (@id, @givenName, @familyName, @dateOfBirth, @sex, NULL, @document,
                   @searchName, @familyFolded, 't', 't')`,
              ).run(row)
            } else {
              const id = ids()[o.which % Math.max(1, ids().length)]
              // A row is removed only by an erasure on request (migration 9's triggers).
              if (id) erase(db, id)
            }
          }
          expectInStep(db)
          db.close()
          open.pop()
        },
      ),
      { numRuns: 40 },
    )
  })

  it('makes room when a gap is used up, even for thousands of patients written in order into one place', () => {
    const db = aDatabase()
    const repo = new PatientRepository(db)
    repo.create(aPatient({ familyName: 'Aa' }))
    repo.create(aPatient({ familyName: 'Zz' }))
    // Each new name sorts just before "Zz" (then just after the last): the worst case for halving.
    for (let i = 0; i < 600; i++)
      repo.create(aPatient({ familyName: `M${String(i).padStart(4, '0')}` }))
    // and the other way round, each just after "Aa"
    for (let i = 0; i < 300; i++)
      repo.create(aPatient({ familyName: `B${String(999 - i).padStart(4, '0')}` }))
    expectInStep(db)
    expect(allPages(repo, '', 50)).toEqual(expected(db, ''))
    expect(allPages(repo, 'm01', 50)).toHaveLength(100)
  })

  it('stops plain SQL that writes into a used-up gap, with a reason, rather than misplace a patient', () => {
    const db = aDatabase()
    const insert = db.prepare(
      `INSERT INTO patients (id, given_name, family_name, date_of_birth, sex, record_number,
         document, search_name, family_folded, created_at, updated_at, list_order)
       VALUES (?, 'A', ?, '1981-01-01', 'female', NULL, '{}', ?, ?, 't', 't', ?)`,
    )
    insert.run('p1', 'Aa', 'a aa', 'aa', 10)
    insert.run('p2', 'Cc', 'a cc', 'cc', 11)
    expect(() =>
      db
        .prepare(
          `INSERT INTO patients (id, given_name, family_name, date_of_birth, sex, record_number,
             document, search_name, family_folded, created_at, updated_at)
           VALUES ('p3', 'A', 'Bb', '1981-01-01', 'female', NULL, '{}', 'a bb', 'bb', 't', 't')`,
        )
        .run(),
    ).toThrow(/no room between this patient's neighbours/)
    // The app's own write makes room first.
    new PatientRepository(db).create(aPatient({ givenName: 'A', familyName: 'Bb' }))
    expectInStep(db)
  })

  it('numbers and indexes the patients of an existing clinic when it migrates', () => {
    const db = aDatabase(8)
    const insert = db.prepare(
      `INSERT INTO patients (id, given_name, family_name, date_of_birth, sex, record_number,
         document, search_name, family_folded, created_at, updated_at)
       VALUES (?, ?, ?, ?, 'female', ?, '{}', ?, ?, 't', 't')`,
    )
    const people = [
      ['p1', 'María José', 'García Núñez', '1979-07-01', 'RH-0001'],
      ['p2', 'Claire', 'Dupont', '1981-03-12', 'rh-0042'],
      ['p3', 'Søren', "O'Brien", '1990-11-30', null],
      ['p4', 'Paul', 'Garcin', '1981-03-12', null],
    ] as const
    for (const [id, g, f, dob, rec] of people)
      insert.run(id, g, f, dob, rec, foldForSearch(`${g} ${f}`), foldForSearch(f))
    migrate(db)
    expectInStep(db)
    const repo = new PatientRepository(db)
    for (const q of ['', 'gar', 'a', 'nu', 'garcia nunez', '12/03/1981', 'RH-00', 'o b', 'rh'])
      expect(allPages(repo, q, 2), q).toEqual(expected(db, q))
  })

  it('reads a page from the indexes in list order, with no scan of patients and no sort', () => {
    const db = aDatabase()
    const repo = new PatientRepository(db)
    repo.create(aPatient({ recordNumber: 'RH-1' }))
    const plans: string[] = []
    const prepare = db.prepare.bind(db)
    db.prepare = ((sql: string) => {
      const statement = prepare(sql)
      if (/^\s*SELECT/.test(sql) && !sql.includes('@'))
        plans.push(
          (
            prepare(`EXPLAIN QUERY PLAN ${sql}`).all(
              ...sql
                .split('?')
                .slice(1)
                .map(() => 'x'),
            ) as {
              detail: string
            }[]
          )
            .map((s) => s.detail)
            .join('\n'),
        )
      return statement
    }) as typeof db.prepare
    const fresh = new PatientRepository(db)
    for (const q of ['', 'gar', 'ga', 'g', 'mar gar', 'ma g', '12/03/1981', 'RH-00'])
      fresh.search(q)
    db.prepare = prepare
    expect(plans.length).toBeGreaterThan(4)
    for (const plan of plans) {
      expect(plan).not.toMatch(/TEMP B-TREE/)
      expect(plan).not.toMatch(/SCAN (p|patients)\b(?! USING)/)
    }
    void repo
  })
})

/** Removes a patient's row as an erasure on request does: inside an open erasure, then closed. */
function erase(db: Database.Database, id: string) {
  const erasure = randomUUID()
  db.transaction(() => {
    db.prepare(
      "INSERT INTO erasures (id, patient_id, requested_at, reason) VALUES (?, ?, 't', 'test')",
    ).run(erasure, id)
    db.prepare('DELETE FROM patients WHERE id = ?').run(id)
    db.prepare("UPDATE erasures SET completed_at = 't' WHERE id = ?").run(erasure)
  })()
}

describe('sources a query cannot match are not asked', () => {
  /** The statements a search runs, by the first words of their SQL. */
  function watchedStatements(db: Database.Database) {
    const ran: string[] = []
    const prepare = db.prepare.bind(db)
    db.prepare = ((sql: string) => {
      const statement = prepare(sql)
      const all = statement.all.bind(statement)
      const what =
        /patient_name_trigrams MATCH|k\.key = \? AND k\.list_order > \? AND p\.deleted_at IS NULL AND|date_of_birth = \?|k\.key = \?/.exec(
          sql,
        )?.[0]
      if (what)
        statement.all = ((...args: unknown[]) => {
          ran.push(
            what.includes('MATCH')
              ? 'name'
              : what.includes('date')
                ? 'birth'
                : `key ${String(args[0])}`,
          )
          return all(...args)
        }) as typeof statement.all
      return statement
    }) as typeof db.prepare
    return ran
  }

  it('a date of birth or a record number skips the name index when no name has its digits', () => {
    const db = aDatabase()
    const ran = watchedStatements(db)
    const repo = new PatientRepository(db)
    const ana = repo.create(
      aPatient({
        givenName: 'Ana',
        familyName: 'García',
        dateOfBirth: '1981-03-12',
        recordNumber: 'RH-0042',
      }),
    )
    repo.create(aPatient({ givenName: 'Paul', familyName: 'Dupont', dateOfBirth: '1979-07-01' }))
    ran.length = 0
    expect(repo.search('12/03/1981').patients.map((p) => p.id)).toEqual([ana.id])
    expect(ran).toEqual(['birth', 'key r12/03/1981'])
    ran.length = 0
    expect(repo.search('RH-004').patients.map((p) => p.id)).toEqual([ana.id])
    expect(ran).toEqual(['key rrh-004'])
    ran.length = 0
    // A name: no date to parse, the name index and the record keys asked.
    expect(repo.search('garc').patients.map((p) => p.id)).toEqual([ana.id])
    expect(ran).toEqual(['name', 'key rgarc'])
  })

  it('still finds a name with digits in it by those digits', () => {
    const db = aDatabase()
    const ran = watchedStatements(db)
    const repo = new PatientRepository(db)
    const room = repo.create(
      aPatient({ givenName: 'Room', familyName: 'Ward 1981', dateOfBirth: '1990-11-30' }),
    )
    const ana = repo.create(
      aPatient({ givenName: 'Ana', familyName: 'García', dateOfBirth: '1981-03-12' }),
    )
    ran.length = 0
    expect(repo.search('1981').patients.map((p) => p.id)).toEqual([room.id])
    expect(ran).toContain('name')
    expect(repo.search('12/03/1981').patients.map((p) => p.id)).toEqual([ana.id])
    for (const q of ['1981', '12/03/1981', 'ward 19', '19', 'RH-1'])
      expect(allPages(repo, q, 1), q).toEqual(expected(db, q))
  })
})
