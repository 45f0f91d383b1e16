import type { AssessmentSections } from '../../src/shared/model/assessment/assessment'
import { emptySections } from '../../src/shared/model/assessment/newAssessment'
import type { Sex } from '../../src/shared/model/patient'
import { reason, type ReasoningInput } from '../../src/shared/clinical/reasoning/engine'
import { loadVignette, sectionsOf } from './vignettes'

/** The engine's input for a vignette fixture. */
export function vignetteInput(id: string): ReasoningInput {
  const v = loadVignette(id)
  return { sections: sectionsOf(v.assessment), patient: v.patient, date: v.assessment.date }
}

/** Input for a patient of the given age and sex, with sections built on an empty assessment. */
export function inputFor(
  age: number,
  sex: Sex,
  build: (s: AssessmentSections) => void = () => {},
): ReasoningInput {
  const sections = emptySections()
  // A new assessment leaves the special tests unrecorded; the builders set the ones they need.
  sections.exam.specialTests ??= {}
  build(sections)
  return { sections, patient: { dateOfBirth: `${2026 - age}-01-01`, sex }, date: '2026-06-01' }
}

export const raisedFlags = (input: ReasoningInput) => reason(input).redFlags.map((f) => f.id)
