import { cadenceGuide } from '@shared/clinical/runningChecklist'
import { romNorms } from '@shared/clinical/romNorms'
import { romMotions } from '@shared/model/assessment/physicalExam'

/**
 * Honest axes for the trend charts. An axis fitted to the data makes a change of a few units
 * fill the chart (cadence 164 → 172 looked like a leap); each axis here spans at least the
 * measure's clinically meaningful range, and widens only when a value falls outside it.
 */

/** An axis from `min` to `max`, stretched (to a round 10) to take in any value beyond them. */
export function atLeast(
  min: number,
  max: number,
): [(low: number) => number, (high: number) => number] {
  return [
    (low) => Math.min(min, Math.floor(low / 10) * 10),
    (high) => Math.max(max, Math.ceil(high / 10) * 10),
  ]
}

/**
 * Cadence: the typical recreational range (150-170 steps/min) with room for a 10% retraining
 * step above it and a slower runner below it: 140-190.
 */
export const cadenceAxis = {
  min: Math.floor((cadenceGuide.typicalRange.min - 10) / 10) * 10,
  max:
    Math.ceil((cadenceGuide.typicalRange.max * (1 + cadenceGuide.increasePercent.max / 100)) / 10) *
    10,
}

/** Range of motion: from 0 to the top of the largest typical range (flexion), in degrees. */
export const romAxisTop =
  Math.ceil(Math.max(...romMotions.map((m) => romNorms[m].typical.max)) / 10) * 10
