import { createContext, useContext } from 'react'
import { valueAtPath } from '@shared/model/assessment/valueAtPath'
import type { AssessmentSection, AssessmentSections } from '@shared/model/assessment/assessment'

export interface StepFieldContext {
  section: AssessmentSection
  /** The previous assessment's values, shown alongside each field of a follow-up. */
  previous?: AssessmentSections
  /** A finalised assessment is shown, not edited. */
  readOnly: boolean
}

export const FieldContext = createContext<StepFieldContext>({ section: 'history', readOnly: false })

/** The element id of a field: its full path in the assessment, e.g. `history.pain.now`. */
export function useFieldId(name: string): string {
  const { section } = useContext(FieldContext)
  return `${section}.${name}`
}

export function usePreviousValue(name: string): unknown {
  const { section, previous } = useContext(FieldContext)
  return previous ? valueAtPath(previous[section], name) : undefined
}

export const useReadOnly = () => useContext(FieldContext).readOnly
