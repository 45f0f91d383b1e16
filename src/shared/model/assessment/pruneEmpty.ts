/**
 * Removes undefined values and objects left empty by them (a form leaves `{}` behind for a
 * group nobody touched), so that stored documents say only what was recorded. Arrays are kept
 * as they are: an empty list can be an answer ("none of these").
 */
export function pruneEmpty<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => pruneEmpty(v)) as T
  if (value === null || typeof value !== 'object') return value
  const entries = Object.entries(value)
    .map(([k, v]) => [k, pruneEmpty(v)] as const)
    .filter(([, v]) => v !== undefined && !(isPlainObject(v) && Object.keys(v).length === 0))
  return Object.fromEntries(entries) as T
}

const isPlainObject = (v: unknown): v is object =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
