import { zodResolver } from '@hookform/resolvers/zod'
import { memo, useEffect, type ReactNode, type RefObject } from 'react'
import { FormProvider, useForm, type FieldValues, type UseFormSetValue } from 'react-hook-form'
import type { z } from 'zod'
import type { AssessmentSection, AssessmentSections } from '@shared/model/assessment/assessment'
import { FieldContext } from './fields/fieldContext'

interface StepFormProps {
  section: AssessmentSection
  schema: z.ZodType<FieldValues, FieldValues>
  /** The values the form starts from; later changes flow out through onChange only. */
  initialValues: FieldValues
  onChange: (section: AssessmentSection, values: unknown) => void
  previous?: AssessmentSections
  readOnly: boolean
  /** Lets code outside the form set values (e.g. "mark the rest not assessed"). */
  setValueRef?: RefObject<UseFormSetValue<FieldValues> | null>
  children: ReactNode
}

/**
 * One step of the assessment as a react-hook-form form validated by the section's shared
 * schema. Every change goes straight to the draft (which autosaves); errors show as you type.
 */
export const StepForm = memo(
  function StepForm({
    section,
    schema,
    initialValues,
    onChange,
    previous,
    readOnly,
    setValueRef,
    children,
  }: StepFormProps) {
    const form = useForm<FieldValues>({
      resolver: zodResolver(schema),
      defaultValues: initialValues,
      mode: 'onChange',
    })
    useEffect(() => {
      if (setValueRef) setValueRef.current = form.setValue
    }, [form, setValueRef])

    useEffect(() => {
      // Values recovered from a write-ahead copy may be invalid: show where at once.
      void form.trigger()
      return form.subscribe({
        formState: { values: true },
        callback: ({ values }) => onChange(section, structuredClone(values)),
      })
      // The form lives as long as the step is open; it is keyed by section by its parent.
      // eslint-disable-next-line react-hooks/exhaustive-deps
    }, [])

    return (
      <FormProvider {...form}>
        <FieldContext.Provider value={{ section, previous, readOnly }}>
          <form className="step-form" noValidate onSubmit={(event) => event.preventDefault()}>
            {children}
          </form>
        </FieldContext.Provider>
      </FormProvider>
    )
    // Re-rendering the provider re-renders every field: only do it when the step itself changes,
    // not on each keystroke the parent hears about.
  },
  (before, after) =>
    before.section === after.section &&
    before.readOnly === after.readOnly &&
    before.previous === after.previous &&
    before.children === after.children,
)

/** A titled card within a step. */
export function StepSection({
  title,
  id,
  children,
  aside,
}: {
  title: string
  id?: string
  children: ReactNode
  aside?: ReactNode
}) {
  return (
    <section className="step-section" aria-labelledby={id ? `${id}-title` : undefined} id={id}>
      <header className="step-section__header">
        <h3 className="step-section__title" id={id ? `${id}-title` : undefined}>
          {title}
        </h3>
        {aside}
      </header>
      {children}
    </section>
  )
}
