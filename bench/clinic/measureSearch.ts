import type { Database } from 'better-sqlite3'
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

const COLUMNS = 'id, given_name, family_name, date_of_birth, sex, record_number, updated_at'
const ORDER = 'ORDER BY family_folded, search_name, date_of_birth LIMIT 50'
const TRIGRAMS = 'bench_name_trigrams'
const ORDERED = 'bench_patients_order'
/** Every row passes it (IS NOT NULL would be folded away on a NOT NULL column); the app never
 * compares family_folded, so its statements cannot use the partial index. */
const IN_ORDERED = "family_folded >= ''"

/**
 * Bench-only objects on the working copy (never in the cache, never read by the app):
 * - an FTS5 trigram index over the app's folded search_name column (external content: no second
 *   copy of the names), since no index of the app's schema can answer "these letters occur
 *   anywhere in the name";
 * - an index in the list's order that also covers the search columns, partial on a condition
 *   only the raw statements state, so that the app's own statements cannot pick it up and look
 *   faster than the app as shipped (the query plans in the results show which index each used).
 */
export function buildBenchIndexes(ctx: BenchContext): number {
  const start = performance.now()
  ctx.db.exec(`
    CREATE VIRTUAL TABLE ${TRIGRAMS} USING fts5(search_name, content='patients',
      content_rowid='rowid', tokenize='trigram');
    INSERT INTO ${TRIGRAMS}(${TRIGRAMS}) VALUES ('rebuild');
    CREATE INDEX ${ORDERED} ON patients (family_folded, search_name, date_of_birth, record_number)
      WHERE ${IN_ORDERED};
    ANALYZE;`)
  return (performance.now() - start) / 1000
}

type Bounds = [string, string]
/** [low, high) bounds of every text starting with `prefix`, for an index range scan. */
const prefixBounds = (prefix: string): Bounds => [
  prefix,
  prefix.slice(0, -1) + String.fromCodePoint(prefix.codePointAt(prefix.length - 1)! + 1),
]
const foldedWords = (typed: string) => foldForSearch(typed).split(' ').filter(Boolean)
/** An FTS5 query: every folded word as a quoted phrase (a substring, for the trigram tokenizer). */
const trigramQuery = (typed: string) =>
  foldedWords(typed)
    .map((w) => `"${w.replace(/"/g, '""')}"`)
    .join(' AND ')
/**
 * Bounds for the app's "a single word also matches the start of a record number" (it compares
 * lower-cased; the generator writes record numbers in capitals, so an upper-cased range on the
 * unique index is the same set here), or an empty range when the query has a space.
 */
const recordBounds = (typed: string): Bounds => {
  const t = typed.trim()
  return t === '' || /\s/.test(t) ? ['', ''] : prefixBounds(t.toUpperCase())
}

export interface RawStatement {
  what: string
  page: (typed: string) => { id: string }[]
  total: (typed: string) => number
  /** The page statement and its arguments, for EXPLAIN QUERY PLAN. */
  explain: (typed: string) => { sql: string; args: unknown[] }
}

/**
 * Names: the trigram index when every word has three letters or more (the app's rule, "every
 * word occurs somewhere in the folded name", is an AND of trigram phrases), unioned with the
 * record-number range; with a shorter word no index can find the rows, so the raw statement walks
 * the ordered covering index, testing the words on the index entry alone and stopping at 50,
 * and counts on the same index.
 */
function nameStatements(ctx: BenchContext): RawStatement {
  const { db } = ctx
  const triSql = `SELECT ${COLUMNS} FROM patients WHERE rowid IN (
      SELECT rowid FROM ${TRIGRAMS} WHERE ${TRIGRAMS} MATCH ?
      UNION SELECT rowid FROM patients WHERE record_number >= ? AND record_number < ?) ${ORDER}`
  const triPage = db.prepare(triSql)
  const triCount = db.prepare(
    `SELECT count(*) FROM (SELECT rowid FROM ${TRIGRAMS} WHERE ${TRIGRAMS} MATCH ?
      UNION SELECT rowid FROM patients WHERE record_number >= ? AND record_number < ?)`,
  )
  const scanWhere = (words: number) =>
    `${IN_ORDERED} AND ((${Array.from({ length: words }, () => 'instr(search_name, ?) > 0').join(' AND ')})
      OR (record_number >= ? AND record_number < ?))`
  const scanSql = (words: number) =>
    `SELECT ${COLUMNS} FROM patients INDEXED BY ${ORDERED} WHERE ${scanWhere(words)} ${ORDER}`
  const scanCountSql = (words: number) =>
    `SELECT count(*) FROM patients INDEXED BY ${ORDERED} WHERE ${scanWhere(words)}`
  const cache = new Map<string, ReturnType<Database['prepare']>>()
  const prepared = (sql: string) => {
    if (!cache.has(sql)) cache.set(sql, db.prepare(sql))
    return cache.get(sql)!
  }
  const usesTrigrams = (t: string) => foldedWords(t).every((w) => [...w].length >= 3)
  const args = (t: string) =>
    usesTrigrams(t)
      ? [trigramQuery(t), ...recordBounds(t)]
      : [...foldedWords(t), ...recordBounds(t)]
  const explain = (t: string) => ({
    sql: usesTrigrams(t) ? triSql : scanSql(foldedWords(t).length),
    args: args(t),
  })
  return {
    what: 'words of 3+ letters: bench-only FTS5 trigram index on search_name ∪ record_number range, sorted as the app sorts; shorter: bench-only ordered index on (family_folded, search_name, date_of_birth, record_number), words tested on the index entry, first 50, count on the same index',
    page: (t) =>
      (usesTrigrams(t) ? triPage : prepared(explain(t).sql)).all(...args(t)) as { id: string }[],
    total: (t) =>
      (usesTrigrams(t) ? triCount : prepared(scanCountSql(foldedWords(t).length)))
        .pluck()
        .get(...args(t)) as number,
    explain,
  }
}

function rawStatements(ctx: BenchContext): Record<string, RawStatement> {
  const { db } = ctx
  const dobSql = `SELECT ${COLUMNS} FROM patients WHERE date_of_birth = ? ${ORDER}`
  const dobPage = db.prepare(dobSql)
  const dobCount = db.prepare('SELECT count(*) FROM patients WHERE date_of_birth = ?').pluck()
  const recSql = `SELECT ${COLUMNS} FROM patients WHERE record_number >= ? AND record_number < ? ${ORDER}`
  const recPage = db.prepare(recSql)
  const recCount = db
    .prepare('SELECT count(*) FROM patients WHERE record_number >= ? AND record_number < ?')
    .pluck()
  const allSql = `SELECT ${COLUMNS} FROM patients WHERE ${IN_ORDERED} ${ORDER}`
  const allPage = db.prepare(allSql)
  const allCount = db.prepare('SELECT count(*) FROM patients').pluck()
  const dayFirst = (t: string) => {
    const [d, m, y] = t.split('/')
    return `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`
  }
  return {
    name: nameStatements(ctx),
    dateOfBirth: {
      what: 'equality on the date_of_birth index (no name holds a digit, so the name test adds nothing)',
      page: (t) => dobPage.all(dayFirst(t)) as { id: string }[],
      total: (t) => dobCount.get(dayFirst(t)) as number,
      explain: (t) => ({ sql: dobSql, args: [dayFirst(t)] }),
    },
    recordNumber: {
      what: 'range scan of the record_number unique index',
      page: (t) => recPage.all(...prefixBounds(t)) as { id: string }[],
      total: (t) => recCount.get(...prefixBounds(t)) as number,
      explain: (t) => ({ sql: recSql, args: prefixBounds(t) }),
    },
    all: {
      what: 'the first 50 on the bench-only ordered index, and count(*)',
      page: () => allPage.all() as { id: string }[],
      total: () => allCount.get() as number,
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
    // Same answer? The raw statement's first page (ids, in order) and total against the app's.
    let same = 0
    for (const input of kind.inputs) {
      const app = await find(input)
      const page = raw.page(input).map((r) => r.id)
      if (app.total === raw.total(input) && app.patients.map((p) => p.id).join() === page.join())
        same++
    }
    const rounds = ctx.rounds(
      kind.inputs.length === 1 ? 200 : Math.max(5, Math.ceil(200 / kind.inputs.length)),
    )
    const app = statsOf(await timeCalls(kind.inputs, find, { rounds }))
    const rawStats = statsOf(
      await timeCalls(kind.inputs, (t) => (raw.page(t), raw.total(t)), { rounds }),
    )
    const pageOnly = statsOf(await timeCalls(kind.inputs, (t) => raw.page(t), { rounds }))
    const input = kind.inputs[0]!
    const ran = await capturedStatements(ctx.db, () => find(input))
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
          pageOnlyMedian: pageOnly.median,
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
