import type { ExerciseId } from '../clinical/plan/exercises'
import { groinFigures, mobilityFigures } from './exerciseFiguresGroin'
import { hipFigures } from './exerciseFiguresHip'
import { hamstringFigures, runningDrillFigures } from './exerciseFiguresRunning'
import { drawFigurePair, type FigureDrawings, type FigurePair } from './figureSvg'

/**
 * The drawing data of every exercise in the knowledge base, keyed by its id. The type makes a
 * missing exercise a compile error; the unit test checks each pair draws and differs.
 */
export const exerciseFigures: Record<ExerciseId, FigurePair> = {
  ...hipFigures,
  ...hamstringFigures,
  ...runningDrillFigures,
  ...groinFigures,
  ...mobilityFigures,
}

/** The start and end drawings of an exercise, or undefined for one not in the library. */
export function exerciseDrawings(id: string | undefined, name: string): FigureDrawings | undefined {
  if (!id || !Object.prototype.hasOwnProperty.call(exerciseFigures, id)) return undefined
  return drawFigurePair(exerciseFigures[id as ExerciseId], name)
}
