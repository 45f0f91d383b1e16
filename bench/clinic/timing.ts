/** Timing helpers: repetitions over varied inputs, medians and 95th percentiles. */

export interface Stats {
  median: number
  p95: number
  n: number
}

/** Nearest-rank percentile of a sample (p in [0, 1]). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN
  const rank = Math.ceil(p * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!
}

export function statsOf(samples: readonly number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b)
  return { median: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), n: sorted.length }
}

/**
 * Runs `fn` on every input `rounds` times (inputs interleaved, so that one slow moment of a
 * busy machine does not land on one input only) after `warmup` untimed passes over the inputs,
 * and returns each call's wall-clock time in milliseconds.
 */
export async function timeCalls<I>(
  inputs: readonly I[],
  fn: (input: I) => unknown,
  options: { rounds: number; warmup?: number },
): Promise<number[]> {
  for (let w = 0; w < (options.warmup ?? 1); w++) for (const input of inputs) await fn(input)
  const samples: number[] = []
  for (let r = 0; r < options.rounds; r++) {
    for (const input of inputs) {
      const start = performance.now()
      const result = fn(input)
      if (result instanceof Promise) await result
      samples.push(performance.now() - start)
    }
  }
  return samples
}

/** Like timeCalls, but the CPU time (user + system) this process spent in each call. */
export async function cpuTimeCalls<I>(
  inputs: readonly I[],
  fn: (input: I) => unknown,
  options: { rounds: number },
): Promise<number[]> {
  const samples: number[] = []
  for (let r = 0; r < options.rounds; r++) {
    for (const input of inputs) {
      const start = process.cpuUsage()
      const result = fn(input)
      if (result instanceof Promise) await result
      const used = process.cpuUsage(start)
      samples.push((used.user + used.system) / 1000)
    }
  }
  return samples
}

/** Samples the resident set size while `work` runs: the peak, and the level before. */
export async function withPeakRss<T>(
  work: () => Promise<T>,
): Promise<{ value: T; rssBeforeMb: number; peakRssMb: number }> {
  const mb = (bytes: number) => bytes / 1024 / 1024
  const rssBeforeMb = mb(process.memoryUsage.rss())
  let peak = rssBeforeMb
  const timer = setInterval(() => {
    peak = Math.max(peak, mb(process.memoryUsage.rss()))
  }, 25)
  try {
    const value = await work()
    peak = Math.max(peak, mb(process.memoryUsage.rss()))
    return { value, rssBeforeMb, peakRssMb: peak }
  } finally {
    clearInterval(timer)
  }
}
