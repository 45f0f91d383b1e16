import { AppError } from '../api/appError'
import type { Assessment } from '../model/assessment/assessment'
import type { MedicalClearanceInput } from '../model/assessment/medicalClearance'
import type { ConfirmDiagnosisInput } from '../model/assessment/workingDiagnosis'
import { decisionOf, withClearance } from '../model/assessment/currentDecision'
import { needsReason, proposedPlan, reasoningOf, type PatientFacts } from './decisions'
import { proposalOf } from '../clinical/reasoning/assessmentReasoning'
import type { Addendum } from '../model/assessment/assessment'
import type { Signer } from '../model/assessment/signature'
import type { Sha256 } from '../signing/canonicalJson'
import { addendumSha256, lastLinkOf } from '../signing/recordSignature'

/** What an addendum may change besides its note: the decisions, never the findings. */
export interface Revision {
  diagnosis?: ConfirmDiagnosisInput
  /** Propose the plan afresh from the (revised) diagnosis and clearances. */
  plan?: 'proposal'
  clearance?: MedicalClearanceInput
}

/** Who writes the addendum, its new id, and the hash function (main passes node:crypto's). */
export interface AddendumContext {
  patient: PatientFacts
  now: Date
  author: Signer | undefined
  id: string
  sha256: Sha256
}

/**
 * The only change a finalised assessment accepts: a dated note by its author appended to it,
 * carrying, when a decision changed after finalising, the revised working diagnosis, a fresh plan
 * or a doctor's clearance. The finalised content stays as it was signed; on a signed record the
 * addendum's hash chains it to the signature (or to the addendum before it).
 */
export function addAddendum(
  current: Assessment,
  input: { text: string; revise?: Revision },
  context: AddendumContext,
): Assessment {
  if (current.status !== 'finalised') {
    throw new AppError(
      'conflict',
      'Addenda are for finalised assessments; a draft can simply be edited.',
    )
  }
  if (!context.author) {
    throw new AppError('locked', 'Sign in to add an addendum: each one records its author.')
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
  const content: Omit<Addendum, 'sha256'> = {
    id: context.id,
    at,
    author: context.author,
    text: input.text,
    ...(Object.keys(revised).length > 0 ? { revised } : {}),
  }
  // A record finalised before signing existed has nothing to chain to: its addenda are unhashed.
  const follows = lastLinkOf(current)
  const addendum: Addendum = follows
    ? {
        ...content,
        sha256: addendumSha256(content, { assessmentId: current.id, follows }, context.sha256),
        follows,
      }
    : content
  // The record itself, signed content and `updatedAt` included, is unchanged: only the list grows.
  return { ...current, addenda: [...current.addenda, addendum] }
}
