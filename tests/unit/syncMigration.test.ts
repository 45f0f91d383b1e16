import { afterEach, describe, expect, it } from 'vitest'
import { PatientRepository } from '../../src/main/db/patientRepository'
import { aPatient } from '../support/patients'
import { tempDatabase } from '../support/tempDatabase'

/** Migration 15: what the database itself does for sharing a clinic between laptops. */
let cleanup: (() => void) | undefined
afterEach(() => cleanup?.())

function clinic() {
  const t = tempDatabase()
  cleanup = t.cleanup
  return { db: t.db, patients: new PatientRepository(t.db) }
}

const join = (db: ReturnType<typeof clinic>['db']) =>
  db
    .prepare(
      `INSERT INTO sync_link (only_one, hub_address, hub_id, hub_name, fingerprint, laptop_id,
        laptop_name, token, joined_at)
       VALUES (1, '127.0.0.1:8443', '00000000-0000-4000-8000-000000000001', 'Hub', 'ab',
        '11111111-1111-4111-8111-111111111111', 'Room 1', 'cd', '2026-11-30T10:00:00.000Z')`,
    )
    .run()

const outbox = (db: ReturnType<typeof clinic>['db']) =>
  db.prepare('SELECT doc_id FROM sync_outbox ORDER BY doc_id').pluck().all()

describe('migration 15 (clinic sync)', () => {
  it('queues each record changed here for the hub, only while joined and not while writing what arrived', () => {
    const { db, patients } = clinic()
    patients.create(aPatient())
    expect(outbox(db)).toEqual([])

    join(db)
    const tom = patients.create(aPatient({ givenName: 'Tom', familyName: 'Hughes' }))
    expect(outbox(db)).toContain(`patient/${tom.id}`)
    db.exec('DELETE FROM sync_outbox')

    db.prepare('INSERT INTO sync_applying (only_one) VALUES (1)').run()
    patients.update(
      tom.id,
      aPatient({ givenName: 'Tom', familyName: 'Hughes', phone: '01225 000000' }),
    )
    expect(outbox(db).filter((d) => String(d).startsWith('patient/'))).toEqual([])
    // This laptop's own audit entries are shared whoever wrote them.
    expect(outbox(db)).toEqual(['audit/11111111-1111-4111-8111-111111111111/0'])
  })

  it('keeps the other laptops’ audit trails append-only, each chained on its own', () => {
    const { db } = clinic()
    const insert = db.prepare(`INSERT INTO audit_remote (origin, seq, at, action, record_type,
      prev_hash, hash) VALUES (?, ?, '2026-11-30T10:00:00.000Z', 'view', 'patient', ?, ?)`)
    const genesis = '0'.repeat(64)
    insert.run('laptop-a', 1, genesis, 'a'.repeat(64))
    insert.run('laptop-b', 1, genesis, 'b'.repeat(64))
    expect(() => insert.run('laptop-a', 3, 'a'.repeat(64), 'c'.repeat(64))).toThrow(/continue/)
    expect(() => insert.run('laptop-a', 2, 'f'.repeat(64), 'c'.repeat(64))).toThrow(/continue/)
    expect(() => db.prepare('DELETE FROM audit_remote').run()).toThrow(/cannot be changed/)
    expect(() => db.prepare(`UPDATE audit_remote SET detail = 'x'`).run()).toThrow(
      /cannot be changed/,
    )
  })

  it('lets two laptops’ patients share a record number (flagged on screen), while this laptop refuses one typed twice', () => {
    const { db, patients } = clinic()
    patients.create(aPatient({ recordNumber: 'RH-0042' }))
    expect(() =>
      patients.create(
        aPatient({ givenName: 'Tom', familyName: 'Hughes', recordNumber: 'RH-0042' }),
      ),
    ).toThrow(/Another patient already has this record number/)
    db.prepare(
      `INSERT INTO patients (id, given_name, family_name, date_of_birth, sex, record_number,
        document, search_name, family_folded, created_at, updated_at)
       VALUES ('22222222-2222-4222-8222-222222222222', 'Tom', 'Hughes', '1980-01-01', 'male',
        'RH-0042', '{}', 'tom hughes', 'hughes', '2026-11-30T10:00:00.000Z',
        '2026-11-30T10:00:00.000Z')`,
    ).run()
    expect(
      db.prepare(`SELECT count(*) FROM patients WHERE record_number = 'RH-0042'`).pluck().get(),
    ).toBe(2)
  })
})
