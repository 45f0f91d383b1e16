import { describe, expect, it } from 'vitest'
import type { AppError } from '../../src/shared/api/appError'
import type { Assessment } from '../../src/shared/model/assessment/assessment'
import { assessmentSchema } from '../../src/shared/model/assessment/assessment'
import { addAddendum } from '../../src/shared/workflow/addenda'
import { decisionOf } from '../../src/shared/model/assessment/currentDecision'
import {
  confirmWorkingDiagnosis,
  recordClearance,
  referWithoutPlan,
  removeClearance,
} from '../../src/shared/workflow/decisions'
import { finaliseAssessment } from '../../src/shared/workflow/finalise'
import { startAssessment } from '../../src/shared/workflow/startAssessment'
import { sha256 } from '../../src/main/audit/sha256'
import { completeSections } from '../support/assessments'
import { loadVignette, sectionsOf } from '../support/vignettes'

/**
 * The clinician's decisions as pure rules (src/shared/workflow): what finalising needs, what a
 * doctor's clearance changes, what an addendum may revise. Each rule takes `now`.
 */

const now = new Date('2026-11-02T10:00:00Z')
const later = new Date('2026-11-20T09:00:00Z')

const signer = {
  id: '7d1f0a52-3c1e-4f5e-9a51-4c2b8e0d6a11',
  name: 'Alex Morgan',
  registrationNumber: 'PH123456',
}
const signing = { signer, sha256 }
/** What an addendum needs besides its note: the patient, the time, its author, id and hash. */
const addendumContext = (
  patient: { dateOfBirth: string; sex: 'female' | 'male' | 'intersex' | 'not-stated' },
  at: Date,
) => ({
  patient,
  now: at,
  author: signer,
  id: crypto.randomUUID(),
  sha256,
})

/** A vignette's draft, with every required item recorded (as its findings or "not assessed"). */
function draftOf(id: string) {
  const v = loadVignette(id)
  const started = startAssessment(
    { id: v.assessment.id, patientId: v.patient.id, type: 'initial', date: v.assessment.date },
    undefined,
    now,
  )
  const draft = { ...started, ...completeSections(sectionsOf(v.assessment)), revision: 1 }
  return { draft: assessmentSchema.parse(draft), patient: v.patient }
}

function refusal(run: () => unknown): AppError {
  try {
    run()
  } catch (error) {
    return error as AppError
  }
  throw new Error('expected a refusal')
}

const exercisesOf = (a: Assessment) =>
  (decisionOf(a).plan?.phases ?? []).flatMap((p) => p.exercises)

describe('finalising needs the clinician’s decision', () => {
  it('refuses a complete record with neither a diagnosis nor a plan, naming both', () => {
    const { draft, patient } = draftOf('V01')
    const error = refusal(() => finaliseAssessment(draft, patient, now, signing))
    expect(error.code).toBe('invalid-input')
    expect(error.issues).toEqual([
      { path: ['workingDiagnosis'], message: expect.stringMatching(/confirm one, or defer it/) },
      { path: ['plan'], message: 'Treatment plan: propose one' },
    ])
  })

  it('finalises with a confirmed diagnosis and its plan, keeping the engine version', () => {
    const { draft, patient } = draftOf('V01')
    const decided = confirmWorkingDiagnosis(
      draft,
      { confirmed: [{ conditionId: 'gluteal-tendinopathy' }] },
      { patient, now },
    )
    const finalised = finaliseAssessment(decided, patient, later, signing)
    expect(finalised).toMatchObject({ status: 'finalised', finalisedAt: later.toISOString() })
    expect(finalised.reasoningAtFinalise?.engineVersion).toMatch(/^\d+\.\d+\.\d+$/)
    expect(assessmentSchema.safeParse(finalised).success).toBe(true)
  })

  it('accepts a deferred diagnosis with its reason, but a plan must still say something', () => {
    const { draft, patient } = draftOf('V06')
    const deferred = confirmWorkingDiagnosis(
      draft,
      { confirmed: [], deferredBecause: 'Awaiting MR arthrogram' },
      { patient, now },
    )
    expect(deferred.workingDiagnosis).toMatchObject({
      confirmed: [],
      deferredBecause: 'Awaiting MR arthrogram',
    })
    expect(refusal(() => finaliseAssessment(deferred, patient, now, signing)).issues).toEqual([
      { path: ['plan'], message: 'Treatment plan: propose one' },
    ])
    const withNote = { ...deferred, plan: { ...deferred.plan!, notes: 'Review with the scan.' } }
    expect(finaliseAssessment(withNote, patient, now, signing).status).toBe('finalised')
  })

  it('with a red flag raised, "referred, no plan" is a decision; without one it is refused', () => {
    const { draft, patient } = draftOf('V03')
    const deferred = confirmWorkingDiagnosis(
      draft,
      { confirmed: [], deferredBecause: 'Sent for same-day MRI' },
      { patient, now },
    )
    const { plan: _plan, ...noPlan } = deferred
    const referred = referWithoutPlan(noPlan, true, { patient, now })
    expect(referred.referredWithoutPlan).toEqual({ at: now.toISOString() })
    expect(finaliseAssessment(referred, patient, now, signing).status).toBe('finalised')
    expect(referWithoutPlan(referred, false, { patient, now }).referredWithoutPlan).toBeUndefined()

    const { draft: v01, patient: p01 } = draftOf('V01')
    expect(refusal(() => referWithoutPlan(v01, true, { patient: p01, now })).code).toBe('conflict')
  })

  it('an override needs a reason', () => {
    const { draft, patient } = draftOf('V01')
    const error = refusal(() =>
      confirmWorkingDiagnosis(draft, { confirmed: [{ conditionId: 'itbs' }] }, { patient, now }),
    )
    expect(error.issues).toEqual([{ path: ['reason'], message: expect.any(String) }])
  })
})

describe('a doctor’s clearance of a red flag', () => {
  it('turns the protective plan into the condition’s plan (V03 femoral neck stress fracture)', () => {
    const { draft, patient } = draftOf('V03')
    const confirm = { confirmed: [{ conditionId: 'femoral-neck-bsi' as const }] }
    const before = confirmWorkingDiagnosis(draft, confirm, { patient, now })
    expect(before.plan?.protectiveFor).toEqual(['femoral-neck-stress-fracture'])
    expect(exercisesOf(before)).toEqual([])

    // Recording the clearance lifts the protective plan: the diagnosis's plan is proposed.
    const after = recordClearance(
      before,
      {
        redFlag: 'femoral-neck-stress-fracture',
        clearedBy: 'Dr A. Shah, sports physician',
        clearedOn: '2026-11-03',
        excluded: 'MRI: compression-side stress reaction, no fracture line',
      },
      { patient, now },
    )
    expect(after.plan?.protectiveFor).toBeUndefined()
    expect(exercisesOf(after).length).toBeGreaterThan(0)
    // Low energy availability still needs its review.
    expect(after.plan?.referrals.map((r) => r.to).join(' ')).toMatch(/dietitian/)

    const withdrawn = removeClearance(after, 'femoral-neck-stress-fracture', now)
    expect(withdrawn.clearances).toBeUndefined()
  })

  it('is carried into the next follow-up, where it still holds', () => {
    const { draft, patient } = draftOf('V03')
    const cleared = recordClearance(
      draft,
      {
        redFlag: 'femoral-neck-stress-fracture',
        clearedBy: 'Dr A. Shah',
        clearedOn: '2026-11-03',
        excluded: 'MRI: no fracture',
      },
      { patient, now },
    )
    const followUp = startAssessment(
      { id: crypto.randomUUID(), patientId: patient.id, type: 'follow-up', date: '2026-11-20' },
      cleared,
      later,
    )
    expect(followUp.clearances?.map((c) => c.redFlag)).toEqual(['femoral-neck-stress-fracture'])
  })
})

describe('after finalising, a changed decision is an addendum', () => {
  function finalisedV03() {
    const { draft, patient } = draftOf('V03')
    const decided = confirmWorkingDiagnosis(
      draft,
      { confirmed: [{ conditionId: 'femoral-neck-bsi' }] },
      { patient, now },
    )
    return { finalised: finaliseAssessment(decided, patient, now, signing), patient }
  }

  it('revises the plan with a clearance, leaving the signed content as it was', () => {
    const { finalised, patient } = finalisedV03()
    const revised = addAddendum(
      finalised,
      {
        text: 'MRI reported: no fracture. Cleared for graded loading.',
        revise: {
          clearance: {
            redFlag: 'femoral-neck-stress-fracture',
            clearedBy: 'Dr A. Shah',
            clearedOn: '2026-11-10',
            excluded: 'MRI: no fracture line',
          },
          plan: 'proposal',
        },
      },
      addendumContext(patient, later),
    )
    expect(revised.plan).toEqual(finalised.plan)
    expect(revised.workingDiagnosis).toEqual(finalised.workingDiagnosis)
    const current = decisionOf(revised)
    expect(current.revisedAt).toBe(later.toISOString())
    expect(current.plan?.protectiveFor).toBeUndefined()
    expect(exercisesOf(revised).length).toBeGreaterThan(0)
    expect(current.clearances.map((c) => c.redFlag)).toEqual(['femoral-neck-stress-fracture'])
  })

  it('revises the diagnosis (an override still needs its reason); a draft takes no addendum', () => {
    const { finalised, patient } = finalisedV03()
    const override = { confirmed: [{ conditionId: 'hip-osteoarthritis' as const }] }
    expect(
      refusal(() =>
        addAddendum(
          finalised,
          { text: 'X-ray', revise: { diagnosis: override } },
          addendumContext(patient, now),
        ),
      ).issues?.[0]?.path,
    ).toEqual(['revise', 'diagnosis', 'reason'])
    const revised = addAddendum(
      finalised,
      {
        text: 'X-ray: joint space narrowing.',
        revise: { diagnosis: { ...override, reason: 'Imaging' } },
      },
      addendumContext(patient, now),
    )
    expect(decisionOf(revised).workingDiagnosis?.confirmed).toEqual(override.confirmed)

    const { draft } = draftOf('V01')
    expect(
      refusal(() => addAddendum(draft, { text: 'note' }, addendumContext(patient, now))).code,
    ).toBe('conflict')
  })
})
