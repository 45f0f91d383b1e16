// `npm start` (and `npm run dev`): checks that Electron and an Electron build of the database
// driver are in place, fetching them if the network allows, then runs the app. Without them it
// explains what to do in one paragraph instead of a stack trace.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { electronBinary, electronVersion } from './electronBinary.mjs'

const dev = process.argv.includes('--dev')
const run = (command, args) =>
  spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' })

function explainAndExit(paragraph) {
  console.error(`\nRunner's Hip cannot start yet.\n\n${paragraph}\n`)
  process.exit(1)
}

if (!electronBinary()) {
  // electron >= 42 fetches its binary on first use; its installer script does that. Its own
  // output on failure is a stack trace, so it is kept out of the way.
  console.log(`Fetching the Electron runtime ${electronVersion()} (first start only)…`)
  spawnSync(process.execPath, ['node_modules/electron/install.js'], { stdio: 'pipe' })
}
if (!electronBinary()) {
  explainAndExit(
    `The Electron runtime (version ${electronVersion()}) is not installed and could not be downloaded: ` +
      'it is fetched from the internet the first time the app starts. Connect this computer to the ' +
      'internet and run `npm start` again; after that the app works offline. On a machine that can never ' +
      'go online, copy node_modules/electron/dist and node_modules/electron/path.txt from a machine where ' +
      '`npm start` has worked, or set ELECTRON_MIRROR / electron_config_cache to a local mirror. ' +
      'Tests (`npm test`) do not need Electron.',
  )
}

const nativeVersionFile = 'native/electron/version.json'
const nativeReady =
  existsSync(nativeVersionFile) &&
  JSON.parse(readFileSync(nativeVersionFile, 'utf8')).electron === electronVersion()
if (!nativeReady && run(process.execPath, ['scripts/native-electron.mjs']).status !== 0) {
  explainAndExit(
    'The database driver (better-sqlite3) needs a build for Electron, separate from the one Node and ' +
      'the tests use, and it could not be fetched or compiled. Connect to the internet and run ' +
      '`npm run native:electron`, then `npm start` again.',
  )
}

const result = run(process.execPath, [
  'node_modules/electron-vite/bin/electron-vite.js',
  dev ? 'dev' : 'preview',
])
process.exit(result.status ?? 1)
