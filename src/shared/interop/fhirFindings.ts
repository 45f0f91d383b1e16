import type { CodeableConcept, Observation } from 'fhir/r4'
import { specialTests } from '../clinical/specialTests'
import type { Assessment } from '../model/assessment/assessment'
import {
  palpationSites,
  specialTestIds,
  type PalpationResult,
} from '../model/assessment/physicalExam'
import { NOT_ASSESSED } from '../model/assessment/recordedValues'
import {
  footStrikeLabels,
  hipExtensionLabels,
  runningItemLabels,
  stanceFaultLabels,
  trunkLeanLabels,
} from '../model/assessment/runningTechnique'
import { codeable, derivedUuid, fhirSystems } from './fhirCodes'

/**
 * The non-numeric findings as FHIR Observations: each special test that was done (positive or
 * negative, with the side and what it reproduced), each site palpated (tender or not, per side)
 * and each running-checklist item observed. What was not assessed is left out, as FHIR has no
 * use for "not assessed" rows.
 */

/** What every Observation of one assessment shares. */
export type ObservationCommon = Pick<
  Observation,
  'status' | 'subject' | 'encounter' | 'effectiveDateTime' | 'issued' | 'performer'
>

const examCategory = [codeable(fhirSystems.observationCategory, 'exam', 'Exam')]

/** SNOMED CT qualifier values 10828004 |Positive| and 260385009 |Negative|. */
const testResultValue: Record<'positive' | 'negative', CodeableConcept> = {
  positive: { ...codeable(fhirSystems.snomed, '10828004', 'Positive'), text: 'Positive' },
  negative: { ...codeable(fhirSystems.snomed, '260385009', 'Negative'), text: 'Negative' },
}

const sideText = { left: 'Left side', right: 'Right side', both: 'Both sides', midline: 'Midline' }

export function specialTestObservations(a: Assessment, common: ObservationCommon): Observation[] {
  const recorded = a.exam.specialTests ?? {}
  return specialTestIds.flatMap((id): Observation[] => {
    const entry = recorded[id]
    if (entry?.result !== 'positive' && entry?.result !== 'negative') return []
    const name = specialTests[id].name
    const reproduced = entry.reproduced?.trim()
    return [
      {
        resourceType: 'Observation',
        id: derivedUuid(`${a.id}/special-test/${id}`),
        ...common,
        category: examCategory,
        code: { ...codeable(fhirSystems.specialTest, id, name), text: name },
        valueCodeableConcept: testResultValue[entry.result],
        ...(entry.side ? { bodySite: { text: sideText[entry.side] } } : {}),
        ...(reproduced ? { note: [{ text: `Reproduced: ${reproduced}` }] } : {}),
      },
    ]
  })
}

export function palpationObservations(a: Assessment, common: ObservationCommon): Observation[] {
  const recorded = a.exam.palpation ?? {}
  return palpationSites.flatMap((site): Observation[] => {
    const entry = recorded[site.id]
    const places: ['left' | 'right' | 'midline', PalpationResult | undefined][] =
      'midline' in site && site.midline
        ? [['midline', entry?.midline]]
        : [
            ['left', entry?.left],
            ['right', entry?.right],
          ]
    const display = `Tenderness on palpation: ${site.label}`
    return places.flatMap(([where, result]): Observation[] =>
      result === 'tender' || result === 'not-tender'
        ? [
            {
              resourceType: 'Observation',
              id: derivedUuid(`${a.id}/palpation/${site.id}/${where}`),
              ...common,
              category: examCategory,
              code: { ...codeable(fhirSystems.palpationSite, site.id, display), text: display },
              valueBoolean: result === 'tender',
              bodySite: { text: sideText[where] },
            },
          ]
        : [],
    )
  })
}

const activityCategory = [codeable(fhirSystems.observationCategory, 'activity', 'Activity')]

const runningChoices = {
  trunkLean: trunkLeanLabels,
  footStrike: footStrikeLabels,
  pelvicDrop: stanceFaultLabels,
  hipAdductionKneeValgus: stanceFaultLabels,
  hipExtensionAtToeOff: hipExtensionLabels,
} as const
const runningYesNo = ['overstride', 'crossover'] as const

export function runningObservations(a: Assessment, common: ObservationCommon): Observation[] {
  const r = a.running
  if (r.status === NOT_ASSESSED) return []
  const observation = (
    item: keyof typeof runningItemLabels,
    value: Pick<Observation, 'valueCodeableConcept' | 'valueBoolean'>,
  ): Observation => ({
    resourceType: 'Observation',
    id: derivedUuid(`${a.id}/running/${item}`),
    ...common,
    category: activityCategory,
    code: {
      ...codeable(fhirSystems.runningItem, item, runningItemLabels[item]),
      text: runningItemLabels[item],
    },
    ...value,
  })
  const choices = (Object.keys(runningChoices) as (keyof typeof runningChoices)[]).flatMap(
    (item) => {
      const value = r[item]
      if (value === undefined || value === NOT_ASSESSED) return []
      const label = (runningChoices[item] as Record<string, string>)[value]!
      return [
        observation(item, {
          valueCodeableConcept: {
            ...codeable(fhirSystems.runningFinding, value, label),
            text: label,
          },
        }),
      ]
    },
  )
  const yesNo = runningYesNo.flatMap((item) => {
    const value = r[item]
    return value === 'yes' || value === 'no'
      ? [observation(item, { valueBoolean: value === 'yes' })]
      : []
  })
  return [...choices, ...yesNo]
}
