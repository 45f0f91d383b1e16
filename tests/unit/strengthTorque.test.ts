import { describe, expect, it } from 'vitest'
import {
  compareTorqueWithNorm,
  limbSymmetryIndex,
  torqueNm,
  torquePercentBwHeight,
  torquePerKg,
} from '../../src/shared/clinical/strengthAnalysis'
import { hipAbductorTorqueNorms } from '../../src/shared/clinical/strengthNorms'
import { clinicianReportHtml } from '../../src/main/reports/clinicianReport'
import { reportDataFor } from '../../src/main/reports/reportData'
import { assessmentSchema } from '../../src/shared/model/assessment/assessment'
import { physicalExamSchema } from '../../src/shared/model/assessment/physicalExam'
import { loadVignette } from '../support/vignettes'

describe('torque from dynamometer force and lever arm', () => {
  it('is force × lever arm in Nm, and per kg of body mass', () => {
    // V01: right hip abductors 156 N with the pad 0.42 m from the trochanter, 66 kg.
    expect(torqueNm(156, 0.42)).toBe(65.5)
    expect(torquePerKg(156, 0.42, 66)).toBe(0.99)
    expect(torqueNm(200, 0.42)).toBe(84)
    expect(torquePerKg(200, 0.42, 66)).toBe(1.27)
  })

  it('is not shown without a force, a lever arm or (per kg) a body mass', () => {
    expect(torqueNm(undefined, 0.42)).toBeUndefined()
    expect(torqueNm(156, undefined)).toBeUndefined()
    expect(torquePerKg(156, 0.42, undefined)).toBeUndefined()
  })

  it('as %BW·h divides by body weight (N) and height (m), as Fredericson 2000 did', () => {
    // 65.52 Nm ÷ (66 kg × 9.80665 × 1.66 m) × 100 = 6.10
    expect(torquePercentBwHeight(156, 0.42, 66, 166)).toBe(6.1)
    expect(torquePercentBwHeight(156, 0.42, 66, undefined)).toBeUndefined()
  })

  it('compares the hip abductors with the sourced norms for the patient’s sex', () => {
    expect(compareTorqueWithNorm('hipAbductors', 'female', 6.1)).toEqual({
      percentBwHeight: 6.1,
      healthy: 10.19,
      injured: 7.82,
      atOrBelowInjured: true,
    })
    expect(compareTorqueWithNorm('hipAbductors', 'male', 9.9)?.atOrBelowInjured).toBe(false)
    expect(compareTorqueWithNorm('hipAbductors', 'male', 9.9)?.healthy).toBe(9.73)
    // No sourced norm: other groups, or sex unknown.
    expect(compareTorqueWithNorm('hipAdductors', 'female', 6.1)).toBeUndefined()
    expect(compareTorqueWithNorm('hipAbductors', undefined, 6.1)).toBeUndefined()
    expect(hipAbductorTorqueNorms.citation.sourceIds).toEqual(['S51'])
  })

  it('leaves the limb symmetry index unchanged: one lever arm per group, both sides', () => {
    const lsiForce = limbSymmetryIndex(200, 156, 'right')
    const lsiTorque = limbSymmetryIndex(torqueNm(200, 0.42), torqueNm(156, 0.42), 'right')
    expect(lsiForce?.percent).toBe(78)
    expect(lsiTorque?.percent).toBe(78)
  })

  it('stores the lever arm per muscle group, optional, and refuses an implausible one', () => {
    expect(
      physicalExamSchema.safeParse({ strength: { hipAbductors: { leverArmM: 0.42 } } }).success,
    ).toBe(true)
    expect(physicalExamSchema.safeParse({ strength: { hipAbductors: {} } }).success).toBe(true)
    const bad = physicalExamSchema.safeParse({ strength: { hipAbductors: { leverArmM: 4.2 } } })
    expect(bad.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['strength.hipAbductors.leverArmM', 'Check the lever arm: over 1.2 m'],
    ])
  })
})

describe("the clinician report's strength section", () => {
  const reportText = (html: string) =>
    html
      .replace(/<style[\s\S]*?<\/style>/g, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/\s+/g, ' ')

  it('shows torque (Nm and Nm/kg) beside force and symmetry, and the abductors against the norm', () => {
    const v = loadVignette('V01')
    const assessment = assessmentSchema.parse({
      ...v.assessment,
      exam: {
        ...v.assessment.exam,
        strength: {
          ...v.assessment.exam.strength,
          hipAbductors: { ...v.assessment.exam.strength!.hipAbductors, leverArmM: 0.42 },
        },
      },
    })
    const text = reportText(
      clinicianReportHtml(reportDataFor(v.patient, assessment, '2026-11-02T12:00:00.000Z')),
    )
    expect(text).toContain('Torque Nm (Nm/kg)')
    expect(text).toMatch(/Hip abductors .* 200 156 3\.03 2\.36 84 \(1\.27\) 65\.5 \(0\.99\) 78%/)
    expect(text).toContain(
      'Hip abductor torque left 7.82 (at or below the injured-limb mean), right 6.1 (at or below the injured-limb mean) %BW·h; healthy runners 10.19, injured limb in iliotibial band syndrome 7.82 (Fredericson 2000).',
    )
  })

  it('leaves torque out where no lever arm was measured', () => {
    const v = loadVignette('V01')
    const text = reportText(
      clinicianReportHtml(reportDataFor(v.patient, v.assessment, '2026-11-02T12:00:00.000Z')),
    )
    expect(text).toContain('Force (N/kg)')
    expect(text).not.toContain('Torque')
  })
})
