import { useState } from 'react'
import { useController, useFormContext } from 'react-hook-form'
import { NOT_ASSESSED } from '@shared/model/assessment/recordedValues'
import { useFieldId, usePreviousValue, useReadOnly } from './fieldContext'
import { PreviousValue } from './PreviousValue'

interface MeasurementFieldProps {
  name: string
  label: string
  unit?: string
  min?: number
  max?: number
  step?: number | 'any'
  help?: string
  /** Adds a "Not assessed" toggle; without it the field is a plain optional number. */
  allowNotAssessed?: boolean
  /** Extra content after the input, e.g. a flag computed from the value. */
  after?: React.ReactNode
  /** Hide the visible label (when a table header already says it); it stays for screen readers. */
  hideLabel?: boolean
}

const display = (value: unknown) => (typeof value === 'number' ? String(value) : '')

/**
 * A number, or explicitly "not assessed". What is typed is kept as typed while it is being
 * edited (so "4." is not turned into "4"); the stored value is the number, or undefined when the
 * box is empty.
 */
export function MeasurementField({
  name,
  label,
  unit,
  min,
  max,
  step = 'any',
  help,
  allowNotAssessed,
  after,
  hideLabel,
}: MeasurementFieldProps) {
  const { control } = useFormContext()
  const { field, fieldState } = useController({ name, control })
  const id = useFieldId(name)
  const readOnly = useReadOnly()
  // While the box has focus it shows exactly what was typed; otherwise the stored value, so
  // changes from elsewhere (e.g. "mark the rest not assessed") show at once.
  const [editing, setEditing] = useState<string | null>(null)
  const text = editing ?? display(field.value)
  const notAssessed = field.value === NOT_ASSESSED

  const previous = usePreviousValue(name)
  const previousText =
    previous === NOT_ASSESSED
      ? 'not assessed'
      : typeof previous === 'number'
        ? `${previous}${unit ? ` ${unit}` : ''}`
        : undefined
  const error = fieldState.error?.message
  const describedBy =
    [help ? `${id}--help` : '', error ? `${id}--error` : ''].filter(Boolean).join(' ') || undefined

  return (
    <div
      className={['measure', error ? 'field--invalid' : '', notAssessed ? 'measure--na' : '']
        .join(' ')
        .trim()}
    >
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'field__label'}>
        {label}
      </label>
      <div className="measure__row">
        <input
          id={id}
          type="number"
          inputMode="decimal"
          min={min}
          max={max}
          step={step}
          value={notAssessed ? '' : text}
          placeholder={notAssessed ? 'Not assessed' : undefined}
          disabled={readOnly || notAssessed}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onFocus={() => setEditing(display(field.value))}
          onChange={(event) => {
            const typed = event.target.value
            setEditing(typed)
            field.onChange(typed === '' ? undefined : Number(typed))
          }}
          onBlur={() => {
            setEditing(null)
            field.onBlur()
          }}
        />
        {unit && <span className="measure__unit">{unit}</span>}
        {allowNotAssessed && !readOnly && (
          <button
            type="button"
            className="na-toggle"
            id={`${id}--not-assessed`}
            aria-pressed={notAssessed}
            aria-label={`${label}: not assessed`}
            onClick={() => field.onChange(notAssessed ? undefined : NOT_ASSESSED)}
          >
            N/A
          </button>
        )}
        {after}
      </div>
      {help && (
        <p className="field__hint" id={`${id}--help`}>
          {help}
        </p>
      )}
      {error && (
        <p className="field__error" id={`${id}--error`}>
          {error}
        </p>
      )}
      <PreviousValue text={previousText} />
    </div>
  )
}
