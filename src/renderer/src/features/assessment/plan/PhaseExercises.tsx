import { useState } from 'react'
import { useFieldArray, useFormContext } from 'react-hook-form'
import { exerciseFor, exerciseIds, type ExerciseId } from '@shared/clinical/plan/exercises'
import type { PlanExercise } from '@shared/model/assessment/plan'

const numberOrUndefined = {
  setValueAs: (v: unknown) => (v === '' || v == null ? undefined : Number(v)),
}
const textOrUndefined = { setValueAs: (v: unknown) => (v === '' ? undefined : v) }

/** Starting dose from the exercise library. */
function fromLibrary(id: ExerciseId): PlanExercise {
  const e = exerciseFor(id)
  return {
    exerciseId: e.id,
    name: e.name,
    sets: e.dose.sets,
    ...(e.dose.reps !== undefined ? { reps: e.dose.reps } : {}),
    ...(e.dose.holdSeconds !== undefined ? { holdSeconds: e.dose.holdSeconds } : {}),
    frequency: e.dose.frequency,
    ...(e.dose.load ? { load: e.dose.load } : {}),
    ...(e.dose.perSide ? { notes: 'Each side.' } : {}),
  }
}

/** The exercises of one phase: dosage in place, reorder, remove, add from the library or your own. */
export function PhaseExercises({
  phaseIndex,
  readOnly,
}: {
  phaseIndex: number
  readOnly: boolean
}) {
  const { control, register, formState } = useFormContext()
  const name = `phases.${phaseIndex}.exercises` as const
  const { fields, append, remove, move } = useFieldArray({ control, name })
  const [toAdd, setToAdd] = useState('')
  const errors = (
    formState.errors.phases as unknown as
      { exercises?: Record<string, Record<string, { message?: string }>> }[] | undefined
  )?.[phaseIndex]?.exercises
  return (
    <div className="plan-exercises">
      {fields.length === 0 ? (
        <p className="muted">No exercises in this phase.</p>
      ) : (
        <table className="table table--compact plan-exercises__table">
          <thead>
            <tr>
              <th scope="col">Exercise</th>
              <th scope="col">Sets</th>
              <th scope="col">Reps</th>
              <th scope="col">Hold (s)</th>
              <th scope="col">How often</th>
              <th scope="col">Load</th>
              <th scope="col">Notes</th>
              {!readOnly && <th scope="col">Order</th>}
            </tr>
          </thead>
          <tbody>
            {fields.map((f, i) => {
              const base = `${name}.${i}`
              const rowErrors = errors?.[i]
              const label = (what: string) => `Phase ${phaseIndex + 1}, exercise ${i + 1}: ${what}`
              return (
                <tr key={f.id}>
                  <td>
                    <input
                      aria-label={label('name')}
                      id={`plan.${base}.name`}
                      readOnly={readOnly}
                      {...register(`${base}.name`)}
                      aria-invalid={rowErrors?.name ? true : undefined}
                    />
                    {rowErrors?.name && (
                      <span className="field__error">{rowErrors.name.message}</span>
                    )}
                  </td>
                  <td>
                    <input
                      type="number"
                      min={1}
                      className="plan-exercises__num"
                      aria-label={label('sets')}
                      id={`plan.${base}.sets`}
                      readOnly={readOnly}
                      {...register(`${base}.sets`, numberOrUndefined)}
                    />
                    {rowErrors?.sets && (
                      <span className="field__error">{rowErrors.sets.message}</span>
                    )}
                  </td>
                  <td>
                    <input
                      type="number"
                      min={1}
                      className="plan-exercises__num"
                      aria-label={label('repetitions')}
                      id={`plan.${base}.reps`}
                      readOnly={readOnly}
                      {...register(`${base}.reps`, numberOrUndefined)}
                    />
                    {rowErrors?.reps && (
                      <span className="field__error">{rowErrors.reps.message}</span>
                    )}
                  </td>
                  <td>
                    <input
                      type="number"
                      min={1}
                      className="plan-exercises__num"
                      aria-label={label('hold in seconds')}
                      id={`plan.${base}.holdSeconds`}
                      readOnly={readOnly}
                      {...register(`${base}.holdSeconds`, numberOrUndefined)}
                    />
                    {rowErrors?.holdSeconds && (
                      <span className="field__error">{rowErrors.holdSeconds.message}</span>
                    )}
                  </td>
                  <td>
                    <input
                      aria-label={label('how often')}
                      readOnly={readOnly}
                      {...register(`${base}.frequency`, textOrUndefined)}
                    />
                  </td>
                  <td>
                    <input
                      aria-label={label('load')}
                      readOnly={readOnly}
                      {...register(`${base}.load`, textOrUndefined)}
                    />
                  </td>
                  <td>
                    <input
                      aria-label={label('notes')}
                      readOnly={readOnly}
                      {...register(`${base}.notes`, textOrUndefined)}
                    />
                  </td>
                  {!readOnly && (
                    <td className="plan-exercises__order">
                      <button
                        type="button"
                        className="icon-button"
                        aria-label={label('move up')}
                        disabled={i === 0}
                        onClick={() => move(i, i - 1)}
                      >
                        ↑
                      </button>
                      <button
                        type="button"
                        className="icon-button"
                        aria-label={label('move down')}
                        disabled={i === fields.length - 1}
                        onClick={() => move(i, i + 1)}
                      >
                        ↓
                      </button>
                      <button
                        type="button"
                        className="icon-button icon-button--danger"
                        aria-label={label('remove')}
                        onClick={() => remove(i)}
                      >
                        ✕
                      </button>
                    </td>
                  )}
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
      {!readOnly && (
        <div className="plan-exercises__add">
          <label className="visually-hidden" htmlFor={`add-exercise-${phaseIndex}`}>
            Exercise to add to phase {phaseIndex + 1}
          </label>
          <select
            id={`add-exercise-${phaseIndex}`}
            value={toAdd}
            onChange={(e) => setToAdd(e.target.value)}
          >
            <option value="">Add an exercise from the library…</option>
            {exerciseIds.map((id) => (
              <option key={id} value={id}>
                {exerciseFor(id).name}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button button--small"
            disabled={!toAdd}
            onClick={() => {
              append(fromLibrary(toAdd as ExerciseId))
              setToAdd('')
            }}
          >
            Add
          </button>
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={() => append({ name: 'New exercise', sets: 3, reps: 10, frequency: 'daily' })}
          >
            Add your own
          </button>
        </div>
      )}
    </div>
  )
}
