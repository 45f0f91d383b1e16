import type { FieldErrors, FieldValues, Path, UseFormRegister } from 'react-hook-form'
import { controlProps, Field } from './Field'

type ContactValues = { phone?: string; email?: string; address?: string }

interface ContactFieldsProps<T extends FieldValues & ContactValues> {
  register: UseFormRegister<T>
  errors: FieldErrors<T>
  /** Why the phone number matters on this form, if it needs saying. */
  phoneHint?: string
  addressRows?: number
}

/** Phone, email and address, as the patient and clinic forms both ask for them. */
export function ContactFields<T extends FieldValues & ContactValues>({
  register,
  errors,
  phoneHint,
  addressRows = 2,
}: ContactFieldsProps<T>) {
  const e = (name: keyof ContactValues) => errors[name]?.message as string | undefined
  const field = (name: keyof ContactValues) => register(name as Path<T>)
  return (
    <>
      <Field id="phone" label="Phone" error={e('phone')} hint={phoneHint}>
        <input
          type="tel"
          {...controlProps('phone', e('phone'), phoneHint)}
          {...field('phone')}
          autoComplete="off"
        />
      </Field>
      <Field id="email" label="Email" error={e('email')}>
        <input
          type="email"
          {...controlProps('email', e('email'))}
          {...field('email')}
          autoComplete="off"
        />
      </Field>
      <Field id="address" label="Address" error={e('address')} className="form__wide">
        <textarea
          rows={addressRows}
          {...controlProps('address', e('address'))}
          {...field('address')}
        />
      </Field>
    </>
  )
}
