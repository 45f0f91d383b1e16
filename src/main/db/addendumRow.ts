import type { Addendum } from '../../shared/model/assessment/assessment'

/** A row of the addenda table (migration 9): one correction or note on a signed record. */
export interface AddendumRow {
  id: string
  assessment_id: string
  position: number
  at: string
  author_id: string | null
  author_name: string | null
  author_registration: string | null
  text: string
  revised: string | null
  sha256: string | null
  /** What it was chained to, when it says (migration 15); else the addendum before it. */
  follows: string | null
}

/** An addendum as the record carries it, from its row. */
export const toAddendum = (row: AddendumRow): Addendum => ({
  id: row.id,
  at: row.at,
  ...(row.author_id && row.author_name
    ? {
        author: {
          id: row.author_id,
          name: row.author_name,
          ...(row.author_registration ? { registrationNumber: row.author_registration } : {}),
        },
      }
    : {}),
  text: row.text,
  ...(row.revised ? { revised: JSON.parse(row.revised) as Addendum['revised'] } : {}),
  ...(row.sha256 ? { sha256: row.sha256 } : {}),
  ...(row.follows ? { follows: row.follows } : {}),
})
