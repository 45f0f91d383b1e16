import type { Database, Statement } from 'better-sqlite3'
import type {
  PatientCursor,
  PatientSearchResult,
  PatientStanding,
  PatientSummary,
} from '../../shared/api/contract'
import { parseTypedDate } from '../../shared/model/calendarDate'
import { foldForSearch } from '../../shared/text/foldForSearch'

/**
 * Search-as-you-type and the patient list, a page at a time in list order (surname, then name,
 * date of birth and id). Every source of matches is read in list order from an index whose
 * order is patients.list_order (migration 11), so a page costs about its own size whatever the
 * size of the clinic:
 *
 * - every word of 3+ letters: the FTS5 trigram index over search_name (its rowid is list_order),
 *   words of 1–2 letters tested on the row;
 * - only words of 1–2 letters: the one- and two-letter keys of patient_search_keys;
 * - a typed date: (date_of_birth, list_order);
 * - a single word: the record-number prefix keys ('r' + lower-cased prefix);
 * - nothing typed: the list_order index.
 *
 * A query that may match in several ways reads the first page of each (each one indexed, most
 * empty) and merges them. A source a query cannot match is not asked: the name index, for a word
 * holding a digit or sign that no name holds (a date of birth, most record numbers: one key
 * seek per such character tells); the date of birth, for what is not a date. `after` is the
 * last row's sort key, so paging holds even when rows were added, renamed or re-spaced between
 * pages.
 */

export const DEFAULT_PAGE = 50

/** Below every list_order the app writes. */
const BEFORE_ALL = -(2 ** 62)

const COLUMNS = `p.list_order, p.id, p.given_name, p.family_name, p.date_of_birth, p.sex,
  p.record_number, p.updated_at, p.family_folded, p.search_name, p.last_visit,
  p.working_diagnosis, p.next_review, p.open_drafts, p.archived_at`

/**
 * Which patients a list or search shows: never the deleted; the archived only on request (an
 * archived patient is still on file, and found with "include archived"). The default list reads
 * the partial index patients_active_order (migration 14), which holds only the patients shown.
 */
const shown = (includeArchived: boolean) =>
  includeArchived ? 'p.deleted_at IS NULL' : 'p.deleted_at IS NULL AND p.archived_at IS NULL'

interface Row {
  list_order: number
  id: string
  given_name: string
  family_name: string
  date_of_birth: string
  sex: string
  record_number: string | null
  updated_at: string
  family_folded: string
  search_name: string
  last_visit: string | null
  working_diagnosis: string | null
  next_review: string | null
  open_drafts: number
  archived_at: string | null
}

/** The statement for the name words, by how many long (3+) and short words there are. */
export function nameStatementSql(long: number, short: number, includeArchived = false): string {
  const shortTests = (n: number) =>
    Array.from({ length: n }, () => ' AND instr(p.search_name, ?) > 0').join('')
  if (long > 0) {
    return `SELECT ${COLUMNS} FROM patient_name_trigrams f
      JOIN patients p ON p.list_order = f.rowid
      WHERE f.patient_name_trigrams MATCH ? AND f.rowid > ? AND ${shown(includeArchived)}${shortTests(short)}
      ORDER BY f.rowid LIMIT ?`
  }
  return `SELECT ${COLUMNS} FROM patient_search_keys k
    JOIN patients p ON p.list_order = k.list_order
    WHERE k.key = ? AND k.list_order > ? AND ${shown(includeArchived)}${shortTests(short - 1)}
    ORDER BY k.list_order LIMIT ?`
}

export const birthSql = (includeArchived = false) => `SELECT ${COLUMNS} FROM patients p
  WHERE p.date_of_birth = ? AND p.list_order > ? AND ${shown(includeArchived)}
  ORDER BY p.list_order LIMIT ?`
export const recordSql = (includeArchived = false) => `SELECT ${COLUMNS}
  FROM patient_search_keys k JOIN patients p ON p.list_order = k.list_order
  WHERE k.key = ? AND k.list_order > ? AND ${shown(includeArchived)} ORDER BY k.list_order LIMIT ?`
export const listSql = (includeArchived = false) => `SELECT ${COLUMNS} FROM patients p
  WHERE p.list_order > ? AND ${shown(includeArchived)} ORDER BY p.list_order LIMIT ?`
export const BIRTH_SQL = birthSql()
export const RECORD_SQL = recordSql()
export const LIST_SQL = listSql()

/** A word as an FTS5 phrase: with the trigram tokenizer, "these letters, in a row". */
const phrase = (word: string) => `"${word.replace(/"/g, '""')}"`
const letters = (word: string) => [...word].length

/** The name words of a query: the FTS5 query for the long ones and the short ones, or none. */
export function nameWords(
  query: string,
): { match?: string; short: string[]; signs: string[] } | undefined {
  const words = foldForSearch(query).split(' ').filter(Boolean)
  if (words.length === 0) return undefined
  const long = words.filter((w) => letters(w) >= 3)
  // The two-letter words first: the fewer rows a key has, the better it leads.
  const short = words.filter((w) => letters(w) < 3).sort((a, b) => letters(b) - letters(a))
  const signs = [...new Set(words.join('').replace(/\p{L}/gu, ''))]
  return long.length > 0
    ? { match: long.map(phrase).join(' AND '), short, signs }
    : { short, signs }
}

/** The record-number prefix a query may be (one word, compared lower-cased), or none. */
export function recordPrefix(query: string): string | undefined {
  const typed = query.trim()
  return typed !== '' && !/\s/.test(typed) ? typed.toLowerCase() : undefined
}

export class PatientSearch {
  private readonly statements = new Map<string, Statement<unknown[], Row>>()
  private readonly boundOf: Statement<PatientCursor, number>
  private readonly inSomeName: Statement<[string], number>

  constructor(private readonly db: Database) {
    // A name holds this character iff its one-letter key ('n' + it) exists (migration 11).
    this.inSomeName = db
      .prepare<[string], number>('SELECT 1 FROM patient_search_keys WHERE key = ? LIMIT 1')
      .pluck()
    this.boundOf = db
      .prepare<PatientCursor, number>(
        `SELECT list_order FROM patients
         WHERE (family_folded, search_name, date_of_birth, id)
           <= (@familyFolded, @searchName, @dateOfBirth, @id) AND list_order IS NOT NULL
         ORDER BY family_folded DESC, search_name DESC, date_of_birth DESC, id DESC LIMIT 1`,
      )
      .pluck()
  }

  /**
   * Every word typed occurs somewhere in the folded name; or a typed date is the date of birth;
   * or a single word starts the record number (case-insensitive). A page of `limit`, after the
   * patient `after`, and the cursor for the next page if there is one.
   */
  search(
    query: string,
    limit = DEFAULT_PAGE,
    after?: PatientCursor,
    includeArchived = false,
  ): PatientSearchResult {
    const size = Math.floor(limit)
    const take = size + 1
    const bound = after ? (this.boundOf.get(after) ?? BEFORE_ALL) : BEFORE_ALL
    const words = nameWords(query)
    // A date has a digit; most searches are names, which then skip the date's parsing.
    const date = /\d/.test(query) ? parseTypedDate(query) : undefined
    const prefix = recordPrefix(query)
    const pages: Row[][] = []
    if (!words && !date && prefix === undefined) {
      pages.push(this.statement(listSql(includeArchived)).all(bound, take))
    } else {
      if (words && words.signs.every((c) => this.inSomeName.get(`n${c}`) !== undefined)) {
        const args = words.match
          ? [words.match, bound, ...words.short]
          : [`n${words.short[0]}`, bound, ...words.short.slice(1)]
        const sql = nameStatementSql(words.match ? 1 : 0, words.short.length, includeArchived)
        pages.push(this.statement(sql).all(...args, take))
      }
      if (date) pages.push(this.statement(birthSql(includeArchived)).all(date, bound, take))
      if (prefix !== undefined)
        pages.push(this.statement(recordSql(includeArchived)).all(`r${prefix}`, bound, take))
    }
    const rows = merged(pages, take)
    const shown = rows.slice(0, size)
    const last = shown.at(-1)
    return {
      patients: shown.map(toSummary),
      ...(rows.length > size && last ? { next: cursorOf(last) } : {}),
    }
  }

  /** Each statement prepared once, on first use. */
  private statement(sql: string) {
    let statement = this.statements.get(sql)
    if (!statement) {
      statement = this.db.prepare(sql)
      this.statements.set(sql, statement)
    }
    return statement
  }
}

/** The first `take` rows of pages each in list order, without repeats. */
function merged(pages: Row[][], take: number): Row[] {
  const filled = pages.filter((p) => p.length > 0)
  if (filled.length <= 1) return filled[0] ?? []
  const seen = new Set<number>()
  return filled
    .flat()
    .sort((a, b) => a.list_order - b.list_order)
    .filter((r) => !seen.has(r.list_order) && seen.add(r.list_order))
    .slice(0, take)
}

function cursorOf(row: Row): PatientCursor {
  return {
    familyFolded: row.family_folded,
    searchName: row.search_name,
    dateOfBirth: row.date_of_birth,
    id: row.id,
  }
}

function toSummary(row: Row): PatientSummary {
  return {
    id: row.id,
    givenName: row.given_name,
    familyName: row.family_name,
    dateOfBirth: row.date_of_birth,
    sex: row.sex as PatientSummary['sex'],
    ...(row.record_number ? { recordNumber: row.record_number } : {}),
    updatedAt: row.updated_at,
    ...caseloadOf(row),
  }
}

/** A row's caseload columns (migration 14), as a list row or the home screen shows them. */
export function caseloadOf(row: {
  last_visit: string | null
  working_diagnosis: string | null
  next_review: string | null
  open_drafts: number
  archived_at: string | null
}): PatientStanding {
  return {
    ...(row.last_visit ? { lastVisit: row.last_visit } : {}),
    ...(row.working_diagnosis ? { workingDiagnosis: row.working_diagnosis } : {}),
    ...(row.next_review ? { nextReview: row.next_review } : {}),
    openDrafts: row.open_drafts,
    ...(row.archived_at ? { archivedAt: row.archived_at } : {}),
  }
}
