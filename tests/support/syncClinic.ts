import type { Database } from 'better-sqlite3'
import { join } from 'node:path'
import { expect } from 'vitest'
import { AuditTrail } from '../../src/main/audit/auditTrail'
import { sha256 } from '../../src/main/audit/sha256'
import { checkSignatures } from '../../src/main/audit/signatureCheck'
import { AssessmentRepository } from '../../src/main/db/assessmentRepository'
import { ClinicianRepository } from '../../src/main/db/clinicianRepository'
import { openDatabase } from '../../src/main/db/connection'
import { newRawKey, type DatabaseKey } from '../../src/main/db/databaseKey'
import { PatientRepository } from '../../src/main/db/patientRepository'
import { initHub } from '../../src/main/hub/hubStore'
import { startHub, type RunningHub } from '../../src/main/hub/hubServer'
import { ClinicSync } from '../../src/main/sync/clinicSync'
import { verifyChain } from '../../src/shared/audit/auditChain'
import type { AuditEntry } from '../../src/shared/audit/auditEntry'
import { tempFolder } from './tempDatabase'

/** A clinic's hub on 127.0.0.1 (port 0 the first time), in a temp folder; restartable. */
export class TestHub {
  readonly folder = tempFolder('runners-hip-hub-')
  readonly passphrase = 'hub passphrase for tests'
  running: RunningHub | undefined
  port = 0

  async start(): Promise<RunningHub> {
    if (this.port === 0) await initHub(this.folder.dir, this.passphrase, 'Riverside Physio hub')
    this.running = await startHub({
      folder: this.folder.dir,
      passphrase: this.passphrase,
      host: '127.0.0.1',
      port: this.port,
    })
    this.port = this.running.port
    return this.running
  }

  get address() {
    return `127.0.0.1:${this.port}`
  }

  newJoinCode() {
    return this.running!.newJoinCode()
  }

  async stop() {
    await this.running?.close()
    this.running = undefined
  }

  async cleanup() {
    await this.stop()
    this.folder.cleanup()
  }
}

export interface Laptop {
  name: string
  db: Database
  file: string
  key: DatabaseKey
  clinicianId: string
  audit: AuditTrail
  patients: PatientRepository
  assessments: AssessmentRepository
  sync: ClinicSync
  /** Closes the records (sync stopped first). */
  close(): Promise<void>
}

/**
 * A laptop of the clinic in a temp folder: its own encrypted records, a clinician of its own
 * signed in, its repositories and its sync. `reopen` opens an existing laptop's file again
 * (after a crash, say).
 */
export function newLaptop(
  name: string,
  from?: { file: string; key: DatabaseKey; clinicianId: string },
): Laptop {
  const folder = from ? undefined : tempFolder('runners-hip-laptop-')
  const file = from?.file ?? join(folder!.dir, 'clinic.sqlite')
  const key = from?.key ?? newRawKey()
  const db = openDatabase(file, key)
  const clinicianId =
    from?.clinicianId ??
    new ClinicianRepository(db).create(
      {
        name: `${name} clinician`,
        profession: 'physiotherapist',
        registrationNumber: 'PH000123',
        passcode: 'passcode-1',
        passcodeAgain: 'passcode-1',
      },
      undefined,
      new Date(),
    ).id
  const author = () => clinicianId
  const audit = new AuditTrail(db, { author })
  const patients = new PatientRepository(db, author, audit)
  const assessments = new AssessmentRepository(db, patients, () => new Date(), author, audit)
  const sync = new ClinicSync(db, {
    audit,
    assessments,
    pollMs: 50,
    longPollSeconds: 2,
    log: () => {},
  })
  sync.start()
  return {
    name,
    db,
    file,
    key,
    clinicianId,
    audit,
    patients,
    assessments,
    sync,
    close: async () => {
      await sync.stop()
      if (db.open) db.close()
    },
  }
}

export async function joinLaptop(laptop: Laptop, hub: TestHub) {
  const status = await laptop.sync.join({
    address: hub.address,
    code: hub.newJoinCode().replace(/-/g, ''),
    laptopName: laptop.name,
  })
  expect(status.state).not.toBe('not-joined')
  return status
}

/** Rounds on every laptop until none has anything to send or receive (each round waits for the hub). */
export async function syncAll(...laptops: Laptop[]) {
  for (let pass = 0; pass < 3; pass++)
    for (const laptop of laptops) {
      const status = await laptop.sync.syncNow()
      expect(status.problem, `${laptop.name}: ${status.problem}`).toBeUndefined()
    }
}

/** What every laptop must hold the same once in step: every shared record, as stored. */
export function sharedState(db: Database) {
  const rows = (sql: string) => db.prepare(sql).all()
  return {
    patients: rows(`SELECT id, document, deleted_at, archived_at FROM patients ORDER BY id`),
    // A draft's revision is this laptop's save counter (it goes up when a merge lands, so that
    // a form opened before it saves against the merged draft): not part of what must match.
    assessments: rows(
      `SELECT id, patient_id, status, json_remove(document, '$.revision') AS document, signature,
        deleted_at FROM assessments ORDER BY id`,
    ),
    addenda: rows(`SELECT id, assessment_id, at, text, sha256 FROM addenda ORDER BY id`),
    clinicians: rows(`SELECT id, name, passcode_hash FROM clinicians ORDER BY id`),
    clinic: rows(`SELECT document FROM settings WHERE key = 'clinic'`),
  }
}

/**
 * The laptops hold the same records, nothing waits to be sent, every signature and addendum
 * chain verifies, and every laptop's audit trail (its own and the others' copies) is intact.
 */
export function expectConverged(...laptops: Laptop[]) {
  const [first, ...rest] = laptops
  const expected = sharedState(first!.db)
  for (const laptop of rest)
    expect(sharedState(laptop.db), `${laptop.name} is in step with ${first!.name}`).toEqual(
      expected,
    )
  for (const laptop of laptops) {
    expect(laptop.sync.status().waiting, `${laptop.name} has nothing waiting`).toBe(0)
    expect(checkSignatures(laptop.db).mismatches, `${laptop.name}'s signatures`).toEqual([])
    expect(laptop.audit.verify().intact, `${laptop.name}'s own audit trail`).toBe(true)
    for (const other of laptops.filter((l) => l !== laptop)) {
      const copy = auditCopy(laptop.db, other.sync.status().laptop!.id)
      const original = laptop.db === other.db ? [] : auditOf(other.db)
      expect(
        verifyChain(copy, sha256).intact,
        `${laptop.name}'s copy of ${other.name}'s trail`,
      ).toBe(true)
      expect(copy.length, `${laptop.name} has ${other.name}'s whole trail`).toBe(original.length)
    }
  }
}

const toEntry = (r: Record<string, unknown>): AuditEntry => ({
  seq: r.seq as number,
  at: r.at as string,
  clinicianId: r.clinician_id as string | null,
  action: r.action as AuditEntry['action'],
  recordType: r.record_type as AuditEntry['recordType'],
  recordId: r.record_id as string | null,
  detail: r.detail as string | null,
  prevHash: r.prev_hash as string,
  hash: r.hash as string,
})

function auditOf(db: Database): AuditEntry[] {
  return (
    db.prepare('SELECT * FROM audit_log ORDER BY seq').all() as Record<string, unknown>[]
  ).map(toEntry)
}

function auditCopy(db: Database, origin: string): AuditEntry[] {
  return (
    db.prepare('SELECT * FROM audit_remote WHERE origin = ? ORDER BY seq').all(origin) as Record<
      string,
      unknown
    >[]
  ).map(toEntry)
}
