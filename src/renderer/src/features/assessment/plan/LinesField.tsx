import { useState } from 'react'
import { useController, useFormContext } from 'react-hook-form'

interface LinesFieldProps {
  name: string
  label: string
  id: string
  readOnly: boolean
  hint?: string
}

/**
 * A list of short statements edited as text, one per line: quick to type, reorder and delete
 * with the keyboard. What is being typed is kept as typed (blank lines included) until the box
 * loses focus; the stored list never has blank lines.
 */
export function LinesField({ name, label, id, readOnly, hint }: LinesFieldProps) {
  const { control } = useFormContext()
  const { field, fieldState } = useController({ name, control })
  const lines = (field.value as string[] | undefined) ?? []
  const [editing, setEditing] = useState<string | null>(null)
  const text = editing ?? lines.join('\n')
  const error =
    fieldState.error?.message ?? (Array.isArray(fieldState.error) ? 'Check the lines' : undefined)
  return (
    <div className={['field', error ? 'field--invalid' : ''].join(' ').trim()}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <textarea
        id={id}
        className="autogrow"
        rows={Math.max(2, Math.min(8, text.split('\n').length + 1))}
        value={text}
        readOnly={readOnly}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onFocus={() => setEditing(lines.join('\n'))}
        onChange={(e) => {
          setEditing(e.target.value)
          field.onChange(
            e.target.value
              .split('\n')
              .map((l) => l.trim())
              .filter(Boolean),
          )
        }}
        onBlur={() => {
          setEditing(null)
          field.onBlur()
        }}
      />
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && <p className="field__error">{error}</p>}
    </div>
  )
}
