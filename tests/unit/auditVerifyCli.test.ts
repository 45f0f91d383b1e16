import Database from 'better-sqlite3'
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defaultDataDir, runAuditVerify, type AuditVerifyIo } from '../../src/main/cli/auditVerify'
import { isPlainDatabase, openDatabase } from '../../src/main/db/connection'
import type { DatabaseKey } from '../../src/main/db/databaseKey'
import { aPatientWithRepos, signedAssessment } from '../support/assessments'
import { tempDatabase } from '../support/tempDatabase'

let store: ReturnType<typeof tempDatabase>
beforeEach(() => {
  store = tempDatabase()
})
afterEach(() => store.cleanup())

const keyEnv = (key: DatabaseKey) =>
  key.kind === 'raw'
    ? { RUNNERS_HIP_DB_KEY: key.hex }
    : { RUNNERS_HIP_DB_PASSPHRASE: key.passphrase }

/** Runs the command on the test's database as a user would, its output collected. */
function verify(args: string[], env: Record<string, string | undefined> = keyEnv(store.key)) {
  const out: string[] = []
  const err: string[] = []
  const io: AuditVerifyIo = {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    env,
    platform: 'linux',
    homeDir: '/home/someone',
    exists: existsSync,
    isPlain: isPlainDatabase,
    open: (file, key) =>
      key
        ? openDatabase(file, key, { readOnly: true })
        : new Database(file, { readonly: true, fileMustExist: true }),
  }
  const code = runAuditVerify(args, io)
  return { code, out: out.join('\n'), err: err.join('\n') }
}

/** A clinic day: a patient, a signed assessment with an addendum (a dozen audit entries). */
function clinicDay() {
  const ctx = aPatientWithRepos(store.db)
  const a = signedAssessment(ctx.assessments, ctx.patient.id)
  ctx.assessments.addAddendum(a.id, 'Phoned: pain settling.')
  return { ...ctx, assessmentId: a.id }
}

const dropTriggers = () => {
  for (const name of store.db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'")
    .pluck()
    .all() as string[])
    store.db.exec(`DROP TRIGGER ${name}`)
}

describe('npm run audit:verify', () => {
  it('says the chain holds and every signature matches, reading the encrypted file with its key', () => {
    clinicDay()
    const entries = store.db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number
    const result = verify([store.file])
    expect(result.err).toBe('')
    expect(result.out).toContain(
      `Audit trail: intact. ${entries} entries; the last is entry #${entries} of`,
    )
    expect(result.out).toContain('Signatures: all 1 signed records match.')
    expect(result.code).toBe(0)
    // It only reads: checking leaves no entry of its own.
    expect(store.db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(entries)
  })

  it('names the first broken link and the record that no longer matches, and exits 1', () => {
    const { assessmentId, patient } = clinicDay()
    dropTriggers()
    store.db.prepare("UPDATE audit_log SET action = 'view' WHERE seq = 3").run()
    store.db
      .prepare(
        "UPDATE assessments SET document = replace(document, '2026-11-02', '2026-11-03') WHERE id = ?",
      )
      .run(assessmentId)
    const result = verify([store.file])
    expect(result.code).toBe(1)
    expect(result.out).toMatch(
      /Audit trail: BROKEN at entry #3 of \S+: its content does not match its hash: it was changed after it was written\. The 2 entries before it hold\./,
    )
    expect(result.out).toContain(
      `Signatures: 1 of 1 signed records do NOT match.\n  - assessment ${assessmentId} of 2026-11-02: its content does not match its signature`,
    )
    // By ids only: no patient details in what it prints.
    expect(result.out).not.toContain(patient.familyName)
  })

  it('finds the database where the app keeps it, and explains what it cannot check', () => {
    expect(defaultDataDir('linux', {}, '/home/a')).toBe("/home/a/.config/Runner's Hip")
    expect(defaultDataDir('darwin', {}, '/Users/a')).toBe(
      "/Users/a/Library/Application Support/Runner's Hip",
    )
    expect(defaultDataDir('win32', { APPDATA: 'C:\\AppData' }, 'C:\\Users\\a')).toBe(
      join('C:\\AppData', "Runner's Hip"),
    )
    clinicDay()
    const folder = store.file.replace(/[\\/][^\\/]+$/, '')
    // RUNNERS_HIP_DATA_DIR names the folder, as it does for the app; the file there is not ours.
    expect(verify([], { ...keyEnv(store.key), RUNNERS_HIP_DATA_DIR: folder }).err).toMatch(
      /There is no database at .*runners-hip\.sqlite/,
    )
    expect(verify([store.file], {}).err).toMatch(
      /is encrypted\. Its key is kept by the operating system/,
    )
    expect(verify([store.file], {}).code).toBe(2)
    expect(verify([store.file], { RUNNERS_HIP_DB_KEY: 'ab'.repeat(32) }).err).toMatch(
      /does not open/,
    )
    expect(verify([store.file], { RUNNERS_HIP_DB_KEY: 'not hex' }).err).toMatch(/64 hex digits/)
    expect(verify([store.file, '--fast']).err).toMatch(/Unknown option --fast/)
  })
})

// The built command, as a user runs it (npm test builds it first).
describe.runIf(existsSync('out/cli/audit-verify.cjs'))('the built audit:verify command', () => {
  it('exits 0 on an intact database and 1 on a broken chain, naming the entry', () => {
    clinicDay()
    const run = () =>
      spawnSync(process.execPath, ['out/cli/audit-verify.cjs', store.file], {
        encoding: 'utf8',
        env: { ...process.env, ...keyEnv(store.key) },
      })
    const intact = run()
    expect(intact.stderr).toBe('')
    expect(intact.stdout).toMatch(/Audit trail: intact\./)
    expect(intact.status).toBe(0)
    dropTriggers()
    store.db.prepare('DELETE FROM audit_log WHERE seq = 2').run()
    const broken = run()
    expect(broken.stdout).toMatch(/BROKEN at entry #3 of .*entries #2 to #2 are missing/)
    expect(broken.status).toBe(1)
  })
})

describe('the entry point of npm run audit:verify', () => {
  it('wires the command to the process: its arguments, environment, output and exit code', async () => {
    clinicDay()
    const saved = { argv: process.argv, exitCode: process.exitCode, env: { ...process.env } }
    const written: string[] = []
    const out = vi.spyOn(process.stdout, 'write').mockImplementation((text) => {
      written.push(String(text))
      return true
    })
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
    process.argv = [process.execPath, 'audit-verify.cjs', store.file]
    Object.assign(process.env, keyEnv(store.key))
    try {
      // Importing the entry runs it, as `node out/cli/audit-verify.cjs` does.
      await import('../../src/main/cli/auditVerifyMain')
      expect(written.join('')).toMatch(/Audit trail: intact\./)
      expect(process.exitCode).toBe(0)
    } finally {
      out.mockRestore()
      err.mockRestore()
      process.argv = saved.argv
      process.env = saved.env
      // The test process's own exit code is vitest's to set.
      process.exitCode = saved.exitCode
    }
  })
})
