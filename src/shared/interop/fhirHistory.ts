import type { Observation, ObservationComponent, Quantity } from 'fhir/r4'
import type { Assessment } from '../model/assessment/assessment'
import { nightPainOptions, onsetMechanismLabels, type History } from '../model/assessment/history'
import {
  kneePainLabels,
  legPositionOptions,
  menopauseStatusLabels,
  psychosocialQuestions,
  surfaceHardnessLabels,
  symptomFrequencyLabels,
} from '../model/assessment/historyScreening'
import type { ObservationCommon } from './fhirFindings'
import { codeable, derivedUuid, fhirSystems } from './fhirCodes'

/**
 * History answers as FHIR Observations: the fields added in document version 2, with the
 * night-pain answer and the mechanism of onset that the reasoning reads alongside them. Each is
 * coded in the app's history-item code system (its path in the assessment); the temperature
 * also as LOINC 8310-5, body temperature. Only recorded answers: "not assessed" is left out.
 */

type Category = 'vital-signs' | 'survey' | 'exam' | 'social-history' | 'activity'
const categoryDisplay: Record<Category, string> = {
  'vital-signs': 'Vital Signs',
  survey: 'Survey',
  exam: 'Exam',
  'social-history': 'Social History',
  activity: 'Activity',
}

type Value = Pick<
  Observation,
  'valueQuantity' | 'valueBoolean' | 'valueCodeableConcept' | 'valueString' | 'component' | 'note'
>

interface HistoryItem {
  /** Path in the history, also the code in the history-item code system. */
  path: string
  label: string
  category: Category
  value: (h: History) => Value | undefined
}

const ucum = (value: number, unit: string, code: string): Quantity => ({
  value,
  unit,
  system: fhirSystems.ucum,
  code,
})

const yesNo =
  (pick: (h: History) => string | undefined) =>
  (h: History): Value | undefined => {
    const v = pick(h)
    return v === 'yes' || v === 'no' ? { valueBoolean: v === 'yes' } : undefined
  }

const choice =
  (pick: (h: History) => string | undefined, labels: Record<string, string>) =>
  (h: History): Value | undefined => {
    const v = pick(h)
    if (v === undefined || !(v in labels)) return undefined
    return {
      valueCodeableConcept: {
        ...codeable(fhirSystems.historyAnswer, v, labels[v]!),
        text: labels[v],
      },
    }
  }

const labelsOf = (options: readonly { value: string; label: string }[]) =>
  Object.fromEntries(options.map((o) => [o.value, o.label]))

const component = (code: string, display: string, value: Partial<ObservationComponent>) => ({
  code: { ...codeable(fhirSystems.historyItem, code, display), text: display },
  ...value,
})

const items: HistoryItem[] = [
  {
    path: 'temperatureC',
    label: 'Temperature today',
    category: 'vital-signs',
    value: (h) =>
      typeof h.temperatureC === 'number'
        ? { valueQuantity: ucum(h.temperatureC, '°C', 'Cel') }
        : undefined,
  },
  {
    path: 'weightLoss',
    label: 'Unexplained weight loss',
    category: 'survey',
    value: ({ weightLoss: w }) =>
      w?.kg === undefined
        ? undefined
        : {
            valueQuantity: ucum(w.kg, 'kg', 'kg'),
            ...(w.duration
              ? {
                  component: [
                    component('weightLoss.duration', 'Over how long', {
                      valueQuantity: ucum(
                        w.duration.value,
                        w.duration.unit,
                        w.duration.unit === 'weeks' ? 'wk' : 'mo',
                      ),
                    }),
                  ],
                }
              : {}),
          },
  },
  {
    path: 'previousCancer',
    label: 'Previous cancer',
    category: 'survey',
    value: ({ previousCancer: c }) =>
      c?.type?.trim() || c?.yearDiagnosed !== undefined
        ? {
            valueString: c.type?.trim() || 'Type not recorded',
            ...(c.yearDiagnosed !== undefined
              ? {
                  component: [
                    component('previousCancer.yearDiagnosed', 'Year diagnosed', {
                      valueInteger: c.yearDiagnosed,
                    }),
                  ],
                }
              : {}),
          }
        : undefined,
  },
  {
    path: 'legAtRest.position',
    label: 'Leg at rest',
    category: 'exam',
    value: choice((h) => h.legAtRest?.position, labelsOf(legPositionOptions)),
  },
  {
    path: 'legAtRest.apparentShortening',
    label: 'Leg looks shorter',
    category: 'exam',
    value: yesNo((h) => h.legAtRest?.apparentShortening),
  },
  {
    path: 'kneePain',
    label: 'Knee pain (other than lateral)',
    category: 'survey',
    value: choice((h) => h.kneePain, kneePainLabels),
  },
  {
    path: 'thighNumbness',
    label: 'Burning, tingling or numbness over the front or outside of the thigh',
    category: 'survey',
    value: yesNo((h) => h.thighNumbness),
  },
  {
    path: 'onset.mechanism',
    label: 'How it started',
    category: 'survey',
    value: choice((h) => h.onset?.mechanism, onsetMechanismLabels),
  },
  {
    path: 'onset.catchAtOnset',
    label: 'A catch in the hip at onset',
    category: 'survey',
    value: yesNo((h) => h.onset?.catchAtOnset),
  },
  {
    path: 'nightPain',
    label: 'Night pain',
    category: 'survey',
    value: choice((h) => h.nightPain, labelsOf(nightPainOptions)),
  },
  {
    path: 'weightBearingPain',
    label: 'Pain on standing and walking',
    category: 'survey',
    value: yesNo((h) => h.weightBearingPain),
  },
  {
    path: 'mechanicalFrequency.locking',
    label: 'How often the hip locks',
    category: 'survey',
    value: choice((h) => h.mechanicalFrequency?.locking, symptomFrequencyLabels),
  },
  {
    path: 'mechanicalFrequency.givingWay',
    label: 'How often the hip gives way',
    category: 'survey',
    value: choice((h) => h.mechanicalFrequency?.givingWay, symptomFrequencyLabels),
  },
  {
    path: 'training.increasePercent',
    label: 'Training increase',
    category: 'activity',
    value: (h) =>
      h.training?.increasePercent !== undefined
        ? { valueQuantity: ucum(h.training.increasePercent, '%', '%') }
        : undefined,
  },
  {
    path: 'training.surfaceHardness',
    label: 'Running surface hardness',
    category: 'activity',
    value: choice((h) => h.training?.surfaceHardness, surfaceHardnessLabels),
  },
  ...psychosocialQuestions.map((q): HistoryItem => ({
    path: `psychosocial.${q.key}`,
    label: q.label,
    category: 'social-history',
    value: yesNo((h) => h.psychosocial?.[q.key]),
  })),
  {
    path: 'psychosocial.notes',
    label: 'Psychosocial notes',
    category: 'social-history',
    value: (h) =>
      h.psychosocial?.notes?.trim() ? { valueString: h.psychosocial.notes.trim() } : undefined,
  },
  {
    path: 'general.menopauseStatus',
    label: 'Menopause',
    category: 'social-history',
    value: choice((h) => h.general?.menopauseStatus, menopauseStatusLabels),
  },
  {
    path: 'general.hormoneTherapy',
    label: 'Hormone replacement therapy',
    category: 'social-history',
    value: yesNo((h) => h.general?.hormoneTherapy),
  },
  {
    path: 'pastHistory.hipInjection',
    label: 'Injection into the hip region',
    category: 'survey',
    value: (h) => {
      const answer = yesNo((x) => x.pastHistory?.hipInjection)(h)
      const details = h.pastHistory?.hipInjectionDetails?.trim()
      return answer && details ? { ...answer, note: [{ text: details }] } : answer
    },
  },
]

/** The history-item paths exported, for the documentation and tests. */
export const exportedHistoryPaths = items.map((i) => i.path)

export function historyObservations(a: Assessment, common: ObservationCommon): Observation[] {
  return items.flatMap((item): Observation[] => {
    const value = item.value(a.history)
    if (!value) return []
    const local = codeable(fhirSystems.historyItem, item.path, item.label).coding!
    const loinc =
      item.path === 'temperatureC'
        ? [{ system: fhirSystems.loinc, code: '8310-5', display: 'Body temperature' }]
        : []
    return [
      {
        resourceType: 'Observation',
        id: derivedUuid(`${a.id}/history/${item.path}`),
        ...common,
        category: [
          codeable(fhirSystems.observationCategory, item.category, categoryDisplay[item.category]),
        ],
        code: { coding: [...loinc, ...local], text: item.label },
        ...value,
      },
    ]
  })
}
