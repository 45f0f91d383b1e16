import type { Database, Statement } from 'better-sqlite3'

/**
 * patients.list_order is an integer in the list's order (family_folded, search_name,
 * date_of_birth, id): the rowid of the name index, so that search reads matches in list order
 * (migration 11). The database's triggers place a new or renamed patient at the midpoint between
 * its neighbours; when those neighbours are adjacent integers there is no midpoint, and the
 * trigger stops the write. `makeRoom` is called before every write of a patient: when the gap at
 * the patient's place is exhausted it spreads a window of neighbours evenly over a wider range,
 * doubling the window until each gap is at least MIN_GAP (an order-maintenance list: rare, and
 * local). Each moved row's index entries follow through the update trigger.
 */

/** The sort key of a patient, as stored (patientRow.ts). */
export interface ListKey {
  id: string
  familyFolded: string
  searchName: string
  dateOfBirth: string
}

/** Gap left between neighbours when a window is spread out: room for 8 more halvings. */
const MIN_GAP = 256
/** Spacing at the ends of the list (as in migration 11). */
const SPACING = 1048576

const KEY = 'family_folded, search_name, date_of_birth, id'
const KEY_DESC = 'family_folded DESC, search_name DESC, date_of_birth DESC, id DESC'
const AT = '(@familyFolded, @searchName, @dateOfBirth, @id)'

interface Placed {
  rowid: number
  list_order: number
}

export class PatientListOrder {
  private readonly before: Statement<ListKey, number>
  private readonly after: Statement<ListKey, number>
  private readonly down: Statement<[number, number], Placed>
  private readonly up: Statement<[number, number], Placed>
  private readonly lowest: Statement<[], number | null>
  private readonly move: Statement<[number, number]>

  constructor(private readonly db: Database) {
    this.before = db
      .prepare<ListKey, number>(
        `SELECT list_order FROM patients WHERE (${KEY}) < ${AT} AND id <> @id
           AND list_order IS NOT NULL ORDER BY ${KEY_DESC} LIMIT 1`,
      )
      .pluck()
    this.after = db
      .prepare<ListKey, number>(
        `SELECT list_order FROM patients WHERE (${KEY}) > ${AT} AND id <> @id
           AND list_order IS NOT NULL ORDER BY ${KEY} LIMIT 1`,
      )
      .pluck()
    this.down = db.prepare(
      'SELECT rowid, list_order FROM patients WHERE list_order <= ? ORDER BY list_order DESC LIMIT ?',
    )
    this.up = db.prepare(
      'SELECT rowid, list_order FROM patients WHERE list_order >= ? ORDER BY list_order LIMIT ?',
    )
    this.lowest = db.prepare<[], number | null>('SELECT min(list_order) FROM patients').pluck()
    this.move = db.prepare('UPDATE patients SET list_order = ? WHERE rowid = ?')
  }

  /** Makes sure the patient with this key (new, renamed or unchanged) has a free place. */
  makeRoom({ id, familyFolded, searchName, dateOfBirth }: ListKey): void {
    const key = { id, familyFolded, searchName, dateOfBirth }
    const prev = this.before.get(key)
    const next = this.after.get(key)
    if (prev === undefined || next === undefined || next - prev >= 2) return
    this.db.transaction(() => this.spread(prev, next))()
  }

  /** Spreads the rows around the gap between `prev` and `next`, leaving a slot between them. */
  private spread(prev: number, next: number) {
    for (let k = 1; ; k *= 2) {
      // k rows on each side, and the row beyond them (the fixed bound), if any
      const below = this.down.all(prev, k + 1)
      const above = this.up.all(next, k + 1)
      const left = below.slice(0, k).reverse()
      const right = above.slice(0, k)
      const window = left.length + right.length
      const low = below[k]?.list_order ?? left[0]!.list_order - (window + 2) * SPACING
      const high = above[k]?.list_order ?? right.at(-1)!.list_order + (window + 2) * SPACING
      const gap = Math.floor((high - low) / (window + 2))
      if (gap < MIN_GAP) continue
      const moved = [...left, ...right]
      // Out of the way first (below every row), so that no value is ever held twice.
      const base = (this.lowest.get() ?? 0) - moved.length - 1
      moved.forEach((r, i) => this.move.run(base + i, r.rowid))
      left.forEach((r, i) => this.move.run(low + gap * (i + 1), r.rowid))
      right.forEach((r, i) => this.move.run(low + gap * (left.length + 2 + i), r.rowid))
      return
    }
  }
}
