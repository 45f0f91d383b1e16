import * as A from '@automerge/automerge'
import type { Database, Statement } from 'better-sqlite3'
import type { DocId } from '../../shared/sync/hubProtocol'
import { flattenRecord } from '../../shared/sync/flatRecord'
import { parseDocId, projectionOrder, type DocKind } from '../../shared/sync/sharedDocuments'
import { toAutomerge, updateMap } from './automergeJson'
import type { LocalRecords } from './localRecords'

export type SharedDoc = A.Doc<Record<string, unknown>>

/**
 * The first change of every document, the same bytes on every laptop: the maps a record's fields
 * go into exist once, shared. Without it, two laptops that each make a record's document (the
 * clinic's details typed on both before joining, or a laptop that left the hub and joined again)
 * would each create their own `record` map, and Automerge would show only one of the two, whole.
 * With it, each field merges or conflicts on its own.
 */
const SKELETON_ACTOR = '00'.repeat(16)
const skeletons = new Map<DocKind, Uint8Array>()
function skeletonOf(kind: DocKind): Uint8Array {
  let bytes = skeletons.get(kind)
  if (!bytes) {
    const empty = A.init<Record<string, unknown>>({ actor: SKELETON_ACTOR })
    const doc = A.change(empty, { time: 0 }, (d) => {
      if (kind === 'audit') d.entries = []
      else if (kind !== 'signed') d.record = {}
      if (kind === 'assessment') d.lateEditsReviewed = {}
    })
    bytes = A.save(doc)
    A.free(doc)
    skeletons.set(kind, bytes)
  }
  return bytes
}

/** The kinds of document in the order a receiving laptop writes them (sharedDocuments.ts). */
const KINDS_IN_ORDER = (Object.keys(projectionOrder) as DocKind[]).sort(
  (a, b) => projectionOrder[a] - projectionOrder[b],
)

/** The most document bytes one push carries: base64 adds a third; the hub takes 32 MB. */
const PUSH_BYTES = 16 * 1024 * 1024

/** Local changes turned into Automerge changes in one go, at most (one transaction each). */
const DRAIN_BATCH = 500

/**
 * This laptop's copy of the shared documents (table `sync_docs`, migration 15), one at a time:
 * a document is loaded, changed or merged, saved and let go, so memory stays flat whatever the
 * clinic's size. `pending` marks what the hub has not acknowledged yet.
 */
export class DocumentStore {
  private readonly s: {
    bytes: Statement<[string], Buffer>
    save: Statement<{ docId: string; bytes: Buffer; pending: number }>
    pendingOfKind: Statement<[string, string, number], { doc_id: string; bytes: Buffer }>
    sent: Statement<{ docId: string; bytes: Buffer }>
    outbox: Statement<[number], string>
    dequeue: Statement<[string]>
    setWaiting: Statement<[number, string]>
    waitingIds: Statement<[], string>
  }

  constructor(
    private readonly db: Database,
    private readonly actor: string,
  ) {
    this.s = {
      bytes: db.prepare<[string], Buffer>('SELECT bytes FROM sync_docs WHERE doc_id = ?').pluck(),
      save: db.prepare(`
        INSERT INTO sync_docs (doc_id, bytes, pending) VALUES (@docId, @bytes, @pending)
        ON CONFLICT (doc_id) DO UPDATE SET bytes = excluded.bytes,
          pending = max(pending, excluded.pending)`),
      // A range of the partial index per kind of document: no sort.
      pendingOfKind: db.prepare(
        'SELECT doc_id, bytes FROM sync_docs WHERE pending = 1 AND doc_id >= ? AND doc_id < ? LIMIT ?',
      ),
      sent: db.prepare('UPDATE sync_docs SET pending = 0 WHERE doc_id = @docId AND bytes = @bytes'),
      outbox: db.prepare<[number], string>('SELECT doc_id FROM sync_outbox LIMIT ?').pluck(),
      dequeue: db.prepare('DELETE FROM sync_outbox WHERE doc_id = ?'),
      setWaiting: db.prepare('UPDATE sync_docs SET waiting = ? WHERE doc_id = ?'),
      waitingIds: db.prepare<[], string>('SELECT doc_id FROM sync_docs WHERE waiting = 1').pluck(),
    }
  }

  load(docId: DocId): SharedDoc | undefined {
    const bytes = this.s.bytes.get(docId)
    return bytes ? A.load<Record<string, unknown>>(bytes, { actor: this.actor }) : undefined
  }

  /** Stores a document; `pending` when it holds a change the hub has not acknowledged. */
  save(docId: DocId, doc: SharedDoc, pending: boolean) {
    this.s.save.run({ docId, bytes: Buffer.from(A.save(doc)), pending: pending ? 1 : 0 })
  }

  /**
   * Merges a document as the hub sent it; returns the merged document, or undefined when the
   * hub sent back exactly what is here (this laptop's own push, numbered by the hub). A document
   * new to this laptop is kept as the bytes received (they are a save already).
   */
  merge(docId: DocId, bytes: Uint8Array): SharedDoc | undefined {
    const stored = this.s.bytes.get(docId)
    if (stored && Buffer.compare(stored, bytes) === 0) return undefined
    if (!stored) {
      this.s.save.run({ docId, bytes: Buffer.from(bytes), pending: 0 })
      return A.load<Record<string, unknown>>(bytes, { actor: this.actor })
    }
    const local = A.load<Record<string, unknown>>(stored, { actor: this.actor })
    const merged = A.loadIncremental(local, bytes)
    this.save(docId, merged, false)
    return merged
  }

  /**
   * Keeps a document as the hub sent it, without reading it: a signed record's draft history
   * when this laptop has no copy yet (a laptop joining a clinic receives years of them, and reads
   * only the signed records). Read once a later change to it arrives.
   */
  storeUnread(docId: DocId, bytes: Uint8Array) {
    this.s.save.run({ docId, bytes: Buffer.from(bytes), pending: 0 })
  }

  has(docId: DocId): boolean {
    return this.s.bytes.get(docId) !== undefined
  }

  /** The documents with changes to send, as whole documents (the hub merges them). */
  /**
   * Up to `limit` documents with changes to send, in the order a receiving laptop writes them
   * (projectionOrder: clinicians, the clinic, patients, signed records, drafts, addenda, audit):
   * the hub numbers them in the order they arrive, so a laptop joining later meets each record
   * after what it refers to, and nothing waits.
   */
  pendingBatch(limit: number): { doc_id: string; bytes: Buffer }[] {
    const batch: { doc_id: string; bytes: Buffer }[] = []
    for (const kind of KINDS_IN_ORDER) {
      const [from, to] = kind === 'clinic' ? ['clinic', 'clinic\u0000'] : [`${kind}/`, `${kind}0`]
      batch.push(...this.s.pendingOfKind.all(from, to, limit - batch.length))
      if (batch.length >= limit) break
    }
    // Within the hub's limit on a request's size once in base64 (at least one document).
    let bytes = 0
    const fits = batch.findIndex((d) => (bytes += d.bytes.length) > PUSH_BYTES)
    return fits > 0 ? batch.slice(0, fits) : batch
  }

  /** The hub stored these bytes: not pending any more, unless changed again meanwhile. */
  markSent(sent: { doc_id: string; bytes: Buffer }[]) {
    this.db.transaction(() => {
      for (const d of sent) this.s.sent.run({ docId: d.doc_id, bytes: d.bytes })
    })()
  }

  markWaiting(docId: DocId, waiting: boolean) {
    this.s.setWaiting.run(waiting ? 1 : 0, docId)
  }

  waitingIds(): DocId[] {
    return this.s.waitingIds.all() as DocId[]
  }

  /**
   * Turns the records changed here (the outbox the triggers fill) into changes of their shared
   * documents: each field that differs is one Automerge operation. Returns how many documents
   * changed. Each batch is one transaction, so a crash leaves the outbox and documents in step.
   * `batches` bounds the work of one call (a laptop joining with years of records queues them
   * all: the sync loop drains them a batch at a time, letting the app answer in between).
   */
  drainOutbox(local: LocalRecords, batches = Infinity): { taken: number; changed: number } {
    let taken = 0
    let changed = 0
    for (let batch = 0; batch < batches; batch++) {
      const ids = this.s.outbox.all(DRAIN_BATCH) as DocId[]
      if (ids.length === 0) break
      taken += ids.length
      this.db.transaction(() => {
        for (const docId of ids) {
          const content = local.contentOf(docId)
          if (content && this.writeLocal(docId, content)) changed++
          this.s.dequeue.run(docId)
        }
      })()
    }
    return { taken, changed }
  }

  /** Writes a record's content as it is here into its document; true if anything changed. */
  private writeLocal(docId: DocId, content: Record<string, unknown>): boolean {
    const doc =
      this.load(docId) ??
      A.load<Record<string, unknown>>(skeletonOf(parseDocId(docId).kind), { actor: this.actor })
    const before = A.getHeads(doc).join()
    const next =
      parseDocId(docId).kind === 'audit'
        ? A.change(doc, (d) => appendEntries(d, content.entries as unknown[]))
        : A.change(doc, (d) => {
            // Field by field (flatRecord.ts).
            const flat: Record<string, unknown> = content.record
              ? { ...content, record: flattenRecord(content.record as Record<string, unknown>) }
              : { ...content }
            // What the author decided about late edits is the document's, not a column here.
            if (d.lateEditsReviewed !== undefined) flat.lateEditsReviewed = d.lateEditsReviewed
            updateMap(d, flat)
          })
    const changed = A.getHeads(next).join() !== before
    if (changed) this.save(docId, next, true)
    // Automerge's documents live in WebAssembly memory, freed only when asked (or much later).
    A.free(next)
    return changed
  }
}

/** An audit chunk only grows: entries after the ones it has are appended, never rewritten. */
function appendEntries(d: Record<string, unknown>, entries: unknown[]) {
  if (!Array.isArray(d.entries)) d.entries = []
  const list = d.entries as unknown[]
  for (const entry of entries.slice(list.length)) list.push(toAutomerge(entry))
}
