import { useController, useFormContext } from 'react-hook-form'
import type { Option } from '@shared/model/assessment/recordedValues'
import { useFieldId, usePreviousValue, useReadOnly } from './fieldContext'
import { PreviousValue } from './PreviousValue'

/** A tick box for a detail of something already recorded (e.g. "pain at end of range"). */
export function CheckboxField({
  name,
  label,
  hideLabel,
}: {
  name: string
  label: string
  hideLabel?: boolean
}) {
  const { control } = useFormContext()
  const { field } = useController({ name, control })
  const id = useFieldId(name)
  return (
    <label className={hideLabel ? 'tick tick--bare' : 'tick'} title={hideLabel ? label : undefined}>
      <input
        type="checkbox"
        id={id}
        checked={field.value === true}
        disabled={useReadOnly()}
        aria-label={hideLabel ? label : undefined}
        onChange={(event) => field.onChange(event.target.checked ? true : undefined)}
      />
      {!hideLabel && <span>{label}</span>}
    </label>
  )
}

/** A drop-down for optional details with many answers. */
export function SelectField({
  name,
  label,
  options,
  placeholder = 'Not recorded',
  hideLabel,
}: {
  name: string
  label: string
  options: readonly Option[]
  placeholder?: string
  hideLabel?: boolean
}) {
  const { control } = useFormContext()
  const { field, fieldState } = useController({ name, control })
  const id = useFieldId(name)
  const previous = usePreviousValue(name)
  return (
    <div className={['field', fieldState.error ? 'field--invalid' : ''].join(' ').trim()}>
      <label className={hideLabel ? 'visually-hidden' : 'field__label'} htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        value={typeof field.value === 'string' ? field.value : ''}
        disabled={useReadOnly()}
        onChange={(event) =>
          field.onChange(event.target.value === '' ? undefined : event.target.value)
        }
        onBlur={field.onBlur}
      >
        <option value="">{placeholder}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {fieldState.error && <p className="field__error">{fieldState.error.message}</p>}
      <PreviousValue text={options.find((o) => o.value === previous)?.label} />
    </div>
  )
}
