import { describe, expect, it } from 'vitest'
import { acrHipOaClinical, niceOaClinical } from '../../src/shared/clinical/reasoning/hipOaCriteria'
import { contextOf } from '../../src/shared/clinical/reasoning/engine'
import { inputFor } from '../support/reasoning'

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
