import type { PainSide, Side } from '../model/assessment/recordedValues'
import type { Sex } from '../model/patient'
import type { StrengthGroup } from '../model/assessment/physicalExam'
import {
  adductorAbductorRatio,
  hipAbductorTorqueNorms,
  limbSymmetry,
  STANDARD_GRAVITY,
} from './strengthNorms'

/**
 * Hand-held dynamometry: force per body mass, limb symmetry index and the adductor : abductor
 * ratio, with the thresholds from strengthNorms.ts.
 */

const round = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places

/** Newtons per kilogram of body mass, to 2 decimals. */
export function forcePerKg(
  forceN: number | undefined,
  bodyMassKg: number | undefined,
): number | undefined {
  if (forceN === undefined || !bodyMassKg) return undefined
  return round(forceN / bodyMassKg, 2)
}

/** Torque in newton-metres: force × lever arm (the distance from the joint to the pad), to 1 decimal. */
export function torqueNm(
  forceN: number | undefined,
  leverArmM: number | undefined,
): number | undefined {
  if (forceN === undefined || !leverArmM) return undefined
  return round(forceN * leverArmM, 1)
}

/** Torque per kilogram of body mass (Nm/kg), to 2 decimals. */
export function torquePerKg(
  forceN: number | undefined,
  leverArmM: number | undefined,
  bodyMassKg: number | undefined,
): number | undefined {
  if (forceN === undefined || !leverArmM || !bodyMassKg) return undefined
  return round((forceN * leverArmM) / bodyMassKg, 2)
}

/**
 * Torque as a percentage of body weight × height (%BW·h), the unit of Fredericson 2000:
 * torque ÷ (body mass × g × height) × 100, to 2 decimals.
 */
export function torquePercentBwHeight(
  forceN: number | undefined,
  leverArmM: number | undefined,
  bodyMassKg: number | undefined,
  heightCm: number | undefined,
): number | undefined {
  if (forceN === undefined || !leverArmM || !bodyMassKg || !heightCm) return undefined
  const bodyWeightN = bodyMassKg * STANDARD_GRAVITY
  return round(((forceN * leverArmM) / (bodyWeightN * (heightCm / 100))) * 100, 2)
}

/** A side's torque set beside the sourced norm, where there is one (hip abduction, by sex). */
export interface TorqueComparison {
  percentBwHeight: number
  healthy: number
  injured: number
  /** Below the healthy runners' mean, at or under the injured limbs' mean. */
  atOrBelowInjured: boolean
}

export function compareTorqueWithNorm(
  group: StrengthGroup,
  sex: Sex | undefined,
  percentBwHeight: number | undefined,
): TorqueComparison | undefined {
  if (group !== 'hipAbductors' || percentBwHeight === undefined) return undefined
  const norm =
    sex === 'female'
      ? hipAbductorTorqueNorms.women
      : sex === 'male'
        ? hipAbductorTorqueNorms.men
        : undefined
  if (!norm) return undefined
  return {
    percentBwHeight,
    healthy: norm.controls,
    injured: norm.injuredLimb,
    atOrBelowInjured: percentBwHeight <= norm.injuredLimb,
  }
}

export interface Symmetry {
  /** Involved ÷ uninvolved × 100; when the painful side is unknown or both, weaker ÷ stronger. */
  percent: number
  involved?: Side
  deficit: boolean
}

/** The side whose strength is compared against the other: the painful one. */
export function involvedSide(painSide: PainSide | 'not-assessed' | undefined): Side | undefined {
  return painSide === 'left' || painSide === 'right' ? painSide : undefined
}

export function limbSymmetryIndex(
  left: number | undefined,
  right: number | undefined,
  painSide: PainSide | 'not-assessed' | undefined,
): Symmetry | undefined {
  if (left === undefined || right === undefined || left <= 0 || right <= 0) return undefined
  const involved = involvedSide(painSide)
  const percent = involved
    ? ((involved === 'left' ? left : right) / (involved === 'left' ? right : left)) * 100
    : (Math.min(left, right) / Math.max(left, right)) * 100
  const rounded = Math.round(percent)
  return { percent: rounded, involved, deficit: rounded < limbSymmetry.deficitBelowPercent }
}

/** Adductor ÷ abductor force on one side; under 0.80 was linked to a 17× adductor-strain risk. */
export function adductorAbductorBalance(
  adductorN: number | undefined,
  abductorN: number | undefined,
) {
  if (adductorN === undefined || !abductorN) return undefined
  const ratio = round(adductorN / abductorN, 2)
  return { ratio, atRisk: ratio < adductorAbductorRatio.riskBelow }
}
