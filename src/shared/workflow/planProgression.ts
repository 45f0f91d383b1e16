import type { PlanProgression } from '../model/assessment/followUp'
import { currentPhaseNumber, type TreatmentPlan } from '../model/assessment/plan'

/**
 * The plan carried on at a follow-up, moved as the clinician decided: progress moves the runner
 * to the next phase (staying on the last), regress back one (not before the first), and
 * continue, discharge and refer keep the phase. The decision is kept with the plan; a referral
 * itself is written by the clinician (followUpRequiredItems.ts asks for one).
 */
export function progressedPlan(plan: TreatmentPlan, progression: PlanProgression): TreatmentPlan {
  const phase = currentPhaseNumber(plan)
  const next =
    phase === 0
      ? undefined
      : progression === 'progress'
        ? Math.min(phase + 1, plan.phases.length)
        : progression === 'regress'
          ? Math.max(phase - 1, 1)
          : phase
  return { ...plan, progression, ...(next !== undefined ? { currentPhase: next } : {}) }
}
