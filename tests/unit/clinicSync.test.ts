import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { erasePatient } from '../../src/main/db/patientErasure'
import { SettingsRepository } from '../../src/main/db/settingsRepository'
import { aPatient } from '../support/patients'
import { completeSections, decide, setAtPath } from '../support/assessments'
import { sectionsOf } from '../support/vignettes'
import {
  expectConverged,
  joinLaptop,
  newLaptop,
  syncAll,
  TestHub,
  type Laptop,
} from '../support/syncClinic'

/**
 * The clinic's laptops and its hub, for real: a hub on 127.0.0.1 (port 0) with its encrypted
 * store in a temp folder, laptops with their own encrypted records, talking HTTPS with the
 * pinned certificate. "Offline" is the hub stopped; it comes back on the same port. Every test
 * ends with `expectConverged`: the same records everywhere, nothing waiting, signatures, addendum
 * chains and every laptop's audit trail intact, and each edit the test made present on every
 * laptop.
 */

let hub: TestHub
let laptops: Laptop[] = []

beforeEach(async () => {
  hub = new TestHub()
  await hub.start()
})

afterEach(async () => {
  for (const laptop of laptops) await laptop.close()
  laptops = []
  await hub.cleanup()
})

const laptop = (name: string) => {
  const l = newLaptop(name)
  laptops.push(l)
  return l
}

/** Two laptops joined to the hub, in step, sharing one patient with a draft initial assessment. */
async function twoLaptopsWithADraft() {
  const a = laptop('Room 1')
  const b = laptop('Room 2')
  const patient = a.patients.create(aPatient())
  const draft = a.assessments.create({ patientId: patient.id, type: 'initial', date: '2026-11-30' })
  await joinLaptop(a, hub)
  await joinLaptop(b, hub)
  await syncAll(a, b)
  return { a, b, patient, draft }
}

/** Changes one field of a draft as the autosave does, from what this laptop has now. */
function editDraft(l: Laptop, id: string, path: string, value: unknown) {
  const current = l.assessments.get(id)
  const sections = structuredClone(sectionsOf(current)) as unknown as Record<string, unknown>
  setAtPath(sections, path, value)
  const saved = l.assessments.saveDraft({
    ...(sections as ReturnType<typeof sectionsOf>),
    id,
    revision: current.revision + 1,
    date: current.date,
  })
  expect(saved.stale).toBe(false)
}

const valueAt = (l: Laptop, id: string, path: string) =>
  path
    .split('.')
    .reduce<unknown>(
      (node, key) => (node as Record<string, unknown> | undefined)?.[key],
      l.assessments.get(id),
    )

/** A finished, decided and signed assessment of that patient, from `l`. */
function sign(l: Laptop, id: string) {
  const current = l.assessments.get(id)
  l.assessments.saveDraft({
    ...sectionsOf(completeSections(current)),
    id,
    revision: current.revision + 1,
    date: current.date,
  })
  decide(l.assessments, id)
  return l.assessments.finalise(id)
}

describe('two laptops and the clinic hub', () => {
  it('a patient created on one laptop appears on the other, with its clinician and audit trail', async () => {
    const a = laptop('Room 1')
    const b = laptop('Room 2')
    const claire = a.patients.create(aPatient())
    await joinLaptop(a, hub)
    await joinLaptop(b, hub)
    await syncAll(a, b)
    expect(b.patients.get(claire.id).familyName).toBe('Dupont')
    expect(b.db.prepare('SELECT count(*) FROM clinicians').pluck().get()).toBe(2)
    expect(a.sync.status()).toMatchObject({ state: 'in-step', waiting: 0, conflicts: 0 })
    expectConverged(a, b)
    // Room 1's trail, as copied to Room 2, is on Room 2's audit screen under its name, and
    // checked with Room 2's own.
    const roomOne = a.sync.status().laptop!.id
    expect(b.audit.list({}).laptops).toEqual([{ id: roomOne, name: 'Room 1' }])
    expect(b.audit.list({ laptopId: roomOne }).total).toBe(a.audit.list({}).total)
    const check = b.audit.verifyAll()
    expect(check.intact).toBe(true)
    expect(check.entries).toBe(b.audit.list({}).total + a.audit.list({}).total)
    // Erasing a patient on one laptop would leave their records on the others: refused.
    expect(() =>
      erasePatient(b.db, claire.id, 'Asked to be forgotten', {
        audit: b.audit,
        author: () => b.clinicianId,
        now: () => new Date(),
      }),
    ).toThrow(/shares the clinic’s records through a hub/)
    expect(b.patients.get(claire.id).id).toBe(claire.id)
  })

  it('edits to different fields of one draft, made offline on both laptops, merge', async () => {
    const { a, b, draft } = await twoLaptopsWithADraft()
    await hub.stop()
    editDraft(a, draft.id, 'history.general.goals', 'Run the Bath half in March')
    editDraft(b, draft.id, 'history.general.medications', 'Ibuprofen when needed')
    // Offline, each laptop says what waits.
    for (const l of [a, b]) {
      await expect.poll(() => l.sync.status().state, { timeout: 30_000 }).toBe('offline')
      expect(l.sync.status().waiting).toBeGreaterThan(0)
    }
    await hub.start()
    await syncAll(a, b)
    for (const l of [a, b]) {
      expect(valueAt(l, draft.id, 'history.general.goals')).toBe('Run the Bath half in March')
      expect(valueAt(l, draft.id, 'history.general.medications')).toBe('Ibuprofen when needed')
      expect(l.sync.status().conflicts).toBe(0)
    }
    expectConverged(a, b)
  })

  it('two values of one field are both kept for the clinician, and the choice is audited', async () => {
    const { a, b, draft } = await twoLaptopsWithADraft()
    await hub.stop()
    editDraft(a, draft.id, 'history.general.goals', 'Parkrun under 25 minutes')
    editDraft(b, draft.id, 'history.general.goals', 'Back to 40 km a week')
    await hub.start()
    await syncAll(a, b)
    for (const l of [a, b]) {
      const [conflict, ...others] = l.sync.conflicts().conflicts
      expect(others).toEqual([])
      expect(conflict).toMatchObject({
        recordType: 'assessment',
        recordId: draft.id,
        path: 'history.general.goals',
        label: 'History › general › goals',
        patient: { name: 'Claire Dupont' },
      })
      expect(conflict!.options.map((o) => o.value).sort()).toEqual([
        'Back to 40 km a week',
        'Parkrun under 25 minutes',
      ])
      expect(conflict!.options.map((o) => o.laptop).sort()).toEqual(
        l === a ? ['Room 1 (this laptop)', 'Room 2'] : ['Room 1', 'Room 2 (this laptop)'],
      )
    }
    const onA = a.sync.conflicts().conflicts[0]!
    const choice = onA.options.findIndex((o) => o.value === 'Back to 40 km a week')
    a.sync.resolveConflict({ id: onA.id, choice }, a.clinicianId)
    await syncAll(a, b)
    for (const l of [a, b]) {
      expect(valueAt(l, draft.id, 'history.general.goals')).toBe('Back to 40 km a week')
      expect(l.sync.status().conflicts).toBe(0)
    }
    const decided = a.audit.list({}).entries.find((e) => e.action === 'decide')
    expect(decided).toMatchObject({ recordId: draft.id, clinicianId: a.clinicianId })
    expect(decided!.detail).toContain('history.general.goals')
    expect(decided!.detail).not.toContain('40 km')
    expectConverged(a, b)
  })

  it('a record signed on one laptop stays as signed; an edit made meanwhile elsewhere waits for its author', async () => {
    const { a, b, draft } = await twoLaptopsWithADraft()
    await hub.stop()
    const signed = sign(a, draft.id)
    editDraft(b, draft.id, 'history.general.medications', 'Naproxen 500 mg twice a day')
    await hub.start()
    await syncAll(a, b)
    for (const l of [a, b]) {
      const record = l.assessments.get(draft.id)
      expect(record.status).toBe('finalised')
      expect(record.signature?.sha256).toBe(signed.signature?.sha256)
      expect(record.history.general?.medications).toBe(signed.history.general?.medications)
      const [late] = l.sync.conflicts().changesAfterSigning
      expect(late).toMatchObject({
        assessmentId: draft.id,
        author: { id: a.clinicianId },
        fields: [
          {
            path: 'history.general.medications',
            arrived: 'Naproxen 500 mg twice a day',
          },
        ],
      })
    }
    // Only the author reviews it; their addendum reaches every laptop and closes it everywhere.
    const late = a.sync.conflicts().changesAfterSigning[0]!
    expect(() =>
      b.sync.reviewChangeAfterSigning({ id: late.id, decision: 'set-aside' }, b.clinicianId),
    ).toThrow(/Only the clinician who signed/)
    a.sync.reviewChangeAfterSigning(
      {
        id: late.id,
        decision: 'addendum',
        text: 'Medication on another laptop: naproxen 500 mg bd.',
      },
      a.clinicianId,
    )
    await syncAll(a, b)
    for (const l of [a, b]) {
      expect(l.sync.status().changesAfterSigning).toBe(0)
      expect(l.assessments.get(draft.id).addenda.map((x) => x.text)).toEqual([
        'Medication on another laptop: naproxen 500 mg bd.',
      ])
    }
    expectConverged(a, b)
  })

  it('addenda written on both laptops to one signed record all appear, each chain verifying', async () => {
    const { a, b, draft } = await twoLaptopsWithADraft()
    sign(a, draft.id)
    await syncAll(a, b)
    await hub.stop()
    a.assessments.addAddendum(draft.id, 'Phoned: pain settling.')
    b.assessments.addAddendum(draft.id, 'MRI report received: gluteal tendinopathy.')
    await hub.start()
    await syncAll(a, b)
    for (const l of [a, b])
      expect(
        l.assessments
          .get(draft.id)
          .addenda.map((x) => x.text)
          .sort(),
      ).toEqual(['MRI report received: gluteal tendinopathy.', 'Phoned: pain settling.'])
    expectConverged(a, b)
  })

  it('a record number given to two patients on two laptops is flagged on both, never renumbered', async () => {
    const a = laptop('Room 1')
    const b = laptop('Room 2')
    await joinLaptop(a, hub)
    await joinLaptop(b, hub)
    await hub.stop()
    const onA = a.patients.create(aPatient({ recordNumber: 'RH-0042' }))
    const onB = b.patients.create(
      aPatient({ givenName: 'Tom', familyName: 'Hughes', recordNumber: 'RH-0042' }),
    )
    await hub.start()
    await syncAll(a, b)
    for (const l of [a, b]) {
      expect(l.patients.get(onA.id).recordNumber).toBe('RH-0042')
      expect(l.patients.get(onB.id).recordNumber).toBe('RH-0042')
      const [clash] = l.sync.conflicts().recordNumbers
      expect(clash!.recordNumber).toBe('RH-0042')
      expect(clash!.patients.map((p) => p.name).sort()).toEqual(['Claire Dupont', 'Tom Hughes'])
    }
    expectConverged(a, b)
  })

  it('a laptop removed from the clinic is refused with a clear message; the others go on', async () => {
    const { a, b, patient } = await twoLaptopsWithADraft()
    hub.running!.revoke('Room 2')
    a.patients.update(patient.id, { ...aPatient(), phone: '01225 000111' })
    b.patients.update(patient.id, { ...aPatient(), address: '1 High Street, Bath' })
    const status = await b.sync.syncNow()
    expect(status.state).toBe('refused')
    expect(status.problem).toMatch(/removed/i)
    await syncAll(a)
    expect(a.patients.get(patient.id).phone).toBe('01225 000111')
    // What Room 2 typed stays on Room 2; it is not lost, only not shared.
    expect(b.patients.get(patient.id).address).toBe('1 High Street, Bath')
  })

  it('a wrong join code is refused on its field; a machine with another certificate at the hub’s address gets nothing', async () => {
    const a = laptop('Room 1')
    await expect(
      a.sync.join({ address: hub.address, code: 'AAAABBBBCCCC', laptopName: 'Room 1' }),
    ).rejects.toMatchObject({ code: 'invalid-input', issues: [{ path: ['code'] }] })
    expect(a.sync.status().state).toBe('not-joined')
    await joinLaptop(a, hub)
    const claire = a.patients.create(aPatient())
    await syncAll(a)

    // Another hub (its own certificate) answers at the same address: the laptop sends nothing.
    await hub.stop()
    const impostor = new TestHub()
    impostor.port = hub.port
    await impostor.start()
    try {
      a.patients.update(claire.id, aPatient({ phone: '01225 999999' }))
      const status = await a.sync.syncNow()
      expect(status.state).toBe('offline')
      expect(status.problem).toMatch(/not the clinic’s hub/)
      expect(status.waiting).toBe(1)
    } finally {
      await impostor.cleanup()
    }
  })

  it('clinic details typed on two laptops before they joined merge field by field; the field they differ on is listed', async () => {
    const a = laptop('Room 1')
    const b = laptop('Room 2')
    new SettingsRepository(a.db).saveClinic({ name: 'Riverside Physio', phone: '01225 111111' })
    new SettingsRepository(b.db).saveClinic({
      name: 'Riverside Physio',
      phone: '01225 222222',
      address: '1 High Street, Bath',
    })
    await joinLaptop(a, hub)
    await joinLaptop(b, hub)
    await syncAll(a, b)
    for (const l of [a, b]) {
      const details = new SettingsRepository(l.db).clinic()!
      // Each laptop's own documents began from the same first change: no side is lost whole.
      expect(details.address).toBe('1 High Street, Bath')
      expect(details.name).toBe('Riverside Physio')
      const conflicts = l.sync.conflicts().conflicts
      expect(conflicts.map((c) => [c.recordType, c.path])).toEqual([['clinic', 'phone']])
      expect(conflicts[0]!.options.map((o) => o.value).sort()).toEqual([
        '01225 111111',
        '01225 222222',
      ])
    }
    expectConverged(a, b)
  })
})
