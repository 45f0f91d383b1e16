import type { ConditionId } from '../conditions/conditionIds'
import type { Citation } from '../sources'
import type { Patient } from './findingContext'
import type { FindingId } from './findings'

/**
 * How one finding bears on one condition: it multiplies the condition's odds by `ifPresent`
 * when present and by `ifAbsent` when absent (a negative test, a "no"). Unknown findings change
 * nothing.
 *
 * - basis 'published': a likelihood ratio taken from the source cited (LR+ / LR−), or computed
 *   from its sensitivity and specificity;
 * - basis 'stated': no accuracy study exists, so the weight is the project's stated estimate of
 *   how strongly the finding points towards or away from the condition, with the reasoning in
 *   `note` and the clinical source of the association in `citation` where there is one.
 */
export interface Evidence {
  finding: FindingId
  ifPresent?: number
  ifAbsent?: number
  basis: 'published' | 'stated'
  citation?: Citation
  note?: string
}

/**
 * A pre-test adjustment by who the patient is (age, sex): a stated factor on the odds, with the
 * source of the association where there is one (e.g. the age window of SCFE).
 */
export interface PriorAdjustment {
  label: string
  applies: (patient: Patient) => boolean
  factor: number
  citation?: Citation
}

const adjustment = (
  label: string,
  applies: PriorAdjustment['applies'],
  factor: number,
  citation?: Citation,
): PriorAdjustment => ({ label, applies, factor, ...(citation ? { citation } : {}) })

export interface ConditionModel {
  id: ConditionId
  /**
   * Stated pre-test probability among runners presenting to a physiotherapist with hip-region
   * pain, before age, sex and findings. No study reports these for runners; they are estimates
   * that only set the starting point, and the findings dominate.
   */
  prior: number
  adjustments: PriorAdjustment[]
  evidence: Evidence[]
}

/** Why soft-tissue conditions are lowered when the runner cannot bear weight. */
export const notBearingWeight =
  'Overuse of soft tissue rarely stops weight bearing: not bearing weight points to bone or joint.'

export const published = (
  finding: FindingId,
  ifPresent: number | undefined,
  ifAbsent: number | undefined,
  citation: Citation,
  note?: string,
): Evidence => ({
  finding,
  ifPresent,
  ifAbsent,
  basis: 'published',
  citation,
  ...(note ? { note } : {}),
})

export const stated = (
  finding: FindingId,
  ifPresent: number | undefined,
  ifAbsent?: number,
  note?: string,
  citation?: Citation,
): Evidence => ({
  finding,
  ifPresent,
  ifAbsent,
  basis: 'stated',
  ...(note ? { note } : {}),
  ...(citation ? { citation } : {}),
})

export const ageAbove = (years: number, factor: number, citation?: Citation) =>
  adjustment(`Age over ${years}`, (p) => p.age > years, factor, citation)
export const ageBelow = (years: number, factor: number, citation?: Citation) =>
  adjustment(`Age under ${years}`, (p) => p.age < years, factor, citation)
export const ageBetween = (from: number, to: number, factor: number, citation?: Citation) =>
  adjustment(`Age ${from}-${to}`, (p) => p.age >= from && p.age <= to, factor, citation)
export const sexIs = (sex: 'female' | 'male', factor: number, citation?: Citation) =>
  adjustment(sex === 'female' ? 'Female' : 'Male', (p) => p.sex === sex, factor, citation)
