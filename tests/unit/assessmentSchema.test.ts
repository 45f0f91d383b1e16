import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  ASSESSMENT_SCHEMA_VERSION,
  assessmentDraftSchema,
  assessmentSchema,
  assessmentSectionsSchema,
} from '../../src/shared/model/assessment/assessment'
import { historySchema } from '../../src/shared/model/assessment/history'
import { emptySections } from '../../src/shared/model/assessment/newAssessment'
import { missingItems, requiredItems } from '../../src/shared/model/assessment/requiredItems'
import { upgradeAssessment } from '../../src/shared/model/assessment/upgradeAssessment'
import { newHistoryFields, newHistoryPaths } from '../support/newHistoryFields'
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

  it('questionnaires are optional for finalising (the focused initial assessment)', () => {
    expect(
      missingItems(emptySections(), { sex: 'female' }).filter((i) => i.step === 'outcomes'),
    ).toEqual([])
  })

  it('a complete vignette has nothing missing', () => {
    const v = loadVignette('V03')
    expect(missingItems(v.assessment, { sex: v.patient.sex })).toEqual([])
  })
})

describe('the history fields of version 2', () => {
  it('keeps every new field as recorded', () => {
    const parsed = historySchema.parse(structuredClone(newHistoryFields))
    expect(parsed).toEqual(newHistoryFields)
    expect(newHistoryPaths().length).toBeGreaterThanOrEqual(20)
  })

  it.each([
    ['a temperature below 34 °C', { temperatureC: 33.9 }, 'temperatureC'],
    ['a temperature above 43 °C', { temperatureC: 43.1 }, 'temperatureC'],
    ['a negative weight loss', { weightLoss: { kg: -2 } }, 'weightLoss.kg'],
    [
      'a cancer diagnosed before 1900',
      { previousCancer: { yearDiagnosed: 1899 } },
      'previousCancer.yearDiagnosed',
    ],
    ['a part year', { previousCancer: { yearDiagnosed: 2019.5 } }, 'previousCancer.yearDiagnosed'],
    ['an increase over 500%', { training: { increasePercent: 501 } }, 'training.increasePercent'],
    ['an unknown leg position', { legAtRest: { position: 'crossed' } }, 'legAtRest.position'],
  ])('refuses %s, naming the field', (_what, history, path) => {
    const result = historySchema.safeParse(history)
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual([path])
  })

  it('takes "not assessed" for the temperature and the leg at rest', () => {
    const history = { temperatureC: 'not-assessed', legAtRest: { position: 'not-assessed' } }
    expect(historySchema.safeParse(history).success).toBe(true)
  })

  it('still reads the one trauma mechanism of version 1', () => {
    expect(historySchema.parse({ onset: { mechanism: 'fall-or-collision' } }).onset).toEqual({
      mechanism: 'fall-or-collision',
    })
  })

  it('requires none of them for finalising but how it started: a complete vignette stays complete', () => {
    const sudden = { ...emptySections(), history: { onset: { type: 'sudden' as const } } }
    const required = requiredItems(sudden, { sex: 'female' }).map((i) => i.path)
    // How it started and a felt pop feed the trauma and avulsion red flags (focused set).
    const redFlagInputs = ['history.onset.mechanism', 'history.onset.feltPop']
    for (const path of newHistoryPaths().filter((p) => !redFlagInputs.includes(p)))
      expect(required, path).not.toContain(path)
    const v = loadVignette('V01')
    expect(missingItems(v.assessment, { sex: 'female' })).toEqual([])
  })
})

describe('document versions', () => {
  const storedV1 = () =>
    JSON.parse(readFileSync('tests/fixtures/assessments/assessment-v1.json', 'utf8')) as Record<
      string,
      unknown
    >

  it('opens an assessment stored as version 1, with everything it recorded', () => {
    const v1 = storedV1()
    expect(v1.schemaVersion).toBe(1)
    // Not the current shape: without the upgrade step it would not open.
    expect(assessmentSchema.safeParse(v1).success).toBe(false)
    const opened = upgradeAssessment(v1)
    expect(opened.schemaVersion).toBe(ASSESSMENT_SCHEMA_VERSION)
    expect({ ...opened, schemaVersion: 1 }).toEqual(v1)
    expect(opened.history.onset?.mechanism).toBe('fall-or-collision')
  })

  it('opens a current document as it is, and refuses a newer one with a message', () => {
    const v = loadVignette('V01')
    expect(upgradeAssessment(JSON.parse(JSON.stringify(v.assessment)))).toEqual(v.assessment)
    expect(() =>
      upgradeAssessment({ ...v.assessment, schemaVersion: ASSESSMENT_SCHEMA_VERSION + 1 }),
    ).toThrow(/newer version of the app/)
    expect(() => upgradeAssessment({ hello: 'world' })).toThrow(/not an assessment/)
  })
})
