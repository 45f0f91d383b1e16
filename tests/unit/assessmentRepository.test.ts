import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  ASSESSMENT_SCHEMA_VERSION,
  type Assessment,
} from '../../src/shared/model/assessment/assessment'
import { missingItems } from '../../src/shared/model/assessment/requiredItems'
import type { AppError } from '../../src/main/errors'
import {
  aPatientWithRepos,
  completeSections,
  decide,
  storeVignetteDraft,
} from '../support/assessments'
import { differentialEntries } from '../../src/shared/clinical/reasoning/differentialEntries'
import { ENGINE_VERSION, reason } from '../../src/shared/clinical/reasoning/engine'
import { vignetteInput } from '../support/reasoning'
import { tempDatabase } from '../support/tempDatabase'
import { loadVignette, vignettePatientFields } from '../support/vignettes'

let store: ReturnType<typeof tempDatabase>
let ctx: ReturnType<typeof aPatientWithRepos>
beforeEach(() => {
  store = tempDatabase()
  ctx = aPatientWithRepos(store.db)
})
afterEach(() => store.cleanup())

const draftOf = (a: Assessment, revision: number, changes: Partial<Assessment> = {}) => {
  const { history, outcomes, exam, running, date, clinicianName } = { ...a, ...changes }
  return { id: a.id, revision, history, outcomes, exam, running, date, clinicianName }
}

const errorOf = (action: () => unknown): AppError => {
  try {
    action()
  } catch (error) {
    return error as AppError
  }
  throw new Error('expected an error')
}

describe('assessment repository', () => {
  it('starts an initial assessment as an empty draft in which every special test says "not tested"', () => {
    const a = ctx.assessments.create({
      patientId: ctx.patient.id,
      type: 'initial',
      date: '2026-11-02',
    })
    expect(a).toMatchObject({
      status: 'draft',
      type: 'initial',
      revision: 0,
      schemaVersion: ASSESSMENT_SCHEMA_VERSION,
      addenda: [],
    })
    expect(Object.values(a.exam.specialTests ?? {}).every((t) => t?.result === 'not-tested')).toBe(
      true,
    )
    expect(ctx.assessments.get(a.id)).toEqual(a)
    expect(ctx.assessments.listForPatient(ctx.patient.id)).toEqual([
      {
        id: a.id,
        date: '2026-11-02',
        type: 'initial',
        status: 'draft',
        updatedAt: a.updatedAt,
        keyNumbers: [],
        redFlagCount: 0,
      },
    ])
  })

  it('autosaves drafts in revision order and ignores a late, older save', () => {
    const a = ctx.assessments.create({
      patientId: ctx.patient.id,
      type: 'initial',
      date: '2026-11-02',
    })
    const second = ctx.assessments.saveDraft(
      draftOf(a, 2, { history: { painSide: 'right', nightPain: 'positional' } }),
    )
    expect(second).toMatchObject({ revision: 2, stale: false })
    const late = ctx.assessments.saveDraft(draftOf(a, 1, { history: { painSide: 'left' } }))
    expect(late).toMatchObject({ revision: 2, stale: true })
    expect(ctx.assessments.get(a.id).history).toEqual({
      painSide: 'right',
      nightPain: 'positional',
    })
  })

  it('refuses to finalise with missing items and names each one with its path', () => {
    const a = ctx.assessments.create({
      patientId: ctx.patient.id,
      type: 'initial',
      date: '2026-11-02',
    })
    ctx.assessments.saveDraft(draftOf(a, 1, { history: { painSide: 'right' } }))
    const error = errorOf(() => ctx.assessments.finalise(a.id))
    expect(error.code).toBe('invalid-input')
    expect(error.issues).toContainEqual({
      path: ['history', 'redFlags', 'feverOrUnwell'],
      message: 'Fever, chills or feeling generally unwell',
    })
    expect(error.issues).toContainEqual({
      path: ['history', 'energyAvailability', 'menstrualStatus'],
      message: 'Menstrual history',
    })
    expect(error.issues?.map((i) => i.path.join('.'))).not.toContain('history.painSide')
    expect(ctx.assessments.get(a.id).status).toBe('draft')
  })

  it('finalises a complete assessment, then locks it: no more draft saves, addenda only', () => {
    const a = ctx.assessments.create({
      patientId: ctx.patient.id,
      type: 'initial',
      date: '2026-11-02',
    })
    const complete = completeSections(a)
    expect(missingItems(complete, { sex: 'female' })).toEqual([])
    ctx.assessments.saveDraft(draftOf(a, 1, complete))
    // Every finding recorded is not enough: finalising needs the clinician's decision too.
    expect(
      errorOf(() => ctx.assessments.finalise(a.id)).issues?.map((i) => i.path.join('.')),
    ).toEqual(['workingDiagnosis', 'plan'])
    decide(ctx.assessments, a.id)
    const finalised = ctx.assessments.finalise(a.id)
    expect(finalised.status).toBe('finalised')
    expect(finalised.finalisedAt).toBeDefined()

    expect(errorOf(() => ctx.assessments.saveDraft(draftOf(a, 5))).code).toBe('conflict')
    expect(errorOf(() => ctx.assessments.deleteDraft(a.id, 'Wrong patient')).code).toBe('conflict')
    const withNote = ctx.assessments.addAddendum(
      a.id,
      'Patient phoned: pain eased with isometrics.',
    )
    expect(withNote.addenda).toEqual([
      {
        id: expect.any(String),
        at: expect.any(String),
        author: { id: ctx.clinicianId, name: 'Sam Seeder', registrationNumber: 'PH000001' },
        text: 'Patient phoned: pain eased with isometrics.',
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
        // Chained to the signature (the first addendum).
        follows: finalised.signature?.sha256,
      },
    ])
    expect(withNote.signature).toEqual(finalised.signature)
    expect(withNote.history).toEqual(finalised.history)
  })

  it("starts a follow-up from the latest finalised assessment: the story carries over, today's measures do not", () => {
    const a = ctx.assessments.create({
      patientId: ctx.patient.id,
      type: 'initial',
      date: '2026-10-01',
    })
    const complete = completeSections({
      ...a,
      history: {
        training: { weeklyDistanceKm: 30, recentChange: 'no-change' },
        pain: { now: 5, worst24h: 7, duringRunning: 6 },
        previousCancer: { type: 'Melanoma', yearDiagnosed: 2015 },
        temperatureC: 36.8,
        legAtRest: { position: 'normal' },
        psychosocial: { fearOfMovement: 'yes' },
      },
      exam: {
        ...a.exam,
        bodyMassKg: 62,
        rom: {
          rotationPosition: 'hip-flexed-90',
          motions: { internalRotation: { left: 35, right: 30 } },
        },
      },
    })
    ctx.assessments.saveDraft(draftOf(a, 1, complete))
    decide(ctx.assessments, a.id)
    ctx.assessments.finalise(a.id)

    const followUp = ctx.assessments.create({
      patientId: ctx.patient.id,
      type: 'follow-up',
      date: '2026-11-01',
    })
    expect(followUp.previousAssessmentId).toBe(a.id)
    expect(followUp.history.training).toEqual({ weeklyDistanceKm: 30, recentChange: 'no-change' })
    expect(followUp.history.painAreas).toEqual([{ region: 'lateral-hip', side: 'right' }])
    expect(followUp.history.pain).toBeUndefined()
    expect(followUp.history.redFlags).toBeUndefined()
    // A previous cancer is part of the story; today's temperature, leg and worries are asked again.
    expect(followUp.history.previousCancer).toEqual({ type: 'Melanoma', yearDiagnosed: 2015 })
    for (const today of ['temperatureC', 'legAtRest', 'psychosocial'] as const)
      expect(followUp.history[today], today).toBeUndefined()
    expect(followUp.exam.bodyMassKg).toBe(62)
    expect(followUp.exam.rom).toEqual({ rotationPosition: 'hip-flexed-90' })
    expect(followUp.outcomes).toEqual({})
    expect(ctx.assessments.listForPatient(ctx.patient.id).map((s) => s.date)).toEqual([
      '2026-11-01',
      '2026-10-01',
    ])
  })

  it('refuses a follow-up for a patient never assessed, on the type field', () => {
    const error = errorOf(() =>
      ctx.assessments.create({ patientId: ctx.patient.id, type: 'follow-up', date: '2026-11-02' }),
    )
    expect(error.issues).toEqual([
      { path: ['type'], message: 'No earlier assessment to follow up' },
    ])
  })

  it('deletes a draft started by mistake softly: gone from the lists, kept in the file with its reason', () => {
    const a = ctx.assessments.create({
      patientId: ctx.patient.id,
      type: 'initial',
      date: '2026-11-02',
    })
    ctx.assessments.deleteDraft(a.id, 'Started for the wrong patient')
    expect(ctx.assessments.listForPatient(ctx.patient.id)).toEqual([])
    expect(ctx.assessments.historyOf(ctx.patient.id)).toEqual([])
    expect(errorOf(() => ctx.assessments.get(a.id)).message).toBe(
      'This draft assessment was deleted.',
    )
    expect(
      store.db
        .prepare(
          'SELECT deleted_by, delete_reason, deleted_at IS NOT NULL AS deleted FROM assessments WHERE id = ?',
        )
        .get(a.id),
    ).toEqual({
      deleted_by: ctx.clinicianId,
      delete_reason: 'Started for the wrong patient',
      deleted: 1,
    })
    // Deleted stays deleted: not edited, finalised or brought back, even with SQL.
    expect(() =>
      store.db.prepare('UPDATE assessments SET deleted_at = NULL WHERE id = ?').run(a.id),
    ).toThrow(/deleted draft cannot be changed/)
    expect(() => store.db.prepare('DELETE FROM assessments WHERE id = ?').run(a.id)).toThrow(
      /marking it deleted/,
    )
  })

  it('keeps patients from being deleted with SQL: a patient is deleted softly, or erased on request', () => {
    ctx.assessments.create({ patientId: ctx.patient.id, type: 'initial', date: '2026-11-02' })
    expect(() => store.db.prepare('DELETE FROM patients WHERE id = ?').run(ctx.patient.id)).toThrow(
      /marking them deleted/,
    )
  })
})

describe('stored drafts', () => {
  it('keep only what was recorded: no empty groups left behind by the form', () => {
    const store = tempDatabase()
    const { assessments, patient } = aPatientWithRepos(store.db)
    const a = assessments.create({ patientId: patient.id, type: 'initial', date: '2026-11-02' })
    assessments.saveDraft({
      id: a.id,
      revision: 1,
      date: a.date,
      history: { painSide: 'right', pain: {}, aggravating: { status: 'recorded', present: [] } },
      outcomes: {},
      exam: { ...a.exam, rom: { motions: { flexion: { left: 120 }, extension: {} } } },
      running: {},
    })
    const stored = assessments.get(a.id)
    expect(stored.history).toEqual({
      painSide: 'right',
      aggravating: { status: 'recorded', present: [] },
    })
    expect(stored.exam.rom).toEqual({ motions: { flexion: { left: 120 } } })
    store.cleanup()
  })
})

describe('working diagnosis and plan', () => {
  function v01Draft() {
    const store = tempDatabase()
    const repos = aPatientWithRepos(store.db)
    const v = loadVignette('V01')
    const patient = repos.patients.create(vignettePatientFields(v))
    const id = storeVignetteDraft(repos, patient.id, v)
    return { store, repos, id, patientId: patient.id }
  }

  it('confirming the top suggestion stores the choice, the engine proposal and a generated plan', () => {
    const { store, repos, id } = v01Draft()
    const confirmed = repos.assessments.confirmDiagnosis(id, {
      confirmed: [{ conditionId: 'gluteal-tendinopathy' }],
    })
    expect(confirmed.workingDiagnosis).toMatchObject({
      confirmed: [{ conditionId: 'gluteal-tendinopathy' }],
      proposal: {
        engineVersion: expect.any(String),
        redFlags: [],
        ranked: expect.arrayContaining([
          expect.objectContaining({ conditionId: 'gluteal-tendinopathy' }),
        ]),
      },
    })
    expect(confirmed.plan?.basedOn).toEqual(['gluteal-tendinopathy'])
    expect(confirmed.revision).toBe(2)
    expect(repos.assessments.get(id)).toEqual(confirmed)
    store.cleanup()
  })

  it('counts greater trochanteric pain syndrome once among the top three: its nested bursitis and the third entry need no reason', () => {
    const { store, repos, id } = v01Draft()
    const entries = differentialEntries(reason(vignetteInput('V01')).differential)
    expect(entries[0]!.nested.map((c) => c.id)).toEqual(['trochanteric-bursitis'])
    const third = entries[2]!.lead.id
    const fourth = entries[3]!.lead.id
    for (const conditionId of ['trochanteric-bursitis', third] as const) {
      const ok = repos.assessments.confirmDiagnosis(id, { confirmed: [{ conditionId }] })
      expect(ok.workingDiagnosis?.confirmed).toEqual([{ conditionId }])
    }
    expect(() =>
      repos.assessments.confirmDiagnosis(id, { confirmed: [{ conditionId: fourth }] }),
    ).toThrow(/other than the suggestions/)
    store.cleanup()
  })

  it('an override outside the top three, or free text, needs a reason on the reason field', () => {
    const { store, repos, id } = v01Draft()
    const error = errorOf(() =>
      repos.assessments.confirmDiagnosis(id, {
        confirmed: [{ freeText: 'Sacroiliac joint pain' }],
      }),
    )
    expect(error.issues).toEqual([
      { path: ['reason'], message: 'Say why you chose differently from the top suggestions' },
    ])
    expect(repos.assessments.get(id).workingDiagnosis).toBeUndefined()
    const ok = repos.assessments.confirmDiagnosis(id, {
      confirmed: [{ freeText: 'Sacroiliac joint pain' }],
      reason: 'Positive SIJ provocation cluster.',
    })
    expect(ok.workingDiagnosis?.reason).toBe('Positive SIJ provocation cluster.')
    store.cleanup()
  })

  it('keeps an edited plan when the diagnosis is confirmed again, unless asked to replace it', () => {
    const { store, repos, id } = v01Draft()
    const first = repos.assessments.confirmDiagnosis(id, {
      confirmed: [{ conditionId: 'gluteal-tendinopathy' }],
    })
    const edited = { ...first.plan!, education: ['Sleep with a pillow between the knees.'] }
    repos.assessments.saveDraft({ ...draftOf(first, 3), plan: edited })
    const again = repos.assessments.confirmDiagnosis(id, {
      confirmed: [{ conditionId: 'trochanteric-bursitis' }],
    })
    expect(again.plan?.education).toEqual(['Sleep with a pillow between the knees.'])
    const replaced = repos.assessments.confirmDiagnosis(id, {
      confirmed: [{ conditionId: 'trochanteric-bursitis' }],
      plan: 'proposal',
    })
    expect(replaced.plan?.basedOn).toEqual(['trochanteric-bursitis'])
    store.cleanup()
  })

  it("a follow-up carries on last visit's plan, edits and current phase kept, review date dropped", () => {
    const { store, repos, id, patientId } = v01Draft()
    const first = repos.assessments.confirmDiagnosis(id, {
      confirmed: [{ conditionId: 'gluteal-tendinopathy' }],
    })
    const edited = {
      ...first.plan!,
      currentPhase: 2,
      reviewDate: '2026-03-20',
      education: ['Sleep with a pillow between the knees.'],
    }
    repos.assessments.saveDraft({ ...draftOf(first, 3), plan: edited })
    repos.assessments.finalise(id)
    const followUp = repos.assessments.create({ patientId, type: 'follow-up', date: '2026-04-01' })
    const carried = repos.assessments.confirmDiagnosis(followUp.id, {
      confirmed: [{ conditionId: 'gluteal-tendinopathy' }],
      plan: 'previous-visit',
    })
    expect(carried.plan).toMatchObject({
      currentPhase: 2,
      education: ['Sleep with a pillow between the knees.'],
      phases: edited.phases,
    })
    expect(carried.plan?.reviewDate).toBeUndefined()
    expect(carried.plan?.carriedOnFrom).toBe(first.date)
    expect(carried.plan?.generatedAt).not.toBe(first.plan?.generatedAt)
    store.cleanup()
  })

  it('will not carry on a plan when there is none, or when a red flag is raised today', () => {
    const { store, repos, id, patientId } = v01Draft()
    expect(
      errorOf(() =>
        repos.assessments.confirmDiagnosis(id, {
          confirmed: [{ conditionId: 'gluteal-tendinopathy' }],
          plan: 'previous-visit',
        }),
      ).message,
    ).toBe('There is no plan from a previous visit to carry on.')
    repos.assessments.confirmDiagnosis(id, { confirmed: [{ conditionId: 'gluteal-tendinopathy' }] })
    repos.assessments.finalise(id)
    const followUp = repos.assessments.create({ patientId, type: 'follow-up', date: '2026-04-01' })
    const withFever = repos.assessments.saveDraft({
      ...draftOf(followUp, 2),
      history: { ...followUp.history, redFlags: { feverOrUnwell: 'yes' } },
    })
    expect(withFever.stale).toBe(false)
    expect(
      errorOf(() =>
        repos.assessments.confirmDiagnosis(followUp.id, {
          confirmed: [{ conditionId: 'gluteal-tendinopathy' }],
          plan: 'previous-visit',
        }),
      ).message,
    ).toMatch(/red flag: propose a new plan/)
    expect(repos.assessments.get(followUp.id).plan).toBeUndefined()
    store.cleanup()
  })

  it('keeps the engine result, and the engine version, with a finalised assessment', () => {
    const { store, repos, id } = v01Draft()
    decide(repos.assessments, id)
    const finalised = repos.assessments.finalise(id)
    expect(finalised.reasoningAtFinalise?.ranked[0]?.conditionId).toBe('gluteal-tendinopathy')
    expect(finalised.reasoningAtFinalise?.engineVersion).toBe(ENGINE_VERSION)
    store.cleanup()
  })
})
