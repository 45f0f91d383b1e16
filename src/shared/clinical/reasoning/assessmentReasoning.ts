import type { Assessment } from '../../model/assessment/assessment'
import type { EngineProposal } from '../../model/assessment/workingDiagnosis'
import type { Patient } from '../../model/patient'
import type { ReasoningInput, ReasoningResult } from './engine'

/** The engine's input for a stored assessment and its patient. */
export function reasoningInputOf(
  assessment: Pick<Assessment, 'history' | 'outcomes' | 'exam' | 'running' | 'date'>,
  patient: Pick<Patient, 'dateOfBirth' | 'sex'>,
): ReasoningInput {
  return {
    sections: {
      history: assessment.history,
      outcomes: assessment.outcomes,
      exam: assessment.exam,
      running: assessment.running,
    },
    patient: { dateOfBirth: patient.dateOfBirth, sex: patient.sex },
    date: assessment.date,
  }
}

/** What is kept of a result next to the clinician's decision: flags and the top five. */
export function proposalOf(result: ReasoningResult): EngineProposal {
  return {
    engineVersion: result.engineVersion,
    redFlags: result.redFlags.map((f) => f.id),
    ranked: result.differential
      .slice(0, 5)
      .map((c) => ({ conditionId: c.id, probability: c.probability })),
  }
}
