import { describe, expect, it } from 'vitest'
import { findingsBehindDiagnosis } from '../../src/shared/clinical/presentation/diagnosisFindings'
import { reason } from '../../src/shared/clinical/reasoning/engine'
import { vignetteInput } from '../support/reasoning'

const behind = (id: string, confirmed: Parameters<typeof findingsBehindDiagnosis>[0]) => {
  const input = vignetteInput(id)
  return findingsBehindDiagnosis(confirmed, reason(input), input.sections)
}

describe('the findings behind a confirmed diagnosis, for a letter', () => {
  it('V03 stress fracture: the history and tests that point to it, in the record’s own figures', () => {
    const { supporting, relevantNegatives } = behind('V03', [{ conditionId: 'femoral-neck-bsi' }])
    expect(supporting).toEqual(
      expect.arrayContaining([
        'Worse the longer the run',
        'Pain on single-leg hop',
        'Training increased 35 → 60 km/week over 3 weeks',
      ]),
    )
    // The threshold the engine tests ("up 30% or more") gives way to what was recorded.
    expect(supporting.join(' ')).not.toContain('30%')
    // Negatives against the leading alternatives (pubic bone stress injury, labral tear),
    // criteria left out.
    expect(relevantNegatives).toEqual(
      expect.arrayContaining(['No clicking', 'Pubic symphysis not tender']),
    )
    expect(relevantNegatives.join(' ')).not.toMatch(/criteria/)
  })

  it('V05 hip OA: says how long in words a colleague would use', () => {
    const { supporting } = behind('V05', [{ conditionId: 'hip-osteoarthritis' }])
    expect(supporting).toContain('Symptoms for 1 year')
    expect(supporting).toContain('ACR clinical criteria for hip OA met')
  })

  it('lists only what reads as a negative under the negatives ("Gradual onset" is not one)', () => {
    const { relevantNegatives } = behind('V01', [{ conditionId: 'gluteal-tendinopathy' }])
    expect(relevantNegatives).not.toContain('Gradual onset')
    for (const n of relevantNegatives) expect(n).toMatch(/^(No|Not)\b|\b(not|negative)\b/)
  })

  it('has nothing to link to a diagnosis written in the clinician’s own words', () => {
    expect(behind('V01', [{ freeText: 'Sacroiliac joint pain' }])).toEqual({
      supporting: [],
      relevantNegatives: [],
    })
  })

  it('never carries a ratio or a probability', () => {
    const { supporting, relevantNegatives } = behind('V01', [
      { conditionId: 'gluteal-tendinopathy' },
    ])
    expect(supporting[0]).toBe('Single-leg stance 30 s reproduces lateral pain')
    // What rules out the lumbar spine, the leading alternative after bursitis.
    expect(relevantNegatives).toEqual(
      expect.arrayContaining(['Pain does not travel below the knee', 'No low back pain']),
    )
    expect([...supporting, ...relevantNegatives].join(' ')).not.toMatch(/×|%|\bLR\b/)
  })
})
