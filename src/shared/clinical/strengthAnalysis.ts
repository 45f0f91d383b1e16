import type { PainSide, Side } from '../model/assessment/recordedValues'
import { adductorAbductorRatio, limbSymmetry } from './strengthNorms'

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
