import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import type { ApiError } from '@shared/api/result'
import type { RedFlagResult } from '@shared/clinical/reasoning/engine'
import {
  medicalClearanceInputSchema,
  type MedicalClearanceInput,
} from '@shared/model/assessment/medicalClearance'
import { applyServerError } from '../../../app/serverIssues'
import { controlProps, Field } from '../../../components/Field'
import { Notice } from '../../../components/Notice'

type ClearanceFields = Omit<MedicalClearanceInput, 'redFlag'>
const fieldSchema = medicalClearanceInputSchema.omit({ redFlag: true })
const fieldNames = new Set(Object.keys(fieldSchema.shape))
const excludedHint = 'e.g. MRI: no femoral neck fracture'

/**
 * Records that a doctor has cleared a red flag: who, on which day, what was excluded. Until
 * then the flag's protective plan is the whole plan; afterwards the diagnosis's plan can be
 * proposed.
 */
export function ClearanceForm({
  flag,
  today,
  onRecord,
  submitLabel = 'Record the clearance',
}: {
  flag: RedFlagResult
  today: string
  /** Stores the clearance; returns an error to show, or nothing when it was stored. */
  onRecord: (clearance: MedicalClearanceInput) => Promise<ApiError | undefined>
  submitLabel?: string
}) {
  const [formError, setFormError] = useState<string>()
  const id = (name: string) => `clearance-${flag.id}-${name}`
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<ClearanceFields>({
    resolver: zodResolver(fieldSchema),
    defaultValues: { clearedBy: '', clearedOn: today, excluded: '' },
  })
  const submit = handleSubmit(async (fields) => {
    setFormError(undefined)
    const error = await onRecord({ redFlag: flag.id, ...fields })
    if (error) setFormError(applyServerError(error, setError, (name) => fieldNames.has(name)))
    else reset()
  })
  const e = (name: keyof ClearanceFields) => errors[name]?.message
  return (
    <form
      className="clearance-form"
      onSubmit={submit}
      noValidate
      aria-label={`Doctor's clearance: ${flag.name}`}
    >
      {formError && <Notice tone="error">{formError}</Notice>}
      <div className="grid-3">
        <Field id={id('by')} label="Cleared by" error={e('clearedBy')} required>
          <input
            {...controlProps(id('by'), e('clearedBy'))}
            autoComplete="off"
            {...register('clearedBy')}
          />
        </Field>
        <Field id={id('on')} label="On" error={e('clearedOn')} required>
          <input
            {...controlProps(id('on'), e('clearedOn'))}
            type="date"
            {...register('clearedOn')}
          />
        </Field>
        <Field
          id={id('excluded')}
          label="What was excluded"
          error={e('excluded')}
          hint={excludedHint}
          required
        >
          <input
            {...controlProps(id('excluded'), e('excluded'), excludedHint)}
            autoComplete="off"
            {...register('excluded')}
          />
        </Field>
      </div>
      <button type="submit" className="button" disabled={isSubmitting}>
        {submitLabel}
      </button>
    </form>
  )
}
