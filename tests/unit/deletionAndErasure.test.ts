import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { AuditTrail } from '../../src/main/audit/auditTrail'
import { checkSignatures } from '../../src/main/audit/signatureCheck'
import { erasePatient } from '../../src/main/db/patientErasure'
import { aPatientWithRepos, signedAssessment } from '../support/assessments'
import { tempDatabase } from '../support/tempDatabase'

let store: ReturnType<typeof tempDatabase>
let ctx: ReturnType<typeof aPatientWithRepos>
beforeEach(() => {
  store = tempDatabase()
  ctx = aPatientWithRepos(store.db)
})
afterEach(() => store.cleanup())

const count = (sql: string, ...params: unknown[]) =>
  store.db
    .prepare(sql)
    .pluck()
    .get(...params) as number

function signedWithNote() {
  const a = signedAssessment(ctx.assessments, ctx.patient.id)
  return ctx.assessments.addAddendum(a.id, 'Phoned: the Dupont family moved.')
}

describe('deleting a patient', () => {
  it('hides them from the list, search, opening and exports, and keeps them in the file with the reason', () => {
    const other = ctx.patients.create({
      ...ctx.patient,
      givenName: 'Paul',
      recordNumber: undefined,
    })
    signedWithNote()
    ctx.patients.softDelete(ctx.patient.id, 'Duplicate of another record')
    expect(ctx.patients.search('Dupont').patients.map((p) => p.id)).toEqual([other.id])
    expect(ctx.patients.search('').patients.map((p) => p.id)).toEqual([other.id])
    expect(ctx.patients.allIds()).toEqual([other.id])
    expect(() => ctx.patients.get(ctx.patient.id)).toThrow('This patient’s record was deleted.')
    expect(
      store.db
        .prepare('SELECT deleted_by, delete_reason FROM patients WHERE id = ?')
        .get(ctx.patient.id),
    ).toEqual({ deleted_by: ctx.clinicianId, delete_reason: 'Duplicate of another record' })
    // Their signed assessment is still there, and still verifies.
    expect(count('SELECT count(*) FROM assessments WHERE patient_id = ?', ctx.patient.id)).toBe(1)
    expect(checkSignatures(store.db)).toMatchObject({ checked: 1, mismatches: [] })
  })
})

describe('erasure on request', () => {
  it('removes the patient and every assessment, signed ones and addenda included, and keeps the audit entries', () => {
    const signed = signedWithNote()
    const draft = ctx.assessments.create({
      patientId: ctx.patient.id,
      type: 'follow-up',
      date: '2026-11-20',
    })
    const before = count('SELECT count(*) FROM audit_log')
    const audit = new AuditTrail(store.db, { author: () => ctx.clinicianId })
    const result = erasePatient(store.db, ctx.patient.id, 'Patient asked for erasure', {
      audit,
      author: () => ctx.clinicianId,
      now: () => new Date(),
    })
    expect(result).toEqual({ assessmentsErased: 2 })
    expect(count('SELECT count(*) FROM patients')).toBe(0)
    expect(count('SELECT count(*) FROM assessments')).toBe(0)
    expect(count('SELECT count(*) FROM addenda')).toBe(0)
    // The trail keeps every entry, and adds the erasure of each record, by id.
    const erased = store.db
      .prepare("SELECT record_type, record_id FROM audit_log WHERE action = 'erase' ORDER BY seq")
      .all()
    expect(erased).toEqual([
      ...[signed.id, draft.id].sort().map((id) => ({ record_type: 'assessment', record_id: id })),
      { record_type: 'patient', record_id: ctx.patient.id },
    ])
    expect(count('SELECT count(*) FROM audit_log')).toBe(before + 3)
    expect(audit.verify()).toMatchObject({ intact: true })
    const trail = JSON.stringify(store.db.prepare('SELECT * FROM audit_log').all())
    for (const word of ['Dupont', 'Claire', 'Phoned', 'asked for erasure'])
      expect(trail).not.toContain(word)
    // The erasure itself is kept, closed; the check knows the signed record was erased, not lost.
    expect(
      store.db
        .prepare('SELECT patient_id, reason, completed_at IS NOT NULL AS done FROM erasures')
        .get(),
    ).toEqual({ patient_id: ctx.patient.id, reason: 'Patient asked for erasure', done: 1 })
    expect(checkSignatures(store.db)).toEqual({ checked: 0, mismatches: [], unsigned: 0 })
    expect(() => store.db.prepare('DELETE FROM erasures').run()).toThrow(/erasure is kept/)
  })

  it('is the only way the database lets a signed record go, and erases a deleted patient too', () => {
    const signed = signedWithNote()
    expect(() => store.db.prepare('DELETE FROM assessments WHERE id = ?').run(signed.id)).toThrow(
      /signed assessment cannot be deleted/,
    )
    ctx.patients.softDelete(ctx.patient.id, 'Created by mistake')
    erasePatient(store.db, ctx.patient.id, 'Asked', {
      audit: new AuditTrail(store.db),
      author: () => ctx.clinicianId,
      now: () => new Date(),
    })
    expect(count('SELECT count(*) FROM patients')).toBe(0)
    // A closed erasure lets nothing else through.
    const other = aPatientWithRepos(store.db)
    const a = other.assessments.create({
      patientId: other.patient.id,
      type: 'initial',
      date: '2026-11-02',
    })
    expect(() => store.db.prepare('DELETE FROM assessments WHERE id = ?').run(a.id)).toThrow(
      /marking it deleted/,
    )
  })
})
