import { canonicalJson } from '../signing/canonicalJson'
import { flattenRecord, unflattenRecord } from '../sync/flatRecord'

type Plain = Record<string, unknown>

/**
 * A draft's working copy moved onto the draft as it is stored now, when the stored draft changed
 * under it (an edit from another laptop arrived while the form was open, and the autosave was
 * told it was late). Field by field: what this form changed since its last save (`mine` against
 * `base`) is kept; every other field takes the stored value (`theirs`), so the other laptop's
 * edits are neither lost nor overwritten by the form's older copy of them.
 */
export function rebaseDraft<T extends object>(base: T, mine: T, theirs: T): T {
  const before = flattenRecord(base as Plain)
  const typed = flattenRecord(mine as Plain)
  const stored = flattenRecord(theirs as Plain)
  const same = (a: unknown, b: unknown) => canonicalJson(a ?? null) === canonicalJson(b ?? null)
  const merged: Plain = {}
  for (const path of new Set([
    ...Object.keys(stored),
    ...Object.keys(typed),
    ...Object.keys(before),
  ])) {
    const changedHere = !same(typed[path], before[path])
    const value = changedHere ? typed[path] : stored[path]
    if (value !== undefined) merged[path] = value
  }
  return unflattenRecord(merged) as T
}

/** Whether the working copy holds changes the stored draft does not have. */
export const hasChangesBeyond = (mine: object, stored: object) =>
  canonicalJson(flattenRecord(mine as Plain)) !== canonicalJson(flattenRecord(stored as Plain))
