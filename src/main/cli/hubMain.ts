import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { runHubCli } from './hubCli'

// The command-line entry point of the clinic hub (`npm run hub -- …`, or in an installed app
// `ELECTRON_RUN_AS_NODE=1 <app> <resources>/app.asar/out/cli/hub.cjs …`): wires runHubCli to the
// process. Under Node it loads better-sqlite3's Node build from node_modules; run by Electron's
// binary it needs the driver built for Electron, shipped beside app.asar (packaging/nativeDriver.ts).

function electronDriver(): string | undefined {
  if (!process.versions.electron) return undefined
  // This file is <resources>/app.asar/out/cli/hub.cjs.
  const driver = join(resolve(__dirname, '..', '..', '..'), 'native', 'better_sqlite3.node')
  return existsSync(driver) ? driver : undefined
}

/** Reads a passphrase from the terminal without echoing it, or one line from piped input. */
function askPassphrase(prompt: string): Promise<string> {
  const input = process.stdin
  if (!input.isTTY) {
    return new Promise((done) => {
      const lines = createInterface({ input })
      let answered = false
      lines.once('line', (line) => {
        answered = true
        lines.close()
        done(line)
      })
      lines.once('close', () => {
        if (!answered) done('')
      })
    })
  }
  process.stderr.write(prompt)
  input.setRawMode(true)
  input.setEncoding('utf8')
  input.resume()
  return new Promise((done, fail) => {
    let typed = ''
    const finish = () => {
      input.off('data', onData)
      input.setRawMode(false)
      input.pause()
      process.stderr.write('\n')
    }
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') {
          finish()
          return done(typed)
        }
        if (char === '\u0003') {
          finish()
          return fail(new Error('Cancelled'))
        }
        if (char === '\u007f' || char === '\b') typed = typed.slice(0, -1)
        else typed += char
      }
    }
    input.on('data', onData)
  })
}

const stopSignal = () =>
  new Promise<string>((done) => {
    process.once('SIGINT', () => done('SIGINT'))
    process.once('SIGTERM', () => done('SIGTERM'))
  })

// The hub's database and its -wal are readable by this user only, whatever the shell's umask.
process.umask(0o077)

const driver = electronDriver()
runHubCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  env: process.env,
  askPassphrase,
  stopSignal,
  ...(driver ? { nativeBinding: driver } : {}),
}).then(
  (code) => {
    process.exitCode = code
    // Nothing is left to wait for (stdin may still be open after a prompt).
    process.exit(code)
  },
  (error: unknown) => {
    process.stderr.write(
      `The hub command failed unexpectedly: ${error instanceof Error ? error.name : 'unknown error'}\n`,
    )
    process.exit(2)
  },
)
