import { readFileSync } from 'node:fs'
import { runDiagnose } from './diagnose'

// The command-line entry point: wires runDiagnose to the process.
try {
  process.exitCode = runDiagnose(process.argv.slice(2), {
    readFile: (path) => readFileSync(path, 'utf8'),
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
  })
} catch (error) {
  process.stderr.write(
    `diagnose failed unexpectedly: ${error instanceof Error ? error.name : 'unknown error'}\n`,
  )
  process.exitCode = 1
}
