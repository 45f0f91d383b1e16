import { z } from 'zod'
import { isPlainData } from '../plainData'
import { assessmentIdSchema } from './assessment'

/**
 * The write-ahead copy of a draft: the assessment screen's working copy exactly as typed, which
 * main keeps (encrypted, in the clinic's database) at every change, before the autosave that
 * follows a pause in typing. After a reload or a crash the screen opens from it.
 *
 * What was typed may fail the assessment's schema — a pain score of 15 stays on screen, flagged,
 * until it is corrected — so the sections and plan are checked here as a form's plain values of
 * bounded size, not as an assessment; the autosave validates them as one before they are saved.
 */
const formValues = z.custom<Record<string, unknown>>(
  (value) =>
    typeof value === 'object' && value !== null && !Array.isArray(value) && isPlainData(value),
  'Not the values of a form',
)

export const draftCopySchema = z.object({
  id: assessmentIdSchema,
  /** The working copy's revision: each change adds one to the revision it started from. */
  revision: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  date: z.string().max(40),
  clinicianName: z.string().max(1000).optional(),
  sections: z.object({
    history: formValues,
    outcomes: formValues,
    exam: formValues,
    running: formValues,
  }),
  plan: formValues.optional(),
})
export type DraftCopy = z.infer<typeof draftCopySchema>
