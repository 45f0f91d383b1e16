import { conditionNames, type ConditionId } from '../../shared/clinical/conditions/conditionIds'
import { reasoningInputOf } from '../../shared/clinical/reasoning/assessmentReasoning'
import { activeRedFlags } from '../../shared/clinical/plan/generatePlan'
import {
  reason,
  type ReasoningResult,
  type RedFlagResult,
} from '../../shared/clinical/reasoning/engine'
import { clearedFlags } from '../../shared/model/assessment/medicalClearance'
import { decisionOf } from '../../shared/model/assessment/currentDecision'
import type { Assessment } from '../../shared/model/assessment/assessment'
import type { Signature } from '../../shared/model/assessment/signature'
import {
  changedDemographics,
  demographicFieldLabels,
  demographicFields,
} from '../../shared/model/patientDemographics'
import { ageInYears } from '../../shared/model/calendarDate'
import type { ClinicDetails } from '../../shared/model/clinic'
import { patientFullName, type Patient } from '../../shared/model/patient'
import { formatDate, localDate } from './html'

/**
 * Everything a printed report is built from: the patient, the assessment as stored, the
 * engine's result for it now, and when the report was generated. The three report builders
 * (clinician report, patient handout, referral letter) are pure functions of this.
 */
export interface ReportData {
  /**
   * The patient as the report prints them: for a signed record, their details as they were when
   * it was signed (the signature's snapshot); otherwise as they are now.
   */
  patient: Patient
  /** The record's signature: who signed it, when, and its SHA-256. */
  signature?: Signature
  /** The details (their names, in words) that differ now from those signed. */
  changedSinceSigning?: string[]
  /**
   * The assessment with its current decisions: for a finalised record, the working diagnosis,
   * plan and clearances as the latest addenda revised them (`revisedAt` says when).
   */
  assessment: Assessment
  revisedAt?: string
  reasoning: ReasoningResult
  /** The red flags no doctor has cleared: what the patient must act on now. */
  activeRedFlags: RedFlagResult[]
  /** ISO date-time of generation (shown on the report, and its date in every page footer). */
  generatedAt: string
  /** The letterhead; absent until the clinic's details are entered. */
  clinic?: ClinicDetails
}

export function reportDataFor(
  patient: Patient,
  assessment: Assessment,
  generatedAt: string,
  clinic?: ClinicDetails,
): ReportData {
  const { workingDiagnosis, plan, clearances, revisedAt } = decisionOf(assessment)
  const signature = assessment.signature
  const asSigned = signature ? patientAsSigned(patient, signature) : patient
  const changed = signature ? changedDemographics(signature.patientAtSigning, patient) : []
  const reasoning = reason(reasoningInputOf(assessment, asSigned))
  return {
    patient: asSigned,
    ...(signature ? { signature } : {}),
    ...(changed.length > 0
      ? { changedSinceSigning: changed.map((field) => demographicFieldLabels[field]) }
      : {}),
    assessment: {
      ...assessment,
      ...(workingDiagnosis ? { workingDiagnosis } : {}),
      ...(plan ? { plan } : {}),
      ...(clearances.length > 0 ? { clearances } : {}),
    },
    ...(revisedAt ? { revisedAt } : {}),
    reasoning,
    activeRedFlags: activeRedFlags(reasoning.redFlags, clearedFlags(clearances)).active,
    generatedAt,
    ...(clinic ? { clinic } : {}),
  }
}

/** The patient with their details as the signature kept them (the rest of the record as now). */
function patientAsSigned(patient: Patient, signature: Signature): Patient {
  const rest = { ...patient } as Record<string, unknown>
  for (const field of demographicFields) delete rest[field]
  return {
    ...(rest as Pick<Patient, 'id' | 'createdAt' | 'updatedAt'>),
    ...signature.patientAtSigning,
  }
}

/** "Patient details changed since signing on 2 Nov 2026: surname, address." or nothing. */
export function changedSinceSigningLine(data: ReportData): string | undefined {
  if (!data.signature || !data.changedSinceSigning) return undefined
  return `Patient details changed since signing on ${formatDate(
    localDate(data.signature.signedAt),
  )}: ${listInWords(data.changedSinceSigning)}. This report shows them as they were when signed.`
}

/** The clinic's name for the letterhead, and a neutral stand-in until it is entered. */
export const clinicName = (data: ReportData): string => data.clinic?.name ?? 'Physiotherapy clinic'

/** How to reach the clinic, as one line: phone, email, address (those entered). */
export function clinicContactLine(data: ReportData): string | undefined {
  const c = data.clinic
  if (!c) return undefined
  const address = c.address?.trim().replace(/\s*\n\s*/g, ', ')
  const parts = [c.phone?.trim(), c.email?.trim(), address].filter((p) => !!p)
  return parts.length > 0 ? parts.join(' · ') : undefined
}

// ---------------------------------------------------------------------------------------------
// Small helpers shared by the three reports.

export const NOT_RECORDED = 'not recorded'
export const NOT_ASSESSED_TEXT = 'not assessed'

export const patientName = (data: ReportData): string => patientFullName(data.patient)

export const patientAge = (data: ReportData): number =>
  ageInYears(data.patient.dateOfBirth, data.assessment.date)

/** The footer line on every page: patient, date of birth, report date. */
export function footerLine(data: ReportData): string {
  return `${patientName(data)} · DOB ${formatDate(data.patient.dateOfBirth)} · Report ${formatDate(
    localDate(data.generatedAt),
  )}`
}

export const clinicianName = (data: ReportData): string | undefined =>
  data.assessment.clinicianName?.trim() || undefined

export { referralUrgencyLabels } from '../../shared/model/assessment/plan'

export { diagnosisName } from '../../shared/model/assessment/workingDiagnosis'

export const conditionName = (id: ConditionId): string => conditionNames[id]

/** "right" → "right hip"; "both" → "both hips"; otherwise "hip". */
export function hipOf(data: ReportData): string {
  const side = data.assessment.history.painSide
  if (side === 'left' || side === 'right') return `${side} hip`
  if (side === 'both') return 'both hips'
  return 'hip'
}

/** Upper-cases the first letter. */
export const capitalise = (text: string): string =>
  text.length > 0 ? text[0]!.toUpperCase() + text.slice(1) : text

/** "a, b and c" */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? ''
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}
