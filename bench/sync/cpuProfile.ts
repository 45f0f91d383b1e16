import { readFileSync } from 'node:fs'

/** What `node --cpu-prof` writes (the parts read here). */
interface Profile {
  nodes: {
    id: number
    callFrame: { functionName: string; url: string; lineNumber: number }
    children?: number[]
  }[]
  samples: number[]
  timeDeltas: number[]
  startTime: number
  endTime: number
}

export interface ProfileLine {
  name: string
  /** Milliseconds. */
  ms: number
  /** Share of the profiled time. */
  share: number
}

export interface ProfileSummary {
  totalMs: number
  /** Time spent in the function itself, largest first. */
  self: ProfileLine[]
  /** Time with everything it called, for the functions of the app and of Automerge. */
  inclusive: ProfileLine[]
}

const shortUrl = (url: string) =>
  url
    .replace(/^file:\/\//, '')
    .replace(/.*\/node_modules\//, '')
    .replace(/.*\/(src|bench)\//, '$1/')

/** A function by name and file (the app's line numbers are tsx's output's, not the source's). */
const nameOf = (frame: Profile['nodes'][number]['callFrame']) =>
  frame.url
    ? `${frame.functionName || '(anonymous)'} ${shortUrl(frame.url)}${/node_modules/.test(frame.url) ? `:${frame.lineNumber + 1}` : ''}`
    : frame.functionName || '(anonymous)'

/**
 * Self and inclusive time per function from a .cpuprofile. Inclusive time counts a function
 * once per sample however deep it recurses. Idle time (the event loop waiting for the network)
 * is left out of the shares, so they say where the working time went.
 */
export function summariseProfile(file: string, top = 25): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const parent = new Map<number, number>()
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id)
  const selfMs = new Map<number, number>()
  profile.samples.forEach((id, i) =>
    selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000),
  )
  const self = new Map<string, number>()
  const inclusive = new Map<string, number>()
  let busy = 0
  for (const [id, ms] of selfMs) {
    const node = byId.get(id)!
    const name = nameOf(node.callFrame)
    if (name === '(idle)') continue
    busy += ms
    self.set(name, (self.get(name) ?? 0) + ms)
    const seen = new Set<string>()
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const n = nameOf(byId.get(at)!.callFrame)
      if (seen.has(n)) continue
      seen.add(n)
      inclusive.set(n, (inclusive.get(n) ?? 0) + ms)
    }
  }
  const lines = (map: Map<string, number>, keep: (name: string) => boolean) =>
    [...map]
      .filter(([name]) => keep(name))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => ({ name, ms: Math.round(ms), share: ms / busy }))
  return {
    totalMs: Math.round(busy),
    self: lines(self, () => true),
    inclusive: lines(inclusive, (n) => /src\/|@automerge|zod/.test(n)),
  }
}
