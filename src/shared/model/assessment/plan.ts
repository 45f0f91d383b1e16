import { z } from 'zod'
import { redFlagIds } from '../../clinical/conditions/conditionIds'
import { calendarDateSchema } from '../calendarDate'
import { planProgressions } from './followUp'

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
export const referralUrgencyLabels: Record<ReferralUrgency, string> = {
  emergency: 'Emergency',
  'same-day': 'Same day',
  urgent: 'Urgent',
  routine: 'Routine',
}

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

export const treatmentPlanSchema = z
  .object({
    /** The conditions the plan was generated for (knowledge-base ids or free text). */
    basedOn: z.array(z.string().max(200)),
    generatedAt: z.iso.datetime(),
    /** The date of the visit whose plan this one carries on, when it was not proposed afresh. */
    carriedOnFrom: calendarDateSchema.optional(),
    /** Referrals come first; `loadingOnHold` says whether exercise waits for clearance. */
    referrals: z.array(referralSchema),
    /** True when a red flag means no loading programme until a doctor has cleared the patient. */
    loadingOnHold: z.boolean(),
    /** The red flags whose protective plan this is, when one owns the plan until cleared. */
    protectiveFor: z.array(z.enum(redFlagIds)).optional(),
    phases: z.array(planPhaseSchema),
    /**
     * The phase the runner is in now, counted from 1 (absent means the first). The patient
     * handout prints this phase; a follow-up that continues the plan moves it on.
     */
    currentPhase: z.number().int().min(1).optional(),
    /** At a follow-up: progress, continue, regress, discharge or refer (followUp.ts). */
    progression: z.enum(planProgressions).optional(),
    education: z.array(line),
    loadManagement: z.array(line),
    runningRetraining: z.array(line),
    returnToRunning: z.array(line),
    manualTherapy: z.array(line),
    reviewDate: calendarDateSchema.optional(),
    notes: z.string().trim().max(4000).optional(),
  })
  .refine((plan) => (plan.currentPhase ?? 1) <= Math.max(plan.phases.length, 1), {
    path: ['currentPhase'],
    message: 'There is no such phase in this plan',
  })
export type TreatmentPlan = z.infer<typeof treatmentPlanSchema>

/** The phase the runner is in now, counted from 1; 0 when the plan has no phases. */
export function currentPhaseNumber(plan: TreatmentPlan): number {
  if (plan.phases.length === 0) return 0
  return Math.min(plan.currentPhase ?? 1, plan.phases.length)
}

/**
 * The current phase (from 1) after the clinician moves the phase at `from` to `to` (from 0), so
 * that it stays on the same phase.
 */
export function currentPhaseAfterMove(current: number, from: number, to: number): number {
  const index = current - 1
  if (index === from) return to + 1
  if (from < index && to >= index) return current - 1
  if (from > index && to <= index) return current + 1
  return current
}

/**
 * The current phase after the phase at `removed` (from 0) is deleted: the same phase when
 * another was removed, the one that followed when the current one was, none when none are left.
 */
export function currentPhaseAfterRemove(
  current: number,
  removed: number,
  remaining: number,
): number | undefined {
  if (remaining === 0) return undefined
  if (removed < current - 1) return current - 1
  return Math.min(current, remaining)
}

/**
 * Where the plan comes from when a working diagnosis is confirmed: `keep` the plan being edited
 * (a proposal when there is none yet), a fresh `proposal` from the diagnosis and findings, or the
 * `previous-visit`'s plan carried on, edits and current phase included.
 */
export const planSources = ['keep', 'proposal', 'previous-visit'] as const
export type PlanSource = (typeof planSources)[number]
