import { cite, type Citation } from '../sources'
import type { ConditionId } from './conditionIds'

/**
 * Conditions that are parts of one clinical syndrome rather than rivals. The differential shows
 * a group as one entry headed by its lead condition, with the others nested under it, and
 * counts it once among the top suggestions.
 *
 * Greater trochanteric pain syndrome: imaging and surgical studies show the primary pathology of
 * lateral hip pain is usually gluteus medius and minimus tendinopathy, with or without a
 * distended bursa; bursal changes alone are uncommon and also found in hips without pain, and
 * both are managed the same way (fact sheet §3.1-3.2).
 */
export interface ConditionGroup {
  name: string
  lead: ConditionId
  members: ConditionId[]
  citation: Citation
}

export const conditionGroups: ConditionGroup[] = [
  {
    name: 'Greater trochanteric pain syndrome',
    lead: 'gluteal-tendinopathy',
    members: ['trochanteric-bursitis'],
    citation: cite(
      ['S11', 'S12', 'S12b', 'S9'],
      'confirmed',
      'Bursitis is usually part of gluteal tendinopathy (GTPS); bursal changes are also seen in hips without symptoms (Woodley 2008, in S9).',
    ),
  },
]

/** The lead condition a member is shown under, e.g. trochanteric bursitis → gluteal tendinopathy. */
export const partOf: Partial<Record<ConditionId, ConditionId>> = Object.fromEntries(
  conditionGroups.flatMap((g) => g.members.map((m) => [m, g.lead])),
)

export const groupLedBy: Partial<Record<ConditionId, ConditionGroup>> = Object.fromEntries(
  conditionGroups.map((g) => [g.lead, g]),
)
