import type { Database, Statement } from 'better-sqlite3'
import { ChainVerifier, chainedEntry } from '../../shared/audit/auditChain'
import type {
  AuditAction,
  AuditEntry,
  AuditFilter,
  AuditPage,
  AuditRecordType,
  ChainCheck,
} from '../../shared/audit/auditEntry'
import type { Sha256 } from '../../shared/signing/canonicalJson'
import { sha256 as nodeSha256 } from './sha256'

/**
 * One thing that happened, as the code that did it reports it. `detail` is written by the app's
 * code from fixed words and numbers ("report: clinician PDF", "fields changed: 3"): never a
 * patient's name, clinical content or anything a clinician typed.
 */
export interface AuditEvent {
  action: AuditAction
  recordType: AuditRecordType
  recordId?: string | null
  detail?: string | null
  /** Who did it; left out, the signed-in clinician (the trail's `author`); null for nobody. */
  clinicianId?: string | null
}

export interface AuditTrailOptions {
  now?: () => Date
  /** The signed-in clinician's id: the author of an event that names nobody else. */
  author?: () => string | undefined
  sha256?: Sha256
}

export interface AuditRow {
  seq: number
  at: string
  clinician_id: string | null
  action: AuditAction
  record_type: AuditRecordType
  record_id: string | null
  detail: string | null
  prev_hash: string
  hash: string
}

/** An audit row as the entry it holds (also how sync shares it: sync/localRecords.ts). */
export const toEntry = (row: AuditRow): AuditEntry => ({
  seq: row.seq,
  at: row.at,
  clinicianId: row.clinician_id,
  action: row.action,
  recordType: row.record_type,
  recordId: row.record_id,
  detail: row.detail,
  prevHash: row.prev_hash,
  hash: row.hash,
})

const DEFAULT_PAGE = 200

/**
 * The clinic's audit trail (migration 10): every create, update, signature, addendum, view,
 * export, import, backup, restore, sign-in and deletion, one chained entry each.
 *
 * Other parts of main record through `record(event)`; a write records its entry inside its own
 * transaction, so a change and its entry are stored together or not at all. For the backups
 * (after a backup is verified, and in the restored database after a restore):
 *
 *   audit.record({ action: 'backup', recordType: 'records', detail: 'daily backup, verified' })
 *   audit.record({ action: 'restore', recordType: 'records', detail: 'backup of 2026-11-02 10:00' })
 */
export class AuditTrail {
  private readonly now: () => Date
  private readonly author: () => string | undefined
  private readonly sha256: Sha256
  private readonly lastEntry: Statement<[], AuditRow>
  private readonly insert: Statement
  private readonly latestAbout: Statement<[string, string], AuditRow>
  private readonly recentSame: Statement<
    {
      recordType: string
      recordId: string
      action: string
      clinicianId: string | null
      detail: string | null
      since: string
    },
    { seq: number }
  >

  constructor(
    private readonly db: Database,
    options: AuditTrailOptions = {},
  ) {
    this.now = options.now ?? (() => new Date())
    this.author = options.author ?? (() => undefined)
    this.sha256 = options.sha256 ?? nodeSha256
    this.lastEntry = db.prepare('SELECT * FROM audit_log ORDER BY seq DESC LIMIT 1')
    this.insert = db.prepare(`
      INSERT INTO audit_log (seq, at, clinician_id, action, record_type, record_id, detail,
                             prev_hash, hash)
      VALUES (@seq, @at, @clinicianId, @action, @recordType, @recordId, @detail, @prevHash, @hash)`)
    this.latestAbout = db.prepare(
      'SELECT * FROM audit_log WHERE record_type = ? AND record_id = ? ORDER BY seq DESC LIMIT 1',
    )
    this.recentSame = db.prepare(`
      SELECT seq FROM audit_log
      WHERE record_type = @recordType AND record_id = @recordId AND action = @action
        AND clinician_id IS @clinicianId AND detail IS @detail AND at >= @since
      LIMIT 1`)
  }

  /**
   * Appends one entry to the chain and returns it. Records opened read-only (a start-up problem,
   * src/main/startup) cannot take one: what is done while viewing them then goes unrecorded, and
   * nothing in them can change.
   */
  record(event: AuditEvent): AuditEntry | undefined {
    if (this.db.readonly) return undefined
    const write = () => {
      const last = this.lastEntry.get()
      const entry = chainedEntry(
        last && { seq: last.seq, hash: last.hash },
        {
          at: this.now().toISOString(),
          clinicianId:
            event.clinicianId === undefined ? (this.author() ?? null) : event.clinicianId,
          action: event.action,
          recordType: event.recordType,
          recordId: event.recordId ?? null,
          detail: event.detail ?? null,
        },
        this.sha256,
      )
      this.insert.run(entry)
      return entry
    }
    // Inside a caller's transaction the entry commits with its change; on its own, the write
    // lock is taken before the last entry is read, so two writers cannot both continue it.
    return this.db.inTransaction ? write() : this.db.transaction(write).immediate()
  }

  /**
   * Records the event unless the same event (action, detail, clinician, record) was recorded
   * less than `withinMs` ago — and, with `onlyIfLatest`, nothing else about the record was
   * recorded since. Entries are never rewritten: a repeat is simply not listed again. Used for
   * autosaves (one entry for a stretch of typing) and views (one entry for a screen reopened).
   */
  recordUnlessRepeated(
    event: AuditEvent & { recordId: string },
    withinMs: number,
    { onlyIfLatest }: { onlyIfLatest: boolean },
  ): AuditEntry | undefined {
    const clinicianId =
      event.clinicianId === undefined ? (this.author() ?? null) : event.clinicianId
    const since = new Date(this.now().getTime() - withinMs).toISOString()
    const detail = event.detail ?? null
    const repeated = onlyIfLatest
      ? (() => {
          const latest = this.latestAbout.get(event.recordType, event.recordId)
          return (
            !!latest &&
            latest.action === event.action &&
            latest.clinician_id === clinicianId &&
            latest.detail === detail &&
            latest.at >= since
          )
        })()
      : !!this.recentSame.get({
          recordType: event.recordType,
          recordId: event.recordId,
          action: event.action,
          clinicianId,
          detail,
          since,
        })
    return repeated ? undefined : this.record({ ...event, clinicianId })
  }

  /** The newest entries matching the filter, with the clinicians' names. */
  list(filter: AuditFilter = {}): AuditPage {
    const conditions: string[] = []
    const params: Record<string, string | number> = {}
    if (filter.from) {
      conditions.push('a.at >= @from')
      params.from = filter.from
    }
    if (filter.to) {
      conditions.push('a.at < @to')
      params.to = filter.to
    }
    if (filter.clinicianId) {
      conditions.push('a.clinician_id = @clinicianId')
      params.clinicianId = filter.clinicianId
    }
    if (filter.action) {
      conditions.push('a.action = @action')
      params.action = filter.action
    }
    if (filter.patientId) {
      // The assessments as they are now: an erased patient's are gone, their entries found by id.
      conditions.push(
        '(a.record_id = @patientId OR a.record_id IN (SELECT id FROM assessments WHERE patient_id = @patientId))',
      )
      params.patientId = filter.patientId
    }
    if (filter.recordId) {
      conditions.push("lower(a.record_id) LIKE @recordId ESCAPE '\\'")
      params.recordId = `${filter.recordId.toLowerCase().replace(/[\\%_]/g, '\\$&')}%`
    }
    // Another laptop's trail is its copy here (audit_remote, migration 15), filtered the same way.
    const table = filter.laptopId ? 'audit_remote' : 'audit_log'
    if (filter.laptopId) {
      conditions.push('a.origin = @laptopId')
      params.laptopId = filter.laptopId
    }
    const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : ''
    const total = this.db
      .prepare<Record<string, string | number>, number>(`SELECT count(*) FROM ${table} a ${where}`)
      .pluck()
      .get(params)!
    const page = filter.beforeSeq ? `${where ? `${where} AND` : 'WHERE'} a.seq < @beforeSeq` : where
    const rows = this.db
      .prepare<Record<string, string | number>, AuditRow & { clinician_name: string | null }>(
        `SELECT a.*, c.name AS clinician_name FROM ${table} a
         LEFT JOIN clinicians c ON c.id = a.clinician_id
         ${page} ORDER BY a.seq DESC LIMIT ${Math.floor(filter.limit ?? DEFAULT_PAGE)}`,
      )
      .all({ ...params, ...(filter.beforeSeq ? { beforeSeq: filter.beforeSeq } : {}) })
    return {
      total,
      laptops: this.otherLaptops(),
      entries: rows.map((row) => ({
        seq: row.seq,
        at: row.at,
        clinicianId: row.clinician_id,
        clinicianName: row.clinician_name,
        action: row.action,
        recordType: row.record_type,
        recordId: row.record_id,
        detail: row.detail,
      })),
    }
  }

  /** The other laptops whose trails are copied here, by name (the hub's), then id. */
  otherLaptops(): { id: string; name: string }[] {
    return this.db
      .prepare<[], { id: string; name: string }>(
        `SELECT o.origin AS id, coalesce(l.name, 'Laptop ' || substr(o.origin, 1, 8)) AS name
         FROM (SELECT DISTINCT origin FROM audit_remote) o
         LEFT JOIN sync_laptops l ON l.id = o.origin ORDER BY name, id`,
      )
      .all()
  }

  /** Every entry, oldest first, read a row at a time (another laptop's copy with its id). */
  *entries(laptopId?: string): Generator<AuditEntry> {
    const rows = laptopId
      ? this.db
          .prepare<[string], AuditRow>('SELECT * FROM audit_remote WHERE origin = ? ORDER BY seq')
          .iterate(laptopId)
      : this.db.prepare<[], AuditRow>('SELECT * FROM audit_log ORDER BY seq').iterate()
    for (const row of rows) yield toEntry(row)
  }

  /** Recomputes the chain from the first entry: intact, or the first broken link. */
  verify(laptopId?: string): ChainCheck {
    const verifier = new ChainVerifier(this.sha256)
    for (const entry of this.entries(laptopId)) if (!verifier.add(entry)) break
    return verifier.result()
  }

  /**
   * This laptop's chain and the copy of every other laptop's: intact when all are, counting
   * every entry; otherwise the first broken one, saying whose trail it is in.
   */
  verifyAll(): ChainCheck {
    const own = this.verify()
    if (!own.intact) return own
    let entries = own.entries
    for (const laptop of this.otherLaptops()) {
      const copy = this.verify(laptop.id)
      if (!copy.intact)
        return {
          ...copy,
          entries: entries + copy.entries,
          problem: `${laptop.name}: ${copy.problem}`,
        }
      entries += copy.entries
    }
    return { ...own, entries }
  }
}
