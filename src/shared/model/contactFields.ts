import { z } from 'zod'

/**
 * Field schemas shared by records that hold contact details (the patient, the clinic). Optional
 * text fields accept an empty string, which is what an untouched form input holds.
 */

export const optionalText = (max: number) =>
  z.string().trim().max(max, `Keep this under ${max} characters`).optional()

export const phoneSchema = z
  .string()
  .trim()
  .max(40, 'Keep the phone number under 40 characters')
  .regex(/^[+0-9 ()\-.]*$/, 'Use digits, spaces and + ( ) - only')
  .optional()

export const emailSchema = z
  .union([z.literal(''), z.email('Enter an email address like name@example.com')])
  .optional()
