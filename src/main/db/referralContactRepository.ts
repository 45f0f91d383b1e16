import type { Database } from 'better-sqlite3'
import { randomUUID } from 'node:crypto'
import {
  recipientFieldsSchema,
  referralContactSchema,
  type ReferralContact,
  type SaveReferralContactInput,
} from '../../shared/model/referralContact'
import { notFound } from '../errors'

interface ContactRow {
  id: string
  document: string
  updated_at: string
}

const toContact = (row: ContactRow): ReferralContact =>
  referralContactSchema.parse({
    ...JSON.parse(row.document),
    id: row.id,
    updatedAt: row.updated_at,
  })

/** The clinic's directory of GPs and consultants (migration 13), in name order. */
export class ReferralContactRepository {
  constructor(
    private readonly db: Database,
    private readonly now: () => Date,
    private readonly author: () => string | undefined,
  ) {}

  list(): ReferralContact[] {
    return this.db
      .prepare<[], ContactRow>(
        `SELECT id, document, updated_at FROM referral_contacts
         WHERE removed_at IS NULL ORDER BY sort_name, id`,
      )
      .all()
      .map(toContact)
  }

  get(id: string): ReferralContact {
    const row = this.db
      .prepare<[string], ContactRow>(
        'SELECT id, document, updated_at FROM referral_contacts WHERE id = ? AND removed_at IS NULL',
      )
      .get(id)
    if (!row) throw notFound('The directory entry')
    return toContact(row)
  }

  /** Adds an entry, or changes the one with `input.id`. */
  save(input: SaveReferralContactInput): ReferralContact {
    const { id, ...rest } = input
    const fields = recipientFieldsSchema.parse(rest)
    const at = this.now().toISOString()
    const by = this.author() ?? null
    const document = JSON.stringify(fields)
    const sortName = fields.name.toLocaleLowerCase('en-GB')
    if (id) {
      const changed = this.db
        .prepare(
          `UPDATE referral_contacts SET document = ?, sort_name = ?, updated_at = ?, updated_by = ?
           WHERE id = ? AND removed_at IS NULL`,
        )
        .run(document, sortName, at, by, id)
      if (changed.changes === 0) throw notFound('The directory entry')
      return this.get(id)
    }
    const newId = randomUUID()
    this.db
      .prepare(
        `INSERT INTO referral_contacts (id, document, sort_name, created_at, created_by, updated_at, updated_by)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(newId, document, sortName, at, by, at, by)
    return this.get(newId)
  }

  /** Takes an entry out of the directory; letters sent to them keep their copy of the details. */
  remove(id: string): void {
    const removed = this.db
      .prepare(
        'UPDATE referral_contacts SET removed_at = ?, removed_by = ? WHERE id = ? AND removed_at IS NULL',
      )
      .run(this.now().toISOString(), this.author() ?? null, id)
    if (removed.changes === 0) throw notFound('The directory entry')
  }
}
