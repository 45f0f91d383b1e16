import { describe, expect, it } from 'vitest'
import {
  scoreHagos,
  scoreIhot12,
  scoreLefs,
  scoreVisaG,
} from '../../src/shared/clinical/outcomeScoring'

describe('LEFS (Binkley 1999): sum of 20 items scored 0-4', () => {
  it('scores a complete form: 16 items "no difficulty" and 4 items "moderate difficulty" = 72/80', () => {
    const items = [...Array(16).fill(4), 2, 2, 2, 2]
    expect(scoreLefs({ status: 'recorded', items })).toEqual({ kind: 'score', value: 72 })
  })
  it('reaches the ends of the scale', () => {
    expect(scoreLefs({ status: 'recorded', items: Array(20).fill(0) })).toEqual({
      kind: 'score',
      value: 0,
    })
    expect(scoreLefs({ status: 'recorded', items: Array(20).fill(4) })).toEqual({
      kind: 'score',
      value: 80,
    })
  })
  it('does not score a form with blanks, and says how far the patient got', () => {
    const items = [...Array(18).fill(3), null, null]
    expect(scoreLefs({ status: 'recorded', items })).toEqual({
      kind: 'incomplete',
      answered: 18,
      of: 20,
    })
  })
  it('tells "not assessed" from "not recorded yet"', () => {
    expect(scoreLefs({ status: 'not-assessed' })).toEqual({ kind: 'not-assessed' })
    expect(scoreLefs(undefined)).toEqual({ kind: 'not-recorded' })
  })
})

describe('iHOT-12: mean of 12 items scored 0-100', () => {
  it('averages the items to one decimal', () => {
    const items = [60, 70, 80, 50, 65, 75, 55, 45, 90, 85, 40, 62]
    expect(scoreIhot12({ status: 'recorded', items })).toEqual({ kind: 'score', value: 64.8 })
  })
  it('uses the total written on the form when the items were not keyed in', () => {
    expect(scoreIhot12({ status: 'recorded', total: 58 })).toEqual({ kind: 'score', value: 58 })
  })
  it('prefers complete items over a total, and reports partial items without a total', () => {
    expect(scoreIhot12({ status: 'recorded', items: Array(12).fill(50), total: 99 })).toEqual({
      kind: 'score',
      value: 50,
    })
    expect(scoreIhot12({ status: 'recorded', items: [50, 60, null] })).toEqual({
      kind: 'incomplete',
      answered: 2,
      of: 12,
    })
  })
})

describe('VISA-G and HAGOS: scores entered from the patient forms', () => {
  it('takes the VISA-G total', () => {
    expect(scoreVisaG({ status: 'recorded', total: 64 })).toEqual({ kind: 'score', value: 64 })
    expect(scoreVisaG({ status: 'recorded' })).toEqual({ kind: 'incomplete', answered: 0, of: 1 })
  })
  it('keeps the six HAGOS subscales apart: HAGOS has no total', () => {
    const hagos = scoreHagos({
      status: 'recorded',
      pain: 80,
      symptoms: 71.4,
      adl: 90,
      sport: 62.5,
      physicalActivity: 50,
    })
    expect(hagos.pain).toEqual({ kind: 'score', value: 80 })
    expect(hagos.qualityOfLife).toEqual({ kind: 'incomplete', answered: 0, of: 1 })
    expect(Object.keys(hagos)).toHaveLength(6)
  })
})
