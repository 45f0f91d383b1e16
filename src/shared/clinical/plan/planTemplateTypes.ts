import type { ConditionId } from '../conditions/conditionIds'
import type { Citation } from '../sources'
import type { Dose } from './exerciseTypes'
import type { ExerciseId } from './exercises'

/**
 * The shape of a condition's plan template. The templates themselves are split by region
 * (planTemplatesLateral.ts etc.) and gathered in planTemplates.ts.
 */

export interface TemplateExercise {
  exerciseId: ExerciseId
  /** Overrides of the library's starting dose for this phase. */
  dose?: Partial<Dose>
  notes?: string
}

export interface TemplatePhase {
  name: string
  goals: string[]
  /** Criteria to move on to the next phase (or, for the last phase, to discharge). */
  progressWhen: string[]
  exercises: TemplateExercise[]
}

export interface TemplateReferral {
  urgency: 'emergency' | 'same-day' | 'urgent' | 'routine'
  to: string
  reason: string
  /** When to refer: now, or on a condition such as no improvement after rehabilitation. */
  when: string
}

export interface PlanTemplate {
  condition: ConditionId
  /** One line: the management approach. */
  summary: string
  phases: TemplatePhase[]
  education: string[]
  loadManagement: string[]
  /** Criteria and progression. */
  returnToRunning: string[]
  /** Only where the fact sheet or the seed articles support it; empty otherwise. */
  manualTherapy: string[]
  reviewInWeeks: number
  /** A referral the template always suggests (possibly conditional: see `when`). */
  referral?: TemplateReferral
  citation: Citation
}
