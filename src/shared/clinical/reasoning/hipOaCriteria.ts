import type { ConditionId } from '../conditions/conditionIds'
import { likelihoodBand } from '../presentation/likelihood'
import { cite, type Citation } from '../sources'
import {
  anyOf,
  painIn,
  romPainful,
  romValue,
  type FindingContext,
  type FindingState,
} from './findingContext'

/**
 * Classification criteria for hip osteoarthritis, applied exactly as published.
 *
 * ACR 1991 (Altman), clinical classification tree. Hip pain plus either
 *   branch 1: internal rotation ≥ 15°, pain on internal rotation, morning stiffness of the hip
 *             ≤ 60 min, and age > 50; or
 *   branch 2: internal rotation < 15°, and ESR ≤ 45 mm/h — or, when no ESR is available,
 *             hip flexion ≤ 115°.
 * Sn 86%, Sp 75% (LR+ ≈ 3.4, LR− ≈ 0.19).
 *
 * Reading choices, stated: "hip pain" is pain recorded in the groin, anterior thigh, lateral hip
 * or buttock; rotation and flexion are those of the painful side (the lower one when the painful
 * side is not one side); morning stiffness of 0 minutes counts as ≤ 60 (the criterion is a duration
 * cut-off). A criterion that cannot be read because an item was not recorded leaves the result
 * unknown rather than negative.
 */
export const acrCitation: Citation = cite(
  ['S14'],
  'confirmed',
  'Altman 1991; LR+ ≈ 3.4 and LR− ≈ 0.19 as summarised in the fact sheet [S14c].',
)

export interface AcrResult {
  met: FindingState
  branch?: 1 | 2
  /** Each criterion as read, for showing the reasoning. */
  criteria: { label: string; state: FindingState }[]
}

const compare = (value: number | undefined, test: (v: number) => boolean): FindingState =>
  value === undefined ? undefined : test(value) ? 'present' : 'absent'

export function acrHipOaClinical(ctx: FindingContext): AcrResult {
  const sides = ctx.involved ? [ctx.involved] : (['left', 'right'] as const)
  const lowest = (motion: 'internalRotation' | 'flexion') => {
    const values = sides
      .map((s) => romValue(ctx, motion, s))
      .filter((v): v is number => v !== undefined)
    return values.length > 0 ? Math.min(...values) : undefined
  }
  const ir = lowest('internalRotation')
  const flexion = lowest('flexion')
  const stiffness = ctx.sections.history.morningStiffnessMinutes
  const esr = ctx.sections.history.pastHistory?.esrMmPerHour

  const hipPain = anyOf(
    ...(['groin', 'anterior-thigh', 'lateral-hip', 'buttock'] as const).map((r) => painIn(ctx, r)),
  )
  const irAtLeast15 = compare(ir, (v) => v >= 15)
  const painOnIr = romPainful(ctx, 'internalRotation')
  const stiffnessShort = compare(
    typeof stiffness === 'number' ? stiffness : undefined,
    (v) => v <= 60,
  )
  const olderThan50 = ctx.patient.age > 50 ? 'present' : 'absent'
  const irBelow15 = compare(ir, (v) => v < 15)
  const esrOrFlexion =
    esr !== undefined ? compare(esr, (v) => v <= 45) : compare(flexion, (v) => v <= 115)

  const all = (...states: FindingState[]): FindingState =>
    states.includes('absent')
      ? 'absent'
      : states.every((s) => s === 'present')
        ? 'present'
        : undefined
  const branch1 = all(hipPain, irAtLeast15, painOnIr, stiffnessShort, olderThan50)
  const branch2 = all(hipPain, irBelow15, esrOrFlexion)
  const met = anyOf(branch1, branch2)

  return {
    met,
    branch: branch1 === 'present' ? 1 : branch2 === 'present' ? 2 : undefined,
    criteria: [
      { label: 'Hip pain', state: hipPain },
      { label: 'Internal rotation ≥ 15°', state: irAtLeast15 },
      { label: 'Pain on internal rotation', state: painOnIr },
      { label: 'Morning stiffness ≤ 60 min', state: stiffnessShort },
      { label: 'Age > 50', state: olderThan50 },
      { label: 'Internal rotation < 15°', state: irBelow15 },
      {
        label: esr !== undefined ? 'ESR ≤ 45 mm/h' : 'Hip flexion ≤ 115° (no ESR available)',
        state: esrOrFlexion,
      },
    ],
  }
}

/** Age from which hip OA is a working diagnosis to consider (NICE NG226: ≥ 45; facts.md §2.2). */
export const HIP_OA_CONSIDERED_FROM_AGE = 45

/**
 * Whether the hip-OA criteria notes (the ACR and Sutlive thresholds beside range of motion, "ACR
 * criteria met" in the report) concern this patient. Shown for everyone, they read as a hint of
 * OA in a 41-year-old with hamstring tendinopathy whose hip flexion is limited by the hamstrings.
 *
 * They apply when either
 * - the patient is 45 or older with groin or anterior thigh pain on the painful side: NICE
 *   diagnoses OA clinically from 45 with activity-related joint pain (facts.md §2.2), the ACR
 *   criteria were derived in adults with hip pain and their first branch needs age over 50
 *   (§2.1), and hip-joint pain is felt in the groin and anterior thigh (§3.0, §3.7); or
 * - hip OA is among the three leading conditions and at least possible: whatever the age, the
 *   findings have made OA a contender (the ACR second branch has no age limit), and the criteria
 *   behind that are what the clinician needs to see.
 */
export function hipOaCriteriaApply(
  ctx: FindingContext,
  ranking: readonly { id: ConditionId; probability: number }[],
): boolean {
  const hipJointPain = anyOf(painIn(ctx, 'groin'), painIn(ctx, 'anterior-thigh')) === 'present'
  if (ctx.patient.age >= HIP_OA_CONSIDERED_FROM_AGE && hipJointPain) return true
  return ranking
    .slice(0, 3)
    .some((c) => c.id === 'hip-osteoarthritis' && likelihoodBand(c.probability) !== 'unlikely')
}

/**
 * NICE NG226 (2022): osteoarthritis can be diagnosed clinically, without imaging, at age ≥ 45
 * with activity-related joint pain and no morning stiffness or stiffness ≤ 30 minutes.
 * "Activity-related" is read as pain that is worse with or after activity (running behaviour
 * or an activity aggravating it).
 */
export const niceCitation: Citation = cite(['S15'], 'confirmed')

export function niceOaClinical(ctx: FindingContext): FindingState {
  const h = ctx.sections.history
  const stiffness = h.morningStiffnessMinutes
  const activityRelated = anyOf(
    h.runningBehaviour?.worstAfterOrNextMorning === 'yes' ? 'present' : undefined,
    h.runningBehaviour?.worseTheLongerYouRun === 'yes' ? 'present' : undefined,
    h.aggravating?.status === 'recorded' && h.aggravating.present.length > 0
      ? 'present'
      : undefined,
    h.dailyPattern === 'worse-after-activity' ? 'present' : undefined,
  )
  const stiffnessOk = compare(typeof stiffness === 'number' ? stiffness : undefined, (v) => v <= 30)
  const age = ctx.patient.age >= 45 ? 'present' : 'absent'
  if (age === 'absent' || stiffnessOk === 'absent') return 'absent'
  return activityRelated === 'present' && stiffnessOk === 'present' ? 'present' : undefined
}
