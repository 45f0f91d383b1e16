import { useState } from 'react'
import { useController, useFormContext } from 'react-hook-form'
import { useFieldId, useReadOnly } from './fieldContext'

type Duration<U extends string> = { value: number; unit: U }

interface DurationFieldProps<U extends string> {
  /** Path of the `{ value, unit }` pair, e.g. `onset.duration`. */
  name: string
  label: string
  units: readonly U[]
  defaultUnit: U
}

/**
 * A number and its unit of time. The pair is stored only once a number is typed; the unit chosen
 * before that is remembered. Ids: `<path>.value` and `<path>.unit`.
 */
export function DurationField<U extends string>({
  name,
  label,
  units,
  defaultUnit,
}: DurationFieldProps<U>) {
  const { control } = useFormContext()
  const { field, fieldState } = useController({ name, control })
  const id = useFieldId(name)
  const readOnly = useReadOnly()
  const value = field.value as Duration<U> | undefined
  const [chosenUnit, setChosenUnit] = useState<U>(value?.unit ?? defaultUnit)
  const unit = value?.unit ?? chosenUnit
  return (
    <div className={['field', fieldState.error ? 'field--invalid' : ''].join(' ').trim()}>
      <label className="field__label" htmlFor={`${id}.value`}>
        {label}
      </label>
      <div className="measure__row">
        <input
          id={`${id}.value`}
          type="number"
          min={0}
          step="any"
          readOnly={readOnly}
          value={value?.value ?? ''}
          onChange={(e) =>
            field.onChange(
              e.target.value === '' ? undefined : { value: Number(e.target.value), unit },
            )
          }
        />
        <select
          id={`${id}.unit`}
          aria-label={`${label}: unit`}
          disabled={readOnly}
          value={unit}
          onChange={(e) => {
            const next = e.target.value as U
            setChosenUnit(next)
            if (value) field.onChange({ ...value, unit: next })
          }}
        >
          {units.map((u) => (
            <option key={u} value={u}>
              {u}
            </option>
          ))}
        </select>
      </div>
      {fieldState.error && <p className="field__error">Enter a number</p>}
    </div>
  )
}
