import { type ConditionId } from '../conditions/conditionIds'
import { anteriorPlanTemplates } from './planTemplatesAnterior'
import { boneJointPlanTemplates } from './planTemplatesBoneJoint'
import { lateralPlanTemplates } from './planTemplatesLateral'
import { pelvisAndGroinPlanTemplates } from './planTemplatesPelvisAndGroin'
import { posteriorPlanTemplates } from './planTemplatesPosterior'
import { referralPlanTemplates } from './planTemplatesReferral'
import { type PlanTemplate } from './planTemplateTypes'

/**
 * One treatment-plan template per condition the working diagnosis can rank (clinical fact
 * sheet §3 "Management", §8 treatment principles, §9 exercise library). The plan generator turns
 * a template into the stored, editable plan (src/shared/model/assessment/plan.ts); running cues
 * for the runner's own technique findings come from runningCues.ts.
 */

export type {
  PlanTemplate,
  TemplateExercise,
  TemplatePhase,
  TemplateReferral,
} from './planTemplateTypes'

export const planTemplates: Record<ConditionId, PlanTemplate> = {
  ...lateralPlanTemplates,
  ...posteriorPlanTemplates,
  ...anteriorPlanTemplates,
  ...boneJointPlanTemplates,
  ...pelvisAndGroinPlanTemplates,
  ...referralPlanTemplates,
}

export function planTemplateFor(condition: ConditionId): PlanTemplate {
  return planTemplates[condition]
}
