import { z } from 'zod'
import { choiceOf } from './recordedValues'

/**
 * What a follow-up records beyond the measures it shares with an initial assessment: the
 * patient's account of the change since last visit and how much of the home programme was
 * done (in the history), and what the plan does next (in the plan). All optional in the schema
 * so that records written before follow-ups had them still parse; followUpRequiredItems.ts says
 * when they are required.
 */

export const adherenceLevels = ['all', 'most', 'some', 'none'] as const
export type AdherenceLevel = (typeof adherenceLevels)[number]
export const adherenceLabels: Record<AdherenceLevel, string> = {
  all: 'All or nearly all',
  most: 'Most',
  some: 'Some',
  none: 'Little or none',
}

export const sinceLastVisitSchema = z.object({
  /** In the patient's words: what has changed since last visit. */
  subjectiveChange: z.string().trim().max(2000, 'Keep this under 2000 characters').optional(),
  /** How much of the home exercise programme was done. */
  adherence: choiceOf(adherenceLevels).optional(),
  /** Why, when adherence was low (time, pain, forgot, unclear). */
  adherenceNotes: z.string().trim().max(500, 'Keep this under 500 characters').optional(),
})
export type SinceLastVisit = z.infer<typeof sinceLastVisitSchema>

/** What the plan does at a follow-up. */
export const planProgressions = ['progress', 'continue', 'regress', 'discharge', 'refer'] as const
export type PlanProgression = (typeof planProgressions)[number]
export const planProgressionLabels: Record<PlanProgression, string> = {
  progress: 'Progress',
  continue: 'Continue',
  regress: 'Regress',
  discharge: 'Discharge',
  refer: 'Refer',
}
export const planProgressionHelp: Record<PlanProgression, string> = {
  progress: 'move on to the next phase',
  continue: 'stay in the current phase',
  regress: 'go back a phase',
  discharge: 'self-management from here',
  refer: 'add the referral to the plan',
}

/**
 * A sign to retest at a follow-up: where it is recorded (a dot path in the sections, e.g.
 * `exam.rom.motions.internalRotation.right`) and how it is named. Fixed when the follow-up
 * starts, from the previous visit's findings (workflow/keySigns.ts), so the record says what it
 * was held to even if the previous record is later revised.
 */
export const keySignSchema = z.object({
  path: z
    .string()
    .max(200)
    .regex(/^(exam|running|outcomes)\.[A-Za-z0-9.]+$/, 'Not a path in the assessment'),
  label: z.string().max(200),
})
export type KeySign = z.infer<typeof keySignSchema>

/** Set when a follow-up starts: the outcome measures due and the key signs to retest. */
export const followUpDueSchema = z.object({
  /** Questionnaires recorded last time, asked again to measure change. */
  measures: z.array(keySignSchema).max(20),
  /** Signs abnormal last time. */
  signs: z.array(keySignSchema).max(200),
})
export type FollowUpDue = z.infer<typeof followUpDueSchema>
