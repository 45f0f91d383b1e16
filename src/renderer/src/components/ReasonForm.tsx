import { useId, useState } from 'react'
import { deleteReasonSchema } from '@shared/model/deletion'

interface ReasonFormProps {
  /** What the reason answers, e.g. "Why is this draft being deleted?". */
  label: string
  hint?: string
  /** The button that does it, e.g. "Delete draft". */
  submitLabel: string
  /** A statement to tick before it is done (an erasure, which cannot be undone). */
  confirmation?: string
  /** Does it; returns what went wrong, in words, or nothing. */
  onSubmit: (reason: string) => Promise<string | undefined>
  onCancel: () => void
}

/**
 * Asks why before something is deleted or erased: the reason is kept with the record (never in
 * the audit trail), so it is required, and checked with the same schema main checks it with.
 */
export function ReasonForm(props: ReasonFormProps) {
  const id = useId()
  const [reason, setReason] = useState('')
  const [confirmed, setConfirmed] = useState(false)
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const submit = async () => {
    const parsed = deleteReasonSchema.safeParse(reason)
    if (!parsed.success) return setError(parsed.error.issues[0]?.message)
    if (props.confirmation && !confirmed) return setError('Tick the box to confirm')
    setBusy(true)
    const failed = await props.onSubmit(parsed.data)
    setBusy(false)
    setError(failed)
  }
  return (
    <form
      className="reason-form"
      onSubmit={(e) => {
        e.preventDefault()
        void submit()
      }}
    >
      <div className={error ? 'field field--invalid' : 'field'}>
        <label className="field__label" htmlFor={`${id}-reason`}>
          {props.label} <span className="field__required">*</span>
        </label>
        {props.hint && (
          <p className="field__hint" id={`${id}-hint`}>
            {props.hint}
          </p>
        )}
        <textarea
          id={`${id}-reason`}
          rows={2}
          value={reason}
          autoFocus
          aria-describedby={[props.hint && `${id}-hint`, error && `${id}-error`]
            .filter(Boolean)
            .join(' ')}
          onChange={(e) => {
            setReason(e.target.value)
            // A message about what was missing goes once it is being put right.
            setError(undefined)
          }}
        />
      </div>
      {props.confirmation && (
        <label className="reason-form__confirm">
          <input
            type="checkbox"
            checked={confirmed}
            onChange={(e) => {
              setConfirmed(e.target.checked)
              setError(undefined)
            }}
          />
          {props.confirmation}
        </label>
      )}
      {error && (
        <p className="field__error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
      <div className="form__actions">
        <button type="submit" className="button button--danger" disabled={busy}>
          {props.submitLabel}
        </button>
        <button type="button" className="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
