import type { RomMotion, RotationPosition } from '../model/assessment/physicalExam'
import type { Side } from '../model/assessment/recordedValues'
import {
  romClinicalThresholds,
  romNorms,
  romSideDifference,
  rotationNormsByPosition,
} from './romNorms'
import type { Citation } from './sources'

/** What a range-of-motion measurement means next to its norms, for the exam table and the reasoning. */
export interface RomFlag {
  kind: 'below-typical' | 'side-difference' | 'clinical-threshold'
  side?: Side
  text: string
  citation: Citation
}

const isNumber = (v: unknown): v is number => typeof v === 'number'

/** The typical lower limit for a motion, using position-specific rotation norms where measured. */
export function typicalMinimum(motion: RomMotion, position?: RotationPosition): number {
  if (position && (motion === 'internalRotation' || motion === 'externalRotation')) {
    const mean =
      rotationNormsByPosition[position][motion === 'internalRotation' ? 'internal' : 'external']
    // Position-specific values are group means; flag what is clearly below, not slightly below.
    if (mean !== undefined)
      return Math.min(
        romNorms[motion].typical.min,
        Math.round(mean - romSideDifference.meaningfulDegrees),
      )
  }
  return romNorms[motion].typical.min
}

export function sideDifference(left: unknown, right: unknown): number | undefined {
  return isNumber(left) && isNumber(right) ? Math.abs(left - right) : undefined
}

/**
 * The flags of one motion: below the typical range, a side difference beyond measurement error,
 * and, only when `hipOaCriteria` is true (hipOaCriteriaApply: the patient's age and pain make hip
 * OA worth considering, or the findings do), the hip-OA criteria thresholds it crosses.
 */
export function romFlags(
  motion: RomMotion,
  left: unknown,
  right: unknown,
  position?: RotationPosition,
  hipOaCriteria = false,
): RomFlag[] {
  const flags: RomFlag[] = []
  const minimum = typicalMinimum(motion, position)
  for (const [side, value] of [
    ['left', left],
    ['right', right],
  ] as const) {
    if (!isNumber(value)) continue
    if (value < minimum) {
      flags.push({
        kind: 'below-typical',
        side,
        text: `${side === 'left' ? 'Left' : 'Right'} ${value}° is below the typical ${minimum}°`,
        citation: romNorms[motion].citation,
      })
    }
    for (const t of romClinicalThresholds.filter((c) => hipOaCriteria && c.motion === motion)) {
      const met = t.comparison === 'lt' ? value < t.degrees : value <= t.degrees
      if (met) {
        flags.push({
          kind: 'clinical-threshold',
          side,
          text: `${side === 'left' ? 'Left' : 'Right'} ${t.comparison === 'lt' ? '<' : '≤'} ${t.degrees}°: ${t.meaning}`,
          citation: t.citation,
        })
      }
    }
  }
  const difference = sideDifference(left, right)
  if (difference !== undefined && difference >= romSideDifference.meaningfulDegrees) {
    flags.push({
      kind: 'side-difference',
      text: `${difference}° between sides (≥ ${romSideDifference.meaningfulDegrees}° is more than measurement error)`,
      citation: romSideDifference.citation,
    })
  }
  return flags
}
