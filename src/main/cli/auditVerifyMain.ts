import Database from 'better-sqlite3'
import { existsSync } from 'node:fs'
import { homedir } from 'node:os'
import { isPlainDatabase, openDatabase } from '../db/connection'
import { runAuditVerify } from './auditVerify'

// The command-line entry point of `npm run audit:verify`: wires runAuditVerify to the process.
// It runs in Node, with the better-sqlite3 build that Node loads (`npm run native:node`).
try {
  process.exitCode = runAuditVerify(process.argv.slice(2), {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    env: process.env,
    platform: process.platform,
    homeDir: homedir(),
    exists: existsSync,
    isPlain: isPlainDatabase,
    // Read-only either way: no pragma that writes, no migration.
    open: (file, key) =>
      key
        ? openDatabase(file, key, { readOnly: true })
        : new Database(file, { readonly: true, fileMustExist: true }),
  })
} catch (error) {
  process.stderr.write(
    `audit:verify failed unexpectedly: ${error instanceof Error ? error.name : 'unknown error'}\n`,
  )
  process.exitCode = 2
}
