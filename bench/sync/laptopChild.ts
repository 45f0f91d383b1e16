import type { Database } from 'better-sqlite3'
import { writeFileSync } from 'node:fs'
import { Session } from 'node:inspector/promises'
import { AuditTrail } from '../../src/main/audit/auditTrail'
import { AssessmentRepository } from '../../src/main/db/assessmentRepository'
import { openDatabase } from '../../src/main/db/connection'
import type { DatabaseKey } from '../../src/main/db/databaseKey'
import { PatientRepository } from '../../src/main/db/patientRepository'
import { ClinicSync } from '../../src/main/sync/clinicSync'
import type { SyncStatus } from '../../src/shared/api/sync'
import { serveRequests } from './childProcess'

/*
 * One laptop of the clinic as the bench runs it: a child process with its own encrypted records
 * and the app's ClinicSync with its default settings (poll 500 ms, long poll 25 s, pages of 200).
 * The parent drives it: open, join, edit a patient, watch for an edit, query, stop.
 */

let db: Database
let patients: PatientRepository
let sync: ClinicSync
const logLines = new Map<string, number>()
const now = () => performance.timeOrigin + performance.now()

export interface ProgressSample {
  /** Seconds since the join was asked for. */
  t: number
  received: number
  total: number
  state: string
}

export interface JoinResult {
  /** Until join() returned: the hub's hello and join, and this laptop's records made documents. */
  joinSeconds: number
  /** Until the first round was over: everything sent and everything received. */
  totalSeconds: number
  progress: ProgressSample[]
  /** Rounds that ended with a problem before the laptop was in step (the loop retried them). */
  failedRounds: { t: number; problem: string }[]
  status: SyncStatus
  receivedTo: number
}

serveRequests({
  open: (args: { file: string; key: DatabaseKey }) => {
    db = openDatabase(args.file, args.key)
    const author = () => undefined
    const audit = new AuditTrail(db, { author })
    patients = new PatientRepository(db, author, audit)
    const assessments = new AssessmentRepository(db, patients, () => new Date(), author, audit)
    sync = new ClinicSync(db, {
      audit,
      assessments,
      // Messages only (never patient data): counted, and the counts reported.
      log: (line) => logLines.set(line, (logLines.get(line) ?? 0) + 1),
    })
    return { rssKb: Math.round(process.memoryUsage().rss / 1024) }
  },

  /**
   * Joins and waits for the first round to end. With `profileTo`, the V8 sampling profiler (what
   * `node --cpu-prof` runs) records exactly that stretch, into that .cpuprofile file.
   */
  join: async (args: {
    address: string
    code: string
    name: string
    profileTo?: string
    /** Give up retrying failed rounds after this long. */
    deadlineSeconds: number
  }): Promise<JoinResult> => {
    const session = args.profileTo ? new Session() : undefined
    if (session) {
      session.connect()
      await session.post('Profiler.enable')
      await session.post('Profiler.start')
    }
    const started = now()
    const progress: ProgressSample[] = []
    const sampleProgress = () => {
      const s = sync.status()
      progress.push({
        t: (now() - started) / 1000,
        received: s.receiving?.received ?? 0,
        total: s.receiving?.total ?? 0,
        state: s.state,
      })
    }
    const sampler = setInterval(sampleProgress, 250)
    try {
      await sync.join({ address: args.address, code: args.code, laptopName: args.name })
      const joinSeconds = (now() - started) / 1000
      // join() started the loop; each syncNow resolves when a round ends. A round that fails
      // (the hub unreachable for a moment, say) is retried by the loop after its back-off, as
      // in the app: the clinic is received once a round ends in step with nothing wrong.
      const failedRounds: { t: number; problem: string }[] = []
      let status = await sync.syncNow()
      while (status.state !== 'in-step' || status.problem) {
        failedRounds.push({ t: (now() - started) / 1000, problem: status.problem ?? status.state })
        if (status.state === 'refused' || now() - started > args.deadlineSeconds * 1000) break
        await new Promise((resolve) => setTimeout(resolve, 100))
        status = await sync.syncNow()
      }
      sampleProgress()
      return {
        joinSeconds,
        totalSeconds: (now() - started) / 1000,
        progress,
        failedRounds,
        status,
        receivedTo: db.prepare('SELECT received_to FROM sync_link').pluck().get() as number,
      }
    } finally {
      clearInterval(sampler)
      if (session) {
        const { profile } = await session.post('Profiler.stop')
        writeFileSync(args.profileTo!, JSON.stringify(profile))
        session.disconnect()
      }
    }
  },

  status: () => sync.status(),

  syncNow: () => sync.syncNow(),

  query: (args: { sql: string; params?: unknown[] }) =>
    db.prepare(args.sql).all(...(args.params ?? [])),

  /** Sets one patient's weekly distance (PatientRepository.update, as the patient form saves). */
  edit: (args: { patientId: string; km: number }) => {
    const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = patients.get(args.patientId)
    const editedAt = now()
    patients.update(args.patientId, { ...fields, weeklyDistanceKm: args.km })
    return { editedAt }
  },

  /** Resolves when this laptop's patients table shows the weekly distance (checked every 5 ms). */
  watch: (args: { patientId: string; km: number; timeoutMs: number }) => {
    const read = db
      .prepare(`SELECT json_extract(document, '$.weeklyDistanceKm') FROM patients WHERE id = ?`)
      .pluck()
    const started = now()
    return new Promise<{ seenAt: number } | { timedOut: true }>((resolve) => {
      const timer = setInterval(() => {
        if (read.get(args.patientId) === args.km) {
          clearInterval(timer)
          resolve({ seenAt: now() })
        } else if (now() - started > args.timeoutMs) {
          clearInterval(timer)
          resolve({ timedOut: true })
        }
      }, 5)
    })
  },

  logLines: () => Object.fromEntries(logLines),

  stop: async () => {
    await sync.stop()
    db.close()
    setImmediate(() => process.exit(0))
    return { maxRssKb: process.resourceUsage().maxRSS }
  },
})

process.send!({ ready: true })
