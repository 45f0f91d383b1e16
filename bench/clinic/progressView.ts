import { categoricalChanges, compareMeasures } from '../../src/shared/clinical/comparison'
import { measuresOf } from '../../src/shared/clinical/measures'
import type { Assessment } from '../../src/shared/model/assessment/assessment'

/**
 * What the progress screen computes from getPatientHistory for its latest visit
 * (src/renderer/src/features/progress/ProgressScreen.tsx: the useMemo view and the Trends
 * chart rows), with the same shared functions. Kept in step with that screen by hand: the
 * screen is React and cannot be imported into Node.
 */
export function progressScreenView(visits: Assessment[]) {
  if (visits.length === 0) return undefined
  const index = visits.length - 1
  const current = visits[index]!
  const baseline = index > 0 ? visits[0] : undefined
  const previous = index > 1 ? visits[index - 1] : undefined
  return {
    changes: compareMeasures(baseline, previous, current),
    categorical: baseline ? categoricalChanges(previous ?? baseline, current) : [],
    trendRows: visits.map((a) => ({
      date: a.date,
      ...Object.fromEntries(measuresOf(a).map((m) => [m.id, m.value])),
    })),
  }
}
