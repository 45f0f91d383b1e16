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

  it('V17: a pubic bone stress injury still raises the femoral neck flag: only MRI tells them apart', () => {
    const result = reason(vignetteInput('V17'))
    expect(result.differential[0]!.id).toBe('pubic-bone-stress')
    const flag = result.redFlags.find((f) => f.id === 'femoral-neck-stress-fracture')!
    expect(flag.because).toEqual(expect.arrayContaining(['Groin pain', 'Pain on single-leg hop']))
    expect(flag.action).toMatch(/MRI/)
  })

  it('V20: knee pain, a limp and a Drehmann sign in a 13-year-old raise the SCFE flag', () => {
    const flag = reason(vignetteInput('V20')).redFlags.find((f) => f.id === 'scfe')!
    expect(flag.because).toEqual(
      expect.arrayContaining([
        'Adolescent with a limp',
        'Drehmann sign',
        'Knee pain (front, inner side or all over)',
      ]),
    )
    expect(flag.action).toMatch(/frog-leg lateral/)
  })

  it('V21: a limping 7-year-old is below the SCFE window: Perthes disease leads, referred without a flag', () => {
    const result = reason(vignetteInput('V21'))
    expect(result.redFlags).toEqual([])
    expect(result.differential[0]).toMatchObject({ id: 'perthes-disease' })
    expect(result.differential[0]!.probability).toBeGreaterThanOrEqual(0.6)
  })

  it('V22: the measured temperature is named in the septic arthritis flag', () => {
    const flag = reason(vignetteInput('V22')).redFlags[0]!
    expect(flag).toMatchObject({ id: 'septic-arthritis', urgency: 'emergency' })
    expect(flag.because).toEqual(
      expect.arrayContaining([
        'Temperature 38.7 °C',
        'Cannot bear weight',
        'Leg held flexed, abducted and externally rotated',
      ]),
    )
  })

  it('V23 and V31: the malignancy flag at its two levels', () => {
    const urgent = reason(vignetteInput('V23')).redFlags[0]!
    expect(urgent).toMatchObject({ id: 'malignancy', urgency: 'urgent', stopRunning: true })
    expect(urgent.because).toEqual([
      'History of cancer (prostate, 2021)',
      'Unexplained weight loss: 5 kg in 3 months',
      'Night pain not eased by rest, over 50',
    ])
    const review = reason(vignetteInput('V31')).redFlags[0]!
    expect(review).toMatchObject({ id: 'malignancy', urgency: 'soon', stopRunning: false })
    expect(review.name).toMatch(/medical review/)
    expect(review.because).toEqual(['Night pain not eased by rest or position'])
  })

  it('V23: a bone tumour leads on the history alone, with a hip examination that reproduces nothing', () => {
    const top = reason(vignetteInput('V23')).differential[0]!
    expect(top.id).toBe('bone-tumour')
    expect(top.supporting.map((e) => e.finding)).toEqual(
      expect.arrayContaining([
        'cancer-history',
        'night-pain-unrelenting',
        'significant-weight-loss',
      ]),
    )
  })

  it('V24: corticosteroids lead to avascular necrosis; its referral covers the review for constant night pain', () => {
    const result = reason(vignetteInput('V24'))
    expect(result.redFlags.map((f) => f.id)).toEqual(['avascular-necrosis'])
    const avn = result.differential[0]!
    expect(avn.id).toBe('avascular-necrosis')
    expect(avn.supporting[0]).toMatchObject({ finding: 'corticosteroid-use', ratio: 10 })
  })

  it('V25: after a fall, a positive percussion test raises the fracture flag even though she walked in', () => {
    const result = reason(vignetteInput('V25'))
    const flag = result.redFlags.find((f) => f.id === 'fracture-after-trauma')!
    expect(flag.because).toEqual([
      'Recent fall, blow or other trauma',
      'Patellar-pubic percussion positive',
    ])
    expect(flag.urgency).toBe('emergency')
  })

  it('V27: a gradual apophysitis raises no avulsion flag (no sudden onset, no pop)', () => {
    const result = reason(vignetteInput('V27'))
    expect(result.redFlags).toEqual([])
    expect(result.differential[0]!.id).toBe('apophyseal-avulsion')
  })

  it('V29 and V30: the spinal flags, and the note that the hip is not the source', () => {
    for (const id of ['V29', 'V30']) {
      const result = reason(vignetteInput(id))
      expect(result.notes.join(' '), id).toMatch(/hip is not the likely source/)
    }
  })

  it('V31: around the menopause, irregular periods do not raise the RED-S flag', () => {
    const ids = reason(vignetteInput('V31')).redFlags.map((f) => f.id)
    expect(ids).not.toContain('red-s')
  })

  it('V32: a positive FADIR that reproduces lateral pain leaves labral tear unlikely', () => {
    const result = reason(vignetteInput('V32'))
    const labral = result.differential.find((c) => c.id === 'labral-tear-fais')!
    expect(labral.probability).toBeLessThan(0.2)
    expect(labral.supporting.find((e) => e.finding === 'test-fadir')?.ratio).toBeLessThan(2)
    expect(result.differential[0]!.probability).toBeGreaterThan(0.95)
  })

  it('V33: a painful hop raises the stress fracture flag although the ranking points to the adductors', () => {
    const result = reason(vignetteInput('V33'))
    expect(result.differential[0]!.id).toBe('adductor-related')
    const bsi = result.differential.find((c) => c.id === 'femoral-neck-bsi')!
    expect(bsi.probability).toBeLessThan(0.2)
    expect(result.redFlags.map((f) => f.id)).toEqual(['femoral-neck-stress-fracture'])
  })

  it('V34: restricted, painful internal rotation and flexion meet the ACR criteria over the lateral hip pain', () => {
    const result = reason(vignetteInput('V34'))
    expect(result.hipOaCriteria).toMatchObject({ met: 'present', branch: 2, applies: true })
    expect(result.differential.map((c) => c.id).slice(0, 2)).toEqual([
      'hip-osteoarthritis',
      'gluteal-tendinopathy',
    ])
  })

  it('suggests the tests that would settle a possible stress fracture when groin pain has not been tested', () => {
    const result = reason(vignetteInput('V10'))
    expect(result.suggestedTests[0]).toMatchObject({
      why: expect.stringMatching(/rule out.*femoral neck stress fracture/),
    })
  })
})
