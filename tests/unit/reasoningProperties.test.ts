import fc from 'fast-check'
import { assessmentArb } from '../support/assessmentArbitrary'
import { describe, expect, it } from 'vitest'
import { conditionModels } from '../../src/shared/clinical/reasoning/conditionModels'
import {
  findingsOf,
  rankConditions,
  reason,
  type ReasoningInput,
} from '../../src/shared/clinical/reasoning/engine'
import {
  findings,
  type FindingId,
  type FindingSet,
} from '../../src/shared/clinical/reasoning/findings'
import type { AssessmentSections } from '../../src/shared/model/assessment/assessment'
import { emptySections } from '../../src/shared/model/assessment/newAssessment'
import { specialTestIds, type SpecialTestId } from '../../src/shared/model/assessment/physicalExam'

const probabilities = (input: ReasoningInput) =>
  Object.fromEntries(reason(input).differential.map((c) => [c.id, c.probability]))

const birthForAge = (age: number) => `${2026 - age}-01-01`

describe('age-aware and trauma-aware ranking over generated assessments', () => {
  // The ranking holds at the ages of the SCFE source (S46: about 8-15, mean 12 in girls and 13.5
  // in boys). At 16 FAI may rank above it (this property found a girl of 16 who pivots); SCFE is
  // then still raised as a red flag, which is shown before the ranking.
  it('an adolescent (10-16) with a limp and restricted internal rotation has SCFE raised as a red flag, and ranked above labral tear / FAI up to 15', () => {
    fc.assert(
      fc.property(assessmentArb, fc.integer({ min: 10, max: 16 }), (input, age) => {
        input.patient.dateOfBirth = birthForAge(age)
        const history = input.sections.history
        history.redFlags = { ...history.redFlags, limp: 'yes' }
        input.sections.exam.rom!.motions = {
          ...input.sections.exam.rom!.motions,
          internalRotation: { left: 10, right: 10 },
        }
        const set = findingsOf(input)
        expect(set['antalgic-gait']).toBe('present')
        expect(set['ir-restricted']).toBe('present')
        const reasoned = reason(input)
        expect(reasoned.redFlags.map((f) => f.id)).toContain('scfe')
        const ranked = reasoned.differential.map((c) => c.id)
        if (age <= 15)
          expect(ranked.indexOf('scfe')).toBeLessThan(ranked.indexOf('labral-tear-fais'))
      }),
      { numRuns: 300 },
    )
  })

  const fallArb = fc.record({
    age: fc.integer({ min: 8, max: 85 }),
    sex: fc.constantFrom('female' as const, 'male' as const),
    side: fc.constantFrom('left' as const, 'right' as const),
    areas: fc.uniqueArray(fc.constantFrom('groin', 'lateral-hip', 'anterior-thigh', 'buttock'), {
      minLength: 1,
      maxLength: 3,
    }),
    asked: fc.constantFrom('mechanism', 'red-flag question', 'both'),
    onset: fc.constantFrom('sudden' as const, undefined),
    nightPain: fc.constantFrom('none' as const, 'positional' as const, 'unrelenting' as const),
    weightBearingPain: fc.constantFrom('yes' as const, undefined),
  })

  it('after a fall with inability to bear weight, a traumatic fracture ranks first (in an adolescent, it or SCFE)', () => {
    fc.assert(
      fc.property(fallArb, (g) => {
        const sections = emptySections()
        sections.history = {
          painSide: g.side,
          painAreas: g.areas.map((region) => ({ region, side: g.side })),
          onset: {
            ...(g.onset ? { type: g.onset } : {}),
            ...(g.asked !== 'red-flag question' ? { mechanism: 'fall' as const } : {}),
          },
          redFlags: {
            unableToBearWeight: 'yes',
            ...(g.asked !== 'mechanism' ? { recentTrauma: 'yes' as const } : {}),
          },
          nightPain: g.nightPain,
          ...(g.weightBearingPain ? { weightBearingPain: g.weightBearingPain } : {}),
        }
        const input = {
          sections,
          patient: { dateOfBirth: birthForAge(g.age), sex: g.sex },
          date: '2026-06-01',
        }
        const first = reason(input).differential[0]!.id
        if (g.age <= 16) expect(['traumatic-fracture', 'scfe']).toContain(first)
        else expect(first).toBe('traumatic-fracture')
      }),
      { numRuns: 400 },
    )
  })
})

describe('reasoning properties over generated assessments', () => {
  it('is deterministic: the same assessment always gives the same result', () => {
    fc.assert(
      fc.property(assessmentArb, (input) => {
        expect(reason(structuredClone(input))).toEqual(reason(input))
      }),
      { numRuns: 150 },
    )
  })

  it.each([
    [
      'cauda-equina',
      (s: AssessmentSections) =>
        (s.history.redFlags = { ...s.history.redFlags, bladderBowelOrSaddle: 'yes' }),
    ],
    [
      'septic-arthritis',
      (s: AssessmentSections) =>
        (s.history.redFlags = { ...s.history.redFlags, feverOrUnwell: 'yes' }),
    ],
    [
      'malignancy',
      (s: AssessmentSections) =>
        (s.history.redFlags = { ...s.history.redFlags, cancerHistory: 'yes' }),
    ],
    [
      'femoral-neck-stress-fracture',
      (s: AssessmentSections) => {
        s.history.painSide = 'right'
        s.history.painAreas = [{ region: 'groin', side: 'right' }]
        s.exam.specialTests!.hop = { result: 'positive', side: 'right' }
      },
    ],
  ] as const)(
    'a %s trigger always surfaces as a red flag, whatever else was found',
    (flag, trigger) => {
      fc.assert(
        fc.property(assessmentArb, (input) => {
          trigger(input.sections)
          expect(reason(input).redFlags.map((f) => f.id)).toContain(flag)
        }),
        { numRuns: 150 },
      )
    },
  )

  it('a positive special test never lowers a condition it supports', () => {
    fc.assert(
      fc.property(
        assessmentArb,
        fc.constantFrom(...specialTestIds),
        (input, testId: SpecialTestId) => {
          const before = findingsOf(input)
          const withTest = structuredClone(input)
          withTest.sections.exam.specialTests![testId] = { result: 'positive', side: 'both' }
          const after = findingsOf(withTest)
          const added = (Object.keys(after) as FindingId[]).filter(
            (f) => after[f] === 'present' && before[f] !== 'present',
          )
          const p0 = probabilities(input)
          const p1 = probabilities(withTest)
          for (const model of Object.values(conditionModels)) {
            const supported = model.evidence.some(
              (e) => added.includes(e.finding) && (e.ifPresent ?? 1) > 1,
            )
            if (supported) expect(p1[model.id]!).toBeGreaterThanOrEqual(p0[model.id]!)
          }
        },
      ),
      { numRuns: 300 },
    )
  })

  it('on any set of findings, adding one that supports a condition never lowers its score, and one that opposes never raises it', () => {
    const ids = Object.keys(findings) as FindingId[]
    const setArb = fc.dictionary(
      fc.constantFrom(...ids),
      fc.constantFrom('present' as const, 'absent' as const),
    ) as fc.Arbitrary<FindingSet>
    const patientArb = fc.record({
      age: fc.integer({ min: 8, max: 85 }),
      sex: fc.constantFrom('female' as const, 'male' as const),
    })
    fc.assert(
      fc.property(
        setArb,
        patientArb,
        fc.constantFrom(...ids),
        fc.constantFrom('present' as const, 'absent' as const),
        (set, patient, finding, state) => {
          if (set[finding]) return
          const before = Object.fromEntries(
            rankConditions(patient, set).map((c) => [c.id, c.probability]),
          )
          const after = Object.fromEntries(
            rankConditions(patient, { ...set, [finding]: state }).map((c) => [c.id, c.probability]),
          )
          for (const model of Object.values(conditionModels)) {
            const e = model.evidence.find((x) => x.finding === finding)
            const ratio = state === 'present' ? e?.ifPresent : e?.ifAbsent
            if (ratio === undefined) expect(after[model.id]).toBe(before[model.id])
            else if (ratio > 1) expect(after[model.id]!).toBeGreaterThanOrEqual(before[model.id]!)
            else expect(after[model.id]!).toBeLessThanOrEqual(before[model.id]!)
          }
        },
      ),
      { numRuns: 500 },
    )
  })
})
