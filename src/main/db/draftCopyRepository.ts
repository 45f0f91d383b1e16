import type { Database, Statement } from 'better-sqlite3'
import type { Assessment } from '../../shared/model/assessment/assessment'
import { draftCopySchema, type DraftCopy } from '../../shared/model/assessment/draftCopy'
import { AppError, notFound } from '../errors'

interface CopyRow {
  status: Assessment['status']
  saved_revision: number
  revision: number | null
  document: string | null
}

/**
 * The write-ahead copy of each draft being typed (migration 7, shared/model/assessment/
 * draftCopy.ts): the screen sends its working copy at every change, before the autosave that
 * follows a pause in typing, so that a reload or a crash loses nothing that was typed. It lives
 * in the clinic's encrypted database, never in the window's own storage.
 *
 * A copy matters only while it is ahead of the stored record: the autosave that stores its
 * revision drops it (AssessmentRepository), finalising or discarding the draft drops it too.
 */
export class DraftCopyRepository {
  private readonly state: Statement<[string], CopyRow>
  private readonly upsert: Statement<{
    id: string
    revision: number
    document: string
    keptAt: string
  }>

  constructor(
    private readonly db: Database,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.state = db.prepare(`
      SELECT a.status, a.revision AS saved_revision, c.revision, c.document
      FROM assessments a LEFT JOIN draft_copies c ON c.assessment_id = a.id
      WHERE a.id = ? AND a.deleted_at IS NULL`)
    this.upsert = db.prepare(`
      INSERT INTO draft_copies (assessment_id, revision, document, kept_at)
      VALUES (@id, @revision, @document, @keptAt)
      ON CONFLICT (assessment_id) DO UPDATE SET revision = excluded.revision,
        document = excluded.document, kept_at = excluded.kept_at`)
  }

  /**
   * Keeps the working copy, replacing the one kept before: the screen sends its changes in
   * order, so the latest to arrive is the latest typed. A copy the database is already as new as
   * is not kept.
   *
   * `valid` has passed draftCopySchema at the IPC boundary (the contract's check of
   * keepDraftCopy, the only caller), so it is not checked a second time at every keystroke; what
   * is stored is checked again when it is read back (get, below).
   */
  keep(valid: DraftCopy): { kept: boolean } {
    return this.db.transaction(() => {
      const row = this.state.get(valid.id)
      if (!row) throw notFound('The assessment')
      if (row.status !== 'draft') {
        throw new AppError(
          'conflict',
          'This assessment is finalised and can no longer be edited; add an addendum instead.',
        )
      }
      if (valid.revision <= row.saved_revision) return { kept: false }
      this.upsert.run({
        id: valid.id,
        revision: valid.revision,
        document: JSON.stringify(valid),
        keptAt: this.now().toISOString(),
      })
      return { kept: true }
    })()
  }

  /**
   * The copy holding changes the stored draft does not have, checked with the shared schema on
   * the way out as on the way in. One that fails it is reported `unreadable` and left in place
   * (the next change typed replaces it); nothing is shown from it.
   */
  get(id: string): { copy?: DraftCopy; unreadable?: true } {
    const row = this.state.get(id)
    if (!row) throw notFound('The assessment')
    if (
      row.status !== 'draft' ||
      row.document === null ||
      (row.revision ?? 0) <= row.saved_revision
    )
      return {}
    let parsed: ReturnType<typeof draftCopySchema.safeParse>
    try {
      parsed = draftCopySchema.safeParse(JSON.parse(row.document))
    } catch {
      return { unreadable: true }
    }
    return parsed.success && parsed.data.id === id ? { copy: parsed.data } : { unreadable: true }
  }
}
