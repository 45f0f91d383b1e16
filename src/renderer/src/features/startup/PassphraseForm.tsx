import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { submitPassphraseInputSchema, type StartupState } from '@shared/api/startup'
import { applyServerError } from '../../app/serverIssues'
import { controlProps, Field } from '../../components/Field'
import { GateScreen } from '../../components/GateScreen'
import { Notice } from '../../components/Notice'

interface PassphraseFields {
  passphrase: string
  confirmation?: string
}

/**
 * On a computer whose OS keeps no secrets (e.g. a Linux desktop without a keyring), the clinic's
 * records are encrypted with a passphrase: chosen once (twice typed), then typed at each start.
 */
export function PassphraseForm({
  choosing,
  onOpened,
}: {
  choosing: boolean
  onOpened: (state: StartupState) => void
}) {
  const [formError, setFormError] = useState<string>()
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<PassphraseFields>({
    resolver: zodResolver(submitPassphraseInputSchema),
    defaultValues: choosing ? { passphrase: '', confirmation: '' } : { passphrase: '' },
  })
  const submit = handleSubmit(async (fields) => {
    setFormError(undefined)
    const result = await window.api.submitPassphrase(fields)
    if (!result.ok) {
      setFormError(
        applyServerError(result.error, setError, (n) => n === 'passphrase' || n === 'confirmation'),
      )
      return
    }
    onOpened(result.value)
  })
  const e = (name: keyof PassphraseFields) => errors[name]?.message
  return (
    <GateScreen title={choosing ? 'Choose the clinic’s passphrase' : 'Open the clinic’s records'}>
      <p>
        {choosing
          ? 'This computer has no secure key store, so the clinic’s records are protected by a passphrase instead. You will type it each time the app starts. Keep it somewhere safe: without it the records cannot be opened, by anyone.'
          : 'The records on this computer are protected by the clinic’s passphrase.'}
      </p>
      <form className="form" onSubmit={submit} noValidate aria-label="The clinic’s passphrase">
        {formError && <Notice tone="error">{formError}</Notice>}
        <Field id="passphrase" label="Passphrase" error={e('passphrase')}>
          <input
            {...controlProps('passphrase', e('passphrase'))}
            type="password"
            autoComplete={choosing ? 'new-password' : 'current-password'}
            autoFocus
            {...register('passphrase')}
          />
        </Field>
        {choosing && (
          <Field id="confirmation" label="The same passphrase again" error={e('confirmation')}>
            <input
              {...controlProps('confirmation', e('confirmation'))}
              type="password"
              autoComplete="new-password"
              {...register('confirmation')}
            />
          </Field>
        )}
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          {isSubmitting ? 'Opening…' : choosing ? 'Encrypt and open' : 'Open'}
        </button>
      </form>
    </GateScreen>
  )
}
