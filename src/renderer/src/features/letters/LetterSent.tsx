import { useEffect, useRef, useState } from 'react'
import { professionLabels } from '@shared/model/clinician'
import { recipientInOneLine } from '@shared/model/referralContact'
import { formatDateTime } from '../../app/formatting'
import { hrefOf } from '../../app/router'
import { useApiQuery } from '../../app/useApiQuery'
import { Notice } from '../../components/Notice'

/** A letter sent, reopened: what was sent to whom, when and by whom; printed again as it was. */
export function LetterSent({
  letterId,
  patientId,
  assessmentId,
}: {
  letterId: string
  patientId: string
  assessmentId: string
}) {
  const letter = useApiQuery(() => window.api.getReferralLetter({ id: letterId }), letterId)
  const [outcome, setOutcome] = useState<{ tone: 'success' | 'error'; text: string }>()
  const [busy, setBusy] = useState(false)
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (letter.status === 'ok') heading.current?.focus()
  }, [letter.status])
  if (letter.status === 'error') return <Notice tone="error">{letter.error.message}</Notice>
  if (letter.status !== 'ok') return <p className="muted">Loading…</p>
  const l = letter.value
  const printAgain = async () => {
    setOutcome(undefined)
    setBusy(true)
    const result = await window.api.printReferralLetterAgain({ id: l.id })
    setBusy(false)
    if (!result.ok) setOutcome({ tone: 'error', text: result.error.message })
    else if (result.value.saved)
      setOutcome({ tone: 'success', text: `Saved ${result.value.fileName}` })
  }
  const r = l.recipient
  return (
    <section className="section" aria-labelledby="letter-sent">
      <h2 id="letter-sent" className="section__title" tabIndex={-1} ref={heading}>
        To {recipientInOneLine(r)}
      </h2>
      <dl className="details">
        <dt>Written</dt>
        <dd>
          {formatDateTime(l.writtenAt)} by {l.author.name}
          {l.author.profession ? `, ${professionLabels[l.author.profession]}` : ''}
          {l.author.registrationNumber ? ` (registration ${l.author.registrationNumber})` : ''}
        </dd>
        <dt>Recipient</dt>
        <dd>
          {[r.address?.replace(/\s*\n\s*/g, ', '), r.phone, r.secureEmail]
            .filter((x) => !!x)
            .join(' · ') || 'No address recorded'}
        </dd>
        <dt>Question</dt>
        <dd className="pre-line">{l.question}</dd>
        <dt>Your words</dt>
        <dd className="pre-line">{l.freeText || '—'}</dd>
      </dl>
      {outcome && <Notice tone={outcome.tone}>{outcome.text}</Notice>}
      <div className="form__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          onClick={() => void printAgain()}
        >
          {busy ? 'Printing…' : 'Print again (PDF)'}
        </button>
        <a className="button" href={hrefOf({ name: 'letter', patientId, assessmentId })}>
          Write another letter
        </a>
      </div>
    </section>
  )
}
