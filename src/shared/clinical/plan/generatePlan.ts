import type { Referral, ReferralUrgency, TreatmentPlan } from '../../model/assessment/plan'
import type { PlanExercise, PlanPhase } from '../../model/assessment/plan'
import {
  conditionIds,
  conditionNames,
  type ConditionId,
  type RedFlagId,
} from '../conditions/conditionIds'
import type { FindingSet } from '../reasoning/findings'
import type { RedFlagResult } from '../reasoning/engine'
import { exerciseFor, type ExerciseId } from './exercises'
import { planOwningUrgencies, protectivePlans } from './protectivePlans'
import { planTemplateFor } from './planTemplates'
import type { PlanTemplate, TemplateExercise } from './planTemplateTypes'
import { runningCues, type RunningCue } from './runningCues'

/**
 * A treatment plan from the confirmed working diagnosis and the findings. The clinician edits it
 * afterwards; this is the starting point the knowledge base suggests.
 *
 * - A raised red flag that calls for an emergency, same-day or urgent referral owns the plan
 *   until a doctor has cleared it: the proposal is its protective plan only (protectivePlans.ts)
 *   — the referral, what to do now, what to avoid — with no exercise, no return to running and no
 *   running retraining. Once the clearance is recorded, the condition's plan is proposed.
 * - Otherwise the first confirmed condition from the knowledge base gives the phases, exercises,
 *   education, load and return-to-run advice; further confirmed conditions add their advice, and
 *   a flag that only needs a review (low energy availability) adds its referral.
 * - Running retraining cues follow the running checklist: a fault seen gives its cue.
 * - Abductor weakness, pelvic drop or a Trendelenburg sign add targeted abductor loading when
 *   the template has none.
 */
export interface PlanRequest {
  /** Confirmed conditions (knowledge-base ids) and/or free-text diagnoses, in order. */
  diagnoses: string[]
  redFlags: RedFlagResult[]
  findings: FindingSet
  /** The assessment date (YYYY-MM-DD), from which the review date is counted. */
  date: string
  /** Red flags a doctor has cleared (the record's clearances): they no longer own the plan. */
  cleared?: Iterable<RedFlagId>
  now?: Date
}

const urgencyOrder: ReferralUrgency[] = ['emergency', 'same-day', 'urgent', 'routine']
const flagUrgency: Record<RedFlagResult['urgency'], ReferralUrgency> = {
  emergency: 'emergency',
  'same-day': 'same-day',
  urgent: 'urgent',
  soon: 'routine',
}

/** The red flags raised today that no doctor has cleared, and those of them that own the plan. */
export function activeRedFlags(redFlags: RedFlagResult[], cleared: Iterable<RedFlagId> = []) {
  const done = new Set(cleared)
  const active = redFlags.filter((f) => !done.has(f.id))
  return { active, owning: active.filter((f) => planOwningUrgencies.includes(f.urgency)) }
}

const referralFor = (flag: RedFlagResult): Referral => ({
  urgency: flagUrgency[flag.urgency],
  to:
    (flag.urgency === 'soon' ? protectivePlans[flag.id].referToForReview : undefined) ??
    protectivePlans[flag.id].referTo,
  reason: `${flag.name}. ${flag.action}`.slice(0, 500),
  when: 'Now',
})

const byUrgency = (a: Referral, b: Referral) =>
  urgencyOrder.indexOf(a.urgency) - urgencyOrder.indexOf(b.urgency)

const abductorExercises: ExerciseId[] = [
  'isometric-hip-abduction',
  'side-lying-hip-abduction',
  'clamshell',
  'lateral-band-walk',
  'side-plank-knees',
]

const isCondition = (d: string): d is ConditionId => (conditionIds as readonly string[]).includes(d)
const unique = (lines: string[]) => [...new Set(lines)]

function toPlanExercise(te: TemplateExercise): PlanExercise {
  const exercise = exerciseFor(te.exerciseId)
  const dose = { ...exercise.dose, ...te.dose }
  const notes = [te.notes, dose.perSide ? 'Each side.' : undefined].filter(Boolean).join(' ')
  return {
    exerciseId: exercise.id,
    name: exercise.name,
    sets: dose.sets,
    ...(dose.reps !== undefined ? { reps: dose.reps } : {}),
    ...(dose.holdSeconds !== undefined ? { holdSeconds: dose.holdSeconds } : {}),
    frequency: dose.frequency,
    ...(dose.load ? { load: dose.load } : {}),
    ...(notes ? { notes } : {}),
  }
}

function phasesOf(template: PlanTemplate): PlanPhase[] {
  return template.phases.map((p) => ({
    name: p.name,
    goals: p.goals,
    progressWhen: p.progressWhen,
    exercises: p.exercises.map(toPlanExercise),
  }))
}

function cuesFor(findings: FindingSet): RunningCue[] {
  const seen = (id: keyof FindingSet) => findings[id] === 'present'
  return [
    seen('low-cadence') ? runningCues.cadence : undefined,
    seen('running-crossover') ? runningCues['step-width'] : undefined,
    seen('running-pelvic-drop') || seen('running-hip-adduction')
      ? runningCues['pelvic-drop']
      : undefined,
    seen('running-overstride') ? runningCues.overstride : undefined,
    seen('running-forward-lean') ? runningCues['trunk-lean'] : undefined,
    seen('running-reduced-hip-extension') ? runningCues['hip-extension'] : undefined,
  ].filter((c): c is RunningCue => c !== undefined)
}

function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

export function generatePlan(request: PlanRequest): TreatmentPlan {
  const conditions = request.diagnoses.filter(isCondition)
  const freeText = request.diagnoses.filter((d) => !isCondition(d))
  const { active, owning } = activeRedFlags(request.redFlags, request.cleared)
  const base = {
    basedOn: [...conditions, ...freeText],
    generatedAt: (request.now ?? new Date()).toISOString(),
  }
  return owning.length > 0
    ? { ...base, ...protectivePlan(owning, active, request.date, request.diagnoses) }
    : { ...base, ...conditionPlan(conditions, freeText, active, request) }
}

/**
 * The plan while a red flag owns it: referrals first, one stage "until medically cleared" with
 * what to do now and no exercise, what to avoid, and what will follow clearance said in words.
 */
function protectivePlan(
  owning: RedFlagResult[],
  active: RedFlagResult[],
  date: string,
  diagnoses: string[],
): Omit<TreatmentPlan, 'basedOn' | 'generatedAt'> {
  const plans = owning.map((f) => protectivePlans[f.id])
  const names = owning.map((f) => f.name.toLowerCase()).join('; ')
  const diagnosis = diagnoses.map((d) => (isCondition(d) ? conditionNames[d] : d)).join('; ')
  return {
    referrals: active.map(referralFor).sort(byUrgency),
    loadingOnHold: true,
    protectiveFor: owning.map((f) => f.id),
    phases: [
      {
        name: 'Until medically cleared',
        goals: unique(plans.flatMap((p) => p.doNow)),
        progressWhen: [
          'A doctor has assessed the red flag and cleared the patient: record the clearance, ' +
            'and the plan for the diagnosis is proposed.',
        ],
        exercises: [],
      },
    ],
    education: unique([
      'No running and no loading programme until a doctor has assessed the red flag and cleared the patient.',
      ...plans.flatMap((p) => p.afterClearance),
    ]),
    loadManagement: unique(plans.flatMap((p) => p.avoid)),
    runningRetraining: [],
    returnToRunning: [],
    manualTherapy: [],
    reviewDate: addDays(date, 7),
    notes:
      `Protective plan while ${names} is investigated.` +
      (diagnosis ? ` The plan for ${diagnosis} is proposed once the clearance is recorded.` : ''),
  }
}

function conditionPlan(
  conditions: ConditionId[],
  freeText: string[],
  active: RedFlagResult[],
  request: PlanRequest,
): Omit<TreatmentPlan, 'basedOn' | 'generatedAt'> {
  const templates = conditions.map(planTemplateFor)
  const primary = templates[0]
  const referrals: Referral[] = [
    ...active.map(referralFor),
    ...templates.flatMap((t) =>
      t.referral
        ? [
            {
              urgency: t.referral.urgency,
              to: t.referral.to,
              reason: t.referral.reason,
              when: t.referral.when,
            },
          ]
        : [],
    ),
  ].sort(byUrgency)

  const phases: PlanPhase[] = primary ? phasesOf(primary) : []
  const findings = request.findings
  const abductorDeficit = [
    'abductor-weakness',
    'running-pelvic-drop',
    'trendelenburg-gait',
    'test-trendelenburg',
  ].some((f) => findings[f as keyof FindingSet] === 'present')
  const hasAbductorWork = phases.some((p) =>
    p.exercises.some((e) => e.exerciseId && (abductorExercises as string[]).includes(e.exerciseId)),
  )
  if (
    abductorDeficit &&
    !hasAbductorWork &&
    phases.length > 0 &&
    primary?.condition !== 'lumbar-referred'
  ) {
    const target = phases[Math.min(1, phases.length - 1)]!
    target.exercises = [
      ...target.exercises,
      {
        ...toPlanExercise({ exerciseId: 'side-lying-hip-abduction' }),
        notes: 'Added: hip abductor weakness or pelvic drop on examination.',
      },
    ]
  }

  const cleared = request.redFlags.filter((f) => !active.includes(f))
  const urgentReview = referrals.some((r) => r.urgency !== 'routine' && r.when === 'Now')
  const reviewInWeeks = urgentReview ? 1 : (primary?.reviewInWeeks ?? 2)
  return {
    referrals: referrals.map((r) => ({ ...r, reason: r.reason.slice(0, 500) })),
    loadingOnHold: false,
    phases,
    education: unique([
      ...cleared.map((f) => `${f.name}: cleared by a doctor (see the clearance recorded).`),
      ...templates.flatMap((t) => t.education),
    ]),
    loadManagement: unique(templates.flatMap((t) => t.loadManagement)),
    runningRetraining: cuesFor(findings).map((c) => `${c.title}: ${c.cue} ${c.method}`),
    returnToRunning: unique(templates.flatMap((t) => t.returnToRunning)),
    manualTherapy: unique(templates.flatMap((t) => t.manualTherapy)),
    reviewDate: addDays(request.date, reviewInWeeks * 7),
    ...(freeText.length > 0 && conditions.length === 0
      ? { notes: `No plan template for "${freeText.join('", "')}": write the plan here.` }
      : conditions.length > 1
        ? {
            notes: `Also confirmed: ${conditions
              .slice(1)
              .map((c) => conditionNames[c])
              .join('; ')}.`,
          }
        : {}),
  }
}
