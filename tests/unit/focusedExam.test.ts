import { describe, expect, it } from 'vitest'
import {
  examRegionKeyTests,
  examRegions,
  regionsWhereItHurts,
} from '../../src/shared/clinical/examRegions'
import { topEntryIds } from '../../src/shared/clinical/reasoning/differentialEntries'
import { reason } from '../../src/shared/clinical/reasoning/engine'
import { sources } from '../../src/shared/clinical/sources'
import { specialTests } from '../../src/shared/clinical/specialTests'
import { emptySections } from '../../src/shared/model/assessment/newAssessment'
import { NOT_ASSESSED } from '../../src/shared/model/assessment/recordedValues'
import { missingItems, requiredItems } from '../../src/shared/model/assessment/requiredItems'
import { focusedSections } from '../support/focusedAssessment'
import { vignetteExpectations } from '../support/vignetteExpectations'
import { loadVignette, sectionsOf, vignetteIds } from '../support/vignettes'

const paths = (s: ReturnType<typeof emptySections>, sex: 'female' | 'male' = 'male') =>
  requiredItems(s, { sex }).map((i) => i.path)

describe('the exam regions and their key tests', () => {
  it('each region names existing tests with sources', () => {
    for (const region of examRegions) {
      const keys = examRegionKeyTests[region]
      expect(keys.specialTests.length + keys.palpation.length).toBeGreaterThan(0)
      for (const id of keys.specialTests) expect(specialTests[id], id).toBeDefined()
      for (const id of keys.citation.sourceIds) expect(sources[id], id).toBeDefined()
    }
  })

  it('chooses the regions from the body chart and the pain’s character', () => {
    const areas = (...regions: string[]) =>
      regions.map((region) => ({ region, side: 'right' })) as never
    expect(regionsWhereItHurts({ painAreas: areas('lateral-hip') })).toEqual(['lateral'])
    expect(regionsWhereItHurts({ painAreas: areas('groin') })).toEqual(['anterior', 'joint'])
    expect(regionsWhereItHurts({ painAreas: areas('sitting-bone', 'lateral-hip') })).toEqual([
      'lateral',
      'posterior',
    ])
    expect(regionsWhereItHurts({ painAreas: areas('buttock'), pointsWithCSign: 'yes' })).toEqual([
      'posterior',
      'joint',
    ])
    expect(regionsWhereItHurts({})).toEqual([])
  })
})

describe('the focused initial assessment', () => {
  it('requires the red-flag screen, pain and where it hurts, not every row', () => {
    const required = paths(emptySections())
    expect(required).toContain('history.redFlags.bladderBowelOrSaddle')
    expect(required).toContain('history.pain.now')
    expect(required).toContain('history.painAreas')
    expect(required).not.toContain('history.training.weeklyDistanceKm')
    expect(required).not.toContain('outcomes.lefs')
    expect(required).not.toContain('exam.rom.motions.flexion.left')
    expect(required).not.toContain('running.cadenceSpm')
    // Before: 98 items for a female patient (50 in the exam).
    expect(requiredItems(emptySections(), { sex: 'female' }).length).toBeLessThan(30)
  })

  it('counts a red-flag question only when answered yes or no, never "not asked"', () => {
    const sections = emptySections()
    sections.history.redFlags = { nightSweats: NOT_ASSESSED, feverOrUnwell: 'no' }
    const missing = missingItems(sections).map((i) => i.path)
    expect(missing).toContain('history.redFlags.nightSweats')
    expect(missing).not.toContain('history.redFlags.feverOrUnwell')
  })

  it('requires the key tests of the region where it hurts, and only those', () => {
    const lateral = emptySections()
    lateral.history.painAreas = [{ region: 'lateral-hip', side: 'right' }]
    const exam = paths(lateral).filter((p) => p.startsWith('exam.'))
    expect(exam).toEqual([
      'exam.observation.weightBearing',
      'exam.palpation.greaterTrochanter.left',
      'exam.palpation.greaterTrochanter.right',
      'exam.specialTests.singleLegStance30s.result',
      'exam.specialTests.resistedAbduction.result',
      'exam.specialTests.faderR.result',
      'exam.strength.hipAbductors.left',
      'exam.strength.hipAbductors.right',
    ])
    const groin = emptySections()
    groin.history.painAreas = [{ region: 'groin', side: 'left' }]
    expect(paths(groin)).toEqual(
      expect.arrayContaining([
        'exam.specialTests.fadir.result',
        'exam.specialTests.hop.result',
        'exam.palpation.adductorOrigin.left',
        'exam.rom.motions.internalRotation.right',
      ]),
    )
  })

  it('after a fall, requires the test that rules a fracture out, whatever the region', () => {
    const fall = emptySections()
    fall.history.onset = { mechanism: 'fall' }
    expect(paths(fall)).toContain('exam.specialTests.patellarPubicPercussion.result')
    expect(paths(emptySections())).not.toContain('exam.specialTests.patellarPubicPercussion.result')
  })

  it('never lets a red flag be marked "not assessed" in one go', () => {
    const flags = requiredItems(emptySections()).filter((i) => i.group === 'Red-flag screen')
    expect(flags).toHaveLength(12)
    for (const flag of flags) expect(flag.notAssessed).toBeUndefined()
  })

  it('a "not tested" key test counts as recorded', () => {
    const s = emptySections()
    s.history.painAreas = [{ region: 'lateral-hip', side: 'right' }]
    s.exam.specialTests = { faderR: { result: 'not-tested' } }
    expect(missingItems(s).map((i) => i.path)).not.toContain('exam.specialTests.faderR.result')
  })
})

describe('the diagnosis engine on the focused findings alone', () => {
  // Each vignette cut down to its required items: what a clinician records who records only
  // what finalising asks for.
  const results = vignetteIds().map((id) => {
    const v = loadVignette(id)
    const sections = focusedSections(sectionsOf(v.assessment), [], v.patient.sex)
    const result = reason({ sections, patient: v.patient, date: v.assessment.date })
    return { id, expected: vignetteExpectations[id]!, result, sections, sex: v.patient.sex }
  })

  it.each(results.map((r) => [r.id, r] as const))(
    '%s: hides no red flag, and the cut-down record is complete',
    (id, { expected, result, sections, sex }) => {
      // Every expected flag is raised. One more is raised in V31 only: irregular periods read
      // as RED-S when the (optional) menopause status is left out; erring towards a flag.
      const extra = id === 'V31' ? ['red-s'] : []
      expect(result.redFlags.map((f) => f.id).sort()).toEqual(
        [...expected.redFlags, ...extra].sort(),
      )
      expect(missingItems(sections, { sex })).toEqual([])
    },
  )

  it('still ranks the expected condition first in most vignettes, and in the top three in more', () => {
    const first = results.filter((r) => r.expected.top.includes(r.result.differential[0]!.id))
    const topThree = results.filter((r) =>
      r.expected.top.some((t) => topEntryIds(r.result.differential, 3).includes(t)),
    )
    console.log(
      `Focused findings only: expected condition first in ${first.length}/${results.length}, ` +
        `in the top three in ${topThree.length}/${results.length}`,
    )
    // Measured: 26/36 first, 32/36 in the top three (the full records: 36/36 first).
    expect(first.length).toBeGreaterThanOrEqual(26)
    expect(topThree.length).toBeGreaterThanOrEqual(32)
    for (const id of ['V01', 'V03', 'V05', 'V06', 'V07', 'V09', 'V10', 'V13'])
      expect(first.map((r) => r.id)).toContain(id)
  })
})
