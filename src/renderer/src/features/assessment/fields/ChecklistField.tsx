import { useController, useFormContext } from 'react-hook-form'
import { NOT_ASSESSED, type Option } from '@shared/model/assessment/recordedValues'
import { useFieldId, usePreviousValue, useReadOnly } from './fieldContext'
import { PreviousValue } from './PreviousValue'

interface Checklist {
  status: 'recorded' | typeof NOT_ASSESSED
  present: string[]
}

interface ChecklistFieldProps {
  name: string
  label: string
  options: readonly Option[]
  help?: string
}

/**
 * "Which of these apply?": ticking any box records the group; "None of these" records it with
 * nothing ticked, so an empty list never means "not asked".
 */
export function ChecklistField({ name, label, options, help }: ChecklistFieldProps) {
  const { control } = useFormContext()
  const { field } = useController({ name, control })
  const id = useFieldId(name)
  const readOnly = useReadOnly()
  const value = field.value as Checklist | undefined
  const present = value?.status === 'recorded' ? value.present : []
  const set = (next: Checklist | undefined) => field.onChange(next)
  const toggle = (option: string) =>
    set({
      status: 'recorded',
      present: present.includes(option)
        ? present.filter((p) => p !== option)
        : [...present, option],
    })
  const previous = usePreviousValue(name) as Checklist | undefined
  const previousText =
    previous?.status === NOT_ASSESSED
      ? 'not asked'
      : previous?.status === 'recorded'
        ? previous.present.length === 0
          ? 'none'
          : previous.present.map((p) => options.find((o) => o.value === p)?.label ?? p).join(', ')
        : undefined

  return (
    <fieldset className="checklist" id={id}>
      <legend className="choice__label">
        {label}
        <span className="checklist__state">
          {value === undefined
            ? 'not recorded yet'
            : value.status === NOT_ASSESSED
              ? 'not asked'
              : present.length === 0
                ? 'none'
                : `${present.length} ticked`}
        </span>
      </legend>
      {help && <p className="field__hint">{help}</p>}
      <div className="checklist__options">
        {options.map((option) => (
          <label key={option.value} className="checklist__option">
            <input
              type="checkbox"
              id={`${id}--${option.value}`}
              checked={present.includes(option.value)}
              disabled={readOnly}
              onChange={() => toggle(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {!readOnly && (
        <div className="checklist__actions">
          <button
            type="button"
            className="button button--small"
            id={`${id}--none`}
            aria-pressed={value?.status === 'recorded' && present.length === 0}
            onClick={() => set({ status: 'recorded', present: [] })}
          >
            None of these
          </button>
          <button
            type="button"
            className="button button--small button--quiet"
            id={`${id}--not-assessed`}
            aria-pressed={value?.status === NOT_ASSESSED}
            onClick={() => set({ status: NOT_ASSESSED, present: [] })}
          >
            Not asked
          </button>
        </div>
      )}
      <PreviousValue text={previousText} />
    </fieldset>
  )
}
