import type { Database } from 'better-sqlite3'
import { join } from 'node:path'
import type { ChainCheck, SignatureCheck } from '../../shared/audit/auditEntry'
import { AuditTrail } from '../audit/auditTrail'
import { checkSignatures } from '../audit/signatureCheck'
import type { DatabaseKey } from '../db/databaseKey'

/**
 * `npm run audit:verify -- [<database file>]`: recomputes, outside the app, the audit trail's hash
 * chain and every record's signature, and names the first broken link and each record that no
 * longer matches (by id and date: it prints no patient details). It only reads: the database is
 * opened read-only, so checking never changes what is checked (the app's "Check" buttons record
 * their check in the trail; this command leaves no trace).
 *
 * The file is the clinic's database (`runners-hip.sqlite` in the folder RUNNERS_HIP_DATA_DIR names,
 * or the user-data folder) or a copy of it. The database is encrypted; its key is protected by the
 * operating system's key store, which only the app can ask, so the command takes it from the
 * environment: RUNNERS_HIP_DB_PASSPHRASE (a clinic that chose a passphrase) or RUNNERS_HIP_DB_KEY
 * (the 64 hex digits of a raw key). An unencrypted copy opens without either.
 *
 * Exit codes: 0 the chain holds and every signature matches, 1 something does not match (what, on
 * standard output), 2 nothing could be checked (the arguments, the file or the key; on standard
 * error).
 *
 * It lives in src/main, not src/cli, because it opens the database: main owns the I/O and the
 * checks (the very code behind the app's buttons), and src/cli's tools use shared code only.
 * vite.cli.config.mts bundles it into out/cli/audit-verify.cjs.
 */
export interface AuditVerifyIo {
  out: (text: string) => void
  err: (text: string) => void
  env: Record<string, string | undefined>
  platform: NodeJS.Platform
  homeDir: string
  exists: (file: string) => boolean
  /** Opens the file read-only with the key (none: an unencrypted file); throws what openDatabase throws. */
  open: (file: string, key: DatabaseKey | undefined) => Database
  isPlain: (file: string) => boolean
}

export const DATABASE_FILE = 'runners-hip.sqlite'
const usage = 'Usage: npm run audit:verify -- [<database file>]'

/** Where the app keeps its database when RUNNERS_HIP_DATA_DIR does not say (Electron's userData). */
export function defaultDataDir(
  platform: NodeJS.Platform,
  env: Record<string, string | undefined>,
  home: string,
): string {
  if (env.RUNNERS_HIP_DATA_DIR) return env.RUNNERS_HIP_DATA_DIR
  const app = "Runner's Hip"
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), app)
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', app)
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), app)
}

function keyFrom(env: Record<string, string | undefined>): DatabaseKey | string | undefined {
  const hex = env.RUNNERS_HIP_DB_KEY?.trim()
  if (hex) {
    return /^[0-9a-fA-F]{64}$/.test(hex)
      ? { kind: 'raw', hex: hex.toLowerCase() }
      : 'RUNNERS_HIP_DB_KEY must be the 64 hex digits of the key.'
  }
  const passphrase = env.RUNNERS_HIP_DB_PASSPHRASE
  return passphrase ? { kind: 'passphrase', passphrase } : undefined
}

/** "entry #57 of 2026-11-02T10:00:00.000Z" */
const entryInWords = (at: { seq: number; at: string }) => `entry #${at.seq} of ${at.at}`

export function chainReport(check: ChainCheck): string {
  if (check.intact) {
    return check.last
      ? `Audit trail: intact. ${check.entries} entries; the last is ${entryInWords(check.last)}.`
      : 'Audit trail: intact, and empty.'
  }
  return (
    `Audit trail: BROKEN at ${entryInWords(check.brokenAt)}: ${check.problem}. ` +
    `The ${check.entries} ${check.entries === 1 ? 'entry' : 'entries'} before it hold.`
  )
}

export function signatureReport(check: SignatureCheck): string[] {
  const unsigned =
    check.unsigned > 0
      ? ` ${check.unsigned} finalised before records were signed (no signature to check).`
      : ''
  if (check.mismatches.length === 0)
    return [`Signatures: all ${check.checked} signed records match.${unsigned}`]
  return [
    `Signatures: ${check.mismatches.length} of ${check.checked} signed records do NOT match.${unsigned}`,
    ...check.mismatches.map(
      (m) => `  - assessment ${m.assessmentId}${m.date ? ` of ${m.date}` : ''}: ${m.problem}`,
    ),
  ]
}

export function runAuditVerify(args: string[], io: AuditVerifyIo): number {
  if (args.includes('--help')) {
    io.out(usage)
    return 0
  }
  const files = args.filter((a) => !a.startsWith('--'))
  const unknown = args.filter((a) => a.startsWith('--'))
  if (files.length > 1 || unknown.length > 0) {
    io.err(unknown.length > 0 ? `Unknown option ${unknown.join(', ')}.\n${usage}` : usage)
    return 2
  }
  const file = files[0] ?? join(defaultDataDir(io.platform, io.env, io.homeDir), DATABASE_FILE)
  if (!io.exists(file)) {
    io.err(`There is no database at ${file}.\n${usage}`)
    return 2
  }
  const key = keyFrom(io.env)
  if (typeof key === 'string') {
    io.err(key)
    return 2
  }
  const plain = io.isPlain(file)
  if (!plain && !key) {
    io.err(
      `${file} is encrypted. Its key is kept by the operating system's key store, which only the ` +
        'app can read: give the passphrase in RUNNERS_HIP_DB_PASSPHRASE, or the key in ' +
        'RUNNERS_HIP_DB_KEY, or use "Check the chain" on the app\'s Audit trail screen.',
    )
    return 2
  }
  let db: Database
  try {
    db = io.open(file, plain ? undefined : key)
  } catch (error) {
    const name = error instanceof Error ? error.name : ''
    io.err(
      name === 'WrongKeyError'
        ? `The key or passphrase given does not open ${file}.`
        : name === 'DatabaseTooNewError'
          ? `${file} was written by a newer version of the app: check it with that version.`
          : `Cannot open ${file} (${error instanceof Error ? error.message : 'unknown error'}).`,
    )
    return 2
  }
  try {
    const hasTrail = db
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'")
      .get()
    if (!hasTrail) {
      io.err(
        `${file} has no audit trail yet (it was last opened by an earlier version): open it once ` +
          'with this version of the app.',
      )
      return 2
    }
    io.out(`Checking ${file}`)
    const chain = new AuditTrail(db).verify()
    io.out(chainReport(chain))
    const signatures = checkSignatures(db)
    for (const line of signatureReport(signatures)) io.out(line)
    return chain.intact && signatures.mismatches.length === 0 ? 0 : 1
  } finally {
    db.close()
  }
}
