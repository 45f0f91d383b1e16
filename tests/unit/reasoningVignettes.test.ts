import { describe, expect, it } from 'vitest'
import { topEntryIds } from '../../src/shared/clinical/reasoning/differentialEntries'
import { reason } from '../../src/shared/clinical/reasoning/engine'
import { vignetteInput } from '../support/reasoning'
import { vignetteExpectations } from '../support/vignetteExpectations'
import { vignetteIds } from '../support/vignettes'

describe.each(vignetteIds())('vignette %s', (id) => {
  const expected = vignetteExpectations[id]!
  const result = reason(vignetteInput(id))
  const ranked = result.differential.map((c) => c.id)
  // The top three entries of the differential: a group (greater trochanteric pain syndrome)
  // counts once, with the conditions nested under its lead (trochanteric bursitis).
  const topThree = topEntryIds(result.differential, 3)

  it(`ranks ${expected.top.join(' or ')} first`, () => {
    expect(expected.top).toContain(ranked[0])
    for (const id of expected.top) expect(topThree).toContain(id)
  })

  it('has the expected conditions in the top three entries (or nested under one of them)', () => {
    for (const condition of expected.topThree) expect(topThree).toContain(condition)
  })

  it(
    expected.redFlags.length === 0
      ? 'raises no red flag'
      : `raises ${expected.redFlags.join(' and ')}, with an action`,
    () => {
      expect(result.redFlags.map((f) => f.id).sort()).toEqual([...expected.redFlags].sort())
      for (const flag of result.redFlags) {
        expect(flag.urgency).toBe(expected.redFlagUrgency?.[flag.id])
        expect(flag.action.length).toBeGreaterThan(20)
        expect(flag.because.length).toBeGreaterThan(0)
      }
    },
  )

  it('explains the top condition with findings for it', () => {
    expect(result.differential[0]!.supporting.length).toBeGreaterThan(0)
  })
})

describe('vignette specifics', () => {
  it('V03: the stress fracture flag says stop running, protect weight bearing and refer urgently for MRI', () => {
    const flag = reason(vignetteInput('V03')).redFlags.find(
      (f) => f.id === 'femoral-neck-stress-fracture',
    )!
    expect(flag.stopRunning).toBe(true)
    expect(flag.urgency).toBe('same-day')
    expect(flag.action).toMatch(/Stop running/)
    expect(flag.action).toMatch(/crutches/)
    expect(flag.action).toMatch(/MRI/)
    expect(flag.because).toEqual(
      expect.arrayContaining(['Pain on single-leg hop', 'Fulcrum test positive']),
    )
  })

  it('V04: the avulsion flag sends the adolescent for an X-ray', () => {
    const flag = reason(vignetteInput('V04')).redFlags.find((f) => f.id === 'avulsion-immature')!
    expect(flag.action).toMatch(/X-ray/)
  })

  it('V05: the ACR clinical criteria for hip OA are met (branch 2: IR < 15°, flexion ≤ 115°)', () => {
    expect(reason(vignetteInput('V05')).hipOaCriteria).toMatchObject({ met: 'present', branch: 2 })
  })

  it('V11: says the hip is not the likely source and suggests spinal assessment', () => {
    const result = reason(vignetteInput('V11'))
    expect(result.notes.join(' ')).toMatch(/hip is not the likely source.*lumbar spine/)
  })

  it('V01: trochanteric bursitis is nested under greater trochanteric pain syndrome, not a rival', () => {
    const differential = reason(vignetteInput('V01')).differential
    expect(differential[0]).toMatchObject({
      id: 'gluteal-tendinopathy',
      group: { name: 'Greater trochanteric pain syndrome' },
    })
    expect(differential[1]).toMatchObject({
      id: 'trochanteric-bursitis',
      partOf: 'gluteal-tendinopathy',
    })
  })

  it('V01: opposing evidence includes the negative FADIR and its published basis is shown', () => {
    const gt = reason(vignetteInput('V01')).differential[0]!
    const sls = gt.supporting.find((e) => e.finding === 'test-single-leg-stance')!
    expect(sls).toMatchObject({ basis: 'published', ratio: 10 })
    expect(sls.citation?.sourceIds).toContain('S5')
  })

  it('suggests the tests that would settle a possible stress fracture when groin pain has not been tested', () => {
    const result = reason(vignetteInput('V10'))
    expect(result.suggestedTests[0]).toMatchObject({
      why: expect.stringMatching(/rule out.*femoral neck stress fracture/),
    })
  })
})
