import { describe, expect, it } from 'vitest'
import { outcomeMeasuresSchema } from '../../src/shared/model/assessment/outcomeMeasures'
import {
  grocLabel,
  scoreGroc,
  scoreHagos,
  scorePsfs,
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

describe('PSFS (Stratford 1995): the mean of the activities the patient names, each 0-10', () => {
  it('scores three rated activities as their mean, to one decimal', () => {
    const activities = [
      { activity: 'Running 10 km', score: 3 },
      { activity: 'Stairs two at a time', score: 6 },
      { activity: 'Sitting through a film', score: 8 },
    ]
    expect(scorePsfs({ status: 'recorded', activities })).toEqual({ kind: 'score', value: 5.7 })
  })
  it('stays incomplete while a named activity has no rating, or none is named', () => {
    const activities = [
      { activity: 'Running 10 km', score: 3 },
      { activity: 'Hill repeats', score: null },
    ]
    expect(scorePsfs({ status: 'recorded', activities })).toEqual({
      kind: 'incomplete',
      answered: 1,
      of: 2,
    })
    expect(scorePsfs({ status: 'recorded', activities: [] })).toEqual({
      kind: 'incomplete',
      answered: 0,
      of: 1,
    })
    expect(scorePsfs({ status: 'not-assessed' })).toEqual({ kind: 'not-assessed' })
  })
  it('refuses a sixth activity, a rating above 10 and an unnamed activity, saying where', () => {
    const six = Array.from({ length: 6 }, (_, i) => ({ activity: `Activity ${i}`, score: 5 }))
    expect(outcomeMeasuresSchema.safeParse({ psfs: { activities: six } }).success).toBe(false)
    const high = outcomeMeasuresSchema.safeParse({
      psfs: { activities: [{ activity: 'Running', score: 11 }] },
    })
    expect(high.error?.issues[0]).toMatchObject({
      path: ['psfs', 'activities', 0, 'score'],
      message: 'At most 10',
    })
    const unnamed = outcomeMeasuresSchema.safeParse({
      psfs: { activities: [{ activity: '  ', score: 4 }] },
    })
    expect(unnamed.error?.issues[0]?.message).toBe('Name the activity')
  })
})

describe('GROC (Jaeschke 1989): one rating from -7 to +7', () => {
  it("takes the rating the patient chose and names it in the scale's words", () => {
    expect(scoreGroc({ status: 'recorded', score: 5 })).toEqual({ kind: 'score', value: 5 })
    expect(scoreGroc({ status: 'recorded' })).toEqual({ kind: 'incomplete', answered: 0, of: 1 })
    expect(grocLabel(5)).toBe('A good deal better')
    expect(grocLabel(-1)).toBe('Almost the same, hardly any worse')
    expect(grocLabel(0)).toBe('About the same')
    expect(grocLabel(-7)).toBe('A very great deal worse')
  })
  it('refuses a rating outside the scale', () => {
    expect(outcomeMeasuresSchema.safeParse({ groc: { score: 8 } }).success).toBe(false)
    expect(() => grocLabel(2.5)).toThrow()
  })
})
