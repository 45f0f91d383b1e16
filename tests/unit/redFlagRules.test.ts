import { describe, expect, it } from 'vitest'
import { reason } from '../../src/shared/clinical/reasoning/engine'
import { redFlagRules } from '../../src/shared/clinical/reasoning/redFlagRules'
import { redFlagIds } from '../../src/shared/clinical/conditions/conditionIds'
import { inputFor, raisedFlags } from '../support/reasoning'

const groin = (s: Parameters<Parameters<typeof inputFor>[2] & object>[0]) => {
  s.history.painSide = 'right'
  s.history.painAreas = [{ region: 'groin', side: 'right' }]
}

describe('red-flag rules', () => {
  it('there is one rule per red-flag id, each with an action and a source', () => {
    expect(redFlagRules.map((r) => r.id).sort()).toEqual([...redFlagIds].sort())
    for (const rule of redFlagRules) {
      expect(rule.action.length).toBeGreaterThan(30)
      expect(rule.citation).toBeDefined()
    }
  })

  it('raises nothing for an empty assessment', () => {
    expect(raisedFlags(inputFor(30, 'female'))).toEqual([])
  })

  describe('femoral neck stress fracture', () => {
    it('is raised by groin pain with a painful hop, whatever else', () => {
      const input = inputFor(30, 'male', (s) => {
        groin(s)
        s.exam.specialTests!.hop = { result: 'positive', side: 'right' }
      })
      expect(raisedFlags(input)).toContain('femoral-neck-stress-fracture')
    })

    it('is raised by groin pain that worsens with distance after a training increase, with no test done', () => {
      const input = inputFor(30, 'male', (s) => {
        groin(s)
        s.history.runningBehaviour = { worseTheLongerYouRun: 'yes' }
        s.history.training = { recentChange: 'increase' }
      })
      expect(raisedFlags(input)).toContain('femoral-neck-stress-fracture')
    })

    it('is not raised by progression alone, without a risk factor or a loading test (e.g. hip OA)', () => {
      const input = inputFor(58, 'male', (s) => {
        groin(s)
        s.history.runningBehaviour = { worseTheLongerYouRun: 'yes' }
        s.history.training = { recentChange: 'no-change' }
        s.exam.rom = { motions: { internalRotation: { right: 10, left: 30, painRight: true } } }
      })
      expect(raisedFlags(input)).not.toContain('femoral-neck-stress-fracture')
    })

    it('is not raised for lateral hip pain with a painful hop', () => {
      const input = inputFor(30, 'male', (s) => {
        s.history.painAreas = [{ region: 'lateral-hip', side: 'right' }]
        s.exam.specialTests!.hop = { result: 'positive', side: 'right' }
      })
      expect(raisedFlags(input)).not.toContain('femoral-neck-stress-fracture')
    })

    it('says to stop running and its action names crutches and MRI', () => {
      const rule = redFlagRules.find((r) => r.id === 'femoral-neck-stress-fracture')!
      expect(rule.stopRunning).toBe(true)
      expect(rule.action).toMatch(/crutches.*MRI/s)
    })
  })

  it('septic arthritis: fever is an emergency', () => {
    const input = inputFor(25, 'female', (s) => (s.history.redFlags = { feverOrUnwell: 'yes' }))
    const flag = reason(input).redFlags.find((f) => f.id === 'septic-arthritis')
    expect(flag?.urgency).toBe('emergency')
  })

  it.each([
    ['cancerHistory', 'History of cancer'],
    ['unexplainedWeightLoss', 'Unexplained weight loss'],
    ['nightSweats', 'Night sweats'],
  ] as const)('malignancy: %s alone raises it', (key, because) => {
    const flag = reason(
      inputFor(40, 'male', (s) => (s.history.redFlags = { [key]: 'yes' })),
    ).redFlags.find((f) => f.id === 'malignancy')
    expect(flag?.because).toEqual([because])
  })

  it('malignancy: unrelenting night pain counts over 50, not at 34', () => {
    const nightPain = (age: number) =>
      raisedFlags(inputFor(age, 'male', (s) => (s.history.nightPain = 'unrelenting')))
    expect(nightPain(51)).toContain('malignancy')
    expect(nightPain(34)).not.toContain('malignancy')
  })

  it('SCFE: a limping 12-year-old with restricted internal rotation, not a 17-year-old', () => {
    const child = (age: number) =>
      raisedFlags(
        inputFor(age, 'male', (s) => {
          groin(s)
          s.history.redFlags = { limp: 'yes' }
          s.exam.rom = { motions: { internalRotation: { right: 5, left: 35 } } }
        }),
      )
    expect(child(12)).toContain('scfe')
    expect(child(17)).not.toContain('scfe')
  })

  it('avascular necrosis: corticosteroids with groin pain and painful internal rotation', () => {
    const input = inputFor(45, 'male', (s) => {
      groin(s)
      s.history.redFlags = { corticosteroidUse: 'yes' }
      s.exam.rom = { motions: { internalRotation: { right: 30, left: 35, painRight: true } } }
    })
    expect(raisedFlags(input)).toContain('avascular-necrosis')
  })

  it('fracture after trauma: a fall and unable to bear weight; a fall alone is not enough', () => {
    const fall = (unable: 'yes' | 'no') =>
      raisedFlags(
        inputFor(
          70,
          'female',
          (s) => (s.history.redFlags = { recentTrauma: 'yes', unableToBearWeight: unable }),
        ),
      )
    expect(fall('yes')).toContain('fracture-after-trauma')
    expect(fall('no')).not.toContain('fracture-after-trauma')
  })

  it('avulsion: a sudden pop sprinting at 15 with apophysis tenderness; not at 19', () => {
    const sprint = (age: number) =>
      raisedFlags(
        inputFor(age, 'male', (s) => {
          groin(s)
          s.history.onset = { type: 'sudden', feltPop: 'yes', mechanism: 'sprint-or-acceleration' }
          s.exam.palpation = { asis: { right: 'tender', left: 'not-tender' } }
        }),
      )
    expect(sprint(15)).toContain('avulsion-immature')
    expect(sprint(19)).not.toContain('avulsion-immature')
  })

  it('RED-S: irregular periods or restricted eating, in men too', () => {
    expect(
      raisedFlags(
        inputFor(
          30,
          'female',
          (s) => (s.history.energyAvailability = { menstrualStatus: 'irregular' }),
        ),
      ),
    ).toContain('red-s')
    expect(
      raisedFlags(
        inputFor(
          30,
          'male',
          (s) => (s.history.energyAvailability = { restrictedEatingOrWeightLoss: 'yes' }),
        ),
      ),
    ).toContain('red-s')
    expect(
      raisedFlags(
        inputFor(
          30,
          'female',
          (s) => (s.history.energyAvailability = { menstrualStatus: 'regular' }),
        ),
      ),
    ).not.toContain('red-s')
  })

  it('progressive neurological deficit and cauda equina', () => {
    expect(
      raisedFlags(
        inputFor(
          50,
          'male',
          (s) => (s.history.redFlags = { progressiveNeurologicalDeficit: 'yes' }),
        ),
      ),
    ).toEqual(['progressive-neurological-deficit'])
    const ce = reason(
      inputFor(50, 'male', (s) => (s.history.redFlags = { bladderBowelOrSaddle: 'yes' })),
    ).redFlags
    expect(ce.map((f) => [f.id, f.urgency])).toEqual([['cauda-equina', 'emergency']])
  })
})
