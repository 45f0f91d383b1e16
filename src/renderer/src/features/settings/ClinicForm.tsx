import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { clinicDetailsSchema, type ClinicDetails } from '@shared/model/clinic'
import { applyServerError } from '../../app/serverIssues'
import { useShortcut } from '../../app/useShortcut'
import { ContactFields } from '../../components/ContactFields'
import { controlProps, Field } from '../../components/Field'
import { Notice } from '../../components/Notice'

const blank: ClinicDetails = { name: '', tagline: '', address: '', phone: '', email: '' }
const fieldNames = new Set(Object.keys(clinicDetailsSchema.shape))
const hints = {
  tagline: 'A line under the name, e.g. “Physiotherapy · hip and running injuries”.',
  phone: 'The handout tells the runner to call this number if things get worse.',
}

export function ClinicForm({
  initial,
  onSaved,
}: {
  initial?: ClinicDetails
  /** Told once main has stored the details. */
  onSaved: () => void
}) {
  const [formError, setFormError] = useState<string>()
  const [savedAt, setSavedAt] = useState<Date>()
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<ClinicDetails>({
    resolver: zodResolver(clinicDetailsSchema),
    defaultValues: { ...blank, ...initial },
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  })

  const save = handleSubmit(async (details) => {
    setFormError(undefined)
    const result = await window.api.saveClinicDetails(details)
    if (!result.ok) {
      setFormError(applyServerError(result.error, setError, (name) => fieldNames.has(name)))
      return
    }
    reset({ ...blank, ...result.value })
    setSavedAt(new Date())
    onSaved()
  })
  useShortcut('mod+s', () => void save())
  const e = (name: keyof ClinicDetails) => errors[name]?.message

  return (
    <form className="form" onSubmit={save} noValidate aria-label="Clinic details">
      {formError && (
        <Notice tone="error" title="Not saved">
          {formError}
        </Notice>
      )}
      <fieldset className="form__section">
        <legend>Clinic</legend>
        <div className="form__grid">
          <Field id="name" label="Clinic name" required error={e('name')}>
            <input
              {...controlProps('name', e('name'))}
              {...register('name')}
              autoComplete="organization"
            />
          </Field>
          <Field id="tagline" label="Line under the name" error={e('tagline')} hint={hints.tagline}>
            <input
              {...controlProps('tagline', e('tagline'), hints.tagline)}
              {...register('tagline')}
              autoComplete="off"
            />
          </Field>
          <ContactFields
            register={register}
            errors={errors}
            phoneHint={hints.phone}
            addressRows={3}
          />
        </div>
      </fieldset>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          {isSubmitting ? 'Saving…' : 'Save clinic details'}
        </button>
        <span className="muted" role="status">
          {isDirty ? 'Changes not saved yet' : savedAt ? 'Saved' : ''}
        </span>
      </div>
    </form>
  )
}
