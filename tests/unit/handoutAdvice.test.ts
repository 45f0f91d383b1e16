import { describe, expect, it } from 'vitest'
import {
  DEFAULT_LOG_WEEKS,
  MAX_LOG_WEEKS,
  exerciseLogWeeks,
} from '../../src/shared/clinical/plan/exerciseLog'
import { generatePlan } from '../../src/shared/clinical/plan/generatePlan'
import {
  planCues,
  runningAdviceForRunner,
} from '../../src/shared/clinical/plan/runningAdviceForRunner'
import type { FindingSet } from '../../src/shared/clinical/reasoning/findings'

const planWith = (findings: FindingSet) =>
  generatePlan({
    diagnoses: ['gluteal-tendinopathy'],
    redFlags: [],
    findings,
    date: '2026-11-02',
    now: new Date('2026-11-02T10:00:00Z'),
  })

describe('the running advice of the handout, in plain words', () => {
  it('explains cadence as steps a minute, how to count them, and a target 5% above today', () => {
    const plan = planWith({ 'low-cadence': 'present' } as FindingSet)
    const advice = runningAdviceForRunner({ plan, cadenceSpm: 158, stopRunning: false })
    expect(advice.map((a) => a.title)).toEqual([
      'How much to run',
      'The pain rule',
      'Your step rate (cadence)',
    ])
    const cadence = advice[2]!.text
    expect(cadence).toContain('Cadence means how many steps you take in one minute')
    expect(cadence).toContain('for 30 seconds, then double the number')
    expect(cadence).toContain('Today you ran at 158 steps a minute: aim for about 166.')
    // No jargon or study names reach the runner.
    for (const a of advice) {
      expect(a.text).not.toMatch(/Heiderscheit|contralateral|adduction|energy absorption|RPE|%/)
    }
  })

  it('says "5 more steps in every 100" when no step rate was counted', () => {
    const plan = planWith({ 'low-cadence': 'present' } as FindingSet)
    const advice = runningAdviceForRunner({ plan, stopRunning: false })
    expect(advice.find((a) => a.title.includes('cadence'))!.text).toContain(
      'about 5 more steps in every 100',
    )
  })

  it('carries the technique cues the plan holds, each once', () => {
    const plan = planWith({
      'running-crossover': 'present',
      'running-pelvic-drop': 'present',
    } as FindingSet)
    const ids = planCues(plan).map((c) => c.id)
    expect(ids).toEqual(expect.arrayContaining(['step-width', 'pelvic-drop']))
    expect(new Set(ids).size).toBe(ids.length)
    const advice = runningAdviceForRunner({ plan, stopRunning: false })
    expect(advice.map((a) => a.title)).toContain('Wider step, no crossover')
  })

  it('gives only "no running for now" when a red flag stops running', () => {
    const plan = planWith({ 'low-cadence': 'present' } as FindingSet)
    const advice = runningAdviceForRunner({ plan, cadenceSpm: 158, stopRunning: true })
    expect(advice).toHaveLength(1)
    expect(advice[0]!.title).toBe('No running for now')
    expect(runningAdviceForRunner({ plan: undefined, stopRunning: false })).toEqual([])
  })

  it('holds back the build-up and the pain rule while any other red flag awaits a doctor', () => {
    const plan = planWith({ 'low-cadence': 'present' } as FindingSet)
    const advice = runningAdviceForRunner({
      plan,
      cadenceSpm: 158,
      stopRunning: false,
      redFlagPending: true,
    })
    expect(advice.map((a) => a.title)).toEqual(['Do not build up your running yet'])
    expect(advice[0]!.text).toMatch(/checking by a doctor first/)
  })
})

describe('the exercise log weeks', () => {
  it('covers the visit to the review, a week per table, starting on the visit day', () => {
    const weeks = exerciseLogWeeks('2026-11-02', '2026-11-16')
    expect(weeks).toHaveLength(2)
    expect(weeks[0]!.days).toEqual([
      '2026-11-02',
      '2026-11-03',
      '2026-11-04',
      '2026-11-05',
      '2026-11-06',
      '2026-11-07',
      '2026-11-08',
    ])
    expect(weeks[1]!.days[0]).toBe('2026-11-09')
    // A review part-way through a week still gets that week; across a month end too.
    expect(exerciseLogWeeks('2026-11-28', '2026-12-10')).toHaveLength(2)
    expect(exerciseLogWeeks('2026-11-28', '2026-12-10')[0]!.days[4]).toBe('2026-12-02')
  })

  it('prints 4 weeks without a review date, at least one, at most twelve', () => {
    expect(exerciseLogWeeks('2026-11-02', undefined)).toHaveLength(DEFAULT_LOG_WEEKS)
    expect(DEFAULT_LOG_WEEKS).toBe(4)
    expect(exerciseLogWeeks('2026-11-02', '2026-11-02')).toHaveLength(1)
    expect(exerciseLogWeeks('2026-11-02', '2026-10-01')).toHaveLength(1)
    expect(exerciseLogWeeks('2026-11-02', '2027-11-02')).toHaveLength(MAX_LOG_WEEKS)
  })
})
