import { type Exercise } from './exerciseTypes'
import { groinExercises } from './exercisesGroin'
import { hamstringExercises } from './exercisesHamstring'
import { hipExercises } from './exercisesHip'
import { mobilityExercises } from './exercisesMobility'
import { runningDrillExercises } from './exercisesRunningDrills'

/**
 * The exercise library the treatment plan draws on (clinical fact sheet §9 and the condition
 * profiles of §3), keyed by stable kebab-case id. Patient instructions are written for the
 * large-type handout; doses are sensible starting points for the clinician to adjust.
 *
 * Defaults behind the doses (fact sheet §9, unchecked): strength work 2–3 times a week,
 * isometrics daily in the painful phase, start where pain stays at 3/10 or less and settles
 * within 24 h, and progress reps → sets → load, lever or range → speed once the current dose
 * feels easy (effort 6/10 or less) for 2 sessions.
 */

export { standardStopIf, type Dose, type Exercise } from './exerciseTypes'

export const exercises = {
  ...hipExercises,
  ...hamstringExercises,
  ...runningDrillExercises,
  ...groinExercises,
  ...mobilityExercises,
} as const satisfies Record<string, Exercise>

export type ExerciseId = keyof typeof exercises

export const exerciseIds = Object.keys(exercises) as ExerciseId[]

export function exerciseFor(id: ExerciseId): Exercise {
  return exercises[id]
}
