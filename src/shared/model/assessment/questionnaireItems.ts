import { IHOT12_ITEM_COUNT, LEFS_ITEM_COUNT, hagosSubscales } from './outcomeMeasures'
import { NOT_ASSESSED } from './recordedValues'
import type { RequiredItem } from './requiredItems'

/**
 * The questionnaires as required items: each complete, or marked not assessed. The focused
 * initial assessment leaves them optional; a follow-up requires those due (the ones recorded at
 * the last visit), see followUpRequiredItems.ts.
 */
export function questionnaireItems(): RequiredItem[] {
  const o = (
    path: string,
    label: string,
    check: (v: Record<string, unknown>) => boolean,
  ): RequiredItem => ({
    step: 'outcomes',
    path: `outcomes.${path}`,
    label,
    group: 'Questionnaires',
    isRecorded: (v) => complete(v, check),
    notAssessed: { status: NOT_ASSESSED },
  })
  return [
    o('lefs', 'LEFS (all 20 items, or not assessed)', (v) => allFilled(v.items, LEFS_ITEM_COUNT)),
    o(
      'ihot12',
      'iHOT-12 (12 items or the total, or not assessed)',
      (v) => typeof v.total === 'number' || allFilled(v.items, IHOT12_ITEM_COUNT),
    ),
    o('visaG', 'VISA-G (total, or not assessed)', (v) => typeof v.total === 'number'),
    o('hagos', 'HAGOS (all six subscales, or not assessed)', (v) =>
      hagosSubscales.every((s) => typeof v[s] === 'number'),
    ),
  ]
}

const hasStatus = (v: unknown) =>
  typeof v === 'object' && v !== null && 'status' in v && v.status !== undefined

function complete(v: unknown, check: (recorded: Record<string, unknown>) => boolean) {
  if (!hasStatus(v)) return false
  const value = v as Record<string, unknown>
  return value.status === NOT_ASSESSED || check(value)
}

const allFilled = (items: unknown, count: number) =>
  Array.isArray(items) && items.length === count && items.every((i) => typeof i === 'number')
