import type { ProgressView } from '../../src/shared/api/contract'
import { categoricalChanges, compareMeasures } from '../../src/shared/clinical/comparison'

/**
 * What the progress screen computes from getProgressView for its latest visit
 * (src/renderer/src/features/progress/ProgressScreen.tsx: the useMemo view and the Trends
 * chart rows), with the same shared functions. Kept in step with that screen by hand: the
 * screen is React and cannot be imported into Node.
 */
export function progressScreenView(view: ProgressView) {
  const { visits, current, baseline, previous } = view
  if (!current) return undefined
  return {
    changes: compareMeasures(baseline, previous, current),
    categorical: baseline ? categoricalChanges(previous ?? baseline, current) : [],
    trendRows: visits.map((v) => ({ date: v.date, ...v.measures })),
  }
}
