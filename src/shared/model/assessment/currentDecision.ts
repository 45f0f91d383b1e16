import type { Assessment } from './assessment'
import type { MedicalClearance } from './medicalClearance'
import type { TreatmentPlan } from './plan'
import type { WorkingDiagnosis } from './workingDiagnosis'

/** The record's current decisions: as finalised, or as revised by its latest addenda. */
export function decisionOf(a: Assessment): {
  workingDiagnosis?: WorkingDiagnosis
  plan?: TreatmentPlan
  clearances: MedicalClearance[]
  /** When the diagnosis or plan was last revised by an addendum. */
  revisedAt?: string
} {
  let { workingDiagnosis, plan } = a
  let clearances = a.clearances ?? []
  let revisedAt: string | undefined
  for (const addendum of a.addenda) {
    const r = addendum.revised
    if (!r) continue
    if (r.workingDiagnosis) workingDiagnosis = r.workingDiagnosis
    if (r.plan) plan = r.plan
    if (r.clearance) clearances = withClearance(clearances, r.clearance)
    if (r.workingDiagnosis || r.plan) revisedAt = addendum.at
  }
  return {
    ...(workingDiagnosis ? { workingDiagnosis } : {}),
    ...(plan ? { plan } : {}),
    clearances,
    ...(revisedAt ? { revisedAt } : {}),
  }
}

/** The clearances with `c` added, replacing an earlier one for the same flag. */
export const withClearance = (all: MedicalClearance[], c: MedicalClearance) => [
  ...all.filter((x) => x.redFlag !== c.redFlag),
  c,
]
