import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { aPatient } from '../support/patients'
import { completeSections, decide, setAtPath } from '../support/assessments'
import { sectionsOf } from '../support/vignettes'
import { joinLaptop, newLaptop, syncAll, TestHub, type Laptop } from '../support/syncClinic'
import { SettingsRepository } from '../../src/main/db/settingsRepository'

let hub: TestHub
let laptops: Laptop[] = []
beforeEach(async () => { hub = new TestHub(); await hub.start() })
afterEach(async () => { for (const l of laptops) await l.close(); laptops = []; await hub.cleanup() })
const laptop = (name: string) => { const l = newLaptop(name); laptops.push(l); return l }

async function twoLaptopsWithADraft() {
  const a = laptop('Room 1'); const b = laptop('Room 2')
  const patient = a.patients.create(aPatient())
  const draft = a.assessments.create({ patientId: patient.id, type: 'initial', date: '2026-11-30' })
  await joinLaptop(a, hub); await joinLaptop(b, hub); await syncAll(a, b)
  return { a, b, patient, draft }
}
function sectionsWith(l: Laptop, id: string, path: string, value: unknown) {
  const current = l.assessments.get(id)
  const sections = structuredClone(sectionsOf(current)) as unknown as Record<string, unknown>
  setAtPath(sections, path, value)
  return { current, sections: sections as ReturnType<typeof sectionsOf> }
}
function editDraft(l: Laptop, id: string, path: string, value: unknown, bump = 1) {
  const { current, sections } = sectionsWith(l, id, path, value)
  return l.assessments.saveDraft({ ...sections, id, revision: current.revision + bump, date: current.date })
}
const goals = (l: Laptop, id: string) => l.assessments.get(id).history.general?.goals
const meds = (l: Laptop, id: string) => l.assessments.get(id).history.general?.medications

describe('review', () => {
  it('R1 a form two changes ahead saves over an edit that arrived from another laptop', async () => {
    const { a, b, draft } = await twoLaptopsWithADraft()
    // The form on A opened at revision r and has had two changes typed (working revision r+2),
    // its copy of goals being the old one.
    const opened = a.assessments.get(draft.id)
    const { sections } = sectionsWith(a, draft.id, 'history.general.medications', 'Ibuprofen')
    editDraft(b, draft.id, 'history.general.goals', 'Run the Bath half')
    await syncAll(b, a)
    expect(goals(a, draft.id)).toBe('Run the Bath half')
    const saved = a.assessments.saveDraft({ ...sections, id: draft.id, revision: opened.revision + 2, date: opened.date })
    console.log('R1 stale?', saved.stale, 'goals on A now', goals(a, draft.id))
    await syncAll(a, b)
    console.log('R1 goals on B after sync', goals(b, draft.id), 'meds', meds(b, draft.id))
  })

  it('R2 deciding a conflict right after a local edit of the same record', async () => {
    const { a, b, draft } = await twoLaptopsWithADraft()
    await hub.stop()
    editDraft(a, draft.id, 'history.general.goals', 'Parkrun')
    editDraft(b, draft.id, 'history.general.goals', '40 km')
    await hub.start(); await syncAll(a, b)
    const c = a.sync.conflicts().conflicts[0]!
    // An edit saved on A, then (before the loop's next look) the decision.
    editDraft(a, draft.id, 'history.general.medications', 'Naproxen')
    a.sync.resolveConflict({ id: c.id, choice: 0 }, a.clinicianId)
    console.log('R2 meds on A right after decide:', meds(a, draft.id))
    await syncAll(a, b)
    console.log('R2 meds on A/B after sync:', meds(a, draft.id), meds(b, draft.id))
  })

  it('R3 clinic details set on both laptops before joining', async () => {
    const a = laptop('Room 1'); const b = laptop('Room 2')
    new SettingsRepository(a.db).saveClinic({ name: 'Riverside Physio', tagline: 'Hip clinic' } as never)
    new SettingsRepository(b.db).saveClinic({ name: 'Riverside Physiotherapy', address: '1 High St' } as never)
    await joinLaptop(a, hub); await joinLaptop(b, hub); await syncAll(a, b); await syncAll(a, b)
    console.log('R3 A', JSON.stringify(new SettingsRepository(a.db).clinic()), 'B', JSON.stringify(new SettingsRepository(b.db).clinic()),
      'conflicts', a.sync.status().conflicts, b.sync.status().conflicts)
  })

  it('R4 leave, edit, rejoin', async () => {
    const a = laptop('Room 1'); const b = laptop('Room 2')
    const ps = Array.from({ length: 6 }, (_, i) => a.patients.create({ ...aPatient(), familyName: `Fam${i}` } as never))
    await joinLaptop(a, hub); await joinLaptop(b, hub); await syncAll(a, b)
    b.sync.leave()
    for (const p of ps) b.patients.update(p.id, { ...aPatient(), familyName: `Edited-${p.familyName}` } as never)
    for (const p of ps) a.patients.update(p.id, { ...aPatient(), givenName: `GivenA`, familyName: p.familyName } as never)
    await syncAll(a)
    await joinLaptop(b, hub); await syncAll(a, b); await syncAll(b, a)
    console.log('R4 on B', ps.map((p) => b.patients.get(p.id).givenName + ' ' + b.patients.get(p.id).familyName).join(','),
      '| on A', ps.map((p) => a.patients.get(p.id).givenName + ' ' + a.patients.get(p.id).familyName).join(','), 'conflicts', b.sync.status().conflicts)
  })

  it('R5 signed on both laptops offline', async () => {
    const { a, b, draft } = await twoLaptopsWithADraft()
    await hub.stop()
    const sign = (l: Laptop) => {
      const current = l.assessments.get(draft.id)
      l.assessments.saveDraft({ ...sectionsOf(completeSections(current)), id: draft.id, revision: current.revision + 1, date: current.date })
      decide(l.assessments, draft.id)
      return l.assessments.finalise(draft.id)
    }
    sign(a); await new Promise((r) => setTimeout(r, 20)); sign(b)
    await hub.start(); await new Promise((r) => setTimeout(r, 1500)); await syncAll(a, b)
    console.log('R5 sig A', a.assessments.get(draft.id).signature?.sha256.slice(0, 8), 'sig B', b.assessments.get(draft.id).signature?.sha256.slice(0, 8),
      'status', JSON.stringify(a.sync.status()), JSON.stringify(b.sync.conflicts()))
  })
})

describe('review 2', () => {
  it('R6 an addendum waiting on a signed record that waited on its patient', async () => {
    const a = laptop('Room 1')
    const patient = a.patients.create(aPatient())
    const draft = a.assessments.create({ patientId: patient.id, type: 'initial', date: '2026-11-30' })
    await joinLaptop(a, hub); await syncAll(a)
    const current = a.assessments.get(draft.id)
    a.assessments.saveDraft({ ...sectionsOf(completeSections(current)), id: draft.id, revision: current.revision + 1, date: current.date })
    decide(a.assessments, draft.id)
    a.assessments.finalise(draft.id)
    a.assessments.addAddendum(draft.id, 'Phoned: pain settled')
    await syncAll(a)
    a.patients.update(patient.id, { ...aPatient(), familyName: 'Dupont-Martin' } as never)
    await syncAll(a)
    const b = newLaptop('Room 2', undefined, { batch: 1 }); laptops.push(b)
    await joinLaptop(b, hub); await syncAll(b)
    const n = (l: Laptop) => l.db.prepare('SELECT count(*) FROM addenda').pluck().get()
    const w = b.db.prepare('SELECT doc_id FROM sync_docs WHERE waiting = 1').pluck().all()
    console.log('R6 addenda A', n(a), 'B', n(b), 'waiting on B', JSON.stringify(w), JSON.stringify(b.sync.status()))
    const sy = b.sync as any
    for (const id of w) sy.applying(() => sy.project(id, sy.docs.load(id)))
    console.log('R6 after one more projection pass: addenda B', n(b))
  })
})

describe('review 3', () => {
  it('R7 draft document of a signed record arriving a page before the signed one', async () => {
    const a = laptop('Room 1'); const c = laptop('Room 3')
    const patient = a.patients.create(aPatient())
    const draft = a.assessments.create({ patientId: patient.id, type: 'initial', date: '2026-11-30' })
    await joinLaptop(a, hub); await joinLaptop(c, hub); await syncAll(a, c)
    await hub.stop()
    const current = a.assessments.get(draft.id)
    a.assessments.saveDraft({ ...sectionsOf(completeSections(current)), id: draft.id, revision: current.revision + 1, date: current.date })
    decide(a.assessments, draft.id)
    const signed = a.assessments.finalise(draft.id)
    editDraft(c, draft.id, 'history.general.medications', 'Late naproxen')
    await hub.start(); await new Promise((r) => setTimeout(r, 1500)); await c.sync.syncNow(); await syncAll(a, c)
    const b = newLaptop('Room 2', undefined, { batch: 1 }); laptops.push(b)
    await joinLaptop(b, hub); await syncAll(b)
    const rec = b.assessments.get(draft.id)
    const { checkSignatures } = await import('../../src/main/audit/signatureCheck')
    console.log('R7 B status', rec.status, 'meds', rec.history.general?.medications, 'sigOK', rec.signature?.sha256 === signed.signature?.sha256,
      'mismatches', JSON.stringify(checkSignatures(b.db).mismatches), 'A meds', a.assessments.get(draft.id).history.general?.medications)
  })
})

describe('review 4', () => {
  it('R8 a draft document carrying status finalised, projected with no signed record here', async () => {
    const { Projection } = await import('../../src/main/sync/projection')
    const { plainOf } = await import('../../src/main/sync/automergeJson')
    const { unflattenRecord } = await import('../../src/shared/sync/flatRecord')
    const { checkSignatures } = await import('../../src/main/audit/signatureCheck')
    const a = laptop('Room 1')
    const patient = a.patients.create(aPatient())
    const draft = a.assessments.create({ patientId: patient.id, type: 'initial', date: '2026-11-30' })
    await joinLaptop(a, hub); await syncAll(a)
    const current = a.assessments.get(draft.id)
    a.assessments.saveDraft({ ...sectionsOf(completeSections(current)), id: draft.id, revision: current.revision + 1, date: current.date })
    decide(a.assessments, draft.id)
    a.assessments.finalise(draft.id)
    await syncAll(a)
    const content = (id: string) => { const c = plainOf((a.sync as any).docs.load(id)) as any; return { ...c, record: unflattenRecord(c.record) } }
    const d = laptop('Room 4')
    const proj = new Projection(d.db, '11111111-1111-4111-8111-111111111111')
    d.db.prepare('INSERT INTO sync_applying VALUES (1)').run()
    console.log('R8 patient', JSON.stringify(proj.apply(`patient/${patient.id}` as any, content(`patient/${patient.id}`))))
    const late = content(`assessment/${draft.id}`)
    late.record.history.general = { ...(late.record.history.general ?? {}), medications: 'LATE EDIT' }
    let r: unknown
    try { r = proj.apply(`assessment/${draft.id}` as any, late) } catch (e) { r = String(e) }
    const row = d.db.prepare('SELECT status, signature FROM assessments WHERE id = ?').get(draft.id)
    console.log('R8 draft-doc apply', JSON.stringify(r), JSON.stringify(row), 'mismatches', JSON.stringify(checkSignatures(d.db).mismatches))
  })
})
