import * as A from '@automerge/automerge'

/**
 * Plain JSON records in and out of Automerge documents.
 *
 * Strings are stored as Automerge's ImmutableString: a field is one value, so two laptops that
 * change the same field both keep their value as a conflict for the clinician to decide, instead
 * of Automerge merging the two texts character by character into something neither typed.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type Doc = Record<string, unknown>

/** A JSON value as Automerge stores it (strings made immutable). */
export function toAutomerge(value: unknown): unknown {
  if (typeof value === 'string') return new A.ImmutableString(value)
  if (Array.isArray(value)) return value.map(toAutomerge)
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [key, v] of Object.entries(value)) if (v !== undefined) out[key] = toAutomerge(v)
    return out
  }
  return value
}

/** A value read from a document as plain JSON (immutable strings back to strings). */
export function plainOf(value: unknown): Json {
  if (A.isImmutableString(value)) return value.toString()
  if (typeof value === 'string') return value
  if (Array.isArray(value)) return value.map(plainOf)
  if (value !== null && typeof value === 'object') {
    const out: Record<string, Json> = {}
    for (const [key, v] of Object.entries(value)) out[key] = plainOf(v)
    return out
  }
  return value as Json
}

const isMap = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) && !A.isImmutableString(v)

function same(a: unknown, b: unknown): boolean {
  if (A.isImmutableString(a)) return typeof b === 'string' && a.toString() === b
  if (a === b) return true
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((v, i) => same(v, b[i]))
  if (isMap(a) && isMap(b)) {
    const keys = Object.keys(b).filter((k) => b[k] !== undefined)
    return Object.keys(a).length === keys.length && keys.every((k) => same(a[k], b[k]))
  }
  return false
}

/**
 * Makes `target` (a map inside `A.change`) equal `next`, writing only what differs: a field
 * changed here is one operation on that field, so an edit of another field elsewhere merges.
 * Lists of the same length are updated item by item; a list that grew or shrank is replaced.
 */
export function updateMap(target: Doc, next: Record<string, unknown>): void {
  for (const key of Object.keys(target)) if (next[key] === undefined) delete target[key]
  for (const [key, value] of Object.entries(next)) {
    if (value === undefined) continue
    const current = target[key]
    if (same(current, value)) continue
    if (isMap(current) && isMap(value)) updateMap(current, value)
    else if (Array.isArray(current) && Array.isArray(value) && current.length === value.length)
      updateList(current, value)
    else target[key] = toAutomerge(value)
  }
}

function updateList(target: unknown[], next: unknown[]): void {
  next.forEach((value, index) => {
    const current = target[index]
    if (same(current, value)) return
    if (isMap(current) && isMap(value)) updateMap(current, value)
    else target[index] = toAutomerge(value)
  })
}

/** The Automerge actor id of a laptop: its id's hex digits (16 bytes). */
export const actorOf = (laptopId: string) => laptopId.replace(/-/g, '')

/** The laptop id an Automerge operation id (`counter@actor`) was written by. */
export function laptopOfOperation(opId: string): string | undefined {
  const actor = opId.split('@')[1]
  if (!actor || !/^[0-9a-f]{32}$/.test(actor)) return undefined
  return `${actor.slice(0, 8)}-${actor.slice(8, 12)}-${actor.slice(12, 16)}-${actor.slice(16, 20)}-${actor.slice(20)}`
}

/**
 * Every field of `record` (a map in the document) that holds more than one value because
 * laptops wrote it at once: its path and each value with the laptop that wrote it.
 */
export function conflictsIn(
  doc: A.Doc<unknown>,
  root: string,
): { path: string[]; options: { value: Json; laptop?: string }[] }[] {
  const found: { path: string[]; options: { value: Json; laptop?: string }[] }[] = []
  const walk = (obj: unknown, path: string[]) => {
    if (!obj || typeof obj !== 'object' || A.isImmutableString(obj)) return
    const keys: (string | number)[] = Array.isArray(obj)
      ? obj.map((_, i) => i)
      : Object.keys(obj as Doc)
    for (const key of keys) {
      const conflicts = A.getConflicts(obj as A.Doc<unknown>, key as never)
      // Two laptops writing the same value (a laptop joining again writes every field) is no
      // conflict for anyone to decide.
      const values = new Set(Object.values(conflicts ?? {}).map((v) => JSON.stringify(plainOf(v))))
      if (conflicts && values.size > 1) {
        found.push({
          path: [...path, String(key)],
          options: Object.entries(conflicts)
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .map(([opId, value]) => ({ value: plainOf(value), laptop: laptopOfOperation(opId) })),
        })
      }
      walk((obj as Record<string | number, unknown>)[key], [...path, String(key)])
    }
  }
  walk((doc as Doc)[root], [root])
  return found
}
