import { describe, expect, it } from 'vitest'
import { conditionModels } from '../../src/shared/clinical/reasoning/conditionModels'
import { RATIO_LIMITS } from '../../src/shared/clinical/reasoning/engine'
import {
  formatProbability,
  formatRatio,
  likelihoodBand,
  likelihoodOf,
  likelihoodText,
  roundRatio,
} from '../../src/shared/clinical/presentation/likelihood'

describe('a post-test probability in words', () => {
  it('reads likely from 60%, possible from 20%, unlikely below', () => {
    expect(likelihoodBand(0.6)).toBe('likely')
    expect(likelihoodBand(0.59)).toBe('possible')
    expect(likelihoodBand(0.2)).toBe('possible')
    expect(likelihoodBand(0.19)).toBe('unlikely')
    expect(likelihoodBand(0)).toBe('unlikely')
    expect(likelihoodBand(1)).toBe('likely')
  })

  it('never lets the word and the number disagree at a boundary', () => {
    // 59.6 % is shown as 60 %, so it must read "likely"; 19.5 % is shown as 20 %: "possible".
    expect(likelihoodOf(0.596)).toEqual({ band: 'likely', word: 'Likely', number: '60%' })
    expect(likelihoodOf(0.594)).toEqual({ band: 'possible', word: 'Possible', number: '59%' })
    expect(likelihoodOf(0.195)).toEqual({ band: 'possible', word: 'Possible', number: '20%' })
    expect(likelihoodOf(0.194)).toEqual({ band: 'unlikely', word: 'Unlikely', number: '19%' })
    for (let p = 0; p <= 1; p += 0.001) {
      const { band, number } = likelihoodOf(p)
      const shown = Number(/\d+/.exec(number)![0])
      if (band === 'likely') expect(shown, number).toBeGreaterThanOrEqual(60)
      if (band === 'unlikely') expect(shown, number).toBeLessThan(20)
    }
  })

  it('shows whole percent, and "> 95%" / "< 5%" at the ends, never 100% or ≥ 99%', () => {
    expect(formatProbability(0.372)).toBe('37%')
    expect(formatProbability(0.95)).toBe('95%')
    expect(formatProbability(0.955)).toBe('> 95%')
    expect(formatProbability(0.999)).toBe('> 95%')
    expect(formatProbability(1)).toBe('> 95%')
    expect(formatProbability(0.05)).toBe('5%')
    expect(formatProbability(0.045)).toBe('5%') // 4.5 % rounds up, despite 0.045 × 100 = 4.4999…
    expect(formatProbability(0.044)).toBe('< 5%')
    expect(formatProbability(0)).toBe('< 5%')
  })

  it('writes the word with the number in brackets for text surfaces', () => {
    expect(likelihoodText(0.999)).toBe('likely (> 95%)')
    expect(likelihoodText(0.216)).toBe('possible (22%)')
    expect(likelihoodText(0.007)).toBe('unlikely (< 5%)')
  })
})

describe('a likelihood ratio rounded to what its evidence supports', () => {
  it('keeps one significant figure: the pooled Trendelenburg LR+ 6.83 reads ×7', () => {
    expect(formatRatio(6.83)).toBe('×7')
    expect(roundRatio(5.5)).toBe(6)
    expect(roundRatio(4.83)).toBe(5)
    expect(roundRatio(9.9)).toBe(10)
    expect(roundRatio(24.3)).toBe(20)
    expect(roundRatio(0.37)).toBe(0.4)
    expect(roundRatio(0.25)).toBe(0.3)
    expect(roundRatio(0.15)).toBe(0.2)
    expect(roundRatio(0.12)).toBe(0.1)
    expect(roundRatio(0.07)).toBe(0.07)
  })

  it('keeps one decimal between 0.5 and 2, so weak evidence keeps its direction', () => {
    expect(roundRatio(1.5)).toBe(1.5)
    expect(roundRatio(1.25)).toBe(1.3)
    expect(roundRatio(1.8)).toBe(1.8)
    expect(roundRatio(0.7)).toBe(0.7)
    expect(roundRatio(0.5)).toBe(0.5)
    expect(roundRatio(0.49)).toBe(0.5)
    expect(roundRatio(1.96)).toBe(2)
    expect(roundRatio(2)).toBe(2)
    expect(roundRatio(2.5)).toBe(3)
  })

  it('shows every ratio of the knowledge base without a spurious ×1 and within the caps', () => {
    const ratios = Object.values(conditionModels).flatMap((m) => [
      ...m.evidence.flatMap((e) => [e.ifPresent, e.ifAbsent]),
      ...m.adjustments.map((a) => a.factor),
    ])
    for (const r of ratios.filter((x): x is number => x !== undefined && x !== 1)) {
      const clamped = Math.min(RATIO_LIMITS.max, Math.max(RATIO_LIMITS.min, r))
      expect(roundRatio(clamped), `ratio ${r}`).not.toBe(1)
      expect(roundRatio(clamped) > 1, `ratio ${r}`).toBe(clamped > 1)
    }
  })
})
