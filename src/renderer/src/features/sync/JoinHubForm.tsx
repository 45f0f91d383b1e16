import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import type { z } from 'zod'
import { joinHubInputSchema, type JoinHubInput, type SyncStatus } from '@shared/api/sync'
import { applyServerError } from '../../app/serverIssues'
import { controlProps, Field } from '../../components/Field'
import { Notice } from '../../components/Notice'

const fieldNames = new Set(Object.keys(joinHubInputSchema.shape))
const hints = {
  address: 'As the hub shows it, e.g. 192.168.1.20:8443 or hub.clinic.lan:8443.',
  code: 'Twelve letters and digits, shown on the hub for 15 minutes. Spaces and dashes do not matter.',
  laptopName: 'How colleagues will see this laptop’s edits, e.g. “Room 2” or “Race laptop”.',
}

/**
 * Joining the clinic's hub: its address, the one-time code it shows, and a name for this laptop.
 * Mistakes are shown on their fields, checked here and again by main; a join the hub refuses (a
 * wrong or expired code, a hub that cannot be reached) keeps what was typed.
 */
export function JoinHubForm({ onJoined }: { onJoined: (status: SyncStatus) => void }) {
  const [formError, setFormError] = useState<string>()
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<JoinHubInput, unknown, z.output<typeof joinHubInputSchema>>({
    resolver: zodResolver(joinHubInputSchema),
    defaultValues: { address: '', code: '', laptopName: '' },
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  })

  const join = handleSubmit(async (input) => {
    setFormError(undefined)
    const result = await window.api.joinHub(input)
    if (!result.ok) {
      setFormError(applyServerError(result.error, setError, (name) => fieldNames.has(name)))
      return
    }
    onJoined(result.value)
  })
  const e = (name: keyof JoinHubInput) => errors[name]?.message

  return (
    <form className="form" onSubmit={join} noValidate aria-label="Join the clinic’s hub">
      {formError && (
        <Notice tone="error" title="Not joined">
          {formError}
        </Notice>
      )}
      <fieldset className="form__section">
        <legend>Join the clinic’s hub</legend>
        <p className="muted join-hub__intro">
          The hub shows its address and a one-time code when a laptop is to be added (its “code”
          command). The records already on this laptop are kept, and shared with the clinic once it
          has joined.
        </p>
        <div className="form__grid">
          <Field
            id="address"
            label="Hub address"
            required
            error={e('address')}
            hint={hints.address}
          >
            <input
              {...controlProps('address', e('address'), hints.address)}
              {...register('address')}
              autoComplete="off"
              spellCheck={false}
            />
          </Field>
          <Field id="code" label="One-time code" required error={e('code')} hint={hints.code}>
            <input
              {...controlProps('code', e('code'), hints.code)}
              {...register('code')}
              autoComplete="off"
              spellCheck={false}
              className="join-hub__code"
            />
          </Field>
          <Field
            id="laptopName"
            label="This laptop’s name"
            required
            error={e('laptopName')}
            hint={hints.laptopName}
          >
            <input
              {...controlProps('laptopName', e('laptopName'), hints.laptopName)}
              {...register('laptopName')}
              autoComplete="off"
            />
          </Field>
        </div>
      </fieldset>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          {isSubmitting ? 'Joining…' : 'Join the hub'}
        </button>
      </div>
    </form>
  )
}
