import type { History } from '../../src/shared/model/assessment/history'

/**
 * Every history field added in document version 2, filled in as a clinician might for an older
 * runner who fell: used to check that each one travels through the schema, the form, the
 * clinician report and the FHIR export.
 */
export const newHistoryFields = {
  kneePain: 'anterior',
  thighNumbness: 'no',
  onset: { mechanism: 'fall', catchAtOnset: 'no' },
  weightBearingPain: 'yes',
  mechanicalFrequency: { locking: 'never', givingWay: 'less-than-weekly' },
  training: { increasePercent: 40, surfaceHardness: 'hard' },
  pastHistory: {
    hipInjection: 'yes',
    hipInjectionDetails: 'Corticosteroid into the trochanteric bursa, March 2026',
  },
  temperatureC: 37.2,
  weightLoss: { kg: 6, duration: { value: 3, unit: 'months' } },
  previousCancer: { type: 'Breast', yearDiagnosed: 2019 },
  legAtRest: { position: 'shortened-externally-rotated', apparentShortening: 'yes' },
  psychosocial: {
    fearOfMovement: 'yes',
    unhelpfulBeliefs: 'no',
    sleepDisturbance: 'yes',
    stressOrLowMood: 'no',
    notes: 'Worried she will never run again.',
  },
  general: { menopauseStatus: 'postmenopausal', hormoneTherapy: 'no' },
} satisfies History

/** The paths of those fields, e.g. `history.legAtRest.position`. */
export function newHistoryPaths(value: unknown = newHistoryFields, prefix = 'history'): string[] {
  if (value === null || typeof value !== 'object') return [prefix]
  return Object.entries(value).flatMap(([k, v]) =>
    k === 'duration' ? [`${prefix}.${k}`] : newHistoryPaths(v, `${prefix}.${k}`),
  )
}
