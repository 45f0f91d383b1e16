import { protectivePlans } from '../../shared/clinical/plan/protectivePlans'
import { exercises, type Exercise, type ExerciseId } from '../../shared/clinical/plan/exercises'
import type { RedFlagResult } from '../../shared/clinical/reasoning/engine'
import {
  currentPhaseNumber,
  type PlanExercise,
  type PlanPhase,
} from '../../shared/model/assessment/plan'
import { formatDate, html, htmlDocument, type SafeHtml } from './html'
import type { ClinicDetails } from '../../shared/model/clinic'
import { exerciseFigures, exerciseLogSection, runningAdviceSection } from './handoutSections'
import { handoutStylesheet } from './handoutStylesheet'
import { clinicianName, footerLine, patientName, type ReportData } from './reportData'

/**
 * The runner's handout: plain language, large type, one page where possible. It shows the
 * exercises of the current stage of the plan with the dose in words, how to progress and when
 * to stop, a "stop and contact us" box (with the doctor's appointment in plain words when a red
 * flag was raised), a few key points to remember and the review date. Nothing clinical beyond
 * that: no probabilities, no test names, no other record.
 */

/** What the runner is told to do when a red flag was raised, in plain words. */
const generalSafetyNet =
  'Your pain is getting steadily worse, keeps you awake at night, or you cannot put weight on ' +
  'the leg; or you feel feverish or unwell.'

const MAX_EDUCATION_POINTS = 4
/** Up to this many exercises from the current stage on, all those stages are shown. */
const SHORT_PLAN_EXERCISES = 4

// ---------------------------------------------------------------------------------------------
// Dose in words: "3 sets of 10, each side, 2–3 times a week"; holds as "hold for 30 seconds".

function libraryExercise(id: string | undefined): Exercise | undefined {
  if (!id || !Object.prototype.hasOwnProperty.call(exercises, id)) return undefined
  return exercises[id as ExerciseId]
}

function seconds(s: number): string {
  if (s >= 60 && s % 60 === 0) return s === 60 ? '1 minute' : `${s / 60} minutes`
  return s === 1 ? '1 second' : `${s} seconds`
}

function frequencyInWords(frequency: string | undefined): string | undefined {
  const f = frequency?.trim()
  if (!f) return undefined
  const daily = f.replace(/^daily/i, 'once a day')
  return daily[0]!.toLowerCase() + daily.slice(1)
}

export function doseInWords(e: PlanExercise): string {
  const library = libraryExercise(e.exerciseId)
  const perSide = /each side/i.test(e.notes ?? '') || library?.dose.perSide === true
  const sets = e.sets ?? 1
  const parts: string[] = []
  if (e.reps !== undefined) {
    parts.push(sets === 1 ? `${e.reps} times` : `${sets} sets of ${e.reps}`)
    if (perSide) parts.push('each side')
    if (e.holdSeconds !== undefined) parts.push(`hold each one for ${seconds(e.holdSeconds)}`)
  } else if (e.holdSeconds !== undefined) {
    parts.push(`hold for ${seconds(e.holdSeconds)}`)
    if (sets > 1) parts.push(`${sets} times`)
    if (perSide) parts.push('each side')
  } else {
    if (sets > 1) parts.push(`${sets} rounds`)
    if (perSide) parts.push('each side')
  }
  const frequency = frequencyInWords(e.frequency)
  if (frequency) parts.push(frequency)
  const text = parts.join(', ')
  return text ? text[0]!.toUpperCase() + text.slice(1) : ''
}

// ---------------------------------------------------------------------------------------------

interface Stage {
  phases: { phase: PlanPhase; number: number }[]
  /** Why no exercises are shown, when none are. */
  noExercisesBecause?: string
}

/**
 * The stage the runner is in now (the plan's current phase), with the stages after it when the
 * whole rest of the plan is short enough to print.
 */
function currentStage(data: ReportData): Stage {
  const plan = data.assessment.plan
  const stopping = data.activeRedFlags.some((f) => f.stopRunning)
  if (!plan || plan.phases.length === 0) {
    return { phases: [], noExercisesBecause: 'Your physiotherapist will give you your exercises.' }
  }
  if (plan.loadingOnHold) {
    return {
      phases: [],
      noExercisesBecause:
        'No exercises for now: a doctor needs to check your hip first. We will give you your ' +
        'exercises once the doctor has cleared you.',
    }
  }
  const rest = plan.phases
    .map((phase, i) => ({ phase, number: i + 1 }))
    .slice(currentPhaseNumber(plan) - 1)
  const now = rest[0]!
  if (now.phase.exercises.length === 0) {
    // A protective stage (e.g. a suspected stress fracture): later exercises must wait.
    return {
      phases: [],
      noExercisesBecause: stopping
        ? 'No exercises for now: a doctor needs to check your hip first. We will give you your ' +
          'exercises once the doctor has cleared you.'
        : 'No exercises for this stage. We will add them at your next appointment.',
    }
  }
  const total = rest.reduce((n, p) => n + p.phase.exercises.length, 0)
  if (total <= SHORT_PLAN_EXERCISES) {
    return { phases: rest.filter((p) => p.phase.exercises.length > 0) }
  }
  return { phases: [now] }
}

function exerciseBlock(e: PlanExercise, sharedStopIf: string | undefined): SafeHtml {
  const library = libraryExercise(e.exerciseId)
  const stopIf = library?.stopIf
  return html`<div class="exercise">
    <h3>${e.name}</h3>
    <div class="exercise-body">
      ${exerciseFigures(e)}
      <div class="exercise-text">
        <p class="dose">${doseInWords(e)}</p>
        ${e.load && html`<p><span class="label">How hard:</span> ${e.load}.</p>`}
        ${library && html`<p>${library.patientInstructions}</p>`}
        ${library && html`<p><span class="label">To progress:</span> ${library.progression}</p>`}
        ${stopIf && stopIf !== sharedStopIf && html`<p><span class="label">Stop if:</span> ${stopIf}</p>`}
      </div>
    </div>
  </div>`
}

/**
 * The safety box: when a red flag was raised, what to do now (the doctor's appointment, in plain
 * words) comes first; then when to stop and contact us.
 */
function stopBox(
  flags: RedFlagResult[],
  sharedStopIf: string | undefined,
  clinic: ClinicDetails | undefined,
): SafeHtml {
  const phone = clinic?.phone?.trim()
  const email = clinic?.email?.trim()
  const items = [...(sharedStopIf ? [sharedStopIf] : []), generalSafetyNet]
  return html`<section class="stop-box${flags.length > 0 ? ' urgent' : ''}">
    ${
      flags.length > 0 &&
      html`<h2>Please do this now</h2>
        <ul class="now">
          ${[...new Set(flags.map((f) => protectivePlans[f.id].tellThePatient))].map(
            (a) => html`<li>${a}</li>`,
          )}
        </ul>`
    }
    <h2>Stop and contact us if…</h2>
    <ul>
      ${items.map((i) => html`<li>${i}</li>`)}
    </ul>
    ${
      phone
        ? html`<p class="call">Call us on <strong>${phone}</strong>.</p>`
        : email && html`<p class="call">Email us at <strong>${email}</strong>.</p>`
    }
  </section>`
}

/**
 * Education points for the handout: those written for the clinician (they mention "the patient"
 * or a red flag) and those quoting studies, trials, grades or ratios stay in the clinician's
 * report; the handout keeps the plain-language ones.
 */
const forThePatient = (line: string) =>
  !/\bthe patient\b|\bred flag\b|\btrial\b|\bstudy\b|\bratio\b|\bgrade\b|\bprotocol\b|\biHOT|\bLEAP\b|\bPATS\b|\bFASHIoN\b|\b(19|20)\d\d\b/i.test(
    line,
  )

export function patientHandoutHtml(data: ReportData): string {
  const plan = data.assessment.plan
  const flags = data.activeRedFlags
  const stage = currentStage(data)
  const shown = stage.phases.flatMap((p) => p.phase.exercises)
  // The stop rule most exercises share goes once into the box; any other rule stays with its exercise.
  const rules = shown
    .map((e) => libraryExercise(e.exerciseId)?.stopIf)
    .filter((r): r is string => r !== undefined)
  const sharedStopIf = [...new Set(rules)].sort(
    (a, b) => rules.filter((r) => r === b).length - rules.filter((r) => r === a).length,
  )[0]
  const education = (plan?.education ?? []).filter(forThePatient).slice(0, MAX_EDUCATION_POINTS)
  const clinician = clinicianName(data)

  const exercisesSection = html`<section>
    <h2>Your exercises</h2>
    ${
      stage.phases.length === 0
        ? html`<p>${stage.noExercisesBecause}</p>`
        : stage.phases.map(
            ({ phase, number }) => html`
              <p class="stage">Stage ${number}: ${phase.name}</p>
              ${phase.exercises.map((e) => exerciseBlock(e, sharedStopIf))}
            `,
          )
    }
  </section>`

  const body = html`
    <h1>Your hip exercise plan</h1>
    <p class="for">
      For <strong>${patientName(data)}</strong> ·
      ${formatDate(data.assessment.date)}${
        clinician || data.clinic
          ? ` · from ${[clinician, data.clinic?.name].filter(Boolean).join(', ')}`
          : ''
      }
    </p>
    ${flags.length > 0 && stopBox(flags, sharedStopIf, data.clinic)} ${exercisesSection}
    ${flags.length === 0 && stopBox(flags, sharedStopIf, data.clinic)} ${runningAdviceSection(data)}
    ${
      education.length > 0 &&
      html`<section>
        <h2>Good to know</h2>
        <ul>
          ${education.map((e) => html`<li>${e}</li>`)}
        </ul>
      </section>`
    }
    <p class="review">
      <strong>Next appointment:</strong> ${
        plan?.reviewDate ? formatDate(plan.reviewDate) : 'we will arrange it with you'
      }. <strong>Your physiotherapist:</strong> ${clinician ?? 'see the front desk'}${
        data.clinic ? `, ${data.clinic.name}` : ''
      }.
    </p>
    ${exerciseLogSection(data, shown)}
  `
  return htmlDocument({
    title: `Your hip exercise plan: ${patientName(data)}`,
    footer: footerLine(data),
    body,
    stylesheet: handoutStylesheet,
    bodyClass: 'handout',
  })
}
