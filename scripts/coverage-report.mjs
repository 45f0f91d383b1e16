// Coverage of main and preload, from both test runs, printed by `npm test` and held to a floor.
//
// - Unit tests (Vitest, `--coverage`) load src/main and src/preload as TypeScript: their report,
//   coverage/unit/coverage-final.json, is already about src/.
// - End-to-end tests run the built bundles: main (out/main/index.js, and its workers) in
//   Node under the Electron stand-in with NODE_V8_COVERAGE set, and the preload
//   (out/preload/index.js) in Chromium. Their
//   raw V8 coverage (coverage/e2e/main, coverage/e2e/preload) is mapped back to src/ through the
//   bundles' source maps.
//
// The two are merged line by line: a file's executable lines are those the unit report's
// syntax-aware map lists (or the end-to-end map's, for a file no unit test loads), and a line
// counts as run when either run ran it. Fails when a file of src/main or src/preload was never
// run, or when fewer than MIN_LINES percent of their lines were.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import libCoverage from 'istanbul-lib-coverage'
import v8ToIstanbul from 'v8-to-istanbul'

const MIN_LINES = 90
const ROOTS = ['src/main', 'src/preload']

const root = resolve('.')

function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : []
  })
}

function jsonFiles(dir) {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .map((f) => join(dir, f))
    : []
}

/** Raw V8 coverage of one built bundle, from every process that ran it, as istanbul data. */
async function bundleCoverage(dir, bundle) {
  const map = libCoverage.createCoverageMap({})
  const source = readFileSync(bundle, 'utf8')
  const sourcemap = JSON.parse(readFileSync(`${bundle}.map`, 'utf8'))
  for (const file of jsonFiles(dir)) {
    const { result } = JSON.parse(readFileSync(file, 'utf8'))
    for (const script of result) {
      if (!script.url.startsWith('file:') || fileURLToPath(script.url) !== bundle) continue
      const converter = v8ToIstanbul(bundle, 0, { source, sourceMap: { sourcemap } })
      await converter.load()
      converter.applyCoverage(script.functions)
      map.merge(converter.toIstanbul())
      converter.destroy()
    }
  }
  return map
}

const lineHits = (map, file) =>
  map.files().includes(file) ? map.fileCoverageFor(file).getLineCoverage() : undefined

const unitFile = resolve('coverage/unit/coverage-final.json')
const unit = libCoverage.createCoverageMap(
  existsSync(unitFile) ? JSON.parse(readFileSync(unitFile, 'utf8')) : {},
)
const e2e = libCoverage.createCoverageMap({})
e2e.merge(await bundleCoverage(resolve('coverage/e2e/main'), resolve('out/main/index.js')))
// The import's and the export's workers are bundles of their own (electron-vite `?modulePath`),
// run in worker threads of main's process, whose coverage Node writes to the same folder.
const chunks = resolve('out/main/chunks')
for (const name of existsSync(chunks) ? readdirSync(chunks) : [])
  if (/^(import|export)Worker-.*\.js$/.test(name))
    e2e.merge(await bundleCoverage(resolve('coverage/e2e/main'), join(chunks, name)))
e2e.merge(await bundleCoverage(resolve('coverage/e2e/preload'), resolve('out/preload/index.js')))

const rows = []
for (const file of ROOTS.flatMap((dir) => sourceFiles(resolve(dir))).sort()) {
  const fromUnit = lineHits(unit, file)
  const fromE2e = lineHits(e2e, file)
  const lines = Object.keys(fromUnit ?? fromE2e ?? {})
  const ran = (hits, line) => (hits?.[line] ?? 0) > 0
  const count = (pick) => lines.filter((line) => pick(line)).length
  rows.push({
    file: relative(root, file),
    lines: lines.length,
    unit: count((l) => ran(fromUnit, l)),
    e2e: count((l) => ran(fromE2e, l)),
    both: count((l) => ran(fromUnit, l) || ran(fromE2e, l)),
  })
}

const pct = (n, d) => (d === 0 ? '  —  ' : `${((100 * n) / d).toFixed(1).padStart(5)}`)
const width = Math.max(...rows.map((r) => r.file.length), 4)
console.log(
  `\nCoverage of src/main and src/preload (lines; unit tests, end-to-end through the built app, either)\n`,
)
console.log(`${'file'.padEnd(width)}  lines   unit %   e2e %   either %`)
for (const r of rows) {
  const flag = r.lines === 0 ? '   (types only)' : r.both === 0 ? '   <- never run' : ''
  console.log(
    `${r.file.padEnd(width)}  ${String(r.lines).padStart(5)}   ${pct(r.unit, r.lines)}   ${pct(r.e2e, r.lines)}   ${pct(r.both, r.lines)}${flag}`,
  )
}
const total = rows.reduce(
  (t, r) => ({
    lines: t.lines + r.lines,
    unit: t.unit + r.unit,
    e2e: t.e2e + r.e2e,
    both: t.both + r.both,
  }),
  { lines: 0, unit: 0, e2e: 0, both: 0 },
)
console.log(
  `${'all'.padEnd(width)}  ${String(total.lines).padStart(5)}   ${pct(total.unit, total.lines)}   ${pct(total.e2e, total.lines)}   ${pct(total.both, total.lines)}\n`,
)

const neverRun = rows.filter((r) => r.lines > 0 && r.both === 0).map((r) => r.file)
const share = (100 * total.both) / total.lines
if (neverRun.length > 0 || share < MIN_LINES) {
  if (neverRun.length > 0) console.error(`Never run by any test: ${neverRun.join(', ')}`)
  if (share < MIN_LINES)
    console.error(`Lines run: ${share.toFixed(1)} %, below the floor of ${MIN_LINES} %`)
  process.exit(1)
}
