import { describe, expect, it } from 'vitest'
import { romFlags, typicalMinimum } from '../../src/shared/clinical/romAssessment'
import {
  adductorAbductorBalance,
  forcePerKg,
  limbSymmetryIndex,
} from '../../src/shared/clinical/strengthAnalysis'

describe('range of motion against norms', () => {
  it('flags a side-to-side difference of 10° or more, not less', () => {
    expect(romFlags('flexion', 120, 111, undefined).map((f) => f.kind)).not.toContain(
      'side-difference',
    )
    expect(romFlags('flexion', 120, 110, undefined).map((f) => f.kind)).toContain('side-difference')
  })

  it('flags values below the typical range, per side', () => {
    const flags = romFlags('abduction', 40, 25, undefined)
    expect(flags).toContainEqual(expect.objectContaining({ kind: 'below-typical', side: 'right' }))
    expect(flags.filter((f) => f.kind === 'below-typical')).toHaveLength(1)
  })

  it('marks the ACR and Sutlive thresholds for internal rotation and flexion (V05: IR 10°, flexion 100°)', () => {
    const ir = romFlags('internalRotation', 30, 10, 'hip-flexed-90', true)
    expect(
      ir.filter((f) => f.kind === 'clinical-threshold' && f.side === 'right').map((f) => f.text),
    ).toEqual([expect.stringMatching(/< 15°/), expect.stringMatching(/≤ 25°/)])
    expect(romFlags('flexion', 120, 100, undefined, true)).toContainEqual(
      expect.objectContaining({
        kind: 'clinical-threshold',
        side: 'right',
        text: expect.stringMatching(/≤ 115°/),
      }),
    )
  })

  it('leaves the hip-OA thresholds out unless the criteria concern the patient', () => {
    const flags = [
      ...romFlags('internalRotation', 30, 10, 'hip-flexed-90'),
      ...romFlags('flexion', 120, 100, undefined, false),
    ]
    expect(flags.filter((f) => f.kind === 'clinical-threshold')).toEqual([])
    // The measurement itself is still flagged against the norms.
    expect(flags.filter((f) => f.kind === 'below-typical')).toHaveLength(2)
  })

  it('uses position-specific rotation norms, never stricter than the general range', () => {
    expect(typicalMinimum('internalRotation', 'hip-flexed-90')).toBeLessThanOrEqual(
      typicalMinimum('internalRotation'),
    )
  })

  it('ignores "not assessed" and blanks', () => {
    expect(romFlags('flexion', 'not-assessed', undefined, undefined)).toEqual([])
  })
})

describe('dynamometry', () => {
  it('expresses force per kg of body mass', () => {
    expect(forcePerKg(156, 66)).toBe(2.36)
    expect(forcePerKg(156, undefined)).toBeUndefined()
  })

  it('computes the limb symmetry index as painful ÷ other side and flags below 90% (V01: 156 N vs 200 N)', () => {
    expect(limbSymmetryIndex(200, 156, 'right')).toEqual({
      percent: 78,
      involved: 'right',
      deficit: true,
    })
    expect(limbSymmetryIndex(180, 200, 'left')).toEqual({
      percent: 90,
      involved: 'left',
      deficit: false,
    })
  })

  it('uses weaker ÷ stronger when the painful side is unknown or both', () => {
    expect(limbSymmetryIndex(200, 170, 'both')).toEqual({
      percent: 85,
      involved: undefined,
      deficit: true,
    })
  })

  it('flags an adductor : abductor ratio under 0.80', () => {
    expect(adductorAbductorBalance(140, 200)).toEqual({ ratio: 0.7, atRisk: true })
    expect(adductorAbductorBalance(190, 200)).toEqual({ ratio: 0.95, atRisk: false })
  })
})
