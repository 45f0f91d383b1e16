import { describe, expect, it } from 'vitest'
import { summariseFindings } from '../../src/shared/clinical/findingsSummary'
import {
  acrHipOaClinical,
  hipOaCriteriaApply,
  niceOaClinical,
} from '../../src/shared/clinical/reasoning/hipOaCriteria'
import { contextOf, reason } from '../../src/shared/clinical/reasoning/engine'
import { romFlags } from '../../src/shared/clinical/romAssessment'
import { inputFor, vignetteInput } from '../support/reasoning'
import { hamstringRunnerAged41, sectionsOf } from '../support/vignettes'

interface Case {
  age: number
  ir: number
  irPain?: boolean
  flexion: number
  stiffness: number
  esr?: number
}

const acr = ({ age, ir, irPain = false, flexion, stiffness, esr }: Case) =>
  acrHipOaClinical(
    contextOf(
      inputFor(age, 'male', (s) => {
        s.history.painSide = 'right'
        s.history.painAreas = [{ region: 'groin', side: 'right' }]
        s.history.morningStiffnessMinutes = stiffness
        if (esr !== undefined) s.history.pastHistory = { esrMmPerHour: esr }
        s.exam.rom = {
          motions: {
            internalRotation: { right: ir, left: 35, ...(irPain ? { painRight: true } : {}) },
            flexion: { right: flexion, left: 120 },
          },
        }
      }),
    ),
  )

describe('ACR 1991 clinical criteria for hip OA', () => {
  describe('branch 1: IR ≥ 15°, pain on IR, stiffness ≤ 60 min, age > 50', () => {
    const base: Case = { age: 51, ir: 15, irPain: true, flexion: 120, stiffness: 60 }
    it('is met at the edge values (IR 15°, stiffness 60 min, age 51)', () => {
      expect(acr(base)).toMatchObject({ met: 'present', branch: 1 })
    })
    it('is not met at age 50 (must be over 50)', () =>
      expect(acr({ ...base, age: 50 }).met).toBe('absent'))
    it('is not met with stiffness of 61 minutes', () =>
      expect(acr({ ...base, stiffness: 61 }).met).toBe('absent'))
    it('is not met without pain on internal rotation', () =>
      expect(acr({ ...base, irPain: false }).met).toBe('absent'))
    it('counts no morning stiffness (0 min) as within 60 minutes', () =>
      expect(acr({ ...base, stiffness: 0 }).met).toBe('present'))
  })

  describe('branch 2: IR < 15° and ESR ≤ 45 mm/h, or flexion ≤ 115° when no ESR', () => {
    const base: Case = { age: 40, ir: 14, flexion: 115, stiffness: 90 }
    it('is met with IR 14° and flexion 115°, at any age and stiffness', () => {
      expect(acr(base)).toMatchObject({ met: 'present', branch: 2 })
    })
    it('is not met with flexion 116° and no ESR', () =>
      expect(acr({ ...base, flexion: 116 }).met).toBe('absent'))
    it('uses the ESR instead of flexion when there is one: 45 meets, 46 does not', () => {
      expect(acr({ ...base, flexion: 130, esr: 45 }).met).toBe('present')
      expect(acr({ ...base, flexion: 100, esr: 46 }).met).toBe('absent')
    })
    it('is not met with IR 15° (branch 1 territory)', () =>
      expect(acr({ ...base, ir: 15 }).branch).toBeUndefined())
  })

  it('needs hip pain', () => {
    const result = acrHipOaClinical(
      contextOf(
        inputFor(60, 'male', (s) => {
          s.history.painAreas = [{ region: 'lateral-thigh-knee', side: 'right' }]
          s.exam.rom = {
            motions: {
              internalRotation: { right: 5, left: 5 },
              flexion: { right: 100, left: 100 },
            },
          }
        }),
      ),
    )
    expect(result.met).toBe('absent')
  })

  it('is unknown, not negative, while rotation is unmeasured', () => {
    const result = acrHipOaClinical(
      contextOf(
        inputFor(60, 'male', (s) => {
          s.history.painAreas = [{ region: 'groin', side: 'right' }]
        }),
      ),
    )
    expect(result.met).toBeUndefined()
  })
})

describe('NICE NG226 clinical diagnosis of OA', () => {
  const nice = (age: number, stiffness: number) =>
    niceOaClinical(
      contextOf(
        inputFor(age, 'female', (s) => {
          s.history.morningStiffnessMinutes = stiffness
          s.history.runningBehaviour = { worstAfterOrNextMorning: 'yes' }
        }),
      ),
    )
  it('needs age ≥ 45, activity-related pain and stiffness ≤ 30 min', () => {
    expect(nice(45, 30)).toBe('present')
    expect(nice(44, 30)).toBe('absent')
    expect(nice(60, 31)).toBe('absent')
  })
})

describe('when the hip-OA criteria notes are shown', () => {
  const withGroinPain = (age: number) =>
    contextOf(
      inputFor(age, 'male', (s) => {
        s.history.painSide = 'right'
        s.history.painAreas = [{ region: 'groin', side: 'right' }]
      }),
    )

  it('shows them from 45 with groin or anterior thigh pain (NICE age, hip-joint pain)', () => {
    expect(hipOaCriteriaApply(withGroinPain(45), [])).toBe(true)
    expect(hipOaCriteriaApply(withGroinPain(44), [])).toBe(false)
  })

  it('does not show them at 60 for pain at the sitting bone alone', () => {
    const ctx = contextOf(
      inputFor(60, 'female', (s) => {
        s.history.painSide = 'right'
        s.history.painAreas = [{ region: 'sitting-bone', side: 'right' }]
      }),
    )
    expect(hipOaCriteriaApply(ctx, [])).toBe(false)
  })

  it('shows them at any age once hip OA is a leading condition and at least possible', () => {
    const young = withGroinPain(38)
    expect(
      hipOaCriteriaApply(young, [
        { id: 'labral-tear-fais', probability: 0.5 },
        { id: 'hip-osteoarthritis', probability: 0.2 },
      ]),
    ).toBe(true)
    expect(hipOaCriteriaApply(young, [{ id: 'hip-osteoarthritis', probability: 0.19 }])).toBe(false)
    expect(
      hipOaCriteriaApply(young, [
        { id: 'labral-tear-fais', probability: 0.6 },
        { id: 'iliopsoas-related', probability: 0.5 },
        { id: 'adductor-related', probability: 0.4 },
        { id: 'hip-osteoarthritis', probability: 0.3 },
      ]),
    ).toBe(false)
  })

  it('gives a 41-year-old with hamstring tendinopathy and hip flexion of 110° no ACR note', () => {
    const v = hamstringRunnerAged41()
    const result = reason({
      sections: sectionsOf(v.assessment),
      patient: v.patient,
      date: v.assessment.date,
    })
    expect(result.differential[0]!.id).toBe('proximal-hamstring-tendinopathy')
    expect(result.hipOaCriteria.applies).toBe(false)
    const flexion = v.assessment.exam.rom!.motions!.flexion!
    const flags = romFlags(
      'flexion',
      flexion.left,
      flexion.right,
      undefined,
      result.hipOaCriteria.applies,
    )
    expect(flags.map((f) => f.text).join(' ')).not.toMatch(/ACR|OA/)
    // The limited flexion itself is still a finding.
    expect(summariseFindings(v.assessment).exam).toContain(
      'Flexion: right 110°, painful at end of range; left 120° (10° side difference)',
    )
  })

  it('gives V05 (58, groin pain, hip OA) the ACR note', () => {
    const result = reason(vignetteInput('V05'))
    expect(result.hipOaCriteria).toMatchObject({ applies: true, met: 'present' })
    const flexion = vignetteInput('V05').sections.exam.rom!.motions!.flexion!
    expect(
      romFlags('flexion', flexion.left, flexion.right, undefined, result.hipOaCriteria.applies),
    ).toContainEqual(expect.objectContaining({ text: expect.stringMatching(/^Right ≤ 115°: ACR/) }))
  })

  it('keeps criteria notes out of the findings summary, which says what was measured', () => {
    const exam = summariseFindings(vignetteInput('V05').sections).exam
    expect(exam).toContain(
      'Internal rotation: right 10°, painful at end of range; left 30° (right below the typical 20°; 20° side difference)',
    )
    expect(exam).toContain(
      'Flexion: right 100°; left 120° (right below the typical 110°; 20° side difference)',
    )
    expect(exam.join(' ')).not.toMatch(/ACR|Sutlive|ESR|LR\+|Sn |%/)
  })
})
