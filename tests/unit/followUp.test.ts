import { redFlagQuestions } from '../../src/shared/model/assessment/history'
import { describe, expect, it } from 'vitest'
import { assessmentSchema, type Assessment } from '../../src/shared/model/assessment/assessment'
import {
  missingItemsFor,
  missingProgression,
  requiredItemsFor,
  rulesContextOf,
} from '../../src/shared/model/assessment/followUpRequiredItems'
import { requiredItems } from '../../src/shared/model/assessment/requiredItems'
import { confirmWorkingDiagnosis } from '../../src/shared/workflow/decisions'
import { finaliseAssessment } from '../../src/shared/workflow/finalise'
import { followUpDueFrom, keySignValueText } from '../../src/shared/workflow/keySigns'
import { progressedPlan } from '../../src/shared/workflow/planProgression'
import { startAssessment } from '../../src/shared/workflow/startAssessment'
import { sha256 } from '../../src/main/audit/sha256'
import { clinicianReportHtml } from '../../src/main/reports/clinicianReport'
import { reportDataFor } from '../../src/main/reports/reportData'
import { completeSections, setAtPath } from '../support/assessments'
import { loadVignette, sectionsOf } from '../support/vignettes'

/**
 * A follow-up is a short re-assessment note: what it must record (followUpRequiredItems.ts),
 * the signs it retests (keySigns.ts), and what its plan does (planProgression.ts).
 */

const now = new Date('2026-11-02T10:00:00Z')
const later = new Date('2026-11-30T10:00:00Z')
const signing = {
  signer: { id: '7d1f0a52-3c1e-4f5e-9a51-4c2b8e0d6a11', name: 'Alex Morgan' },
  sha256,
}

/** V01 (right gluteal tendinopathy) finalised as an initial visit, with a VISA-G recorded. */
function finalisedV01(): {
  previous: Assessment
  patient: ReturnType<typeof loadVignette>['patient']
} {
  const v = loadVignette('V01')
  const started = startAssessment(
    { id: v.assessment.id, patientId: v.patient.id, type: 'initial', date: '2026-11-02' },
    undefined,
    now,
  )
  const sections = completeSections(sectionsOf(v.assessment))
  // completeSections marks running not assessed; V01's runner did run, with faults seen.
  sections.running = structuredClone(v.assessment.running)
  sections.outcomes.visaG = { status: 'recorded', total: 52 }
  const draft = assessmentSchema.parse({ ...started, ...sections, revision: 1 })
  const decided = confirmWorkingDiagnosis(
    draft,
    { confirmed: [{ conditionId: 'gluteal-tendinopathy' }] },
    { patient: v.patient, now },
  )
  return { previous: finaliseAssessment(decided, v.patient, now, signing), patient: v.patient }
}

function followUpOf(previous: Assessment) {
  return startAssessment(
    {
      id: crypto.randomUUID(),
      patientId: previous.patientId,
      type: 'follow-up',
      date: '2026-11-30',
    },
    previous,
    later,
  )
}

describe('the signs a follow-up retests', () => {
  it('are those abnormal last visit: weak or asymmetric strength, positive tests, running faults', () => {
    const { previous } = finalisedV01()
    const due = followUpDueFrom(previous)
    expect(due.signs.map((s) => s.path)).toEqual([
      // Right abductors Oxford 4 and 156 / 200 N = 78% LSI: both sides, since the index needs both.
      'exam.strength.hipAbductors.left',
      'exam.strength.hipAbductors.right',
      'exam.specialTests.singleLegStance30s',
      'exam.specialTests.faderR',
      'exam.specialTests.resistedExternalDerotation',
      'running.pelvicDrop',
      'running.crossover',
    ])
    expect(due.measures).toEqual([{ path: 'outcomes.visaG', label: 'VISA-G' }])
  })

  it('include range of motion that was painful or below the typical range, on that side', () => {
    const { previous } = finalisedV01()
    const exam = structuredClone(previous.exam)
    exam.rom!.motions!.internalRotation = { left: 35, right: 12, painRight: true }
    exam.rom!.motions!.flexion = { left: 120, right: 120, painLeft: true }
    const signs = followUpDueFrom({ ...previous, exam }).signs.map((s) => s.path)
    expect(signs).toContain('exam.rom.motions.internalRotation.right')
    expect(signs).toContain('exam.rom.motions.flexion.left')
    expect(signs).not.toContain('exam.rom.motions.internalRotation.left')
    expect(signs).not.toContain('exam.rom.motions.flexion.right')
  })

  it('include a cadence below the typical range but not a normal one', () => {
    const { previous } = finalisedV01()
    const slow = { ...previous, running: { ...previous.running, cadenceSpm: 146 } }
    expect(followUpDueFrom(slow).signs.map((s) => s.path)).toContain('running.cadenceSpm')
    expect(followUpDueFrom(previous).signs.map((s) => s.path)).not.toContain('running.cadenceSpm')
  })

  it('read in a few words, last visit beside today', () => {
    const { previous } = finalisedV01()
    expect(keySignValueText(previous, 'exam.strength.hipAbductors.right')).toBe('Oxford 4, 156 N')
    expect(keySignValueText(previous, 'exam.specialTests.faderR')).toBe('positive (right)')
    expect(keySignValueText(previous, 'running.pelvicDrop')).toBe('in right stance')
    const painful = structuredClone(previous)
    painful.exam.rom!.motions!.internalRotation = { right: 12, painRight: true }
    expect(keySignValueText(painful, 'exam.rom.motions.internalRotation.right')).toBe(
      '12°, painful',
    )
    expect(keySignValueText(followUpOf(previous), 'running.pelvicDrop')).toBeUndefined()
  })
})

describe('a follow-up starts', () => {
  it('with the running status carried over, so the checklist is there to retest', () => {
    const { previous } = finalisedV01()
    const followUp = followUpOf(previous)
    expect(followUp.running.status).toBe('recorded')
    expect(followUp.running.conditions).toEqual({ mode: 'treadmill', speedKmh: 11 })
    expect(followUp.running.pelvicDrop).toBeUndefined()
  })

  it('asking again whether a runner who could not run last time runs now', () => {
    const { previous } = finalisedV01()
    const notRun = {
      ...previous,
      running: { status: 'not-assessed' as const, notAssessedReason: 'Too painful' },
    }
    expect(followUpOf(notRun).running.status).toBeUndefined()
  })

  it('with what is due fixed in the record, which parses with the schema', () => {
    const { previous } = finalisedV01()
    const followUp = assessmentSchema.parse(followUpOf(previous))
    expect(followUp.followUpDue?.signs).toHaveLength(7)
  })
})

describe('what a follow-up must record', () => {
  it('is the short note: what changed, pain, the red-flag screen again, the signs due; not the initial history', () => {
    const { previous, patient } = finalisedV01()
    const followUp = followUpOf(previous)
    const context = rulesContextOf(followUp, { sex: patient.sex })
    const required = requiredItemsFor(followUp, context).map((i) => i.path)
    expect(required).toEqual([
      'history.sinceLastVisit.subjectiveChange',
      'history.pain.now',
      'history.sinceLastVisit.adherence',
      ...redFlagQuestions.map((q) => `history.redFlags.${q.key}`),
      'outcomes.groc',
      'outcomes.visaG',
      'exam.strength.hipAbductors.left',
      'exam.strength.hipAbductors.right',
      'exam.specialTests.singleLegStance30s',
      'exam.specialTests.faderR',
      'exam.specialTests.resistedExternalDerotation',
      'running.status',
      'running.pelvicDrop',
      'running.crossover',
    ])
    // Not the initial history: where it hurts and how it began were recorded at the first visit.
    const initialOnly = requiredItems(followUp, { sex: patient.sex })
      .map((i) => i.path)
      .filter((p) => p.startsWith('history.') && !p.startsWith('history.redFlags.'))
      .filter((p) => p !== 'history.pain.now')
    expect(initialOnly.length).toBeGreaterThan(5)
    expect(required.filter((p) => initialOnly.includes(p))).toEqual([])
  })

  it('counts a special test as retested only once it is positive or negative', () => {
    const { previous, patient } = finalisedV01()
    const followUp = followUpOf(previous)
    const context = rulesContextOf(followUp, { sex: patient.sex })
    const missing = () => missingItemsFor(followUp, context).map((i) => i.path)
    expect(missing()).toContain('exam.specialTests.faderR') // not recorded when it starts
    followUp.exam.specialTests = { ...followUp.exam.specialTests, faderR: { result: 'negative' } }
    expect(missing()).not.toContain('exam.specialTests.faderR')
  })

  it('drops the running faults, asking why, when the runner does not run today', () => {
    const { previous, patient } = finalisedV01()
    const followUp = followUpOf(previous)
    followUp.running = { status: 'not-assessed' }
    const missing = missingItemsFor(followUp, rulesContextOf(followUp, { sex: patient.sex }))
    expect(missing.filter((m) => m.step === 'running').map((m) => m.path)).toEqual([
      'running.notAssessedReason',
    ])
  })

  it('holds a follow-up started before short follow-ups to the rules it was started under', () => {
    const { previous, patient } = finalisedV01()
    const { followUpDue: _none, ...older } = followUpOf(previous)
    const context = rulesContextOf(older, { sex: patient.sex })
    const paths = (items: { path: string }[]) => items.map((i) => i.path)
    expect(paths(requiredItemsFor(older, context))).toEqual(
      paths(requiredItems(older, { sex: patient.sex })),
    )
  })

  it('finalises once the note, the retested signs and the plan’s progression are recorded', () => {
    const { previous, patient } = finalisedV01()
    const followUp = followUpOf(previous) as unknown as Record<string, unknown>
    for (const [path, value] of [
      ['history.sinceLastVisit.subjectiveChange', 'Much better; ran 5 km without pain'],
      ['history.pain.now', 1],
      ['history.sinceLastVisit.adherence', 'most'],
      ['history.redFlags', Object.fromEntries(redFlagQuestions.map((q) => [q.key, 'no']))],
      ['outcomes.groc', { status: 'recorded', score: 5 }],
      ['outcomes.visaG', { status: 'recorded', total: 70 }],
      ['exam.strength.hipAbductors.left', { oxford: '5', forceN: 205 }],
      ['exam.strength.hipAbductors.right', { oxford: '5', forceN: 190 }],
      ['exam.specialTests.singleLegStance30s', { result: 'negative' }],
      ['exam.specialTests.faderR', { result: 'negative' }],
      ['exam.specialTests.resistedExternalDerotation', { result: 'positive', side: 'right' }],
      ['running.pelvicDrop', 'none'],
      ['running.crossover', 'no'],
    ] as const)
      setAtPath(followUp, path, value)
    const draft = assessmentSchema.parse({ ...followUp, revision: 1 })
    const carried = confirmWorkingDiagnosis(
      draft,
      { confirmed: [{ conditionId: 'gluteal-tendinopathy' }], plan: 'previous-visit' },
      { patient, previous, now: later },
    )
    expect(missingProgression(carried)).toMatch(/progress, continue, regress/)
    expect(() => finaliseAssessment(carried, patient, later, signing)).toThrow(/1 required item/)
    const progressed = confirmWorkingDiagnosis(
      draft,
      {
        confirmed: [{ conditionId: 'gluteal-tendinopathy' }],
        plan: 'previous-visit',
        progression: 'progress',
      },
      { patient, previous, now: later },
    )
    expect(progressed.plan?.progression).toBe('progress')
    expect(progressed.plan?.currentPhase).toBe(2)
    expect(finaliseAssessment(progressed, patient, later, signing).status).toBe('finalised')
  })
})

describe('the plan at a follow-up', () => {
  const plan = () => finalisedV01().previous.plan!

  it('progresses to the next phase, regresses to the one before, and stays within the plan', () => {
    const p = plan()
    expect(p.phases.length).toBeGreaterThan(2)
    expect(progressedPlan(p, 'progress').currentPhase).toBe(2)
    expect(progressedPlan({ ...p, currentPhase: 2 }, 'regress').currentPhase).toBe(1)
    expect(progressedPlan(p, 'regress').currentPhase).toBe(1)
    const last = p.phases.length
    expect(progressedPlan({ ...p, currentPhase: last }, 'progress').currentPhase).toBe(last)
  })

  it('keeps the phase to continue, discharge or refer, and asks for the referral to refer', () => {
    const p = { ...plan(), currentPhase: 2 }
    for (const kind of ['continue', 'discharge', 'refer'] as const)
      expect(progressedPlan(p, kind)).toMatchObject({ currentPhase: 2, progression: kind })
    const refer = {
      type: 'follow-up' as const,
      followUpDue: { measures: [], signs: [] },
      plan: { ...progressedPlan(p, 'refer'), referrals: [] },
    }
    expect(missingProgression(refer)).toMatch(/add the referral/)
  })
})

describe('the clinician report of a short follow-up', () => {
  it('opens with the note: the patient’s words, GROC, pain, adherence, signs retested, plan', () => {
    const { previous, patient } = finalisedV01()
    const followUp = followUpOf(previous) as unknown as Record<string, unknown>
    setAtPath(followUp, 'history.sinceLastVisit.subjectiveChange', 'Ran 5 km twice without pain')
    setAtPath(followUp, 'history.sinceLastVisit.adherence', 'most')
    setAtPath(followUp, 'history.pain.now', 1)
    setAtPath(followUp, 'outcomes.groc', { status: 'recorded', score: 5 })
    setAtPath(followUp, 'exam.specialTests.faderR', { result: 'negative' })
    const draft = assessmentSchema.parse({ ...followUp, revision: 1 })
    const carried = confirmWorkingDiagnosis(
      draft,
      {
        confirmed: [{ conditionId: 'gluteal-tendinopathy' }],
        plan: 'previous-visit',
        progression: 'progress',
      },
      { patient, previous, now: later },
    )
    const text = clinicianReportHtml(reportDataFor(patient, carried, later.toISOString()))
      .replace(/<style[\s\S]*?<\/style>/g, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
    const note = text.slice(text.indexOf('Since last visit'))
    expect(note).toMatch(/In the patient’s words Ran 5 km twice without pain/)
    expect(note).toMatch(/Global rating of change \+5 \(a good deal better\) on −7 to \+7/)
    expect(note).toMatch(/Pain now 1\/10/)
    expect(note).toMatch(/Home programme done Most/)
    expect(note).toMatch(/Plan at this visit Progress : move on to the next phase/)
    expect(note).toMatch(/FADER-R[^|]*? negative/)
    expect(note).toMatch(/Contralateral pelvic drop not recorded/)
    // And among the outcome measures, as a signed rating rather than a score out of 7.
    expect(text).toMatch(/Global rating of change \+5 \(a good deal better\) -7–7/)
  })
})
