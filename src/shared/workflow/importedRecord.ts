import type { Assessment } from '../model/assessment/assessment'
import type { PatientFacts } from './decisions'
import { finalisingProblems } from './finalise'

/**
 * The engine version that brought the focused initial assessment (issue 12). A record finalised
 * before it was complete under the required set of its time, which asked for every row but not
 * for all of today's items (how it started, a felt pop): it is not judged again by later rules,
 * though its decisions (working diagnosis, plan) are still required and every other check holds.
 */
export const FOCUSED_RULES_FROM = '2.1.0'
const decisionPaths = new Set(['workingDiagnosis', 'plan'])

/** Whether the record was finalised by an engine older than FOCUSED_RULES_FROM. */
function finalisedUnderEarlierRules(a: Assessment): boolean {
  const version = a.reasoningAtFinalise?.engineVersion
  return version !== undefined && compareVersions(version, FOCUSED_RULES_FROM) < 0
}

/** Dotted version numbers compared part by part as numbers ("2.0.0" < "2.1.0" < "10.0.0"). */
export function compareVersions(a: string, b: string): number {
  const x = a.split('.').map(Number)
  const y = b.split('.').map(Number)
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0)
    if (d !== 0) return d
  }
  return 0
}

/**
 * What is wrong with an assessment as an export file states it, judged by the rules the app
 * itself follows: a draft carries nothing that only finalising gives, and a finalised record is
 * one that finalising would have accepted, finalised at a time that can be right. Returns the
 * reason in words (it follows the record's name in a message), or undefined when it may be kept.
 *
 * `exportedAt` is the file's own time: a record cannot have been finalised after it was written.
 */
export function importedAssessmentProblem(
  a: Assessment,
  patient: PatientFacts,
  exportedAt: string,
): string | undefined {
  if (a.status === 'draft') {
    const onlyFinalisingGives = [
      ...(a.finalisedAt !== undefined ? ['a finalising time'] : []),
      ...(a.reasoningAtFinalise !== undefined ? ['the engine’s result at finalising'] : []),
      ...(a.addenda.length > 0 ? ['addenda'] : []),
    ]
    return onlyFinalisingGives.length > 0
      ? `a draft in the file, yet it carries what only finalising gives (${onlyFinalisingGives.join(', ')})`
      : undefined
  }
  // Times as finalising and addenda set them: finalisedAt once, then each addendum later, up to
  // the export (a signed record's own updatedAt stays at its signing: addenda are kept beside
  // it). ISO times in UTC compare as text.
  const at = a.finalisedAt
  if (at === undefined) return 'finalised in the file without a time of finalising'
  if (at < a.createdAt) return 'finalised in the file before it was created'
  if (at > a.updatedAt) return 'finalised in the file after its last change'
  if (at > exportedAt) return 'finalised in the file after the file was exported'
  if (a.reasoningAtFinalise === undefined)
    return 'finalised in the file without the engine’s result at that time'
  if (a.addenda.some((addendum) => addendum.at < at || addendum.at > exportedAt))
    return 'finalised in the file with an addendum dated outside its finalised life'
  const missing = finalisingProblems(a, patient).filter(
    (m) => !finalisedUnderEarlierRules(a) || decisionPaths.has(String(m.path[0])),
  )
  if (missing.length > 0) {
    const listed = missing
      .slice(0, 5)
      .map((m) => m.message)
      .join('; ')
    const more = missing.length > 5 ? `; and ${missing.length - 5} more` : ''
    return `finalised in the file, but finalising would refuse it: ${missing.length} required ${
      missing.length === 1 ? 'item is' : 'items are'
    } not recorded (${listed}${more})`
  }
  return undefined
}
