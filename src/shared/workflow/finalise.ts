import { AppError } from '../api/appError'
import type { FieldIssue } from '../api/result'
import { proposalOf } from '../clinical/reasoning/assessmentReasoning'
import type { Assessment } from '../model/assessment/assessment'
import type { TreatmentPlan } from '../model/assessment/plan'
import {
  missingItemsFor,
  missingProgression,
  rulesContextOf,
} from '../model/assessment/followUpRequiredItems'
import type { Signer } from '../model/assessment/signature'
import type { PatientFields } from '../model/patient'
import { demographicsOf } from '../model/patientDemographics'
import type { Sha256 } from '../signing/canonicalJson'
import { signRecord } from '../signing/recordSignature'
import { reasoningOf, type PatientFacts } from './decisions'

/** A decision finalising needs and the record lacks; `path` is where the Review step shows it. */
export interface MissingDecision {
  path: 'workingDiagnosis' | 'plan'
  label: string
}

/** A plan that says something: a referral, a stage, advice or notes. */
const saysSomething = (plan: TreatmentPlan | undefined) =>
  !!plan &&
  (plan.referrals.length > 0 ||
    plan.phases.length > 0 ||
    plan.education.length > 0 ||
    plan.loadManagement.length > 0 ||
    !!plan.notes)

/**
 * The clinician's decisions a finalised record must carry: a working diagnosis (or its deferral
 * with a reason), and a plan — or, when a red flag is raised, "referred, no plan".
 */
export function missingDecisions(a: Assessment, redFlagRaised: boolean): MissingDecision[] {
  const missing: MissingDecision[] = []
  if (!a.workingDiagnosis) {
    missing.push({
      path: 'workingDiagnosis',
      label: 'Working diagnosis: confirm one, or defer it with a reason',
    })
  }
  const referred = redFlagRaised && a.referredWithoutPlan !== undefined
  if (!saysSomething(a.plan) && !referred) {
    missing.push({
      path: 'plan',
      label: redFlagRaised
        ? 'Treatment plan: propose one, or record that the patient was referred without one'
        : 'Treatment plan: propose one',
    })
  }
  const progression = missingProgression(a)
  if (progression) missing.push({ path: 'plan', label: progression })
  return missing
}

/** Who signs, and the hash function to sign with (main passes node:crypto's SHA-256). */
export interface Signing {
  /** The signed-in clinician, as they are now: their name and number go into the signature. */
  signer: Signer | undefined
  sha256: Sha256
}

/**
 * What finalising this record would refuse: each required item not recorded and each decision
 * not made, with the path where the Review step shows it. Empty when the record may be finalised.
 * Imported finalised records are held to the same list (main/transfer).
 */
export function finalisingProblems(a: Assessment, patient: PatientFacts): FieldIssue[] {
  return check(a, patient).missing
}

function check(a: Assessment, patient: PatientFacts) {
  const result = reasoningOf(a, patient)
  const items = missingItemsFor(a, rulesContextOf(a, { sex: patient.sex })).map((item) => ({
    path: item.path.split('.'),
    message: item.label,
  }))
  const decisions = missingDecisions(a, result.redFlags.length > 0).map((d) => ({
    path: [d.path],
    message: d.label,
  }))
  return { result, missing: [...items, ...decisions] }
}

/**
 * Locks and signs the assessment, keeping the engine's result at this moment (its version
 * included) and the patient's details as they are now, or lists exactly which required items and
 * decisions are still missing. Signing needs a signer: a record is never finalised anonymously.
 */
export function finaliseAssessment(
  current: Assessment,
  patient: PatientFields,
  now: Date,
  signing: Signing,
): Assessment {
  if (current.status === 'finalised') return current
  const { result, missing } = check(current, patient)
  if (missing.length > 0) {
    throw new AppError(
      'invalid-input',
      `${missing.length} required ${missing.length === 1 ? 'item is' : 'items are'} not recorded yet.`,
      missing,
    )
  }
  if (!signing.signer) {
    throw new AppError(
      'locked',
      'Sign in to finalise: a finalised record is signed by its clinician.',
    )
  }
  const at = now.toISOString()
  const finalised: Assessment = {
    ...current,
    status: 'finalised',
    finalisedAt: at,
    updatedAt: at,
    reasoningAtFinalise: proposalOf(result),
  }
  return signRecord(
    finalised,
    { signedBy: signing.signer, signedAt: at, patientAtSigning: demographicsOf(patient) },
    signing.sha256,
  )
}
