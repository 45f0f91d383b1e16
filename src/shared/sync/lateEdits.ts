import { canonicalJson, type Sha256 } from '../signing/canonicalJson'

/**
 * An edit to a signed record that arrived from a laptop which had not yet seen the signature: the
 * fields it changed, the signed value and the value that arrived. The signed record never takes
 * it; its author reviews it (an addendum, or set aside). `id` is the same on every laptop that
 * sees the same edit, so a review made on one laptop closes it on all.
 */
export interface LateEdit {
  id: string
  assessmentId: string
  fields: { path: string; signed: unknown; arrived: unknown }[]
}

/** What signing itself changes, and bookkeeping every save moves: never a late edit. */
const SIGNING_FIELDS = new Set([
  'status',
  'signature',
  'finalisedAt',
  'updatedAt',
  'revision',
  'addenda',
])

const isMap = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v)

function leaves(value: unknown, path: string, out: Map<string, unknown>) {
  if (isMap(value)) {
    for (const [key, v] of Object.entries(value))
      if (v !== undefined) leaves(v, path ? `${path}.${key}` : key, out)
  } else out.set(path, value)
}

/** The late edit in `arrived` against the signed content, or undefined when there is none. */
export function lateEditsOf(
  assessmentId: string,
  signed: Record<string, unknown>,
  arrived: Record<string, unknown>,
  sha256: Sha256,
): LateEdit | undefined {
  const before = new Map<string, unknown>()
  const after = new Map<string, unknown>()
  leaves(signed, '', before)
  leaves(arrived, '', after)
  const paths = new Set([...before.keys(), ...after.keys()])
  const fields = [...paths]
    .filter((path) => !SIGNING_FIELDS.has(path.split('.')[0]!))
    .filter(
      (path) => canonicalJson(before.get(path) ?? null) !== canonicalJson(after.get(path) ?? null),
    )
    .sort()
    .map((path) => ({ path, signed: before.get(path) ?? null, arrived: after.get(path) ?? null }))
  if (fields.length === 0) return undefined
  return { id: sha256(canonicalJson({ assessmentId, fields })), assessmentId, fields }
}
