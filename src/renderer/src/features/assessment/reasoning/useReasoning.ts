import { useMemo } from 'react'
import { reasoningInputOf } from '@shared/clinical/reasoning/assessmentReasoning'
import { reason, type ReasoningResult } from '@shared/clinical/reasoning/engine'
import type { AssessmentSections } from '@shared/model/assessment/assessment'
import type { Patient } from '@shared/model/patient'

/** The engine's result for what is on screen now; recomputed on every change (well under 1 ms). */
export function useReasoning(
  sections: AssessmentSections,
  date: string,
  patient: Patient,
): ReasoningResult {
  return useMemo(
    () => reason(reasoningInputOf({ ...sections, date }, patient)),
    [sections, date, patient],
  )
}

export const formatProbability = (p: number) =>
  p >= 0.995 ? '≥ 99%' : p < 0.01 ? '< 1%' : `${Math.round(p * 100)}%`
