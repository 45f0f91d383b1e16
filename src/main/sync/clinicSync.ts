import * as A from '@automerge/automerge'
import type { Database } from 'better-sqlite3'
import type { z } from 'zod'
import type {
  joinHubInputSchema,
  resolveSyncConflictInputSchema,
  reviewChangeAfterSigningInputSchema,
  SyncConflicts,
  SyncState,
  SyncStatus,
} from '../../shared/api/sync'
import { MAX_DOCS_PER_REQUEST, type DocId, type PullResponse } from '../../shared/sync/hubProtocol'
import { parseDocId } from '../../shared/sync/sharedDocuments'
import type { AuditTrail } from '../audit/auditTrail'
import type { AssessmentRepository } from '../db/assessmentRepository'
import { AppError } from '../errors'
import { actorOf, toAutomerge } from './automergeJson'
import { DocumentStore } from './documentStore'
import { HubCallError, HubClient, joinHub, parseAddress } from './hubClient'
import { LocalRecords } from './localRecords'
import { IncomingDocuments } from './incomingDocuments'
import { Projection } from './projection'
import { SyncReviews } from './syncReviews'
import type { SyncControl } from './syncControl'

export interface ClinicSyncOptions {
  audit: AuditTrail
  /** Writes the addendum a late edit's author settles on. */
  assessments: AssessmentRepository
  now?: () => Date
  /** Messages for the log: never patient data. */
  log?: (line: string) => void
  /** How often local changes are looked for between rounds (ms). */
  pollMs?: number
  /** How long a quiet pull waits at the hub for news (s). */
  longPollSeconds?: number
  /** Documents per push or pull (the protocol's most by default: fewer commits on a join). */
  batch?: number
}

interface LinkRow {
  hub_address: string
  hub_id: string
  hub_name: string
  fingerprint: string
  laptop_id: string
  laptop_name: string
  token: string
  joined_at: string
  received_to: number
  last_synced_at: string | null
}

/**
 * This laptop's side of the clinic's sharing (docs/sync.md). The tables stay what every screen
 * reads; this keeps them in step with the hub:
 *
 * 1. the records changed here (queued by migration 15's triggers) become changes of their shared
 *    Automerge documents (DocumentStore.drainOutbox);
 * 2. documents with changes the hub has not acknowledged are pushed whole; the hub merges them;
 * 3. documents changed on the hub since the last pull are merged here and written into the tables
 *    (Projection), with conflicts and late edits to signed records noted for the clinician
 *    (SyncReviews);
 * 4. then a long poll waits at the hub for news, cut short when something changes here.
 *
 * Nothing is acknowledged before it is stored: the hub answers a push after its commit, this
 * laptop moves its pull position after its own. A crash or a dropped connection anywhere repeats
 * work (merging a document twice changes nothing) and loses none.
 */
export class ClinicSync implements SyncControl {
  private readonly now: () => Date
  private readonly log: (line: string) => void
  private readonly local: LocalRecords
  private readonly reviews: SyncReviews
  private readonly s: ReturnType<typeof statementsOf>
  private link: LinkRow | undefined
  private docs: DocumentStore | undefined
  private incoming: IncomingDocuments | undefined
  private client: HubClient | undefined
  private state: SyncState = 'not-joined'
  private problem: string | undefined
  private receiving: { received: number; total: number } | undefined
  private laptopNames = new Map<string, string>()
  private running = false
  private loopDone: Promise<void> | undefined
  private wake: AbortController | undefined
  private roundWaiters: { resolve: () => void }[] = []
  private backoffMs = 0

  constructor(
    private readonly db: Database,
    private readonly options: ClinicSyncOptions,
  ) {
    this.now = options.now ?? (() => new Date())
    this.log = options.log ?? ((line) => console.warn(line))
    this.local = new LocalRecords(db)
    this.reviews = new SyncReviews(db)
    this.s = statementsOf(db)
    this.readLink()
  }

  /** Starts sharing if this laptop is joined (main calls it once the records are open). */
  start() {
    if (this.link && !this.running) this.startLoop()
  }

  /** Stops the loop and waits for it (the records are about to close). */
  async stop() {
    this.running = false
    this.wake?.abort()
    // Calls in flight fail at once; the loop sees it is stopped and touches the records no more.
    this.client?.close()
    this.client = undefined
    await this.loopDone
  }

  status(): SyncStatus {
    const counts = {
      conflicts: this.reviews.countOpen(),
      changesAfterSigning: this.reviews.countLateEdits(),
    }
    const link = this.link
    if (!link) return { state: 'not-joined', waiting: 0, ...counts }
    return {
      state: this.state,
      hub: { address: link.hub_address, name: link.hub_name, fingerprint: link.fingerprint },
      laptop: { id: link.laptop_id, name: link.laptop_name },
      ...(link.last_synced_at ? { lastSyncedAt: link.last_synced_at } : {}),
      waiting: this.s.waiting.get() as number,
      ...(this.receiving ? { receiving: this.receiving } : {}),
      ...(this.problem ? { problem: this.problem } : {}),
      ...counts,
    }
  }

  async join(input: z.output<typeof joinHubInputSchema>): Promise<SyncStatus> {
    if (this.link)
      throw new AppError('conflict', 'This laptop is already joined to a hub: leave it first.')
    let joined: Awaited<ReturnType<typeof joinHub>>
    try {
      joined = await joinHub(parseAddress(input.address), input.code, input.laptopName)
    } catch (error) {
      throw joinRefusal(error)
    }
    this.db.transaction(() => {
      this.s.insertLink.run({
        address: input.address,
        hubId: joined.hubId,
        hubName: joined.hubName,
        fingerprint: joined.fingerprint,
        laptopId: joined.laptopId,
        laptopName: input.laptopName,
        token: joined.token,
        at: this.now().toISOString(),
      })
      // Everything already on this laptop goes to the hub (the triggers queue what follows).
      this.s.enqueueAll.run({ laptopId: joined.laptopId })
      this.options.audit.record({
        action: 'sync',
        recordType: 'records',
        detail: `joined the clinic hub as laptop ${joined.laptopId}`,
      })
    })()
    this.readLink()
    this.startLoop()
    return this.status()
  }

  async syncNow(): Promise<SyncStatus> {
    if (!this.link) throw new AppError('conflict', 'This laptop is not joined to a hub.')
    if (!this.running) this.startLoop()
    await new Promise<void>((resolve) => {
      this.roundWaiters.push({ resolve })
      this.backoffMs = 0
      this.wake?.abort()
    })
    return this.status()
  }

  leave(): SyncStatus {
    if (!this.link) return this.status()
    const laptopId = this.link.laptop_id
    this.running = false
    this.wake?.abort()
    this.client?.close()
    this.client = undefined
    this.db.transaction(() => {
      this.db.exec('DELETE FROM sync_link; DELETE FROM sync_docs; DELETE FROM sync_outbox')
      this.options.audit.record({
        action: 'sync',
        recordType: 'records',
        detail: `left the clinic hub (was laptop ${laptopId}); the records stay on this laptop`,
      })
    })()
    this.readLink()
    return this.status()
  }

  conflicts(): SyncConflicts {
    return {
      conflicts: this.reviews.listConflicts((id) => this.laptopName(id)),
      recordNumbers: this.reviews.recordNumberClashes(),
      changesAfterSigning: this.reviews.listLateEdits(),
    }
  }

  resolveConflict(input: z.output<typeof resolveSyncConflictInputSchema>, by: string): SyncStatus {
    const conflict = this.reviews.conflict(input.id)
    if (conflict.resolvedAt)
      throw new AppError('conflict', 'This conflict has already been decided.')
    const option = conflict.options[input.choice]
    if (!option)
      throw new AppError('invalid-input', 'Choose one of the values shown.', [
        { path: ['choice'], message: 'Choose one of the values shown' },
      ])
    const docs = this.docs
    // What was typed here a moment ago is in the document before the decision is written on it.
    docs?.drainOutbox(this.local)
    const doc = docs?.load(conflict.docId)
    if (!docs || !doc)
      throw new AppError('conflict', 'This laptop no longer shares this record with a hub.')
    const parsed = parseDocId(conflict.docId)
    this.db.transaction(() => {
      const decided = A.change(doc, (d) => setAt(d, conflict.path, option.value))
      docs.save(conflict.docId, decided, true)
      const at = this.now().toISOString()
      this.reviews.settle(conflict.id, by, input.choice, at)
      this.incoming!.writeDecided(conflict.docId, decided)
      this.options.audit.record({
        action: 'decide',
        recordType: parsed.kind === 'clinic' ? 'settings' : (parsed.kind as 'patient'),
        recordId: 'id' in parsed ? parsed.id : null,
        detail: `conflict on ${conflict.path.slice(1).join('.')}: kept the value from ${this.laptopName(option.laptop)}`,
      })
    })()
    this.wake?.abort()
    return this.status()
  }

  reviewChangeAfterSigning(
    input: z.output<typeof reviewChangeAfterSigningInputSchema>,
    by: string,
  ): SyncStatus {
    const edit = this.reviews.lateEdit(input.id)
    if (edit.reviewedAt) throw new AppError('conflict', 'This change has already been reviewed.')
    if (this.s.signerOf.get(edit.assessmentId) !== by)
      throw new AppError(
        'conflict',
        'Only the clinician who signed this record reviews changes made to it elsewhere.',
      )
    const at = this.now().toISOString()
    this.docs?.drainOutbox(this.local)
    this.db.transaction(() => {
      if (input.decision === 'addendum')
        this.options.assessments.addAddendum(edit.assessmentId, input.text)
      this.reviews.reviewLateEdit(input.id, by, input.decision, at)
      // Every laptop that sees the same edit closes it: the decision is in the record's document.
      const docId: DocId = `assessment/${edit.assessmentId}`
      const doc = this.docs?.load(docId)
      if (doc && this.docs)
        this.docs.save(
          docId,
          A.change(doc, (d) => {
            d.lateEditsReviewed ??= {}
            ;(d.lateEditsReviewed as Record<string, unknown>)[input.id] = toAutomerge({
              at,
              by,
              decision: input.decision,
            })
          }),
          true,
        )
      this.options.audit.record({
        action: 'decide',
        recordType: 'assessment',
        recordId: edit.assessmentId,
        detail:
          input.decision === 'addendum'
            ? 'an edit made on another laptop after signing: written up as an addendum'
            : 'an edit made on another laptop after signing: set aside',
      })
    })()
    this.wake?.abort()
    return this.status()
  }

  /** One round with the hub: send what waits here, then receive until in step. */
  async round(): Promise<void> {
    const client = this.ensureClient()
    const docs = this.docs!
    await this.refreshLaptopNames(client)
    this.stillRunning()
    const batch = this.options.batch ?? MAX_DOCS_PER_REQUEST
    // Local changes into their documents a batch at a time, each pushed as it is ready, the app
    // answering in between (a first join queues every record of the laptop).
    for (;;) {
      const { taken } = docs.drainOutbox(this.local, 1)
      let pushed = 0
      for (;;) {
        const pending = docs.pendingBatch(batch)
        if (pending.length === 0) break
        this.setState('syncing')
        await client.push(
          pending.map((d) => ({ docId: d.doc_id, bytes: d.bytes.toString('base64') })),
        )
        this.stillRunning()
        docs.markSent(pending)
        pushed += pending.length
      }
      if (taken === 0 && pushed === 0) break
      await new Promise((resolve) => setImmediate(resolve))
      this.stillRunning()
    }
    for (;;) {
      const answer = await this.pullOrStartOver(client, batch)
      this.stillRunning()
      if (answer.docs.length === 0) break
      this.setState('syncing')
      this.applyPulled(answer)
      if (answer.remaining === 0) break
    }
    this.receiving = undefined
    if (!(this.s.hasLocalWork.get() as number)) {
      this.s.synced.run(this.now().toISOString())
      this.readLink()
      this.setState('in-step')
    }
    this.problem = undefined
  }

  /**
   * A pull from where this laptop is; if the hub says it holds less than that (restored from an
   * older copy), everything is pulled again and every document here sent again, so that the hub
   * gets back what its copy lost.
   */
  private async pullOrStartOver(client: HubClient, batch: number, wait = 0, signal?: AbortSignal) {
    try {
      return await client.pull(this.link!.received_to, batch, wait, signal)
    } catch (error) {
      if (!(error instanceof HubCallError && error.kind === 'behind')) throw error
      this.log('[sync] the hub holds less than this laptop received: sending everything again')
      this.db.transaction(() => {
        this.s.receiveFromStart.run()
        this.s.sendEverything.run()
      })()
      this.readLink()
      return client.pull(0, batch, wait, signal)
    }
  }

  /** After each wait on the hub: a loop stopped meanwhile (the records closing) goes no further. */
  private stillRunning() {
    if (!this.running) throw new SyncStopped()
  }

  private startLoop() {
    this.running = true
    this.loopDone = this.loop()
  }

  private async loop() {
    while (this.running && this.link) {
      try {
        await this.round()
        this.backoffMs = 0
        this.settleWaiters()
        await this.waitForNews()
      } catch (error) {
        this.settleWaiters()
        if (!this.running) break
        if (!this.handleFailure(error)) break
        await this.pause(this.backoffMs)
      }
    }
    this.settleWaiters()
  }

  /** A long poll at the hub, cut short when something changes here (or Sync now). */
  private async waitForNews() {
    const client = this.ensureClient()
    const wake = new AbortController()
    this.wake = wake
    const watch = setInterval(() => {
      if (this.s.hasLocalWork.get() as number) wake.abort()
    }, this.options.pollMs ?? 500)
    try {
      const answer = await this.pullOrStartOver(
        client,
        this.options.batch ?? MAX_DOCS_PER_REQUEST,
        this.options.longPollSeconds ?? 25,
        wake.signal,
      )
      if (this.running && answer.docs.length > 0) this.applyPulled(answer)
    } catch (error) {
      if (!wake.signal.aborted) throw error
    } finally {
      clearInterval(watch)
    }
  }

  private pause(ms: number) {
    const wake = new AbortController()
    this.wake = wake
    return new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms)
      const watch = setInterval(() => {
        if (this.s.hasLocalWork.get() as number) wake.abort()
      }, this.options.pollMs ?? 500)
      wake.signal.addEventListener('abort', () => {
        clearTimeout(timer)
        clearInterval(watch)
        resolve()
      })
      setTimeout(() => clearInterval(watch), ms)
    })
  }

  /** What a failed round means: false when the loop must stop (this laptop was refused). */
  private handleFailure(error: unknown): boolean {
    if (error instanceof HubCallError) {
      this.problem = error.message
      if (error.kind === 'unauthorised' || error.kind === 'revoked') {
        this.setState('refused')
        this.running = false
        return false
      }
    } else {
      this.log(`[sync] a round failed: ${error instanceof Error ? error.name : typeof error}`)
      this.problem = 'Sharing with the hub stopped on an unexpected error; it will try again.'
    }
    this.setState('offline')
    this.backoffMs = Math.min(30_000, Math.max(1_000, this.backoffMs * 2))
    return true
  }

  private settleWaiters() {
    const waiters = this.roundWaiters
    this.roundWaiters = []
    for (const w of waiters) w.resolve()
  }

  /** Merges and writes a page of documents from the hub, then moves the pull position. */
  private applyPulled(answer: PullResponse) {
    // What was typed here a moment ago is in its document before anything is merged into it.
    this.docs!.drainOutbox(this.local)
    this.db.transaction(() => {
      this.incoming!.writePage(answer.docs, answer.remaining === 0)
      this.s.receivedTo.run(answer.last)
    })()
    this.readLink()
    const received = (this.receiving?.received ?? 0) + answer.docs.length
    this.receiving =
      answer.remaining > 0 || this.receiving
        ? { received, total: received + answer.remaining }
        : undefined
  }

  private ensureClient(): HubClient {
    const link = this.link
    if (!link) throw new AppError('conflict', 'This laptop is not joined to a hub.')
    if (!this.client)
      this.client = new HubClient(
        parseAddress(link.hub_address),
        link.fingerprint,
        `${link.laptop_id}.${link.token}`,
      )
    return this.client
  }

  private async refreshLaptopNames(client: HubClient) {
    try {
      const { laptops } = await client.laptops()
      this.laptopNames = new Map(laptops.map((l) => [l.id, l.name]))
      if (!this.running) return
      this.db.transaction(() => {
        for (const l of laptops) this.s.nameLaptop.run(l.id, l.name)
      })()
    } catch (error) {
      // Names are for the conflicts screen; a refusal or an outage shows in the round itself.
      if (error instanceof HubCallError && error.kind !== 'offline' && error.kind !== 'bad-answer')
        throw error
    }
  }

  private laptopName(id: string | undefined): string {
    if (id && id === this.link?.laptop_id) return `${this.link.laptop_name} (this laptop)`
    return (id && this.laptopNames.get(id)) || 'another laptop'
  }

  private setState(state: SyncState) {
    this.state = state
  }

  private readLink() {
    const link = this.s.link.get() as LinkRow | undefined
    const joinedNow = link && link.laptop_id !== this.link?.laptop_id
    this.link = link
    if (!link) {
      this.state = 'not-joined'
      this.docs = undefined
      this.incoming = undefined
      return
    }
    if (joinedNow || !this.docs) {
      const actor = actorOf(link.laptop_id)
      this.docs = new DocumentStore(this.db, actor)
      this.incoming = new IncomingDocuments(
        this.db,
        this.docs,
        new Projection(this.db, link.laptop_id),
        this.reviews,
        this.now,
        this.log,
      )
      if (this.state === 'not-joined') this.state = 'syncing'
    }
  }
}

class SyncStopped extends Error {
  override readonly name = 'SyncStopped'
}

/** Sets the value at `path` (from the document's root) inside `A.change`. */
function setAt(d: Record<string, unknown>, path: string[], value: unknown) {
  let target = d as Record<string | number, unknown>
  for (const key of path.slice(0, -1))
    target = target[/^\d+$/.test(key) ? Number(key) : key] as Record<string | number, unknown>
  const last = path.at(-1)!
  target[/^\d+$/.test(last) ? Number(last) : last] = toAutomerge(value)
}

/** A refused join, as the join form shows it: on the field to correct. */
function joinRefusal(error: unknown): AppError {
  if (!(error instanceof HubCallError))
    return new AppError('conflict', 'The hub could not be joined: try again.')
  const field =
    error.kind === 'code-invalid' ? 'code' : error.kind === 'bad-request' ? 'laptopName' : 'address'
  return new AppError('invalid-input', error.message, [{ path: [field], message: error.message }])
}

function statementsOf(db: Database) {
  return {
    link: db.prepare('SELECT * FROM sync_link'),
    insertLink: db.prepare(`INSERT INTO sync_link (only_one, hub_address, hub_id, hub_name,
      fingerprint, laptop_id, laptop_name, token, joined_at)
      VALUES (1, @address, @hubId, @hubName, @fingerprint, @laptopId, @laptopName, @token, @at)`),
    receivedTo: db.prepare('UPDATE sync_link SET received_to = max(received_to, ?)'),
    synced: db.prepare('UPDATE sync_link SET last_synced_at = ?'),
    // Records changed here and not on the hub yet (the audit entries that go with them are not
    // counted: one edit is one change to the clinician).
    waiting: db
      .prepare(
        `SELECT (SELECT count(*) FROM sync_outbox WHERE doc_id NOT LIKE 'audit/%') +
          (SELECT count(*) FROM sync_docs WHERE pending = 1 AND doc_id NOT LIKE 'audit/%')`,
      )
      .pluck(),
    hasLocalWork: db
      .prepare(
        `SELECT EXISTS (SELECT 1 FROM sync_outbox) OR
        EXISTS (SELECT 1 FROM sync_docs WHERE pending = 1)`,
      )
      .pluck(),
    enqueueAll: db.prepare(`INSERT OR IGNORE INTO sync_outbox (doc_id)
      SELECT 'clinician/' || id FROM clinicians
      UNION ALL SELECT 'clinic' FROM settings WHERE key = 'clinic'
      UNION ALL SELECT 'patient/' || id FROM patients
      UNION ALL SELECT CASE status WHEN 'draft' THEN 'assessment/' ELSE 'signed/' END || id
        FROM assessments
      UNION ALL SELECT 'addendum/' || id FROM addenda
      UNION ALL SELECT DISTINCT 'audit/' || @laptopId || '/' || (seq / 1000) FROM audit_log`),
    signerOf: db.prepare('SELECT signed_by FROM assessments WHERE id = ?').pluck(),
    receiveFromStart: db.prepare('UPDATE sync_link SET received_to = 0'),
    sendEverything: db.prepare('UPDATE sync_docs SET pending = 1'),
    nameLaptop: db.prepare(`INSERT INTO sync_laptops (id, name) VALUES (?, ?)
      ON CONFLICT (id) DO UPDATE SET name = excluded.name`),
  }
}
