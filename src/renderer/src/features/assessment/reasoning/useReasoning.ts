import { useMemo } from 'react'
import { likelihoodBand } from '@shared/clinical/presentation/likelihood'
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

/**
 * A probability where it is mentioned in passing (the confirm form, the proposal kept with the
 * decision): its word only, lower case ("likely"). The number is on demand in the differential,
 * in the one format of src/shared/clinical/presentation/likelihood.ts.
 */
export const formatProbability = (p: number): string => likelihoodBand(p)
