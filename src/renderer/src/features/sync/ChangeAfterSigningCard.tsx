import { useState } from 'react'
import type { z } from 'zod'
import { reviewChangeAfterSigningInputSchema, type ChangeAfterSigning } from '@shared/api/sync'
import { changeAfterSigningSummary } from '@shared/sync/syncStatusText'
import { formatDate, formatDateTime } from '../../app/formatting'
import { hrefOf } from '../../app/router'
import { controlProps, Field } from '../../components/Field'
import { Notice } from '../../components/Notice'
import { useSignedInClinician } from '../session/sessionContext'

type Review = z.input<typeof reviewChangeAfterSigningInputSchema>

/**
 * An edit that reached a signed record: the visit, the patient, each field as signed and as it
 * arrived. Its author decides (an addendum, prefilled with what changed, or set aside); anyone
 * else sees whom it waits for.
 */
export function ChangeAfterSigningCard({
  change,
  busy,
  onReview,
}: {
  change: ChangeAfterSigning
  busy: boolean
  /** Sends the decision; answers main's refusal in words, or nothing once it is recorded. */
  onReview: (input: Review, said: string) => Promise<string | undefined>
}) {
  const me = useSignedInClinician()
  const [text, setText] = useState(() => changeAfterSigningSummary(change))
  const [textError, setTextError] = useState<string>()
  const [error, setError] = useState<string>()
  const headingId = `late-${change.id}`
  const textId = `addendum-${change.id}`
  const isAuthor = me.id === change.author.id

  async function review(input: Review, said: string) {
    setError(undefined)
    const parsed = reviewChangeAfterSigningInputSchema.safeParse(input)
    if (!parsed.success) {
      setTextError(parsed.error.issues[0]?.message)
      document.getElementById(textId)?.focus()
      return
    }
    setTextError(undefined)
    setError(await onReview(input, said))
  }

  return (
    <article className="card conflict" aria-labelledby={headingId}>
      <h3 id={headingId} className="card__title">
        <a href={hrefOf({ name: 'patient', patientId: change.patient.id })}>
          {change.patient.name}
        </a>
        {' · '}visit of {formatDate(change.date)}, signed by {change.author.name}
      </h3>
      <p className="muted conflict__when">
        Edited on {change.laptop}; arrived {formatDateTime(change.arrivedAt)}
      </p>
      <table className="table conflict__fields">
        <caption className="visually-hidden">What the edit changed</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">As signed</th>
            <th scope="col">As it arrived</th>
          </tr>
        </thead>
        <tbody>
          {change.fields.map((f) => (
            <tr key={f.path}>
              <th scope="row">{f.label}</th>
              <td>{f.signed || '(empty)'}</td>
              <td>{f.arrived || '(empty)'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {error && <Notice tone="error">{error}</Notice>}
      {isAuthor ? (
        <div className="conflict__review">
          <Field
            id={textId}
            label="Addendum"
            error={textError}
            hint="What will be added to the signed record, in your name. Change it as you see fit."
          >
            <textarea
              {...controlProps(
                textId,
                textError,
                'What will be added to the signed record, in your name. Change it as you see fit.',
              )}
              rows={Math.min(8, change.fields.length + 2)}
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
          </Field>
          <div className="form__actions">
            <button
              type="button"
              className="button button--primary"
              disabled={busy}
              onClick={() =>
                void review(
                  { id: change.id, decision: 'addendum', text },
                  `Added as an addendum to ${change.patient.name}’s visit of ${formatDate(change.date)}.`,
                )
              }
            >
              Add as addendum
            </button>
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() =>
                void review(
                  { id: change.id, decision: 'set-aside' },
                  `Set aside: ${change.patient.name}’s signed record stays as it was.`,
                )
              }
            >
              Set aside
            </button>
          </div>
        </div>
      ) : (
        <p className="conflict__waiting">Waiting for {change.author.name} to review.</p>
      )}
    </article>
  )
}
