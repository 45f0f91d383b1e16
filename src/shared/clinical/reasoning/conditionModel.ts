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

/** A pre-test adjustment by who the patient is (age, sex). */
export interface PriorAdjustment {
  label: string
  applies: (patient: Patient) => boolean
  factor: number
}

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

export const ageAbove = (years: number, factor: number): PriorAdjustment => ({
  label: `Age over ${years}`,
  applies: (p) => p.age > years,
  factor,
})
export const ageBelow = (years: number, factor: number): PriorAdjustment => ({
  label: `Age under ${years}`,
  applies: (p) => p.age < years,
  factor,
})
export const ageBetween = (from: number, to: number, factor: number): PriorAdjustment => ({
  label: `Age ${from}-${to}`,
  applies: (p) => p.age >= from && p.age <= to,
  factor,
})
export const sexIs = (sex: 'female' | 'male', factor: number): PriorAdjustment => ({
  label: sex === 'female' ? 'Female' : 'Male',
  applies: (p) => p.sex === sex,
  factor,
})
