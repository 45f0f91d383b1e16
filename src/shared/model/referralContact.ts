import { z } from 'zod'
import { emailSchema, optionalText, phoneSchema } from './contactFields'

/**
 * A doctor the clinic writes to: one entry of the clinic's small directory of GPs and consultants
 * (Clinic settings → Letter recipients), or the recipient typed once into a letter. A letter keeps
 * its own copy of these fields, so editing or removing an entry never changes a letter sent.
 */
export const recipientFieldsSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Enter the recipient’s name, e.g. Dr Priya Shah')
    .max(120, 'Keep the name under 120 characters'),
  /** Their role or speciality: "GP", "Consultant orthopaedic surgeon (hip)". */
  role: z
    .string()
    .trim()
    .min(1, 'Enter their role or speciality, e.g. GP')
    .max(120, 'Keep this under 120 characters'),
  practice: optionalText(160),
  address: optionalText(300),
  phone: phoneSchema,
  /** A secure (NHS.net or equivalent) address for clinical correspondence. */
  secureEmail: emailSchema,
})
export type RecipientFields = z.infer<typeof recipientFieldsSchema>

export const referralContactIdSchema = z.uuid('Not a valid directory entry id')

/** An entry of the directory as stored and listed. */
export const referralContactSchema = recipientFieldsSchema.extend({
  id: referralContactIdSchema,
  updatedAt: z.iso.datetime(),
})
export type ReferralContact = z.infer<typeof referralContactSchema>

/** Adding an entry (no id) or changing one (its id), flat so field errors keep their paths. */
export const saveReferralContactInputSchema = recipientFieldsSchema.extend({
  id: referralContactIdSchema.optional(),
})
export type SaveReferralContactInput = z.input<typeof saveReferralContactInputSchema>

/** "Dr Priya Shah, GP, Riverside Surgery". */
export function recipientInOneLine(r: Pick<RecipientFields, 'name' | 'role' | 'practice'>): string {
  return [r.name, r.role, r.practice?.trim()].filter((p) => !!p).join(', ')
}
