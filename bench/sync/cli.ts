import { mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { machineInfo } from '../clinic/machine'
import { runSyncSize, type SyncSizeResult } from './runSyncBench'
import { syncReport } from './syncReport'

/*
 * npm run bench:sync -- [--sizes 1k,10k] [--quick] [--seed 11] [--edits 25] [--no-profile]
 *
 * For each size: a hub and two laptops, each a child process; laptop A holds a generated clinic
 * (bench/clinic's generator, signatures that verify), joins and sends it; laptop B joins empty and
 * receives it (time, documents/s, the progress it shows, peak memory of B and of the hub), B's
 * tables are compared with A's; then one patient edit on A until B's table shows it, repeated.
 * Baselines in the same run: the raw pull and the import path (baselines.ts). B's receive is
 * profiled (V8's sampling profiler, as --cpu-prof) unless --no-profile. --quick: 100 patients and
 * 5 edits, a smoke run. (The two experiments this bench first ran, pushing in the order a
 * receiver writes and freeing each document, are what the app does now: docs/performance.md.)
 * Prints a table and writes bench/results/sync-<date>-<sizes>.json.
 */

const args = process.argv.slice(2)
const flag = (name: string) => args.includes(`--${name}`)
const value = (name: string) => {
  const at = args.indexOf(`--${name}`)
  return at >= 0 ? args[at + 1] : undefined
}
const KNOWN = ['sizes', 'seed', 'quick', 'edits', 'no-profile']
const WITH_VALUE = ['--sizes', '--seed', '--edits']
if (
  args.some((a) => a.startsWith('--') && !KNOWN.includes(a.slice(2))) ||
  args.some((a, i) => !a.startsWith('--') && !WITH_VALUE.includes(args[i - 1] ?? ''))
) {
  console.error(
    `Unknown arguments: ${args.join(' ')}. Options: ${KNOWN.map((k) => `--${k}`).join(' ')}`,
  )
  process.exit(2)
}
const parseSize = (text: string) => {
  const m = /^(\d+)(k?)$/i.exec(text.trim())
  return m ? Number(m[1]) * (m[2] ? 1000 : 1) : Number.NaN
}
const sizeLabel = (n: number) => (n % 1000 === 0 ? `${n / 1000}k` : String(n))
const quick = flag('quick')
const sizes = (value('sizes') ?? (quick ? '100' : '1k,10k')).split(',').map(parseSize)
const edits = Number(value('edits') ?? (quick ? 5 : 25))
if (sizes.some((s) => !Number.isInteger(s) || s < 50) || !(edits >= 1)) {
  console.error('--sizes takes numbers of patients (at least 50 each), --edits a count')
  process.exit(2)
}
const seed = Number(value('seed') ?? 11)

export interface SyncBenchResults {
  date: string
  seed: number
  quick: boolean
  machine: Record<string, string | number>
  sizes: SyncSizeResult[]
}

async function main() {
  const started = performance.now()
  const results: SyncBenchResults = {
    date: new Date().toISOString(),
    seed,
    quick,
    machine: machineInfo(),
    sizes: [],
  }
  for (const size of sizes)
    results.sizes.push(
      await runSyncSize({
        size,
        seed,
        quick,
        edits,
        profile: !flag('no-profile'),
        keepProfile: join(tmpdir(), `runners-hip-syncbench-${sizeLabel(size)}.cpuprofile`),
        log: (line) => console.log(line),
      }),
    )
  console.log(`\n${syncReport(results)}`)
  const folder = join('bench', 'results')
  mkdirSync(folder, { recursive: true })
  const name = [results.date.slice(0, 10), ...sizes.map(sizeLabel), ...(quick ? ['quick'] : [])]
  const file = join(folder, `sync-${name.join('-')}.json`)
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`)
  console.log(`Results: ${file}; ${((performance.now() - started) / 1000).toFixed(0)} s in all.`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
