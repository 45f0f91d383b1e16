import { zodResolver } from '@hookform/resolvers/zod'
import { useState, type ReactNode } from 'react'
import { useForm } from 'react-hook-form'
import type { ApiError } from '@shared/api/result'
import {
  patientFieldsSchema,
  runningEventLabels,
  runningEvents,
  sexes,
  sexLabels,
  type PatientFields,
  type PatientFieldsInput,
} from '@shared/model/patient'
import { applyServerError } from '../../app/serverIssues'
import { useShortcut } from '../../app/useShortcut'
import { ContactFields } from '../../components/ContactFields'
import { controlProps, Field } from '../../components/Field'
import { Notice } from '../../components/Notice'

interface PatientFormProps {
  initial?: PatientFieldsInput
  submitLabel: string
  /** Saves the record; returns an error to show, or nothing when it was saved. */
  onSubmit: (fields: PatientFields) => Promise<ApiError | undefined>
  /** Shown just above the form's buttons, where the clinician is looking when saving. */
  notice?: ReactNode
  onCancel: () => void
}

const blank: PatientFieldsInput = {
  givenName: '',
  familyName: '',
  dateOfBirth: '',
  sex: undefined as unknown as PatientFieldsInput['sex'],
}

/** Empty number inputs mean "not given", not zero. */
const optionalNumber = {
  setValueAs: (v: unknown) => (v === '' || v == null ? undefined : Number(v)),
}
const optionalChoice = { setValueAs: (v: unknown) => (v === '' ? undefined : v) }

const fieldNames = new Set(Object.keys(patientFieldsSchema.shape))

const hints = {
  sex: 'Used by the clinical reasoning: risk factors differ.',
  recordNumber: "The clinic's own reference, if it uses one.",
  notes: 'Anything the team should know, e.g. preferred name or access needs.',
}

export function PatientForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
  notice,
}: PatientFormProps) {
  const [formError, setFormError] = useState<string>()
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<PatientFieldsInput, unknown, PatientFields>({
    resolver: zodResolver(patientFieldsSchema),
    defaultValues: initial ?? blank,
    // Errors appear on save, then clear as each field is corrected.
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  })

  const save = handleSubmit(async (fields) => {
    setFormError(undefined)
    const error = await onSubmit(fields)
    if (error) setFormError(applyServerError(error, setError, (name) => fieldNames.has(name)))
  })
  useShortcut('mod+s', () => void save())

  const cancel = () => {
    if (!isDirty || window.confirm('Discard the changes you made to this patient?')) onCancel()
  }

  const e = (name: keyof PatientFieldsInput) => errors[name]?.message

  return (
    <form className="form" onSubmit={save} noValidate aria-label="Patient details">
      {formError && (
        <Notice tone="error" title="Not saved">
          {formError}
        </Notice>
      )}

      <fieldset className="form__section">
        <legend>Patient</legend>
        <div className="form__grid">
          <Field id="givenName" label="First name" required error={e('givenName')}>
            <input
              {...controlProps('givenName', e('givenName'))}
              {...register('givenName')}
              autoComplete="off"
              autoFocus
            />
          </Field>
          <Field id="familyName" label="Surname" required error={e('familyName')}>
            <input
              {...controlProps('familyName', e('familyName'))}
              {...register('familyName')}
              autoComplete="off"
            />
          </Field>
          <Field id="dateOfBirth" label="Date of birth" required error={e('dateOfBirth')}>
            <input
              type="date"
              {...controlProps('dateOfBirth', e('dateOfBirth'))}
              {...register('dateOfBirth')}
            />
          </Field>
          <Field id="sex" label="Sex" required error={e('sex')} hint={hints.sex}>
            <select
              {...controlProps('sex', e('sex'), hints.sex)}
              {...register('sex', optionalChoice)}
            >
              <option value="">Choose…</option>
              {sexes.map((s) => (
                <option key={s} value={s}>
                  {sexLabels[s]}
                </option>
              ))}
            </select>
          </Field>
          <Field
            id="recordNumber"
            label="Record number"
            error={e('recordNumber')}
            hint={hints.recordNumber}
          >
            <input
              {...controlProps('recordNumber', e('recordNumber'), hints.recordNumber)}
              {...register('recordNumber')}
              autoComplete="off"
            />
          </Field>
        </div>
      </fieldset>

      <fieldset className="form__section">
        <legend>Contact</legend>
        <div className="form__grid">
          <ContactFields register={register} errors={errors} />
        </div>
      </fieldset>

      <fieldset className="form__section">
        <legend>Running background</legend>
        <div className="form__grid form__grid--4">
          <Field id="yearsRunning" label="Years running" error={e('yearsRunning')}>
            <input
              type="number"
              inputMode="numeric"
              min={0}
              step={1}
              {...controlProps('yearsRunning', e('yearsRunning'))}
              {...register('yearsRunning', optionalNumber)}
            />
          </Field>
          <Field
            id="weeklyDistanceKm"
            label="Usual weekly distance (km)"
            error={e('weeklyDistanceKm')}
          >
            <input
              type="number"
              inputMode="decimal"
              min={0}
              step="any"
              {...controlProps('weeklyDistanceKm', e('weeklyDistanceKm'))}
              {...register('weeklyDistanceKm', optionalNumber)}
            />
          </Field>
          <Field id="runsPerWeek" label="Runs per week" error={e('runsPerWeek')}>
            <input
              type="number"
              inputMode="numeric"
              min={0}
              step={1}
              {...controlProps('runsPerWeek', e('runsPerWeek'))}
              {...register('runsPerWeek', optionalNumber)}
            />
          </Field>
          <Field id="mainEvent" label="Main event" error={e('mainEvent')}>
            <select
              {...controlProps('mainEvent', e('mainEvent'))}
              {...register('mainEvent', optionalChoice)}
            >
              <option value="">Not recorded</option>
              {runningEvents.map((r) => (
                <option key={r} value={r}>
                  {runningEventLabels[r]}
                </option>
              ))}
            </select>
          </Field>
        </div>
      </fieldset>

      <fieldset className="form__section">
        <legend>Other information</legend>
        <Field id="notes" label="Notes" error={e('notes')} hint={hints.notes}>
          <textarea
            rows={3}
            {...controlProps('notes', e('notes'), hints.notes)}
            {...register('notes')}
          />
        </Field>
      </fieldset>

      {notice}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          {isSubmitting ? 'Saving…' : submitLabel}
        </button>
        <button type="button" className="button" onClick={cancel}>
          Cancel
        </button>
        <span className="form__shortcut">
          <kbd>Ctrl S</kbd> saves
        </span>
      </div>
    </form>
  )
}
