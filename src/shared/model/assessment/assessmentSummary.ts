import { measuresOf } from '../../clinical/measures'
import type { Assessment, AssessmentStatus, AssessmentType } from './assessment'
import { currentPhaseNumber, type TreatmentPlan } from './plan'
import { decisionOf } from './currentDecision'
import { workingDiagnosisInWords } from './workingDiagnosis'

/**
 * What the patient's timeline shows for each visit without opening it: kept in its own column
 * so that hundreds of visits list instantly.
 */
export interface AssessmentSummary {
  id: string
  date: string
  type: AssessmentType
  status: AssessmentStatus
  updatedAt: string
  finalisedAt?: string
  /** The confirmed working diagnosis, in words. */
  workingDiagnosis?: string
  /** Where the runner is in the plan: "Phase 2 of 3: Load", or that loading is on hold. */
  planStage?: string
  /** The plan's review date (as an addendum last revised it): the caseload's next review. */
  reviewDate?: string
  /** Key numbers at a glance: pain now, worst pain, LEFS, iHOT-12, VISA-G. */
  keyNumbers: { label: string; value: number; unit: string }[]
  redFlagCount: number
  /**
   * The stored document could not be read when the records were opened (damaged, or in a shape
   * this version cannot read): the other fields are what was known before, or only the row's
   * date, type and status.
   */
  unreadable?: true
}

const KEY_MEASURES = [
  'pain.now',
  'pain.worst24h',
  'outcome.lefs',
  'outcome.ihot12',
  'outcome.visaG',
]

export function summaryOf(a: Assessment): AssessmentSummary {
  const measures = measuresOf(a)
  // The current decisions: a finalised record's as its latest addenda revised them.
  const { workingDiagnosis, plan } = decisionOf(a)
  const diagnosis = workingDiagnosis && workingDiagnosisInWords(workingDiagnosis)
  return {
    id: a.id,
    date: a.date,
    type: a.type,
    status: a.status,
    updatedAt: a.updatedAt,
    ...(a.finalisedAt ? { finalisedAt: a.finalisedAt } : {}),
    ...(diagnosis ? { workingDiagnosis: diagnosis } : {}),
    ...(plan ? { planStage: planStageOf(plan) } : {}),
    ...(plan?.reviewDate ? { reviewDate: plan.reviewDate } : {}),
    keyNumbers: KEY_MEASURES.flatMap((id) => {
      const m = measures.find((x) => x.id === id)
      return m ? [{ label: m.label, value: m.value, unit: m.unit }] : []
    }),
    redFlagCount: (a.reasoningAtFinalise ?? a.workingDiagnosis?.proposal)?.redFlags.length ?? 0,
  }
}

function planStageOf(plan: TreatmentPlan): string {
  if (plan.loadingOnHold) return 'Loading on hold until cleared'
  const phase = currentPhaseNumber(plan)
  if (phase === 0) return 'Plan without phases'
  return `Phase ${phase} of ${plan.phases.length}: ${plan.phases[phase - 1]!.name}`
}
