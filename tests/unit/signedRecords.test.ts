import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { checkSignatures } from '../../src/main/audit/signatureCheck'
import { sha256 } from '../../src/main/audit/sha256'
import { migrate } from '../../src/main/db/migrate'
import { migrations } from '../../src/main/db/migrations'
import { AssessmentRepository } from '../../src/main/db/assessmentRepository'
import { PatientRepository } from '../../src/main/db/patientRepository'
import { changedDemographics, demographicsOf } from '../../src/shared/model/patientDemographics'
import { canonicalJson } from '../../src/shared/signing/canonicalJson'
import {
  checkRecord,
  firstBrokenAddendum,
  signedRecordText,
} from '../../src/shared/signing/recordSignature'
import {
  aPatientWithRepos,
  completeSections,
  decide,
  signedAssessment,
} from '../support/assessments'
import { tempDatabase } from '../support/tempDatabase'
import { loadVignette, sectionsOf } from '../support/vignettes'

let store: ReturnType<typeof tempDatabase>
let ctx: ReturnType<typeof aPatientWithRepos>
beforeEach(() => {
  store = tempDatabase()
  ctx = aPatientWithRepos(store.db)
})
afterEach(() => store.cleanup())

/** A complete assessment of the test patient, decided and finalised (signed). */
function signedRecord() {
  return signedAssessment(ctx.assessments, ctx.patient.id)
}

const run = (sql: string, ...params: unknown[]) => store.db.prepare(sql).run(...params)

describe('canonical JSON', () => {
  it('is the same text whatever order the keys were written in, and leaves out undefined', () => {
    expect(canonicalJson({ b: 1, a: [true, null, { d: 'x', c: undefined }] })).toBe(
      '{"a":[true,null,{"d":"x"}],"b":1}',
    )
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }))
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(/finite/)
  })
})

describe('signing at finalise', () => {
  it('signs with the clinician, the time, the patient as they were and a SHA-256 anyone can recompute', () => {
    const signed = signedRecord()
    expect(signed.signature).toEqual({
      signedBy: { id: ctx.clinicianId, name: 'Sam Seeder', registrationNumber: 'PH000001' },
      signedAt: signed.finalisedAt,
      patientAtSigning: demographicsOf(ctx.patient),
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    })
    const stored = JSON.parse(
      store.db
        .prepare('SELECT document FROM assessments WHERE id = ?')
        .pluck()
        .get(signed.id) as string,
    )
    // The stored document is the signed content: recomputing its hash gives the signature.
    expect(sha256(signedRecordText(stored, signed.signature!))).toBe(signed.signature!.sha256)
    expect(checkRecord(stored, sha256)).toEqual({ kind: 'valid', sha256: signed.signature!.sha256 })
    expect(
      store.db
        .prepare('SELECT signature, signed_by, signed_at FROM assessments WHERE id = ?')
        .get(signed.id),
    ).toEqual({
      signature: signed.signature!.sha256,
      signed_by: ctx.clinicianId,
      signed_at: signed.finalisedAt,
    })
    expect(checkSignatures(store.db)).toEqual({ checked: 1, mismatches: [], unsigned: 0 })
  })

  it('is refused to nobody: a record is signed by a signed-in clinician', () => {
    const patients = new PatientRepository(store.db)
    const anonymous = new AssessmentRepository(store.db, patients)
    const a = anonymous.create({ patientId: ctx.patient.id, type: 'initial', date: '2026-11-02' })
    anonymous.saveDraft({ ...sectionsOf(completeSections(a)), id: a.id, revision: 1, date: a.date })
    decide(anonymous, a.id)
    expect(() => anonymous.finalise(a.id)).toThrow(/Sign in to finalise/)
    expect(anonymous.get(a.id).status).toBe('draft')
  })

  it('keeps the patient’s details as signed; the report data says which changed since', () => {
    const signed = signedRecord()
    const edited = ctx.patients.update(ctx.patient.id, {
      ...ctx.patient,
      familyName: 'Durand',
      address: '2 New Road',
    })
    expect(ctx.assessments.get(signed.id).signature?.patientAtSigning.familyName).toBe('Dupont')
    expect(changedDemographics(signed.signature!.patientAtSigning, edited)).toEqual([
      'familyName',
      'address',
    ])
    expect(checkSignatures(store.db).mismatches).toEqual([])
  })
})

describe('the database refuses changes to a signed record', () => {
  it('refuses an UPDATE of any signed column and a DELETE, with raw SQL', () => {
    const signed = signedRecord()
    for (const change of [
      `UPDATE assessments SET document = replace(document, 'Run a half marathon', 'Run a marathon') WHERE id = ?`,
      `UPDATE assessments SET status = 'draft' WHERE id = ?`,
      `UPDATE assessments SET date = '2020-01-01' WHERE id = ?`,
      `UPDATE assessments SET signature = NULL WHERE id = ?`,
      `UPDATE assessments SET deleted_at = 'now' WHERE id = ?`,
    ]) {
      expect(() => run(change, signed.id), change).toThrow(/signed assessment cannot be changed/)
    }
    expect(() => run('DELETE FROM assessments WHERE id = ?', signed.id)).toThrow(
      /signed assessment cannot be deleted/,
    )
    // Derived columns follow the addenda: those may change.
    run(`UPDATE assessments SET summary = '{}' WHERE id = ?`, signed.id)
    expect(ctx.assessments.get(signed.id)).toEqual(signed)
  })

  it('keeps addenda in their own rows, unchangeable, each by its author and chained to the signature', () => {
    const signed = signedRecord()
    const first = ctx.assessments.addAddendum(signed.id, 'Phoned: better.')
    const second = ctx.assessments.addAddendum(signed.id, 'Phoned again: running 5 km.')
    expect(second.addenda.map((a) => a.author?.name)).toEqual(['Sam Seeder', 'Sam Seeder'])
    expect(second.addenda[0]).toEqual(first.addenda[0])
    expect(firstBrokenAddendum(signed.id, signed.signature!.sha256, second.addenda, sha256)).toBe(
      -1,
    )
    // The signed row did not change with them.
    expect(
      store.db.prepare('SELECT document FROM assessments WHERE id = ?').pluck().get(signed.id),
    ).toBe(JSON.stringify((({ addenda: _a, ...rest }) => rest)(signed)))
    expect(() => run("UPDATE addenda SET text = 'Phoned: worse.'")).toThrow(
      /addendum cannot be changed/,
    )
    expect(() => run('DELETE FROM addenda')).toThrow(/addendum cannot be deleted/)
    expect(checkSignatures(store.db)).toEqual({ checked: 1, mismatches: [], unsigned: 0 })
  })

  it('a record is finalised only with its signature', () => {
    const a = ctx.assessments.create({
      patientId: ctx.patient.id,
      type: 'initial',
      date: '2026-11-02',
    })
    expect(() => run(`UPDATE assessments SET status = 'finalised' WHERE id = ?`, a.id)).toThrow(
      /finalised only with its signature/,
    )
  })
})

describe('the signature check finds what was changed around the triggers', () => {
  const dropTriggers = () => {
    for (const name of store.db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'")
      .pluck()
      .all() as string[])
      store.db.exec(`DROP TRIGGER ${name}`)
  }

  it('names a record whose signed content was edited, by id and date only', () => {
    const signed = signedRecord()
    const untouched = signedRecord()
    dropTriggers()
    run(
      `UPDATE assessments SET document = replace(document, 'Run a half marathon', 'Run a marathon') WHERE id = ?`,
      signed.id,
    )
    const check = checkSignatures(store.db)
    expect(check.checked).toBe(2)
    expect(check.mismatches).toEqual([
      {
        assessmentId: signed.id,
        date: '2026-11-02',
        problem: 'its content does not match its signature',
      },
    ])
    expect(JSON.stringify(check)).not.toContain('marathon')
    expect(check.mismatches.map((m) => m.assessmentId)).not.toContain(untouched.id)
  })

  it('names a record made to look like a draft, unsigned, or removed, and an addendum changed or removed', () => {
    const asDraft = signedRecord()
    const stripped = signedRecord()
    const removed = signedRecord()
    const withNotes = signedRecord()
    ctx.assessments.addAddendum(withNotes.id, 'First note.')
    ctx.assessments.addAddendum(withNotes.id, 'Second note.')
    const lastNote = signedRecord()
    ctx.assessments.addAddendum(lastNote.id, 'Only note.')
    dropTriggers()
    run(`UPDATE assessments SET status = 'draft' WHERE id = ?`, asDraft.id)
    run(
      `UPDATE assessments SET signature = NULL, document = json_remove(document, '$.signature') WHERE id = ?`,
      stripped.id,
    )
    run('DELETE FROM assessments WHERE id = ?', removed.id)
    run(
      `UPDATE addenda SET text = 'Changed note.' WHERE assessment_id = ? AND position = 0`,
      withNotes.id,
    )
    run('DELETE FROM addenda WHERE assessment_id = ?', lastNote.id)
    const problems = Object.fromEntries(
      checkSignatures(store.db).mismatches.map((m) => [m.assessmentId, m.problem]),
    )
    expect(problems).toEqual({
      [asDraft.id]: 'it is signed but stored as a draft',
      [stripped.id]: expect.stringMatching(
        /^its signature is not the one recorded when it was signed/,
      ),
      [removed.id]: expect.stringMatching(/is no longer in the database/),
      [withNotes.id]: 'addendum 1 does not match its hash chain',
      [lastNote.id]: expect.stringMatching(/an addendum recorded in the audit trail .* is missing/),
    })
  })
})

describe('migration 9: addenda of records stored before move to their own table', () => {
  it('opens an old finalised record with its addenda, "author not recorded", locked but unsigned', () => {
    const db = new Database(':memory:')
    migrate(db, migrations.slice(0, 6))
    const v = loadVignette('V01')
    const old = {
      ...v.assessment,
      schemaVersion: 2,
      addenda: [
        { at: '2026-11-03T09:00:00.000Z', text: 'Phoned: better.' },
        { at: '2026-11-04T09:00:00.000Z', text: 'Phoned again.' },
      ],
    }
    db.prepare(
      "INSERT INTO patients (id, given_name, family_name, date_of_birth, sex, document, search_name, family_folded, created_at, updated_at) VALUES (?, 'A', 'B', '1981-01-01', 'female', ?, 'a b', 'b', 't', 't')",
    ).run(v.patient.id, JSON.stringify(v.patient))
    db.prepare(
      `INSERT INTO assessments (id, patient_id, date, type, status, schema_version, revision, document, created_at, updated_at)
       VALUES (?, ?, ?, 'initial', 'finalised', 2, 1, ?, 't', 't')`,
    ).run(old.id, v.patient.id, old.date, JSON.stringify(old))
    migrate(db)
    const repos = new AssessmentRepository(db, new PatientRepository(db))
    const opened = repos.get(old.id)
    expect(opened.addenda).toEqual([
      { id: expect.any(String), at: '2026-11-03T09:00:00.000Z', text: 'Phoned: better.' },
      { id: expect.any(String), at: '2026-11-04T09:00:00.000Z', text: 'Phoned again.' },
    ])
    expect(opened.addenda[0]!.author).toBeUndefined()
    expect(opened.signature).toBeUndefined()
    expect(
      JSON.parse(db.prepare('SELECT document FROM assessments').pluck().get() as string),
    ).not.toHaveProperty('addenda')
    expect(() => db.prepare("UPDATE assessments SET date = '2020-01-01'").run()).toThrow(
      /signed assessment cannot be changed/,
    )
    expect(checkSignatures(db)).toEqual({ checked: 0, mismatches: [], unsigned: 1 })
    db.close()
  })
})
