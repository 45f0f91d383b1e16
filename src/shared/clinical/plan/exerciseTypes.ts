import type { ConditionId } from '../conditions/conditionIds'
import type { Citation } from '../sources'

/**
 * The shape of an exercise in the knowledge base (clinical fact sheet §9). The library itself
 * is split by region into exercises*.ts files and gathered in exercises.ts.
 */

export interface Dose {
  sets: number
  reps?: number
  holdSeconds?: number
  /** true when the sets and reps are done on each side (or each leg). */
  perSide?: boolean
  /** e.g. "daily", "2–3 times a week". */
  frequency: string
  /** e.g. "body weight", "light band", "about 50–70% effort". */
  load?: string
}

export interface Exercise {
  /** kebab-case, stable: stored in plans. */
  id: string
  name: string
  /** What it trains, for the clinician. */
  target: string
  /** 2–4 short plain-language sentences for the patient handout: set-up, movement, feeling. */
  patientInstructions: string
  /** A sensible starting dose. */
  dose: Dose
  /** How to progress, one or two sentences. */
  progression: string
  /** When to stop or ease off, in plain language for the patient. */
  stopIf: string
  /** Condition-specific cautions for the clinician. */
  cautions: Partial<Record<ConditionId, string>>
  citation: Citation
}

/** The usual pain rule for tendon, muscle and joint exercise (fact sheet §8–§9). */
export const standardStopIf =
  'Ease off or stop if the pain goes above 3 out of 10, or if it has not settled by the next ' +
  'morning (within 24 hours).'
