/**
 * Whether a value is plain data as a form holds it — null, booleans, numbers, strings, arrays
 * and plain objects, nothing else — within bounds of depth and size. Checked without recursion,
 * so that no input, however deeply nested, can exhaust the stack of the process checking it.
 */
export interface PlainDataLimits {
  depth: number
  /** Values and keys counted together. */
  nodes: number
  /** Characters of every string and key together. */
  chars: number
}

export const formDataLimits: PlainDataLimits = { depth: 24, nodes: 50_000, chars: 1_000_000 }

export function isPlainData(value: unknown, limits: PlainDataLimits = formDataLimits): boolean {
  const pending: [unknown, number][] = [[value, 0]]
  let nodes = 0
  let chars = 0
  while (pending.length > 0) {
    const [item, depth] = pending.pop()!
    if (++nodes > limits.nodes) return false
    if (item === null || item === undefined) continue
    switch (typeof item) {
      case 'boolean':
      case 'number':
        continue
      case 'string':
        chars += item.length
        if (chars > limits.chars) return false
        continue
      case 'object':
        break
      default:
        return false
    }
    if (depth >= limits.depth) return false
    const prototype = Object.getPrototypeOf(item)
    if (Array.isArray(item)) {
      if (prototype !== Array.prototype) return false
      for (const element of item) pending.push([element, depth + 1])
    } else if (prototype === Object.prototype || prototype === null) {
      for (const [key, element] of Object.entries(item)) {
        chars += key.length
        nodes++
        pending.push([element, depth + 1])
      }
      if (chars > limits.chars) return false
    } else {
      return false
    }
  }
  return true
}
