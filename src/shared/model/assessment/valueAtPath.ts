/** Reads `a.b.0.c` from a nested plain object; undefined when any step is missing. */
export function valueAtPath(root: unknown, path: string): unknown {
  let current: unknown = root
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<string, unknown>)[key]
  }
  return current
}
