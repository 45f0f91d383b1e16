import { useMemo } from 'react'
import { exerciseFor, exerciseIds, type ExerciseId } from '@shared/clinical/plan/exercises'
import { exerciseDrawings } from '@shared/figures/exerciseFigures'
import type { PlanExercise } from '@shared/model/assessment/plan'

/**
 * The small end-position drawings of a phase's library exercises (those on the runner's
 * handout), in a strip under the phase's exercise table so the table's columns keep their width.
 */

function drawingOf(exerciseId: string | undefined) {
  if (!exerciseId || !(exerciseIds as string[]).includes(exerciseId)) return undefined
  const name = exerciseFor(exerciseId as ExerciseId).name
  const svg = exerciseDrawings(exerciseId, name)?.end
  if (!svg) return undefined
  return { name, src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}` }
}

export function ExerciseDrawings({
  phaseNumber,
  exercises,
}: {
  phaseNumber: number
  exercises: Partial<PlanExercise>[]
}) {
  const ids = exercises.map((e) => e.exerciseId).join(' ')
  const drawings = useMemo(
    () =>
      ids
        .split(' ')
        .map(drawingOf)
        .filter((d) => d !== undefined),
    [ids],
  )
  if (drawings.length === 0) return null
  return (
    <ul className="plan-exercises__drawings" aria-label={`Phase ${phaseNumber}: handout drawings`}>
      {drawings.map((d, i) => (
        <li key={`${d.name}-${i}`}>
          <img src={d.src} alt={`Drawing: ${d.name}`} width={84} height={56} />
          <span aria-hidden="true">{d.name}</span>
        </li>
      ))}
    </ul>
  )
}
