import { z } from 'zod'
import { assessmentIdSchema } from './assessment/assessment'
import { professions } from './clinician'
import { patientIdSchema } from './patient'
import { recipientFieldsSchema, referralContactIdSchema } from './referralContact'

/**
 * A referral letter as sent: a record of its own, apart from the assessment it is about (a signed
 * assessment never changes; its letters are added beside it). It keeps what the clinician edited
 * (to whom, the question, their own words), who wrote it and when; main keeps with it the page
 * exactly as printed, so that printing it again gives the same letter.
 */

/** What the clinician edits before printing. */
export const letterContentSchema = z.object({
  recipient: recipientFieldsSchema,
  /** The directory entry the recipient was chosen from, if any (its details are copied). */
  contactId: referralContactIdSchema.optional(),
  /** The question asked of the recipient: the reason for referral. */
  question: z
    .string()
    .trim()
    .min(1, 'Write the question you are asking, e.g. “Please arrange an MRI of the right hip.”')
    .max(1200, 'Keep the question under 1,200 characters'),
  /** The clinician's own words, printed after the question. */
  freeText: z
    .string()
    .trim()
    .max(3000, 'Keep this under 3,000 characters so that the letter fits on a page')
    .optional(),
})
export type LetterContent = z.infer<typeof letterContentSchema>

export const referralLetterIdSchema = z.uuid('Not a valid letter id')

/** The input of "print the letter": the content and the assessment it is about. */
export const writeReferralLetterInputSchema = letterContentSchema.extend({
  assessmentId: assessmentIdSchema,
})
export type WriteReferralLetterInput = z.input<typeof writeReferralLetterInputSchema>

/** Who wrote and signed the letter, as printed on it. */
export const letterAuthorSchema = z.object({
  clinicianId: z.string().max(100).optional(),
  name: z.string().trim().min(1).max(120),
  profession: z.enum(professions).optional(),
  registrationNumber: z.string().trim().max(40).optional(),
})
export type LetterAuthor = z.infer<typeof letterAuthorSchema>

/** The letter as stored and listed. */
export const referralLetterSchema = letterContentSchema.extend({
  id: referralLetterIdSchema,
  assessmentId: assessmentIdSchema,
  patientId: patientIdSchema,
  author: letterAuthorSchema,
  /** When it was written and first printed (ISO instant): the date on the letter. */
  writtenAt: z.iso.datetime(),
})
export type ReferralLetter = z.infer<typeof referralLetterSchema>
