import { z } from 'zod'
import { emailSchema, optionalText, phoneSchema } from './contactFields'

/**
 * The clinic's details, set once on this computer: the letterhead of every report, and the
 * number the patient handout tells the runner to call.
 */
export const clinicDetailsSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Enter the clinic name')
    .max(120, 'Keep the name under 120 characters'),
  /** A line under the name, e.g. "Physiotherapy · hip and running injuries". */
  tagline: optionalText(120),
  address: optionalText(300),
  phone: phoneSchema,
  email: emailSchema,
})
export type ClinicDetails = z.infer<typeof clinicDetailsSchema>
