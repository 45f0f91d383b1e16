import type { ConditionId } from '../conditions/conditionIds'
import type { ConditionResult } from './engine'

/**
 * The differential as the clinician reads it: one entry per condition, except that the members
 * of a group (trochanteric bursitis within greater trochanteric pain syndrome) sit under their
 * lead condition instead of competing with it. The engine already orders the differential this
 * way (each lead followed by its members); this splits it into entries.
 */
export interface DifferentialEntry {
  lead: ConditionResult
  /** The entry's one likelihood: the group's when the lead heads one, else the lead's own. */
  probability: number
  /** Conditions shown within this entry, most likely first. */
  nested: ConditionResult[]
}

export function differentialEntries(differential: ConditionResult[]): DifferentialEntry[] {
  const entries: DifferentialEntry[] = []
  for (const c of differential) {
    const owner = c.partOf && entries.find((e) => e.lead.id === c.partOf)
    if (owner) owner.nested.push(c)
    else entries.push({ lead: c, probability: c.group?.probability ?? c.probability, nested: [] })
  }
  return entries
}

/**
 * Every condition within the first `count` entries, nested ones included: what "the top three
 * suggestions" means when choosing a diagnosis (a group counts once, and choosing its nested
 * member is not an override).
 */
export function topEntryIds(differential: ConditionResult[], count = 3): ConditionId[] {
  return differentialEntries(differential)
    .slice(0, count)
    .flatMap((e) => [e.lead.id, ...e.nested.map((n) => n.id)])
}
