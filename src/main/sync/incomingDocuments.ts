import * as A from '@automerge/automerge'
import type { Database } from 'better-sqlite3'
import { canonicalJson } from '../../shared/signing/canonicalJson'
import { flattenRecord, unflattenRecord } from '../../shared/sync/flatRecord'
import type { DocId, PullResponse } from '../../shared/sync/hubProtocol'
import {
  assessmentDocumentSchema,
  parseDocId,
  projectionOrder,
} from '../../shared/sync/sharedDocuments'
import { conflictsIn, plainOf } from './automergeJson'
import type { DocumentStore, SharedDoc } from './documentStore'
import type { Projection, Projected } from './projection'
import type { SyncReviews } from './syncReviews'

/** Fields every save moves: two laptops' values there are not a clinician's decision. */
const BOOKKEEPING = new Set(['revision', 'updatedAt'])

/**
 * What arrives from the hub, written into this laptop's tables: each document merged into this
 * laptop's copy (DocumentStore), written through the Projection with `sync_applying` set (so the
 * outbox triggers do not send it back), and what it leaves for a clinician noted (SyncReviews):
 * conflicts, late edits to signed records, their reviews made elsewhere. Runs inside the sync
 * loop's transaction for the page (clinicSync.ts), one document at a time.
 */
export class IncomingDocuments {
  private readonly s: ReturnType<typeof statementsOf>

  constructor(
    private readonly db: Database,
    private readonly docs: DocumentStore,
    private readonly projection: Projection,
    private readonly reviews: SyncReviews,
    private readonly now: () => Date,
    private readonly log: (line: string) => void,
  ) {
    this.s = statementsOf(db)
  }

  /**
   * Merges and writes a page of documents, records before what refers to them. On the pull's
   * last page, the documents still waiting for a record are tried again.
   */
  writePage(page: PullResponse['docs'], lastPage: boolean) {
    const docs = this.docs
    const ordered = [...page].sort(
      (a, b) =>
        projectionOrder[parseDocId(a.docId).kind] - projectionOrder[parseDocId(b.docId).kind] ||
        a.seq - b.seq,
    )
    this.applying(() => {
      // Drafts here that became signed records in this page, and the drafts' documents merged
      // in it: what a draft's document holds beyond the signed content is a late edit, judged
      // once the whole page is merged.
      const signedHere = new Set<string>()
      const draftsMerged = new Set<string>()
      for (const { docId, bytes } of ordered) {
        const doc = parseDocId(docId)
        const data = Buffer.from(bytes, 'base64')
        // A signed record's draft history, new to this laptop, is kept unread (storeUnread).
        if (doc.kind === 'assessment' && !docs.has(docId) && this.isFinalised(doc.id)) {
          docs.storeUnread(docId, data)
          continue
        }
        if (doc.kind === 'signed' && this.isDraft(doc.id)) signedHere.add(doc.id)
        if (doc.kind === 'assessment') draftsMerged.add(doc.id)
        let merged: SharedDoc | undefined
        try {
          merged = docs.merge(docId, data)
        } catch {
          this.log(`[sync] a ${doc.kind} document from the hub could not be read`)
          continue
        }
        // Undefined: the hub sent back this laptop's own push, nothing new.
        if (!merged) continue
        this.project(docId, merged)
        A.free(merged)
      }
      for (const id of signedHere) {
        const draft = draftsMerged.has(id) ? undefined : docs.load(`assessment/${id}`)
        if (draft) {
          this.project(`assessment/${id}`, draft)
          A.free(draft)
        }
      }
      // What arrived may be what a waiting document referred to: tried again once the pull is
      // through (laptops push in the order records are written, so few ever wait).
      if (lastPage) this.retryWaiting()
    })
  }

  /** Writes one document changed here by a decision (a conflict settled) into the tables. */
  writeDecided(docId: DocId, doc: SharedDoc) {
    this.applying(() => this.project(docId, doc))
  }

  /**
   * Writes the documents that were waiting for a record, in the order records refer to each
   * other, again until a pass writes nothing more (an addendum waits for its signed record,
   * which may itself have waited for its patient).
   */
  private retryWaiting() {
    const docs = this.docs
    for (;;) {
      const waiting = docs
        .waitingIds()
        .sort((a, b) => projectionOrder[parseDocId(a).kind] - projectionOrder[parseDocId(b).kind])
      let written = 0
      for (const docId of waiting) {
        const doc = docs.load(docId)
        if (!doc) continue
        if (this.project(docId, doc) !== 'waiting') written++
        A.free(doc)
      }
      if (written === 0) return
    }
  }

  private applying(write: () => void) {
    this.s.applying.run()
    try {
      write()
    } finally {
      this.s.applied.run()
    }
  }

  /**
   * Writes one merged document into the tables and notes what waits for a clinician; what it
   * did. A document that cannot be read is reported by its kind and skipped, never allowed to
   * stop the page it came in.
   */
  private project(docId: DocId, doc: SharedDoc): Projected['kind'] {
    try {
      return this.projectOne(docId, doc)
    } catch (error) {
      this.log(
        `[sync] a ${parseDocId(docId).kind} document was not written: ${error instanceof Error ? error.name : 'an error'}`,
      )
      return 'refused'
    }
  }

  private projectOne(docId: DocId, doc: SharedDoc): Projected['kind'] {
    const parsed = parseDocId(docId)
    const afterSigning = parsed.kind === 'assessment' && this.isFinalised(parsed.id)
    let result: Projected
    try {
      const content =
        parsed.kind === 'assessment' && afterSigning
          ? this.lateContentOf(doc, parsed.id)
          : contentOf(doc)
      result = this.db.transaction(() => this.projection.apply(docId, content))()
    } catch (error) {
      result = { kind: 'refused', why: error instanceof Error ? error.name : 'an error' }
    }
    this.docs.markWaiting(docId, result.kind === 'waiting')
    const at = this.now().toISOString()
    if (result.kind === 'refused')
      this.log(`[sync] a ${parsed.kind} document was not written: ${result.why}`)
    if (result.kind === 'late-edit') this.reviews.noteLateEdit(result.edit, at)
    // A late edit its author dealt with on another laptop is closed here too.
    if (parsed.kind === 'assessment') {
      const reviewed = assessmentDocumentSchema.shape.lateEditsReviewed.safeParse(
        plainOf((doc as { lateEditsReviewed?: unknown }).lateEditsReviewed),
      )
      for (const [id, review] of Object.entries(reviewed.data ?? {}))
        this.reviews.reviewLateEdit(id, review.by, review.decision, review.at)
    }
    const kind = parsed.kind
    if (kind !== 'audit' && kind !== 'addendum' && kind !== 'signed' && !afterSigning)
      this.reviews.noteConflicts(
        docId,
        conflictsIn(doc, 'record').filter((c) => !BOOKKEEPING.has(c.path[1] ?? '')),
        at,
      )
    return result.kind
  }

  /**
   * A signed record's draft document as a late edit shows it: where a field holds two values
   * (the signing laptop's and the late one, written at once), the one that is not the signed
   * value, so that a late edit is never hidden behind the signature's own write.
   */
  private lateContentOf(doc: SharedDoc, assessmentId: string): Record<string, unknown> {
    const content = plainOf(doc) as Record<string, unknown>
    const flat = { ...(content.record as Record<string, unknown>) }
    const signed = flattenRecord(JSON.parse(this.s.documentOf.get(assessmentId) as string))
    for (const { path, options } of conflictsIn(doc, 'record')) {
      const key = path[1]
      if (path.length !== 2 || key === undefined) continue
      const late = options.find(
        (o) => canonicalJson(o.value) !== canonicalJson(signed[key] ?? null),
      )
      if (late) flat[key] = late.value
    }
    return { ...content, record: unflattenRecord(flat) }
  }

  isFinalised(assessmentId: string | undefined) {
    return this.s.statusOf.get(assessmentId) === 'finalised'
  }

  private isDraft(assessmentId: string) {
    return this.s.statusOf.get(assessmentId) === 'draft'
  }
}

/** A merged document as plain JSON, its record in the shape the record's schema reads. */
function contentOf(doc: SharedDoc): Record<string, unknown> {
  const content = plainOf(doc) as Record<string, unknown>
  return isRecordMap(content.record)
    ? { ...content, record: unflattenRecord(content.record) }
    : content
}

const isRecordMap = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v)

function statementsOf(db: Database) {
  return {
    applying: db.prepare('INSERT INTO sync_applying (only_one) VALUES (1)'),
    applied: db.prepare('DELETE FROM sync_applying'),
    statusOf: db.prepare('SELECT status FROM assessments WHERE id = ?').pluck(),
    documentOf: db.prepare('SELECT document FROM assessments WHERE id = ?').pluck(),
  }
}
