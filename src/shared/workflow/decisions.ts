import { AppError } from '../api/appError'
import type { RedFlagId } from '../clinical/conditions/conditionIds'
import { activeRedFlags, generatePlan } from '../clinical/plan/generatePlan'
import { proposalOf, reasoningInputOf } from '../clinical/reasoning/assessmentReasoning'
import { topEntryIds } from '../clinical/reasoning/differentialEntries'
import { findingsOf, reason, type ReasoningResult } from '../clinical/reasoning/engine'
import type { Assessment } from '../model/assessment/assessment'
import { decisionOf, withClearance } from '../model/assessment/currentDecision'
import {
  clearedFlags,
  type MedicalClearance,
  type MedicalClearanceInput,
} from '../model/assessment/medicalClearance'
import type { PlanSource, TreatmentPlan } from '../model/assessment/plan'
import type { PlanProgression } from '../model/assessment/followUp'
import { progressedPlan } from './planProgression'
import type {
  ConfirmDiagnosisInput,
  ConfirmedDiagnosis,
  WorkingDiagnosis,
} from '../model/assessment/workingDiagnosis'
import type { Patient } from '../model/patient'

/**
 * The clinician's decisions on an assessment — the working diagnosis, the plan, doctors'
 * clearances of red flags — as pure rules: each takes the record, the patient and `now`, and
 * returns the next record or refuses with an AppError saying why (and on which field).
 */

export type PatientFacts = Pick<Patient, 'dateOfBirth' | 'sex'>

/** The engine's result for the record as it stands. */
export const reasoningOf = (a: Assessment, patient: PatientFacts): ReasoningResult =>
  reason(reasoningInputOf(a, patient))

function assertDraft(a: Assessment) {
  if (a.status !== 'draft') {
    throw new AppError('conflict', 'This assessment is finalised; add an addendum instead.')
  }
}

/**
 * Choosing outside the engine's top three suggestions, or a diagnosis of one's own words, needs
 * a reason: the record then says why the clinician disagreed.
 */
export function needsReason(confirmed: ConfirmedDiagnosis[], result: ReasoningResult): boolean {
  // The top three entries: a group (greater trochanteric pain syndrome) counts once, its nested
  // member (trochanteric bursitis) included.
  const topThree: string[] = topEntryIds(result.differential, 3)
  return confirmed.some((d) => !('conditionId' in d) || !topThree.includes(d.conditionId))
}

function decide(
  input: ConfirmDiagnosisInput,
  result: ReasoningResult,
  now: Date,
): WorkingDiagnosis {
  if (needsReason(input.confirmed, result) && !input.reason) {
    throw new AppError(
      'invalid-input',
      'Say why you chose a diagnosis other than the suggestions.',
      [{ path: ['reason'], message: 'Say why you chose differently from the top suggestions' }],
    )
  }
  return {
    confirmed: input.confirmed,
    ...(input.deferredBecause && input.confirmed.length === 0
      ? { deferredBecause: input.deferredBecause }
      : {}),
    ...(input.reason ? { reason: input.reason } : {}),
    confirmedAt: now.toISOString(),
    proposal: proposalOf(result),
  }
}

/** The plan the knowledge base proposes for a decision, red flags and clearances considered. */
export function proposedPlan(
  a: Assessment,
  patient: PatientFacts,
  diagnosis: WorkingDiagnosis,
  clearances: MedicalClearance[],
  now: Date,
): TreatmentPlan {
  const input = reasoningInputOf(a, patient)
  return generatePlan({
    diagnoses: diagnosis.confirmed.map((d) => ('conditionId' in d ? d.conditionId : d.freeText)),
    redFlags: reason(input).redFlags,
    findings: findingsOf(input),
    date: a.date,
    cleared: clearedFlags(clearances),
    now,
  })
}

/**
 * The plan the app would propose if the clinician confirmed the engine's top-ranked condition:
 * the protective plan while a red flag owns it. What `npm run diagnose -- --plan` prints.
 */
export function planForTopCondition(
  a: Assessment,
  patient: PatientFacts,
  now: Date,
): TreatmentPlan {
  const input = reasoningInputOf(a, patient)
  const result = reason(input)
  const top = result.differential[0]
  return generatePlan({
    diagnoses: top ? [top.id] : [],
    redFlags: result.redFlags,
    findings: findingsOf(input),
    date: a.date,
    cleared: clearedFlags(decisionOf(a).clearances),
    now,
  })
}

/**
 * The previous visit's plan, to carry on at a follow-up: its edits and current phase kept, its
 * review date dropped (that was this visit). Refused when today's findings raise a red flag no
 * doctor has cleared, because a fresh proposal puts the referral first.
 */
function carriedOnPlan(
  previous: Assessment | undefined,
  flagsToday: RedFlagId[],
  now: Date,
  progression: PlanProgression | undefined,
): TreatmentPlan {
  const plan = previous ? decisionOf(previous).plan : undefined
  if (!previous || !plan) {
    throw new AppError('conflict', 'There is no plan from a previous visit to carry on.')
  }
  if (flagsToday.length > 0) {
    throw new AppError(
      'conflict',
      "Today's findings raise a red flag: propose a new plan so that the referral comes first.",
    )
  }
  const { reviewDate: _lastVisitsReview, progression: _lastVisits, ...rest } = plan
  const carried = { ...rest, generatedAt: now.toISOString(), carriedOnFrom: previous.date }
  return progression ? progressedPlan(carried, progression) : carried
}

/**
 * Records the clinician's working diagnosis (or its deferral) with the engine's proposal at this
 * moment, and the plan: the one being edited (`keep`, the default, proposing one when there is
 * none), a fresh `proposal`, or the `previous-visit`'s carried on.
 */
export function confirmWorkingDiagnosis(
  current: Assessment,
  input: ConfirmDiagnosisInput & { plan?: PlanSource; progression?: PlanProgression },
  context: { patient: PatientFacts; previous?: Assessment; now: Date },
): Assessment {
  assertDraft(current)
  const { patient, now } = context
  const result = reasoningOf(current, patient)
  const workingDiagnosis = decide(input, result, now)
  const source = input.plan ?? 'keep'
  const clearances = current.clearances ?? []
  const plan =
    source === 'previous-visit'
      ? carriedOnPlan(
          context.previous,
          activeRedFlags(result.redFlags, clearedFlags(clearances)).active.map((f) => f.id),
          now,
          input.progression,
        )
      : current.plan && source === 'keep'
        ? current.plan
        : proposedPlan(current, patient, workingDiagnosis, clearances, now)
  const { referredWithoutPlan: _decidedOtherwise, ...rest } = current
  return {
    ...rest,
    workingDiagnosis,
    plan,
    revision: current.revision + 1,
    updatedAt: now.toISOString(),
  }
}

/**
 * The patient has been referred because of a red flag, and no plan is given at this visit (or
 * that choice is withdrawn). Only possible while a red flag is raised.
 */
export function referWithoutPlan(
  current: Assessment,
  referred: boolean,
  context: { patient: PatientFacts; now: Date },
): Assessment {
  assertDraft(current)
  const at = context.now.toISOString()
  const { referredWithoutPlan: _before, plan: _plan, ...rest } = current
  if (!referred)
    return {
      ...rest,
      ...(current.plan ? { plan: current.plan } : {}),
      revision: current.revision + 1,
      updatedAt: at,
    }
  if (reasoningOf(current, context.patient).redFlags.length === 0) {
    throw new AppError('conflict', 'Referring without a plan is for a raised red flag.')
  }
  return { ...rest, referredWithoutPlan: { at }, revision: current.revision + 1, updatedAt: at }
}

/**
 * A doctor's clearance of a red flag, recorded on a draft (a later one for the same flag
 * replaces it). When the plan was that flag's protective plan, the plan for the working
 * diagnosis is proposed at once: the protection has done its job.
 */
export function recordClearance(
  current: Assessment,
  input: MedicalClearanceInput,
  context: { patient: PatientFacts; now: Date },
): Assessment {
  assertDraft(current)
  const { now } = context
  const clearances = withClearance(current.clearances ?? [], {
    ...input,
    recordedAt: now.toISOString(),
  })
  const lifted = current.plan?.protectiveFor?.includes(input.redFlag) && current.workingDiagnosis
  return {
    ...current,
    clearances,
    ...(lifted
      ? { plan: proposedPlan(current, context.patient, current.workingDiagnosis!, clearances, now) }
      : {}),
    revision: current.revision + 1,
    updatedAt: now.toISOString(),
  }
}

/** Withdraws a clearance recorded by mistake on a draft. */
export function removeClearance(current: Assessment, redFlag: RedFlagId, now: Date): Assessment {
  assertDraft(current)
  const clearances = (current.clearances ?? []).filter((c) => c.redFlag !== redFlag)
  const { clearances: _all, ...rest } = current
  return {
    ...rest,
    ...(clearances.length > 0 ? { clearances } : {}),
    revision: current.revision + 1,
    updatedAt: now.toISOString(),
  }
}
