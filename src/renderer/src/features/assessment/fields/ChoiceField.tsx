import { useController, useFormContext } from 'react-hook-form'
import { NOT_ASSESSED, type Option } from '@shared/model/assessment/recordedValues'
import { useFieldId, usePreviousValue, useReadOnly } from './fieldContext'
import { PreviousValue } from './PreviousValue'

interface ChoiceFieldProps {
  name: string
  label: string
  options: readonly Option[]
  help?: string
  /** Adds a "Not assessed" choice (its label can be changed, e.g. "Not asked"). */
  notAssessedLabel?: string
  /** Shown as a warning when this value is chosen (e.g. a red-flag answer). */
  alertValue?: string
  compact?: boolean
  /** For a table cell whose row and column headers already say what it is. */
  hideLabel?: boolean
  /** When the row shows last time's value itself. */
  hidePrevious?: boolean
}

/**
 * One answer out of a few, as radio buttons styled as a segmented control: arrow keys move
 * between answers, Space picks one, Tab moves on.
 */
export function ChoiceField({
  name,
  label,
  options,
  help,
  notAssessedLabel,
  alertValue,
  compact,
  hideLabel,
  hidePrevious,
}: ChoiceFieldProps) {
  const { control } = useFormContext()
  const { field, fieldState } = useController({ name, control })
  const id = useFieldId(name)
  const readOnly = useReadOnly()
  const all = notAssessedLabel
    ? [...options, { value: NOT_ASSESSED, label: notAssessedLabel }]
    : options
  const previous = usePreviousValue(name)
  const previousLabel = all.find((o) => o.value === previous)?.label
  const error = fieldState.error?.message
  const alert = alertValue !== undefined && field.value === alertValue
  return (
    <fieldset
      className={[
        'choice',
        compact ? 'choice--compact' : '',
        alert ? 'choice--alert' : '',
        error ? 'choice--invalid' : '',
      ]
        .join(' ')
        .trim()}
      id={id}
      aria-describedby={help ? `${id}--help` : undefined}
    >
      <legend className={hideLabel ? 'visually-hidden' : 'choice__label'}>{label}</legend>
      <div className="choice__options" role="radiogroup" aria-label={label}>
        {all.map((option) => (
          <label
            key={option.value}
            className={['choice__option', option.value === NOT_ASSESSED ? 'choice__option--na' : '']
              .join(' ')
              .trim()}
          >
            <input
              type="radio"
              id={`${id}--${option.value}`}
              name={id}
              value={option.value}
              checked={field.value === option.value}
              disabled={readOnly}
              onChange={() => field.onChange(option.value)}
              onBlur={field.onBlur}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {help && (
        <p className="field__hint" id={`${id}--help`}>
          {help}
        </p>
      )}
      {error && <p className="field__error">{error}</p>}
      {!hidePrevious && <PreviousValue text={previousLabel} />}
    </fieldset>
  )
}

export const yesNoOptions: Option[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
]

/** A yes / no question with an explicit "not asked". */
export function YesNoField(props: Omit<ChoiceFieldProps, 'options' | 'notAssessedLabel'>) {
  return <ChoiceField {...props} options={yesNoOptions} notAssessedLabel="Not asked" compact />
}

/** Builds radio options from a list of values and their labels. */
export const optionsFrom = <T extends string>(
  values: readonly T[],
  labels: Record<T, string>,
): Option<T>[] => values.map((value) => ({ value, label: labels[value] }))
