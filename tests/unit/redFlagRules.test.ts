import { describe, expect, it } from 'vitest'
import { reason } from '../../src/shared/clinical/reasoning/engine'
import { redFlagRules } from '../../src/shared/clinical/reasoning/redFlagRules'
import { redFlagIds } from '../../src/shared/clinical/conditions/conditionIds'
import { inputFor, raisedFlags } from '../support/reasoning'

type Sections = Parameters<Parameters<typeof inputFor>[2] & object>[0]

const groin = (s: Sections) => {
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

  it('septic arthritis: a measured temperature of 38 °C raises it, 37.9 °C does not', () => {
    const withTemperature = (t: number) =>
      reason(
        inputFor(30, 'male', (s) => {
          groin(s)
          s.history.temperatureC = t
          s.history.legAtRest = { position: 'flexed-abducted-externally-rotated' }
        }),
      ).redFlags.find((f) => f.id === 'septic-arthritis')
    expect(withTemperature(38)?.because).toEqual([
      'Temperature 38 °C',
      'Leg held flexed, abducted and externally rotated',
    ])
    expect(withTemperature(37.9)).toBeUndefined()
  })

  it('septic arthritis: when a child cannot bear weight and no temperature was taken, asks for one among the first tests', () => {
    const input = inputFor(7, 'male', (s) => {
      groin(s)
      s.history.redFlags = { unableToBearWeight: 'yes' }
    })
    expect(reason(input).suggestedTests).toContainEqual(
      expect.objectContaining({
        what: 'Temperature',
        why: expect.stringMatching(/rule out.*septic arthritis/),
        priority: 100,
      }),
    )
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

  it('malignancy: constant night pain alone asks for a medical review at 34, an urgent referral over 50', () => {
    const nightPain = (age: number, more: (s: Sections) => void = () => {}) =>
      reason(
        inputFor(age, 'male', (s) => {
          s.history.nightPain = 'unrelenting'
          more(s)
        }),
      ).redFlags.find((f) => f.id === 'malignancy')
    expect(nightPain(34)).toMatchObject({ urgency: 'soon', stopRunning: false })
    expect(nightPain(34)?.action).toMatch(/medical review/i)
    expect(nightPain(51)).toMatchObject({ name: 'Possible malignancy', urgency: 'urgent' })
    // With another feature of malignancy, it is urgent at any age.
    const withSweats = nightPain(34, (s) => (s.history.redFlags = { nightSweats: 'yes' }))
    expect(withSweats).toMatchObject({ urgency: 'urgent', stopRunning: true })
    expect(withSweats?.because).toEqual([
      'Night sweats',
      'Night pain not eased by rest or position',
    ])
  })

  it('malignancy: night pain that is part of a suspected stress fracture gets no second review', () => {
    const input = inputFor(34, 'female', (s) => {
      groin(s)
      s.history.nightPain = 'unrelenting'
      s.exam.specialTests!.hop = { result: 'positive', side: 'right' }
    })
    expect(raisedFlags(input)).toEqual(['femoral-neck-stress-fracture'])
  })

  it('malignancy: says which cancer and how much weight was lost; a small loss alone is a review', () => {
    const flag = (build: (s: Sections) => void) =>
      reason(inputFor(40, 'female', build)).redFlags.find((f) => f.id === 'malignancy')
    expect(
      flag((s) => {
        s.history.redFlags = { cancerHistory: 'yes' }
        s.history.previousCancer = { type: 'Breast', yearDiagnosed: 2019 }
      })?.because,
    ).toEqual(['History of cancer (Breast, 2019)'])
    const loss = (kg: number) =>
      flag((s) => {
        s.history.redFlags = { unexplainedWeightLoss: 'yes' }
        s.history.weightLoss = { kg, duration: { value: 3, unit: 'months' } }
        s.exam.bodyMassKg = 60
      })
    // 4 kg of 64 kg is 6.3%: over the 5% threshold.
    expect(loss(4)).toMatchObject({ urgency: 'urgent' })
    expect(loss(4)?.because).toEqual(['Unexplained weight loss: 4 kg in 3 months'])
    // 1 kg of 61 kg is 1.6%: a review, not an urgent referral.
    expect(loss(1)).toMatchObject({ urgency: 'soon' })
  })

  it('SCFE: a 13-year-old pointing to the knee, with restricted internal rotation, even without a limp', () => {
    const knee = (ir: number) =>
      raisedFlags(
        inputFor(13, 'male', (s) => {
          s.history.kneePain = 'anterior'
          s.exam.rom = { motions: { internalRotation: { right: ir, left: 35 } } }
        }),
      )
    expect(knee(10)).toContain('scfe')
    expect(knee(35)).not.toContain('scfe')
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

  it('fracture after trauma: a fall onto the hip with the leg shortened and turned out; a direct blow alone is not enough', () => {
    const fall = (position: 'shortened-externally-rotated' | 'normal') =>
      raisedFlags(
        inputFor(72, 'female', (s) => {
          s.history.onset = { type: 'sudden', mechanism: 'fall' }
          s.history.legAtRest = { position }
        }),
      )
    expect(fall('shortened-externally-rotated')).toContain('fracture-after-trauma')
    expect(fall('normal')).not.toContain('fracture-after-trauma')
    const storedV1 = raisedFlags(
      inputFor(72, 'female', (s) => {
        s.history.onset = { mechanism: 'fall-or-collision' }
        s.history.redFlags = { unableToBearWeight: 'yes' }
      }),
    )
    expect(storedV1).toContain('fracture-after-trauma')
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

  it('RED-S: irregular or absent periods around and after the menopause are not counted', () => {
    const periods = (
      menstrualStatus: 'irregular' | 'absent',
      menopauseStatus: 'premenopausal' | 'perimenopausal' | 'postmenopausal',
    ) =>
      raisedFlags(
        inputFor(49, 'female', (s) => {
          s.history.energyAvailability = { menstrualStatus }
          s.history.general = { menopauseStatus }
        }),
      )
    expect(periods('irregular', 'premenopausal')).toContain('red-s')
    expect(periods('irregular', 'perimenopausal')).not.toContain('red-s')
    expect(periods('absent', 'postmenopausal')).not.toContain('red-s')
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
