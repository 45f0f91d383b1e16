import type { FieldErrors, UseFormRegister } from 'react-hook-form'
import type { RecipientFields as Recipient } from '@shared/model/referralContact'
import { controlProps, Field } from '../../components/Field'

export const blankRecipient: Recipient = {
  name: '',
  role: '',
  practice: '',
  address: '',
  phone: '',
  secureEmail: '',
}

/**
 * A doctor's details, as the directory and the letter editor both ask for them. `prefix` is the
 * path of the fields in the form ('' or 'recipient.'), and of their ids.
 */
export function RecipientFields({
  register,
  errors,
  prefix = '',
}: {
  // The two forms hold these fields at different paths: registered by name below.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  register: UseFormRegister<any>
  errors: FieldErrors<Recipient> | undefined
  prefix?: '' | 'recipient.'
}) {
  const e = (name: keyof Recipient) => errors?.[name]?.message
  const id = (name: keyof Recipient) => `${prefix.replace('.', '-')}${name}`
  const field = (name: keyof Recipient) => register(`${prefix}${name}`)
  const emailHint = 'For clinical correspondence, e.g. an nhs.net address.'
  return (
    <div className="form__grid">
      <Field id={id('name')} label="Name" required error={e('name')}>
        <input {...controlProps(id('name'), e('name'))} {...field('name')} autoComplete="off" />
      </Field>
      <Field id={id('role')} label="Role or speciality" required error={e('role')}>
        <input
          {...controlProps(id('role'), e('role'))}
          {...field('role')}
          autoComplete="off"
          placeholder="GP, consultant orthopaedic surgeon…"
        />
      </Field>
      <Field id={id('practice')} label="Practice or hospital" error={e('practice')}>
        <input
          {...controlProps(id('practice'), e('practice'))}
          {...field('practice')}
          autoComplete="off"
        />
      </Field>
      <Field id={id('phone')} label="Phone" error={e('phone')}>
        <input
          type="tel"
          {...controlProps(id('phone'), e('phone'))}
          {...field('phone')}
          autoComplete="off"
        />
      </Field>
      <Field id={id('secureEmail')} label="Secure email" error={e('secureEmail')} hint={emailHint}>
        <input
          type="email"
          {...controlProps(id('secureEmail'), e('secureEmail'), emailHint)}
          {...field('secureEmail')}
          autoComplete="off"
        />
      </Field>
      <Field id={id('address')} label="Address" error={e('address')} className="form__wide">
        <textarea rows={3} {...controlProps(id('address'), e('address'))} {...field('address')} />
      </Field>
    </div>
  )
}
