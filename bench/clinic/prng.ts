/**
 * A small seeded pseudo-random generator (sfc32, seeded through splitmix32), so that the same
 * seed always yields the same clinic, the same search inputs and the same sample of records on
 * every machine and every run. Not for anything secret.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number
  pick<T>(items: readonly T[]): T
  /** true with probability p. */
  chance(p: number): boolean
  /** An RFC 4122 version-4 UUID built from this generator's bits. */
  uuid(): string
  /** An independent generator derived from this one and a label (stable across code changes). */
  fork(label: string): Random
}

function splitmix32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x9e3779b9) >>> 0
    let z = state
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0
    return (z ^ (z >>> 16)) >>> 0
  }
}

/** FNV-1a of a label: turns "search inputs" into a seed offset. */
function hashLabel(label: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 0x01000193) >>> 0
  return h
}

export function seededRandom(seed: number): Random {
  const mix = splitmix32(seed)
  let a = mix()
  let b = mix()
  let c = mix()
  let d = mix()
  const nextUint = () => {
    const t = (((a + b) >>> 0) + d) >>> 0
    d = (d + 1) >>> 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) >>> 0
    c = ((c << 21) | (c >>> 11)) >>> 0
    c = (c + t) >>> 0
    return t
  }
  for (let i = 0; i < 12; i++) nextUint()
  const random: Random = {
    next: () => nextUint() / 4294967296,
    int: (min, max) => min + Math.floor(random.next() * (max - min + 1)),
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list')
      return items[Math.floor(random.next() * items.length)]!
    },
    chance: (p) => random.next() < p,
    uuid: () => {
      const hex = [nextUint(), nextUint(), nextUint(), nextUint()]
        .map((n) => n.toString(16).padStart(8, '0'))
        .join('')
      const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
    },
    fork: (label) => seededRandom((seed ^ hashLabel(label)) >>> 0),
  }
  return random
}
