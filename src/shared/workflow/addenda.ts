import { AppError } from '../api/appError'
import type { Assessment } from '../model/assessment/assessment'
import type { MedicalClearanceInput } from '../model/assessment/medicalClearance'
import type { ConfirmDiagnosisInput } from '../model/assessment/workingDiagnosis'
import { decisionOf, withClearance } from '../model/assessment/currentDecision'
import { needsReason, proposedPlan, reasoningOf, type PatientFacts } from './decisions'
import { proposalOf } from '../clinical/reasoning/assessmentReasoning'

/** What an addendum may change besides its note: the decisions, never the findings. */
export interface Revision {
  diagnosis?: ConfirmDiagnosisInput
  /** Propose the plan afresh from the (revised) diagnosis and clearances. */
  plan?: 'proposal'
  clearance?: MedicalClearanceInput
}

/**
 * The only change a finalised assessment accepts: a dated note appended to it, carrying, when a
 * decision changed after finalising, the revised working diagnosis, a fresh plan or a doctor's
 * clearance. The finalised content stays as it was signed.
 */
export function addAddendum(
  current: Assessment,
  input: { text: string; revise?: Revision },
  context: { patient: PatientFacts; now: Date },
): Assessment {
  if (current.status !== 'finalised') {
    throw new AppError(
      'conflict',
      'Addenda are for finalised assessments; a draft can simply be edited.',
    )
  }
  const { now, patient } = context
  const at = now.toISOString()
  const before = decisionOf(current)
  const revise = input.revise ?? {}
  const clearance = revise.clearance ? { ...revise.clearance, recordedAt: at } : undefined
  let workingDiagnosis = before.workingDiagnosis
  if (revise.diagnosis) {
    const result = reasoningOf(current, patient)
    if (needsReason(revise.diagnosis.confirmed, result) && !revise.diagnosis.reason) {
      throw new AppError(
        'invalid-input',
        'Say why you chose a diagnosis other than the suggestions.',
        [
          {
            path: ['revise', 'diagnosis', 'reason'],
            message: 'Say why you chose differently from the top suggestions',
          },
        ],
      )
    }
    workingDiagnosis = {
      confirmed: revise.diagnosis.confirmed,
      ...(revise.diagnosis.confirmed.length === 0 && revise.diagnosis.deferredBecause
        ? { deferredBecause: revise.diagnosis.deferredBecause }
        : {}),
      ...(revise.diagnosis.reason ? { reason: revise.diagnosis.reason } : {}),
      confirmedAt: at,
      proposal: proposalOf(result),
    }
  }
  if (revise.plan && !workingDiagnosis) {
    throw new AppError(
      'conflict',
      'A plan is proposed from a working diagnosis: revise that first.',
    )
  }
  const plan =
    revise.plan && workingDiagnosis
      ? proposedPlan(
          current,
          patient,
          workingDiagnosis,
          clearance ? withClearance(before.clearances, clearance) : before.clearances,
          now,
        )
      : undefined
  const revised = {
    ...(revise.diagnosis && workingDiagnosis ? { workingDiagnosis } : {}),
    ...(plan ? { plan } : {}),
    ...(clearance ? { clearance } : {}),
  }
  return {
    ...current,
    addenda: [
      ...current.addenda,
      { at, text: input.text, ...(Object.keys(revised).length > 0 ? { revised } : {}) },
    ],
    updatedAt: at,
  }
}
