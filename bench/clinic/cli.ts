import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import { cachedClinic } from './clinicCache'
import { runClinicBench } from './runClinicBench'
import { report } from './table'

/*
 * npm run bench:clinic -- [--sizes 1k,10k,100k] [--quick] [--seed 11] [--fresh]
 *                         [--no-cache] [--no-renderer] [--no-exports] [--exports-only]
 *                         [--exports-on-main] [--generate-only]
 * Prints the tables and writes bench/results/clinic-<date>-<sizes>.json (and latest.json, unless
 * --quick). --quick: few inputs and repetitions, a smoke run.
 * --exports-only measures the whole-clinic exports only (with the database size).
 * --exports-on-main also exports on main (as before the export's worker), in the same run.
 * --generate-only fills the clinic cache and measures nothing (100,000 patients take long).
 */

const args = process.argv.slice(2)
const flag = (name: string) => args.includes(`--${name}`)
const value = (name: string) => {
  const at = args.indexOf(`--${name}`)
  return at >= 0 ? args[at + 1] : undefined
}
const KNOWN = [
  'sizes',
  'seed',
  'quick',
  'fresh',
  'no-cache',
  'no-renderer',
  'no-exports',
  'exports-only',
  'exports-on-main',
  'generate-only',
]
const unknown = args.filter((a) => a.startsWith('--') && !KNOWN.includes(a.slice(2)))
if (
  unknown.length > 0 ||
  args.some((a, i) => !a.startsWith('--') && !['--sizes', '--seed'].includes(args[i - 1] ?? ''))
) {
  console.error(
    `Unknown arguments: ${args.join(' ')}. Options: ${KNOWN.map((k) => `--${k}`).join(' ')}`,
  )
  process.exit(2)
}
/** "1k" is 1,000 patients, "100k" 100,000; plain numbers are taken as they are. */
const parseSize = (text: string) => {
  const m = /^(\d+)(k?)$/i.exec(text.trim())
  return m ? Number(m[1]) * (m[2] ? 1000 : 1) : Number.NaN
}
const sizeLabel = (n: number) => (n % 1000 === 0 ? `${n / 1000}k` : String(n))
const sizes = (value('sizes') ?? '1k,10k,100k').split(',').map(parseSize)
if (sizes.some((s) => !Number.isInteger(s) || s < 50)) {
  console.error('--sizes takes numbers of patients, at least 50 each, e.g. --sizes 1k,10k or 500')
  process.exit(2)
}
const seed = Number(value('seed') ?? 11)
const quick = flag('quick')

async function main() {
  const started = performance.now()
  if (flag('generate-only')) {
    for (const size of sizes)
      cachedClinic({
        seed,
        size,
        scratch: tmpdir(),
        log: (line) => console.log(line),
        ...(flag('fresh') ? { fresh: true } : {}),
      })
    return
  }
  const results = await runClinicBench({
    sizes,
    seed,
    quick,
    fresh: flag('fresh'),
    cache: !flag('no-cache'),
    renderer: !flag('no-renderer'),
    exports: !flag('no-exports'),
    interactive: !flag('exports-only'),
    exportsOnMain: flag('exports-on-main'),
    log: (line) => console.log(line),
  })
  console.log(`\n${report(results)}`)
  const folder = join('bench', 'results')
  mkdirSync(folder, { recursive: true })
  const name = [results.date.slice(0, 10), ...sizes.map(sizeLabel), ...(quick ? ['quick'] : [])]
  const file = join(folder, `clinic-${name.join('-')}.json`)
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`)
  if (!quick) copyFileSync(file, join(folder, 'latest.json'))
  console.log(
    `Results: ${file}${quick ? '' : ' (and bench/results/latest.json)'}; ${((performance.now() - started) / 1000).toFixed(0)} s in all.`,
  )
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
