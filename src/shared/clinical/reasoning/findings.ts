import { examFindings } from './examFindings'
import type { FindingContext } from './findingContext'
import type { FindingDefinition } from './findingDefinition'
import { historyFindings } from './historyFindings'
import { pelvicGirdleFindings } from './pelvicGirdleFindings'
import { screeningFindings } from './screeningFindings'

/**
 * The findings the reasoning uses, each read from the assessment (history, exam, running) and
 * the patient. Labels are what the clinician sees in "findings for / against".
 */
export const findings = {
  ...historyFindings,
  ...screeningFindings,
  ...examFindings,
  ...pelvicGirdleFindings,
} as const

export type FindingId = keyof typeof findings
export type FindingSet = Partial<Record<FindingId, 'present' | 'absent'>>

/** How a finding reads in "findings for / against": as recorded, or its negation. */
export function findingLabel(id: FindingId, state: 'present' | 'absent'): string {
  const definition: FindingDefinition = findings[id]
  if (state === 'present') return definition.label
  if (definition.whenAbsent) return definition.whenAbsent
  const label = definition.label
  if (label.endsWith(' positive')) return label.replace(/ positive$/, ' negative')
  if (label.endsWith(' tender'))
    return `${label} not tender`.replace(' tender not tender', ' not tender')
  if (label.endsWith(' met')) return label.replace(/ met$/, ' not met')
  if (label.includes(' reproduces ')) return label.replace(' reproduces ', ' does not reproduce ')
  if (label.startsWith('Worse ')) return `Not ${label.charAt(0).toLowerCase()}${label.slice(1)}`
  return `No ${label.charAt(0).toLowerCase()}${label.slice(1)}`
}

/** Every finding of an assessment that is known, keyed by id. */
const definitions = Object.entries(findings) as [FindingId, FindingDefinition][]

export function readFindings(ctx: FindingContext): FindingSet {
  const set: FindingSet = {}
  for (const [id, definition] of definitions) {
    const state = definition.read(ctx)
    if (state) set[id] = state
  }
  return set
}
