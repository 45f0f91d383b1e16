import { zodResolver } from '@hookform/resolvers/zod'
import { useEffect, useState } from 'react'
import { useForm } from 'react-hook-form'
import type { ReferralLetterStart } from '@shared/api/contract'
import type { ReferralContact } from '@shared/model/referralContact'
import { letterContentSchema, type LetterContent } from '@shared/model/referralLetter'
import { applyServerError } from '../../app/serverIssues'
import { hrefOf } from '../../app/router'
import { useApiQuery } from '../../app/useApiQuery'
import { useShortcut } from '../../app/useShortcut'
import { controlProps, Field } from '../../components/Field'
import { Notice } from '../../components/Notice'
import { LettersSentList } from './LettersSentList'
import { RedFlagScreenNotice } from './RedFlagScreenNotice'
import { blankRecipient, RecipientFields } from './RecipientFields'

type Form = Omit<LetterContent, 'contactId'>

const fieldNames = new Set(['question', 'freeText', 'contactId', 'recipient'])
const isField = (name: string) => fieldNames.has(name.split('.')[0] ?? '')
const hints = {
  question:
    'What you are asking the recipient to do. Prefilled from the red flags, the plan or the diagnosis.',
  freeText: 'Printed after the question; a blank line starts a new paragraph.',
}

/** The letter editor: loads where the letter starts from and the directory, then the form. */
export function LetterEditor({
  patientId,
  assessmentId,
}: {
  patientId: string
  assessmentId: string
}) {
  const start = useApiQuery(() => window.api.startReferralLetter({ assessmentId }), assessmentId)
  const contacts = useApiQuery(() => window.api.listReferralContacts({}), 'contacts')
  if (start.status === 'error') return <Notice tone="error">{start.error.message}</Notice>
  if (contacts.status === 'error') return <Notice tone="error">{contacts.error.message}</Notice>
  if (start.status !== 'ok' || contacts.status !== 'ok') return <p className="muted">Loading…</p>
  return (
    <>
      <LetterForm
        start={start.value}
        contacts={contacts.value}
        assessmentId={assessmentId}
        onWritten={start.reload}
      />
      <LettersSentList
        letters={start.value.letters}
        patientId={patientId}
        assessmentId={assessmentId}
      />
    </>
  )
}

function LetterForm({
  start,
  contacts,
  assessmentId,
  onWritten,
}: {
  start: ReferralLetterStart
  contacts: ReferralContact[]
  assessmentId: string
  onWritten: () => void
}) {
  const [outcome, setOutcome] = useState<{ tone: 'success' | 'error'; text: string }>()
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    formState: { errors, isSubmitting },
  } = useForm<Form>({
    resolver: zodResolver(letterContentSchema),
    // The question is prefilled from the red flags, the plan's referral or the diagnosis.
    defaultValues: { recipient: blankRecipient, question: start.question, freeText: '' },
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  })
  // Which directory entry the recipient's details came from (cleared when typing one in).
  const [contactId, setContactId] = useState<string>()
  useEffect(() => {
    document.getElementById('choose-recipient')?.focus()
  }, [])

  const choose = (id: string) => {
    const chosen = contacts.find((c) => c.id === id)
    setContactId(chosen?.id)
    const fields = chosen ?? blankRecipient
    for (const key of Object.keys(blankRecipient) as (keyof typeof blankRecipient)[])
      setValue(`recipient.${key}`, fields[key] ?? '', { shouldValidate: !!chosen })
  }

  const print = handleSubmit(async (content) => {
    setOutcome(undefined)
    const result = await window.api.writeReferralLetter({
      ...content,
      ...(contactId ? { contactId } : {}),
      assessmentId,
    })
    if (!result.ok) {
      const message = applyServerError(result.error, setError, isField)
      setOutcome({ tone: 'error', text: message ?? 'Some of the letter needs correcting.' })
      return
    }
    if (!result.value.saved) return
    setOutcome({
      tone: 'success',
      text: `Saved ${result.value.fileName}. The letter is kept below with the record.`,
    })
    onWritten()
  })
  useShortcut('mod+p', () => void print())

  const blocked = start.letterheadMissing
  return (
    <form className="form" onSubmit={print} noValidate aria-label="Referral letter">
      <RedFlagScreenNotice statement={start.redFlags} />
      {blocked && (
        <Notice tone="error" title="The letter cannot be printed yet">
          {blocked} <a href={hrefOf({ name: 'clinic' })}>Enter the clinic’s details</a>.
        </Notice>
      )}
      <fieldset className="form__section">
        <legend>To</legend>
        <div className="form__grid">
          <Field
            id="choose-recipient"
            label="Recipient"
            className="form__wide"
            hint={
              start.planReferral
                ? `The plan refers to: ${start.planReferral}.`
                : 'Choose from the clinic’s directory, or type their details below.'
            }
          >
            <select
              {...controlProps('choose-recipient', undefined, 'hint')}
              value={contactId ?? ''}
              onChange={(e) => choose(e.target.value)}
            >
              <option value="">Type a recipient for this letter</option>
              {contacts.map((c) => (
                <option key={c.id} value={c.id}>
                  {[c.name, c.role, c.practice].filter((x) => !!x).join(', ')}
                </option>
              ))}
            </select>
          </Field>
          <p className="field__hint form__wide">
            <a href={hrefOf({ name: 'letter-recipients' })}>Manage the directory</a>
          </p>
        </div>
        <RecipientFields register={register} errors={errors.recipient} prefix="recipient." />
      </fieldset>
      <fieldset className="form__section">
        <legend>The letter</legend>
        <Field
          id="question"
          label="Question (the reason for referral)"
          required
          error={errors.question?.message}
          hint={hints.question}
          className="form__wide"
        >
          <textarea
            rows={3}
            {...controlProps('question', errors.question?.message, hints.question)}
            {...register('question')}
          />
        </Field>
        <Field
          id="freeText"
          label="Your own words (optional)"
          error={errors.freeText?.message}
          hint={hints.freeText}
          className="form__wide"
        >
          <textarea
            rows={5}
            {...controlProps('freeText', errors.freeText?.message, hints.freeText)}
            {...register('freeText')}
          />
        </Field>
        <p>
          Signed by <strong>{start.author?.name ?? 'no clinician recorded'}</strong>
          {start.author?.registrationNumber
            ? `, registration ${start.author.registrationNumber}`
            : start.author
              ? ' (no registration number recorded: it is printed when it is)'
              : ''}
          .
        </p>
      </fieldset>
      {outcome && <Notice tone={outcome.tone}>{outcome.text}</Notice>}
      <div className="form__actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={isSubmitting || !!blocked}
        >
          {isSubmitting ? 'Printing…' : 'Print letter (PDF)'}
        </button>
      </div>
    </form>
  )
}
