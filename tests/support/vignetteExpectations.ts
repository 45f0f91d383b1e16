import type { ConditionId, RedFlagId } from '../../src/shared/clinical/conditions/conditionIds'
import type { RedFlagUrgency } from '../../src/shared/clinical/reasoning/redFlagRules'
import type { TreatmentPlan } from '../../src/shared/model/assessment/plan'
import expectations from '../fixtures/vignettes/expectations.json'

/**
 * The expected outcome of each vignette (tests/fixtures/vignettes/expectations.json; the cases
 * themselves are described in /work/shared/clinical/vignettes.md for V01-V12 and docs/vignettes.md
 * for V13-V36):
 *
 * - `top`: the condition(s) that may rank first (a pair: either, both in the top three);
 * - `topThree`: conditions that must be among the first three entries of the differential (or
 *   nested under one of them, as bursitis under greater trochanteric pain syndrome);
 * - `redFlags`: exactly the flags raised; `redFlagUrgency`: the level each is raised at (the
 *   malignancy flag has two: 'urgent' and, for one weak feature, 'soon');
 * - `planMustContain`: what the plan must include, in words, as the vignette states it;
 * - `planMustContainText`: the same as checks: each a regular expression (case-insensitive) that
 *   must match the text of the plan `npm run diagnose -- <file> --plan` prints, that is every
 *   string in it, exercise ids included (planText);
 * - `planMustNotContain`: what the plan must not have, with `because` in words: no exercise at
 *   all (`anyExercise`), none of the named `exercises`, nothing in the named `sections`, and no
 *   match for any of the `text` expressions.
 */
export const planSections = ['returnToRunning', 'runningRetraining', 'manualTherapy'] as const
export type PlanSection = (typeof planSections)[number]

export interface PlanMustNotContain {
  because: string
  anyExercise?: boolean
  exercises?: string[]
  sections?: PlanSection[]
  text?: string[]
}

export interface VignetteExpectation {
  top: ConditionId[]
  topThree: ConditionId[]
  redFlags: RedFlagId[]
  redFlagUrgency?: Partial<Record<RedFlagId, RedFlagUrgency>>
  planMustContain: string[]
  planMustContainText: string[]
  planMustNotContain?: PlanMustNotContain
}

export const vignetteExpectations = expectations as unknown as Record<string, VignetteExpectation>

/** Every string in the plan, one per line: what the text rules are matched against. */
export function planText(plan: TreatmentPlan): string {
  const strings: string[] = []
  const walk = (value: unknown): void => {
    if (typeof value === 'string') strings.push(value)
    else if (Array.isArray(value)) value.forEach(walk)
    else if (value && typeof value === 'object') Object.values(value).forEach(walk)
  }
  walk(plan)
  return strings.join('\n')
}

const exerciseIdsOf = (plan: TreatmentPlan) =>
  plan.phases.flatMap((p) => p.exercises.map((e) => e.exerciseId ?? e.name))

/** The plan rules a plan breaks, each said in words (empty: it meets them all). */
export function planRuleFailures(plan: TreatmentPlan, expected: VignetteExpectation): string[] {
  const text = planText(plan)
  const failures = expected.planMustContainText
    .filter((pattern) => !new RegExp(pattern, 'i').test(text))
    .map((pattern) => `the plan has nothing matching /${pattern}/i`)
  const not = expected.planMustNotContain
  if (!not) return failures
  const exercises = exerciseIdsOf(plan)
  if (not.anyExercise && exercises.length > 0)
    failures.push(`the plan has exercises (${exercises.join(', ')}): ${not.because}`)
  for (const id of not.exercises ?? [])
    if (exercises.includes(id)) failures.push(`the plan has ${id}: ${not.because}`)
  for (const section of not.sections ?? [])
    if (plan[section].length > 0)
      failures.push(`the plan's ${section} is not empty: ${not.because}`)
  for (const pattern of not.text ?? [])
    if (new RegExp(pattern, 'i').test(text))
      failures.push(`the plan matches /${pattern}/i: ${not.because}`)
  return failures
}
