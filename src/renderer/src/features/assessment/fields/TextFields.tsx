import { useFormContext } from 'react-hook-form'
import { useFieldId, usePreviousValue, useReadOnly } from './fieldContext'
import { PreviousValue } from './PreviousValue'

interface TextFieldProps {
  name: string
  label: string
  help?: string
  multiline?: boolean
  placeholder?: string
  /** For date inputs. */
  type?: 'text' | 'date'
  className?: string
}

/** Free text (or a date): what the clinician types is stored as typed. */
export function TextField({
  name,
  label,
  help,
  multiline,
  placeholder,
  type = 'text',
  className,
}: TextFieldProps) {
  const { register, getFieldState, formState } = useFormContext()
  const id = useFieldId(name)
  const readOnly = useReadOnly()
  const error = getFieldState(name, formState).error?.message
  const previous = usePreviousValue(name)
  const props = {
    id,
    readOnly,
    placeholder,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': help ? `${id}--help` : undefined,
    // An emptied box means "not given", not an empty string.
    ...register(name, { setValueAs: (v: unknown) => (v === '' ? undefined : v) }),
  }
  return (
    <div className={['field', error ? 'field--invalid' : '', className ?? ''].join(' ').trim()}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {multiline ? (
        <textarea rows={2} {...props} />
      ) : (
        <input type={type} autoComplete="off" {...props} />
      )}
      {help && (
        <p className="field__hint" id={`${id}--help`}>
          {help}
        </p>
      )}
      {error && <p className="field__error">{error}</p>}
      <PreviousValue text={typeof previous === 'string' ? previous : undefined} />
    </div>
  )
}
