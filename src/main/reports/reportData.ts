import { conditionNames, type ConditionId } from '../../shared/clinical/conditions/conditionIds'
import { reasoningInputOf } from '../../shared/clinical/reasoning/assessmentReasoning'
import { reason, type ReasoningResult } from '../../shared/clinical/reasoning/engine'
import type { Assessment } from '../../shared/model/assessment/assessment'
import type { ReferralUrgency } from '../../shared/model/assessment/plan'
import type { ConfirmedDiagnosis } from '../../shared/model/assessment/workingDiagnosis'
import { ageInYears } from '../../shared/model/calendarDate'
import { patientFullName, type Patient } from '../../shared/model/patient'
import { formatDate, localDate } from './html'

/**
 * Everything a printed report is built from: the patient, the assessment as stored, the
 * engine's result for it now, and when the report was generated. The three report builders
 * (clinician report, patient handout, referral letter) are pure functions of this.
 */
export interface ReportData {
  patient: Patient
  assessment: Assessment
  reasoning: ReasoningResult
  /** ISO date-time of generation (shown on the report, and its date in every page footer). */
  generatedAt: string
}

export function reportDataFor(
  patient: Patient,
  assessment: Assessment,
  generatedAt: string,
): ReportData {
  return {
    patient,
    assessment,
    reasoning: reason(reasoningInputOf(assessment, patient)),
    generatedAt,
  }
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

export const referralUrgencyLabels: Record<ReferralUrgency, string> = {
  emergency: 'Emergency',
  'same-day': 'Same day',
  urgent: 'Urgent',
  routine: 'Routine',
}

export function diagnosisName(d: ConfirmedDiagnosis): string {
  return 'conditionId' in d ? conditionNames[d.conditionId] : d.freeText
}

export const conditionName = (id: ConditionId): string => conditionNames[id]

/** A probability (0..1) as a whole percentage, with "<1%" and ">99%" at the ends. */
export function percent(p: number): string {
  if (p > 0 && p < 0.005) return '<1%'
  if (p < 1 && p > 0.995) return '>99%'
  return `${Math.round(p * 100)}%`
}

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
