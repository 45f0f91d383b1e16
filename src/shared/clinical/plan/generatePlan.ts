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
import { planTemplateFor } from './planTemplates'
import type { PlanTemplate, TemplateExercise } from './planTemplateTypes'
import { runningCues, type RunningCue } from './runningCues'

/**
 * A treatment plan from the confirmed working diagnosis and the findings. The clinician edits it
 * afterwards; this is the starting point the knowledge base suggests.
 *
 * - The first confirmed condition from the knowledge base gives the phases, exercises, education,
 *   load and return-to-run advice; further confirmed conditions add their advice.
 * - Red flags come first, as referrals. A red flag that stops running puts loading on hold until
 *   the patient is cleared, unless the confirmed condition is the flagged one and its plan is
 *   itself built around protection (a suspected stress fracture or avulsion).
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
  now?: Date
}

/** Red flags whose own plan is the protective template of the matching condition. */
const protectiveTemplates: Partial<Record<RedFlagId, ConditionId>> = {
  'femoral-neck-stress-fracture': 'femoral-neck-bsi',
  'avulsion-immature': 'apophyseal-avulsion',
}

const urgencyOrder: ReferralUrgency[] = ['emergency', 'same-day', 'urgent', 'routine']
const flagUrgency: Record<RedFlagResult['urgency'], ReferralUrgency> = {
  emergency: 'emergency',
  'same-day': 'same-day',
  urgent: 'urgent',
  soon: 'routine',
}
const flagReferralTo: Record<RedFlagId, string> = {
  'femoral-neck-stress-fracture': 'Sports physician or GP, for X-ray then MRI',
  'septic-arthritis': 'Emergency department',
  malignancy: 'GP, for urgent investigation',
  scfe: 'Paediatric orthopaedics (same day)',
  'avascular-necrosis': 'GP or sports physician, for MRI',
  'fracture-after-trauma': 'Emergency department, for X-ray',
  'avulsion-immature': 'GP or sports physician, for an X-ray',
  'red-s': 'Sports physician and sports dietitian',
  'progressive-neurological-deficit': 'GP or spinal service, urgently',
  'cauda-equina': 'Emergency department',
}

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
  const templates = conditions.map(planTemplateFor)
  const primary = templates[0]

  const referrals: Referral[] = request.redFlags.map((flag) => ({
    urgency: flagUrgency[flag.urgency],
    to: flagReferralTo[flag.id],
    reason: `${flag.name}. ${flag.action}`.slice(0, 500),
    when: 'Now',
  }))
  for (const t of templates) {
    if (t.referral)
      referrals.push({
        urgency: t.referral.urgency,
        to: t.referral.to,
        reason: t.referral.reason,
        when: t.referral.when,
      })
  }
  referrals.sort((a, b) => urgencyOrder.indexOf(a.urgency) - urgencyOrder.indexOf(b.urgency))

  const stopping = request.redFlags.filter((f) => f.stopRunning)
  const loadingOnHold = stopping.some(
    (f) =>
      protectiveTemplates[f.id] === undefined || protectiveTemplates[f.id] !== primary?.condition,
  )

  let phases: PlanPhase[] = primary ? phasesOf(primary) : []
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
  if (loadingOnHold) {
    phases = [
      {
        name: 'Until medically cleared',
        goals: ['Medical assessment of the red flag before any loading programme'],
        progressWhen: ['The referring doctor has cleared the patient for exercise'],
        exercises: [],
      },
      ...phases,
    ]
  }

  const cues = stopping.length > 0 ? [] : cuesFor(findings)
  const runningRetraining = [
    ...cues.map((c) => `${c.title}: ${c.cue} ${c.method}`),
    ...(stopping.length > 0 && cuesFor(findings).length > 0
      ? ['Running technique work waits until running is cleared.']
      : []),
  ]

  const education = unique([
    ...(loadingOnHold
      ? [
          'No running and no loading programme until a doctor has assessed the red flag and cleared the patient.',
        ]
      : []),
    ...templates.flatMap((t) => t.education),
  ])
  const urgentReview = referrals.some((r) => r.urgency !== 'routine' && r.when === 'Now')
  const reviewInWeeks = urgentReview ? 1 : (primary?.reviewInWeeks ?? 2)

  return {
    basedOn: [...conditions, ...freeText],
    generatedAt: (request.now ?? new Date()).toISOString(),
    referrals: referrals.map((r) => ({ ...r, reason: r.reason.slice(0, 500) })),
    loadingOnHold,
    phases,
    education,
    loadManagement: unique(templates.flatMap((t) => t.loadManagement)),
    runningRetraining,
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
