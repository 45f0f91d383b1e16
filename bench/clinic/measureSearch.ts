import type { Statement } from 'better-sqlite3'
import { PatientRepository } from '../../src/main/db/patientRepository'
import type { PatientSearchResult } from '../../src/shared/api/contract'
import { foldForSearch } from '../../src/shared/text/foldForSearch'
import { samplePatients, valueOf, type BenchContext } from './benchContext'
import { capturedStatements, queryPlan } from './queryPlan'
import { row, type Row } from './results'
import { statsOf, timeCalls } from './timing'

/*
 * Search as you type and the patient list, through the handler table (findPatients: the
 * contract's input check, then PatientRepository.search), each against its raw statement on the
 * same connection: the best indexed SQL returning the same first page (same order, 50 rows) and
 * the same total, checked input by input (sameAnswer). Which raw statement each kind of query
 * gets, and why, is in rawStatements below.
 */

/** The columns of the app's answer (a page of patient summaries) and the sort key. */
const COLUMNS = `p.list_order, p.id, p.given_name, p.family_name, p.date_of_birth, p.sex,
  p.record_number, p.updated_at`
const PAGE = 50
/** The page and one more: whether more match. */
const TAKE = PAGE + 1

/**
 * The app's schema now has the indexes search needs (migration 11: an FTS5 trigram index and
 * one- and two-letter keys whose order is list_order, (date_of_birth, list_order), record-number
 * prefix keys), so the raw statements use them directly; nothing is built for the bench. Kept
 * (it returns 0 s) so that the run's log keeps its shape.
 */
export function buildBenchIndexes(_ctx: BenchContext): number {
  return 0
}

const foldedWords = (typed: string) => foldForSearch(typed).split(' ').filter(Boolean)
const letters = (w: string) => [...w].length
/** An FTS5 query: every folded word as a quoted phrase (a substring, for the trigram tokenizer). */
const trigramQuery = (words: string[]) =>
  words.map((w) => `"${w.replace(/"/g, '""')}"`).join(' AND ')
/** The record-number key of a one-word query ('r' + lower case), or one that matches nothing. */
const recordKey = (typed: string) => {
  const t = typed.trim()
  return t === '' || /\s/.test(t) ? '' : `r${t.toLowerCase()}`
}

export interface RawStatement {
  what: string
  /** The first page and one more row (whether more match), in list order. */
  page: (typed: string) => { id: string }[]
  /** The page statement and its arguments, for EXPLAIN QUERY PLAN. */
  explain: (typed: string) => { sql: string; args: unknown[] }
}

/**
 * Names: the first 51 name matches in list order (the trigram index when every word has 3+
 * letters, other words tested on the row; else the two- or one-letter keys), merged in one
 * compound statement with the first 51 record numbers the word starts (empty unless a surname
 * prefix such as "rh" is also one), and the first 51 of the two.
 */
function nameStatements(ctx: BenchContext): RawStatement {
  const { db } = ctx
  const recordArm = `SELECT ${COLUMNS} FROM patient_search_keys k JOIN patients p
    ON p.list_order = k.list_order WHERE k.key = ? ORDER BY k.list_order LIMIT ${TAKE}`
  const tests = (n: number) =>
    Array.from({ length: n }, () => ' AND instr(p.search_name, ?) > 0').join('')
  const sqlOf = (long: number, short: number) => {
    const nameArm =
      long > 0
        ? `SELECT ${COLUMNS} FROM patient_name_trigrams f JOIN patients p ON p.list_order = f.rowid
           WHERE patient_name_trigrams MATCH ?${tests(short)} ORDER BY f.rowid LIMIT ${TAKE}`
        : `SELECT ${COLUMNS} FROM patient_search_keys k JOIN patients p
           ON p.list_order = k.list_order WHERE k.key = ?${tests(short - 1)}
           ORDER BY k.list_order LIMIT ${TAKE}`
    return `SELECT * FROM (${nameArm}) UNION SELECT * FROM (${recordArm})
      ORDER BY list_order LIMIT ${TAKE}`
  }
  const cache = new Map<string, Statement<unknown[]>>()
  const prepared = (sql: string) => {
    if (!cache.has(sql)) cache.set(sql, db.prepare<unknown[]>(sql))
    return cache.get(sql)!
  }
  const explain = (t: string) => {
    const words = foldedWords(t)
    const long = words.filter((w) => letters(w) >= 3)
    const short = words.filter((w) => letters(w) < 3).sort((a, b) => letters(b) - letters(a))
    const args =
      long.length > 0
        ? [trigramQuery(long), ...short, recordKey(t)]
        : [`n${short[0]}`, ...short.slice(1), recordKey(t)]
    return { sql: sqlOf(long.length, short.length), args }
  }
  return {
    what: 'first 51 on the FTS5 trigram index (every word of 3+ letters; shorter ones tested on the row) or on the one-/two-letter keys, merged with the first 51 record-number prefix keys, in list order',
    page: (t) => {
      const { sql, args } = explain(t)
      return prepared(sql).all(...args) as { id: string }[]
    },
    explain,
  }
}

function rawStatements(ctx: BenchContext): Record<string, RawStatement> {
  const { db } = ctx
  const dobSql = `SELECT ${COLUMNS} FROM patients p WHERE p.date_of_birth = ?
    ORDER BY p.list_order LIMIT ${TAKE}`
  const dobPage = db.prepare(dobSql)
  const recSql = `SELECT ${COLUMNS} FROM patient_search_keys k JOIN patients p
    ON p.list_order = k.list_order WHERE k.key = ? ORDER BY k.list_order LIMIT ${TAKE}`
  const recPage = db.prepare(recSql)
  const allSql = `SELECT ${COLUMNS} FROM patients p WHERE p.list_order IS NOT NULL
    ORDER BY p.list_order LIMIT ${TAKE}`
  const allPage = db.prepare(allSql)
  const dayFirst = (t: string) => {
    const [d, m, y] = t.split('/')
    return `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`
  }
  return {
    name: nameStatements(ctx),
    dateOfBirth: {
      what: 'first 51 on (date_of_birth, list_order) (no name holds a digit and no record number starts with one, so the other tests add nothing)',
      page: (t) => dobPage.all(dayFirst(t)) as { id: string }[],
      explain: (t) => ({ sql: dobSql, args: [dayFirst(t)] }),
    },
    recordNumber: {
      what: 'first 51 on the record-number prefix keys (no name holds a digit)',
      page: (t) => recPage.all(recordKey(t)) as { id: string }[],
      explain: (t) => ({ sql: recSql, args: [recordKey(t)] }),
    },
    all: {
      what: 'the first 51 on the list_order index',
      page: () => allPage.all() as { id: string }[],
      explain: () => ({ sql: allSql, args: [] }),
    },
  }
}

interface SearchKind {
  id: string
  action: string
  raw: string
  inputs: string[]
}

/** Varied inputs for each kind of query, taken from the clinic's own patients. */
function searchKinds(ctx: BenchContext): SearchKind[] {
  const names = samplePatients(ctx, 200)
  const words = (text: string) => text.split(/[\s'’-]+/).filter(Boolean)
  const prefixes: string[] = []
  const midWords: string[] = []
  const folded: string[] = []
  const severalWords: string[] = []
  const dates: string[] = []
  const records: string[] = []
  names.forEach((p, i) => {
    const surname = words(p.family_name).find((w) => w.length >= 4)
    if (surname && prefixes.length < ctx.inputs(48)) {
      // Half typed as on the record ("Gar"), half as a receptionist types ("gar").
      const typed = i % 2 === 0 ? surname : foldForSearch(surname)
      for (let k = 1; k <= 4; k++) prefixes.push(typed.slice(0, k))
    }
    const plain = foldForSearch(p.family_name).replace(/ /g, '')
    if (plain.length >= 5 && midWords.length < ctx.inputs(20)) {
      const at = ctx.random.int(1, plain.length - 4)
      midWords.push(plain.slice(at, at + 3))
    }
    const single = foldForSearch(p.family_name)
    if (
      !single.includes(' ') &&
      single !== p.family_name.toLowerCase() &&
      folded.length < ctx.inputs(20)
    )
      folded.push(single)
    const given = foldForSearch(p.given_name).split(' ')[0] ?? ''
    const family =
      foldForSearch(p.family_name)
        .split(' ')
        .find((w) => w.length >= 3) ?? ''
    if (given.length >= 3 && family.length >= 3 && severalWords.length < ctx.inputs(20))
      severalWords.push(`${given.slice(0, 3)} ${family.slice(0, 3)}`)
    if (dates.length < ctx.inputs(20)) {
      const [y, m, d] = p.date_of_birth.split('-')
      dates.push(`${d}/${m}/${y}`)
    }
    if (p.record_number && records.length < ctx.inputs(20))
      records.push(p.record_number.slice(0, ctx.random.int(7, p.record_number.length)))
  })
  return [
    {
      id: 'search.prefix',
      action: 'search as you type: surname prefixes (g, ga, gar, garc)',
      raw: 'name',
      inputs: prefixes,
    },
    { id: 'search.midWord', action: 'search: mid-word (arc)', raw: 'name', inputs: midWords },
    {
      id: 'search.accentFolded',
      action: 'search: accent-folded (garcia for García)',
      raw: 'name',
      inputs: folded,
    },
    {
      id: 'search.severalWords',
      action: 'search: several words (mar gar)',
      raw: 'name',
      inputs: severalWords,
    },
    {
      id: 'search.dateOfBirth',
      action: 'search: date of birth typed day-first',
      raw: 'dateOfBirth',
      inputs: dates,
    },
    {
      id: 'search.recordNumber',
      action: 'search: record number prefix',
      raw: 'recordNumber',
      inputs: records,
    },
    {
      id: 'list.firstPage',
      action: 'patient list: first page (empty search)',
      raw: 'all',
      inputs: [''],
    },
  ]
}

export async function measureSearch(ctx: BenchContext): Promise<Row[]> {
  const RAW = rawStatements(ctx)
  const rows: Row[] = []
  const find = async (query: string): Promise<PatientSearchResult> =>
    valueOf(await ctx.handlers.findPatients({ query }), 'findPatients')
  for (const kind of searchKinds(ctx)) {
    if (kind.inputs.length === 0)
      throw new Error(`No inputs for ${kind.id}: the clinic is too small`)
    const raw = RAW[kind.raw]!
    // Same answer? The raw statement's first page (ids, in order) and whether more match,
    // against the app's.
    let same = 0
    for (const input of kind.inputs) {
      const app = await find(input)
      const page = raw.page(input).map((r) => r.id)
      const more = page.length > PAGE
      if (
        (app.next !== undefined) === more &&
        app.patients.map((p) => p.id).join() === page.slice(0, PAGE).join()
      )
        same++
    }
    const rounds = ctx.rounds(
      kind.inputs.length === 1 ? 200 : Math.max(5, Math.ceil(200 / kind.inputs.length)),
    )
    const app = statsOf(await timeCalls(kind.inputs, find, { rounds }))
    const rawStats = statsOf(await timeCalls(kind.inputs, (t) => raw.page(t), { rounds }))
    const input = kind.inputs[0]!
    // A repository made inside the capture, so that the statements it prepares (once, then
    // reused) are seen: the same code and SQL the handler's repository runs.
    const ran = await capturedStatements(ctx.db, () => new PatientRepository(ctx.db).search(input))
    const appPlan = ran.map((r) => queryPlan(ctx.db, r.sql, r.args)).join('\n')
    if (appPlan.includes('bench_'))
      throw new Error(`${kind.id}: the app's statement used a bench-only index`)
    const rawStatement = raw.explain(input)
    rows.push(
      row(kind.id, kind.action, app, {
        raw: {
          median: rawStats.median,
          p95: rawStats.p95,
          what: raw.what,
          sameAnswer: same / kind.inputs.length,
        },
        extra: { inputs: kind.inputs.length },
        plans: {
          input,
          app: appPlan,
          raw: queryPlan(ctx.db, rawStatement.sql, rawStatement.args),
        },
      }),
    )
  }
  return rows
}
