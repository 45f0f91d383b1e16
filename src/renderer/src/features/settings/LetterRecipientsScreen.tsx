import { zodResolver } from '@hookform/resolvers/zod'
import { useEffect, useRef, useState } from 'react'
import { useForm } from 'react-hook-form'
import {
  recipientFieldsSchema,
  recipientInOneLine,
  type RecipientFields as Recipient,
  type ReferralContact,
} from '@shared/model/referralContact'
import { hrefOf } from '../../app/router'
import { applyServerError } from '../../app/serverIssues'
import { useApiQuery } from '../../app/useApiQuery'
import { Notice } from '../../components/Notice'
import { PageHeader } from '../../components/PageHeader'
import { blankRecipient, RecipientFields } from '../letters/RecipientFields'

const fieldNames = new Set(Object.keys(recipientFieldsSchema.shape))

/** The clinic's small directory of GPs and consultants: chosen as a letter's recipient. */
export function LetterRecipientsScreen() {
  const contacts = useApiQuery(() => window.api.listReferralContacts({}), 'contacts')
  const [editing, setEditing] = useState<ReferralContact>()
  // A fresh, empty form after each save (the one just added is listed above).
  const [formKey, setFormKey] = useState(0)
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string }>()
  const remove = async (c: ReferralContact) => {
    setMessage(undefined)
    if (
      !window.confirm(
        `Remove ${c.name} from the directory? Letters already sent keep their details.`,
      )
    )
      return
    const result = await window.api.removeReferralContact({ id: c.id })
    if (!result.ok) return setMessage({ tone: 'error', text: result.error.message })
    if (editing?.id === c.id) setEditing(undefined)
    setMessage({ tone: 'success', text: `${c.name} removed from the directory.` })
    contacts.reload()
  }
  return (
    <>
      <PageHeader
        breadcrumb={<a href={hrefOf({ name: 'clinic' })}>Clinic details</a>}
        title="Letter recipients"
        subtitle="The GPs and consultants your letters go to: choose one in the letter editor instead of typing their details each time."
      />
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
      <section className="section" aria-labelledby="recipients-list">
        <h2 id="recipients-list" className="section__title">
          Directory
        </h2>
        {contacts.status === 'error' && <Notice tone="error">{contacts.error.message}</Notice>}
        {contacts.status === 'ok' && contacts.value.length === 0 && (
          <p className="muted">No one yet. Add the GPs and consultants you write to most.</p>
        )}
        {contacts.status === 'ok' && contacts.value.length > 0 && (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Role</th>
                <th scope="col">Practice or hospital</th>
                <th scope="col">Phone</th>
                <th scope="col">Secure email</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {contacts.value.map((c) => (
                <tr key={c.id}>
                  <td>
                    <strong>{c.name}</strong>
                  </td>
                  <td>{c.role}</td>
                  <td>{c.practice}</td>
                  <td>{c.phone}</td>
                  <td>{c.secureEmail}</td>
                  <td className="table__actions">
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={`Edit ${recipientInOneLine(c)}`}
                      onClick={() => {
                        setMessage(undefined)
                        setEditing(c)
                      }}
                    >
                      Edit
                    </button>{' '}
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={`Remove ${recipientInOneLine(c)}`}
                      onClick={() => void remove(c)}
                    >
                      Remove
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className="section" aria-labelledby="recipient-form">
        <h2 id="recipient-form" className="section__title">
          {editing ? `Edit ${editing.name}` : 'Add a GP or consultant'}
        </h2>
        <ContactForm
          key={editing?.id ?? `new-${formKey}`}
          editing={editing}
          onCancel={() => setEditing(undefined)}
          onSaved={(saved, added) => {
            setEditing(undefined)
            setFormKey((k) => k + 1)
            setMessage({
              tone: 'success',
              text: added ? `${saved.name} added to the directory.` : `${saved.name} saved.`,
            })
            contacts.reload()
          }}
        />
      </section>
    </>
  )
}

function ContactForm({
  editing,
  onSaved,
  onCancel,
}: {
  editing?: ReferralContact
  onSaved: (saved: ReferralContact, added: boolean) => void
  onCancel: () => void
}) {
  const [formError, setFormError] = useState<string>()
  const first = useRef<HTMLFormElement>(null)
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Recipient>({
    resolver: zodResolver(recipientFieldsSchema),
    defaultValues: { ...blankRecipient, ...editing },
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  })
  useEffect(() => {
    if (editing) first.current?.querySelector<HTMLInputElement>('input')?.focus()
  }, [editing])
  const save = handleSubmit(async (fields) => {
    setFormError(undefined)
    const result = await window.api.saveReferralContact({
      ...fields,
      ...(editing ? { id: editing.id } : {}),
    })
    if (!result.ok) {
      setFormError(applyServerError(result.error, setError, (name) => fieldNames.has(name)))
      return
    }
    onSaved(result.value, !editing)
  })
  return (
    <form
      ref={first}
      className="form"
      onSubmit={save}
      noValidate
      aria-label={editing ? 'Edit directory entry' : 'Add to the directory'}
    >
      {formError && (
        <Notice tone="error" title="Not saved">
          {formError}
        </Notice>
      )}
      <RecipientFields register={register} errors={errors} />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          {isSubmitting ? 'Saving…' : editing ? 'Save changes' : 'Add to directory'}
        </button>
        {editing && (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  )
}
