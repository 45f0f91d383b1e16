import { describe, expect, it } from 'vitest'
import {
  assessmentDraftSchema,
  assessmentSectionsSchema,
} from '../../src/shared/model/assessment/assessment'
import { emptySections } from '../../src/shared/model/assessment/newAssessment'
import { missingItems, requiredItems } from '../../src/shared/model/assessment/requiredItems'
import { upgradeAssessment } from '../../src/shared/model/assessment/upgradeAssessment'
import { loadVignette } from '../support/vignettes'

describe('assessment schema', () => {
  it('accepts an empty or partial draft', () => {
    expect(assessmentSectionsSchema.safeParse(emptySections()).success).toBe(true)
    const partial = { ...emptySections(), history: { painSide: 'right', pain: { now: 4 } } }
    expect(assessmentSectionsSchema.safeParse(partial).success).toBe(true)
  })

  it('refuses values outside their range, naming the field', () => {
    const result = assessmentSectionsSchema.safeParse({
      ...emptySections(),
      history: { pain: { now: 15 } },
    })
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['history.pain.now'])
  })

  it('takes "not-assessed" wherever an item can be skipped, but not as a made-up answer', () => {
    const ok = {
      ...emptySections(),
      history: { nightPain: 'not-assessed', pain: { now: 'not-assessed' } },
    }
    expect(assessmentSectionsSchema.safeParse(ok).success).toBe(true)
    const bad = { ...emptySections(), history: { nightPain: 'sometimes' } }
    expect(assessmentSectionsSchema.safeParse(bad).success).toBe(false)
  })

  it('refuses a draft save without a revision', () => {
    const { id: _id, ...rest } = { id: 'x', ...emptySections(), date: '2026-11-02' }
    expect(
      assessmentDraftSchema.safeParse({ id: '00000000-0000-4000-8000-000000000000', ...rest })
        .success,
    ).toBe(false)
  })
})

describe('finalise rules', () => {
  it('an empty assessment misses every required item', () => {
    const sections = emptySections()
    expect(missingItems(sections, { sex: 'female' })).toHaveLength(
      requiredItems(sections, { sex: 'female' }).length,
    )
  })

  it('asks for menstrual history only from female patients', () => {
    const paths = (sex: 'female' | 'male') =>
      missingItems(emptySections(), { sex }).map((i) => i.path)
    expect(paths('female')).toContain('history.energyAvailability.menstrualStatus')
    expect(paths('male')).not.toContain('history.energyAvailability.menstrualStatus')
  })

  it('when running was not assessed, asks only why', () => {
    const sections = { ...emptySections(), running: { status: 'not-assessed' as const } }
    expect(
      missingItems(sections)
        .filter((i) => i.step === 'running')
        .map((i) => i.path),
    ).toEqual(['running.notAssessedReason'])
  })

  it('a questionnaire counts as recorded only when complete, or marked not assessed', () => {
    const lefs = (value: unknown) =>
      missingItems({ ...emptySections(), outcomes: { lefs: value } } as never).some(
        (i) => i.path === 'outcomes.lefs',
      )
    expect(lefs({ status: 'recorded', items: Array(19).fill(4) })).toBe(true)
    expect(lefs({ status: 'recorded', items: Array(20).fill(4) })).toBe(false)
    expect(lefs({ status: 'not-assessed' })).toBe(false)
  })

  it('a complete vignette has nothing missing', () => {
    const v = loadVignette('V03')
    expect(missingItems(v.assessment, { sex: v.patient.sex })).toEqual([])
  })
})

describe('document versions', () => {
  it('opens a version 1 document and refuses a newer one with a message', () => {
    const v = loadVignette('V01')
    expect(upgradeAssessment(JSON.parse(JSON.stringify(v.assessment))).id).toBe(v.assessment.id)
    expect(() => upgradeAssessment({ ...v.assessment, schemaVersion: 2 })).toThrow(
      /newer version of the app/,
    )
    expect(() => upgradeAssessment({ hello: 'world' })).toThrow(/not an assessment/)
  })
})
