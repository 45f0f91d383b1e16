import { useState } from 'react'
import { useFieldArray, useFormContext } from 'react-hook-form'
import { exerciseFor, exerciseIds, type ExerciseId } from '@shared/clinical/plan/exercises'
import type { PlanExercise } from '@shared/model/assessment/plan'
import { ExerciseDrawings } from './ExerciseDrawings'
import { ItemActions } from './ItemActions'

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

/** One editable cell of the exercise table: a number or a short text, with its error below. */
function Cell({
  path,
  label,
  error,
  readOnly,
  number = false,
  required = false,
  multiline = false,
}: {
  path: string
  label: string
  error?: string
  readOnly: boolean
  number?: boolean
  /** A text the schema requires: an emptied box stays an empty string, which it reports. */
  required?: boolean
  /** Free text that may run long (load, notes): a box that grows with it, never cut. */
  multiline?: boolean
}) {
  const { register } = useFormContext()
  const props = {
    'aria-label': label,
    id: `plan.${path}`,
    readOnly,
    'aria-invalid': error ? true : undefined,
    ...register(path, number ? numberOrUndefined : required ? {} : textOrUndefined),
  }
  return (
    <td>
      {multiline ? (
        <textarea rows={1} className="autogrow" {...props} />
      ) : (
        <input
          {...(number ? { type: 'number', min: 1, className: 'plan-exercises__num' } : {})}
          {...props}
        />
      )}
      {error && <span className="field__error">{error}</span>}
    </td>
  )
}

/** The exercises of one phase: dosage in place, reorder, remove, add from the library or your own. */
export function PhaseExercises({
  phaseIndex,
  readOnly,
}: {
  phaseIndex: number
  readOnly: boolean
}) {
  const { control, formState } = useFormContext()
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
                  <Cell
                    required
                    path={`${base}.name`}
                    label={label('name')}
                    error={rowErrors?.name?.message}
                    readOnly={readOnly}
                  />
                  <Cell
                    path={`${base}.sets`}
                    label={label('sets')}
                    error={rowErrors?.sets?.message}
                    readOnly={readOnly}
                    number
                  />
                  <Cell
                    path={`${base}.reps`}
                    label={label('repetitions')}
                    error={rowErrors?.reps?.message}
                    readOnly={readOnly}
                    number
                  />
                  <Cell
                    path={`${base}.holdSeconds`}
                    label={label('hold in seconds')}
                    error={rowErrors?.holdSeconds?.message}
                    readOnly={readOnly}
                    number
                  />
                  <Cell path={`${base}.frequency`} label={label('how often')} readOnly={readOnly} />
                  <Cell path={`${base}.load`} label={label('load')} readOnly={readOnly} multiline />
                  <Cell
                    path={`${base}.notes`}
                    label={label('notes')}
                    readOnly={readOnly}
                    multiline
                  />
                  {!readOnly && (
                    <td className="plan-exercises__order">
                      <ItemActions
                        index={i}
                        count={fields.length}
                        labels={{
                          up: label('move up'),
                          down: label('move down'),
                          remove: label('remove'),
                        }}
                        onMove={move}
                        onRemove={remove}
                      />
                    </td>
                  )}
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
      <ExerciseDrawings
        phaseNumber={phaseIndex + 1}
        exercises={fields as Partial<PlanExercise>[]}
      />
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
