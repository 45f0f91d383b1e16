// Builds better-sqlite3 for Electron into native/electron/, leaving node_modules alone.
//
// better-sqlite3 is not N-API: the build in node_modules matches Node (the unit and end-to-end
// tests load it there) and cannot be loaded by Electron, and vice versa. Rather than rebuilding in
// place back and forth, this script builds a second copy for Electron's ABI in a scratch folder
// and keeps only the .node file; main loads it through better-sqlite3's `nativeBinding` option
// (src/main/appPaths.ts). It first tries a prebuilt binary (prebuild-install), then compiles
// against Electron's headers. Both need the internet.
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { electronVersion } from './electronBinary.mjs'

const version = electronVersion()
const scratch = resolve('native/.build/better-sqlite3')
const target = resolve('native/electron')
const source = resolve('node_modules/better-sqlite3')

rmSync(scratch, { recursive: true, force: true })
mkdirSync(scratch, { recursive: true })
cpSync(source, scratch, {
  recursive: true,
  filter: (path) => !path.startsWith(join(source, 'build')),
})

// The machine's npm config may point node-gyp at Node's headers (nodedir); Electron needs its own.
const env = { ...process.env, npm_config_nodedir: '' }
const run = (command, args) =>
  spawnSync(command, args, {
    cwd: scratch,
    stdio: 'inherit',
    env,
    shell: process.platform === 'win32',
  }).status === 0

const prebuildInstall = resolve('node_modules/prebuild-install/bin.js')
const built =
  (existsSync(prebuildInstall) &&
    run(process.execPath, [
      prebuildInstall,
      '--runtime',
      'electron',
      '--target',
      version,
      '--arch',
      process.arch,
    ])) ||
  run('npx', [
    '--yes',
    'node-gyp',
    'rebuild',
    '--release',
    '--runtime=electron',
    `--target=${version}`,
    '--dist-url=https://electronjs.org/headers',
  ])

const binary = join(scratch, 'build', 'Release', 'better_sqlite3.node')
if (!built || !existsSync(binary)) {
  console.error(
    `Could not build better-sqlite3 for Electron ${version} (is the internet reachable?).`,
  )
  process.exit(1)
}
mkdirSync(target, { recursive: true })
cpSync(binary, join(target, 'better_sqlite3.node'))
writeFileSync(join(target, 'version.json'), `${JSON.stringify({ electron: version }, null, 2)}\n`)
rmSync(resolve('native/.build'), { recursive: true, force: true })
console.log(`better-sqlite3 for Electron ${version} is in native/electron/.`)
