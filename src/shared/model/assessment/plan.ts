import { z } from 'zod'
import { calendarDateSchema } from '../calendarDate'

/**
 * The treatment plan stored with an assessment: generated from the confirmed working
 * diagnosis and the findings (src/shared/clinical/plan), then edited freely by the clinician.
 * Everything here is what the clinician sees and can change; ids tie items back to the
 * knowledge base where they came from it.
 */

const line = z
  .string()
  .trim()
  .min(1, 'Write something or remove the line')
  .max(500, 'Keep this under 500 characters')

export const referralUrgencies = ['emergency', 'same-day', 'urgent', 'routine'] as const
export type ReferralUrgency = (typeof referralUrgencies)[number]

export const referralSchema = z.object({
  urgency: z.enum(referralUrgencies),
  /** Who to: e.g. "Emergency department", "Sports physician for MRI". */
  to: line,
  reason: line,
  /** When: "now", or a condition such as "if no better after 3 months of rehabilitation". */
  when: z.string().trim().max(300).optional(),
})
export type Referral = z.infer<typeof referralSchema>

export const planExerciseSchema = z.object({
  /** The knowledge-base exercise this came from, if any (patient handout text, cautions). */
  exerciseId: z.string().max(80).optional(),
  name: line,
  sets: z
    .number('Enter a number')
    .int('Whole sets')
    .min(1, 'At least 1')
    .max(20, 'At most 20')
    .optional(),
  reps: z
    .number('Enter a number')
    .int('Whole repetitions')
    .min(1, 'At least 1')
    .max(100, 'At most 100')
    .optional(),
  holdSeconds: z
    .number('Enter a number')
    .min(1, 'At least 1 s')
    .max(600, 'At most 600 s')
    .optional(),
  /** e.g. "daily", "3 times a week". */
  frequency: z.string().trim().max(120).optional(),
  /** e.g. "body weight", "light band", "RPE 6/10". */
  load: z.string().trim().max(120).optional(),
  notes: z.string().trim().max(500).optional(),
})
export type PlanExercise = z.infer<typeof planExerciseSchema>

export const planPhaseSchema = z.object({
  name: line,
  goals: z.array(line),
  /** Criteria to move to the next phase. */
  progressWhen: z.array(line),
  exercises: z.array(planExerciseSchema),
})
export type PlanPhase = z.infer<typeof planPhaseSchema>

export const treatmentPlanSchema = z.object({
  /** The conditions the plan was generated for (knowledge-base ids or free text). */
  basedOn: z.array(z.string().max(200)),
  generatedAt: z.iso.datetime(),
  /** Referrals come first; `loadingOnHold` says whether exercise waits for clearance. */
  referrals: z.array(referralSchema),
  /** True when a red flag means no loading programme until a doctor has cleared the patient. */
  loadingOnHold: z.boolean(),
  phases: z.array(planPhaseSchema),
  education: z.array(line),
  loadManagement: z.array(line),
  runningRetraining: z.array(line),
  returnToRunning: z.array(line),
  manualTherapy: z.array(line),
  reviewDate: calendarDateSchema.optional(),
  notes: z.string().trim().max(4000).optional(),
})
export type TreatmentPlan = z.infer<typeof treatmentPlanSchema>
