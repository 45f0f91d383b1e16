// Starts main under the Electron stand-in:
//   node --require ./tests/support/electron-standin/register.cjs out/main/index.js
// `require('electron')` in main then gives ./main/index.ts (TypeScript, loaded through tsx), the
// process channel to the test process carries its windows, and `ready` follows main's first run
// as it does in Electron.
const Module = require('node:module')
require('tsx/cjs')

const standinModule = require.resolve('./main/index.ts')
const resolveFilename = Module._resolveFilename
Module._resolveFilename = function (request, ...rest) {
  return request === 'electron' ? standinModule : resolveFilename.call(this, request, ...rest)
}

// Electron sets these for main (docs/api/process.md).
process.type = 'browser'
process.resourcesPath = process.env.ELECTRON_STANDIN_RESOURCES_PATH || __dirname

const { standin } = require(standinModule)
if (process.send) standin.connectToProcessChannel()
setImmediate(() => standin.markReady())
