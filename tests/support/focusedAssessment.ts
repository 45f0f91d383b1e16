import type { AssessmentSections } from '../../src/shared/model/assessment/assessment'
import { emptySections } from '../../src/shared/model/assessment/newAssessment'
import { requiredItems } from '../../src/shared/model/assessment/requiredItems'
import type { Sex } from '../../src/shared/model/patient'
import { valueAtPath } from '../../src/shared/model/assessment/valueAtPath'

function setAtPath(target: Record<string, unknown>, path: string, value: unknown) {
  const keys = path.split('.')
  let node = target
  for (const key of keys.slice(0, -1)) {
    node[key] ??= {}
    node = node[key] as Record<string, unknown>
  }
  node[keys.at(-1)!] = structuredClone(value)
}

/**
 * A complete record cut down to the focused initial assessment: only the values of its required
 * items (which themselves depend on where it hurts, so the history's pain location goes first),
 * plus whatever `keep` names. What a clinician records when they record only what is required.
 */
export function focusedSections(
  full: AssessmentSections,
  keep: string[] = [],
  sex?: Sex,
): AssessmentSections {
  const focused = emptySections() as unknown as Record<string, unknown>
  const copy = (path: string) => {
    const value = valueAtPath(full, path)
    if (value !== undefined) setAtPath(focused, path, value)
  }
  for (const path of [
    'history.painAreas',
    'history.deepPoorlyLocalised',
    'history.pointsWithCSign',
    ...keep,
  ])
    copy(path)
  for (const item of requiredItems(full, { sex })) copy(item.path)
  return focused as unknown as AssessmentSections
}
