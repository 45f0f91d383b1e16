import type { Database } from 'better-sqlite3'
import { expect } from 'vitest'
import { sha256 } from '../../src/main/audit/sha256'
import { checkSignatures } from '../../src/main/audit/signatureCheck'
import { verifyChain } from '../../src/shared/audit/auditChain'
import type { AuditEntry } from '../../src/shared/audit/auditEntry'
import type { Laptop, TestHub } from './syncLaptop'

export { newLaptop, TestHub, type Laptop } from './syncLaptop'

export async function joinLaptop(laptop: Laptop, hub: TestHub) {
  const status = await laptop.sync.join({
    address: hub.address,
    code: hub.newJoinCode().replace(/-/g, ''),
    laptopName: laptop.name,
  })
  expect(status.state).not.toBe('not-joined')
  return status
}

/**
 * Rounds on every laptop, in turn, until a pass ends with every one in step and no problem (at
 * least two passes, so that each has seen what the others sent). A machine under load may make a
 * round fail once (the hub just restarted, a slow answer): the laptop's loop tries again, as it
 * does in the app; a problem that lasts fails the test.
 */
export async function syncAll(...laptops: Laptop[]) {
  let last: string[] = []
  for (let pass = 0; pass < 8; pass++) {
    last = []
    for (const laptop of laptops) {
      const status = await laptop.sync.syncNow()
      last.push(`${laptop.name}: ${status.problem ?? status.state}`)
    }
    if (pass >= 1 && last.every((line) => line.endsWith(': in-step'))) return
  }
  expect(last).toEqual(laptops.map((l) => `${l.name}: in-step`))
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
