import fc from 'fast-check'
import type { ReasoningInput } from '../../src/shared/clinical/reasoning/engine'
import type { AssessmentSections } from '../../src/shared/model/assessment/assessment'
import { bodyRegions } from '../../src/shared/model/assessment/bodyRegions'
import { aggravatingFactors, redFlagQuestions } from '../../src/shared/model/assessment/history'
import { emptySections } from '../../src/shared/model/assessment/newAssessment'
import {
  palpationSites,
  romMotions,
  specialTestIds,
} from '../../src/shared/model/assessment/physicalExam'

/** Random but valid assessments: the parts of the record the reasoning reads. */
const yesNo = fc.constantFrom('yes', 'no', 'not-assessed', undefined)
const side = fc.constantFrom('left' as const, 'right' as const)
export const assessmentArb: fc.Arbitrary<ReasoningInput> = fc
  .record({
    age: fc.integer({ min: 8, max: 85 }),
    sex: fc.constantFrom('female' as const, 'male' as const),
    painSide: fc.constantFrom('left' as const, 'right' as const, 'both' as const, undefined),
    areas: fc.uniqueArray(fc.record({ region: fc.constantFrom(...bodyRegions), side }), {
      maxLength: 4,
      selector: (a) => `${a.region}${a.side}`,
    }),
    onset: fc.constantFrom('sudden' as const, 'gradual' as const, undefined),
    redFlags: fc.dictionary(fc.constantFrom(...redFlagQuestions.map((q) => q.key)), yesNo),
    nightPain: fc.constantFrom(
      'none' as const,
      'positional' as const,
      'unrelenting' as const,
      undefined,
    ),
    aggravating: fc.option(
      fc.uniqueArray(fc.constantFrom(...aggravatingFactors), { maxLength: 5 }),
    ),
    tests: fc.dictionary(
      fc.constantFrom(...specialTestIds),
      fc.record({
        result: fc.constantFrom('positive' as const, 'negative' as const, 'not-tested' as const),
        side,
      }),
    ),
    tender: fc.dictionary(
      fc.constantFrom(...palpationSites.map((p) => p.id)),
      fc.constantFrom('tender' as const, 'not-tender' as const),
    ),
    rom: fc.dictionary(
      fc.constantFrom(...romMotions),
      fc.record({
        left: fc.integer({ min: 0, max: 130 }),
        right: fc.integer({ min: 0, max: 130 }),
        painRight: fc.boolean(),
      }),
    ),
    trainingChange: fc.constantFrom('increase' as const, 'no-change' as const, undefined),
  })
  .map((g) => {
    const sections: AssessmentSections = emptySections()
    sections.history = {
      painSide: g.painSide,
      painAreas: g.areas,
      onset: g.onset ? { type: g.onset } : undefined,
      redFlags: g.redFlags as AssessmentSections['history']['redFlags'],
      nightPain: g.nightPain,
      aggravating: g.aggravating ? { status: 'recorded', present: g.aggravating } : undefined,
      training: g.trainingChange ? { recentChange: g.trainingChange } : undefined,
    }
    sections.exam.specialTests = { ...sections.exam.specialTests, ...g.tests }
    sections.exam.palpation = Object.fromEntries(
      Object.entries(g.tender).map(([site, r]) => [site, { left: r, right: r, midline: r }]),
    )
    sections.exam.rom = { motions: g.rom }
    return {
      sections,
      patient: { dateOfBirth: `${2026 - g.age}-01-01`, sex: g.sex },
      date: '2026-06-01',
    }
  })
