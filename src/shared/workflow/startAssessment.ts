import { AppError } from '../api/appError'
import {
  ASSESSMENT_SCHEMA_VERSION,
  type Assessment,
  type AssessmentType,
} from '../model/assessment/assessment'
import { emptySections, followUpSections } from '../model/assessment/newAssessment'
import { decisionOf } from '../model/assessment/currentDecision'
import { followUpDueFrom } from './keySigns'

export interface StartAssessment {
  id: string
  patientId: string
  type: AssessmentType
  date: string
  clinicianName?: string
}

/**
 * A new assessment. A follow-up starts from the patient's latest assessment (the caller passes
 * the latest finalised one if there is one): its story so far and measuring set-up, and the
 * doctors' clearances recorded then, which are facts about the patient that still hold. It
 * also fixes what the follow-up must record (followUpRequiredItems.ts): the questionnaires due
 * and the signs abnormal last time (keySigns.ts).
 */
export function startAssessment(
  input: StartAssessment,
  previous: Assessment | undefined,
  now: Date,
): Assessment {
  if (input.type === 'follow-up' && !previous) {
    throw new AppError('conflict', 'A follow-up needs an earlier assessment of this patient.', [
      { path: ['type'], message: 'No earlier assessment to follow up' },
    ])
  }
  const from = input.type === 'follow-up' ? previous : undefined
  const at = now.toISOString()
  return {
    schemaVersion: ASSESSMENT_SCHEMA_VERSION,
    id: input.id,
    patientId: input.patientId,
    type: input.type,
    status: 'draft',
    ...(from ? { previousAssessmentId: from.id, followUpDue: followUpDueFrom(from) } : {}),
    date: input.date,
    ...(input.clinicianName ? { clinicianName: input.clinicianName } : {}),
    ...(from ? followUpSections(from) : emptySections()),
    ...(from && decisionOf(from).clearances.length > 0
      ? { clearances: decisionOf(from).clearances }
      : {}),
    revision: 0,
    createdAt: at,
    updatedAt: at,
    addenda: [],
  }
}
