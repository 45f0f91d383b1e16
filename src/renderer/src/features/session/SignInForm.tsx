import { useState } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import type { Clinician, SessionState } from '@shared/model/clinician'
import { professionLabels } from '@shared/model/clinician'
import { applyServerError } from '../../app/serverIssues'
import { controlProps, Field } from '../../components/Field'
import { Notice } from '../../components/Notice'

interface SignInFields {
  clinicianId: string
  passcode: string
}

/**
 * Choose who you are and type your passcode: signing in, unlocking (the signed-in clinician is
 * chosen already), or taking over from a colleague in a shared room.
 */
export function SignInForm({
  clinicians,
  current,
  onDone,
}: {
  clinicians: Clinician[]
  /** The clinician whose session is locked, if any. */
  current?: Clinician
  onDone: (state: SessionState) => void
}) {
  const [formError, setFormError] = useState<string>()
  const {
    register,
    handleSubmit,
    setError,
    control,
    formState: { errors, isSubmitting },
  } = useForm<SignInFields>({
    defaultValues: { clinicianId: current?.id ?? clinicians[0]?.id ?? '', passcode: '' },
  })
  const chosen = useWatch({ control, name: 'clinicianId' })
  const unlocking = current !== undefined && chosen === current.id
  const submit = handleSubmit(async ({ clinicianId, passcode }) => {
    setFormError(undefined)
    const result = unlocking
      ? await window.api.unlockSession({ passcode })
      : await window.api.signIn({ clinicianId, passcode })
    if (!result.ok) {
      setFormError(applyServerError(result.error, setError, (n) => n === 'passcode'))
      return
    }
    onDone(result.value)
  })
  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Sign in">
      {formError && <Notice tone="error">{formError}</Notice>}
      <fieldset className="choice">
        <legend className="choice__label">Who are you?</legend>
        {clinicians.map((c) => (
          <label key={c.id} className="choice__option">
            <input type="radio" value={c.id} {...register('clinicianId')} />
            <span>
              {c.name}, {professionLabels[c.profession].toLowerCase()}
            </span>
          </label>
        ))}
      </fieldset>
      <Field id="passcode" label="Passcode" error={errors.passcode?.message}>
        <input
          {...controlProps('passcode', errors.passcode?.message)}
          type="password"
          autoComplete="current-password"
          autoFocus
          {...register('passcode')}
        />
      </Field>
      <button type="submit" className="button button--primary" disabled={isSubmitting}>
        {unlocking ? 'Unlock' : 'Sign in'}
      </button>
    </form>
  )
}
