import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import type { ApiError } from '@shared/api/result'
import {
  newClinicianSchema,
  professionLabels,
  professions,
  type NewClinician,
} from '@shared/model/clinician'
import { applyServerError } from '../../app/serverIssues'
import { controlProps, Field } from '../../components/Field'
import { Notice } from '../../components/Notice'

const blank: NewClinician = {
  name: '',
  profession: 'physiotherapist',
  registrationNumber: '',
  passcode: '',
  passcodeAgain: '',
}
const fieldNames = new Set(Object.keys(blank))

/** A clinician's details and the passcode they will sign in with (typed twice). */
export function ClinicianForm({
  submitLabel,
  onSubmit,
}: {
  submitLabel: string
  /** Stores the clinician; returns an error to show, or nothing when it was stored. */
  onSubmit: (clinician: NewClinician) => Promise<ApiError | undefined>
}) {
  const [formError, setFormError] = useState<string>()
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<NewClinician>({ resolver: zodResolver(newClinicianSchema), defaultValues: blank })
  const submit = handleSubmit(async (clinician) => {
    setFormError(undefined)
    const error = await onSubmit(clinician)
    if (error) setFormError(applyServerError(error, setError, (n) => fieldNames.has(n)))
    else reset(blank)
  })
  const e = (name: keyof NewClinician) => errors[name]?.message
  const registrationHint = 'Printed on your letters, e.g. HCPC PH123456'
  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Clinician">
      {formError && <Notice tone="error">{formError}</Notice>}
      <Field id="clinician-name" label="Name" error={e('name')} required>
        <input
          {...controlProps('clinician-name', e('name'))}
          autoComplete="name"
          {...register('name')}
        />
      </Field>
      <div className="grid-2">
        <Field id="clinician-profession" label="Profession" error={e('profession')} required>
          <select
            {...controlProps('clinician-profession', e('profession'))}
            {...register('profession')}
          >
            {professions.map((p) => (
              <option key={p} value={p}>
                {professionLabels[p]}
              </option>
            ))}
          </select>
        </Field>
        <Field
          id="clinician-registration"
          label="Registration number"
          error={e('registrationNumber')}
          hint={registrationHint}
        >
          <input
            {...controlProps('clinician-registration', e('registrationNumber'), registrationHint)}
            autoComplete="off"
            {...register('registrationNumber')}
          />
        </Field>
      </div>
      <div className="grid-2">
        <Field id="clinician-passcode" label="Passcode" error={e('passcode')} required>
          <input
            {...controlProps('clinician-passcode', e('passcode'))}
            type="password"
            autoComplete="new-password"
            {...register('passcode')}
          />
        </Field>
        <Field
          id="clinician-passcode-again"
          label="The same passcode again"
          error={e('passcodeAgain')}
          required
        >
          <input
            {...controlProps('clinician-passcode-again', e('passcodeAgain'))}
            type="password"
            autoComplete="new-password"
            {...register('passcodeAgain')}
          />
        </Field>
      </div>
      <button type="submit" className="button button--primary" disabled={isSubmitting}>
        {submitLabel}
      </button>
    </form>
  )
}
