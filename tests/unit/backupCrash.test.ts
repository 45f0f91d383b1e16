import Database from 'better-sqlite3'
import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { listBackups, parseBackupFileName } from '../../src/main/backup/backupFiles'
import { verifyCopy, writeBackup } from '../../src/main/backup/backupWriter'
import { openDatabase, unlock } from '../../src/main/db/connection'
import { KEY_FILE, newRawKey, type SecretStore } from '../../src/main/db/databaseKey'
import { latestSchemaVersion, schemaVersionOf } from '../../src/main/db/migrate'
import { PatientRepository } from '../../src/main/db/patientRepository'
import { ClinicStartup } from '../../src/main/startup/clinicStartup'
import { aPatient } from '../support/patients'
import { tempFolder } from '../support/tempDatabase'

/**
 * Power cuts in the middle of a backup: a child process making backups (or starting the app on
 * records that need a migration) is killed with SIGKILL at random moments, many times. After
 * each kill, what the next start sees is checked: no `.part` or broken file is ever listed or
 * used, every listed backup passes its integrity check, the last good backup is still there, and
 * the app starts normally.
 *
 * A handful of kills in the normal run; RUNNERS_HIP_CRASH_ROUNDS=30 (or more) for a longer one.
 */
const ROUNDS = Number(process.env.RUNNERS_HIP_CRASH_ROUNDS ?? 5)
const CHILD = resolve(__dirname, '../support/backupCrashChild.ts')

const folders: { cleanup: () => void }[] = []
afterAll(() => folders.forEach((f) => f.cleanup()))

interface Child {
  lines: string[]
  waitFor: (test: (line: string) => boolean, count?: number) => Promise<void>
  kill: () => Promise<void>
}

function runChild(args: string[]): Child {
  const child = spawn(process.execPath, ['--require', 'tsx/cjs', CHILD, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const lines: string[] = []
  const waiters: (() => void)[] = []
  let partial = ''
  child.stdout.setEncoding('utf8')
  child.stdout.on('data', (chunk: string) => {
    const parts = (partial + chunk).split('\n')
    partial = parts.pop() ?? ''
    lines.push(...parts)
    waiters.splice(0).forEach((w) => w())
  })
  const exited = new Promise<void>((done) => child.on('exit', () => done()))
  return {
    lines,
    waitFor: (test, count = 1) =>
      new Promise<void>((done, fail) => {
        const check = () => {
          if (lines.filter(test).length >= count) return done()
          if (child.exitCode !== null) return fail(new Error(`child ended: ${lines.join(' | ')}`))
          waiters.push(check)
        }
        check()
      }),
    kill: async () => {
      child.kill('SIGKILL')
      await exited
    },
  }
}

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms))

/** A store that gives back the key as it is (the test's own "OS key store"). */
const plainStore = (hex: string): SecretStore => ({
  isEncryptionAvailable: () => true,
  encryptString: (text) => Buffer.from(text),
  decryptString: () => hex,
})

/** Enough rows that a copy takes a while: kills land inside it, not only between copies. */
function fill(db: Database.Database, rows: number) {
  const patients = new PatientRepository(db)
  db.transaction(() => {
    for (let i = 0; i < rows; i++)
      patients.create(aPatient({ familyName: `Runner${i}`, notes: 'n'.repeat(1500) }))
  })()
}

/**
 * When a backup was made, as text that sorts in time: its second, then its counter within that
 * second (names do not sort so: "…Z-2-manual" comes before "…Z-manual" as text).
 */
const madeAt = (fileName: string) =>
  `${parseBackupFileName(fileName)!.createdAt.toISOString()}-${(/Z-(\d{1,3})-/.exec(fileName)?.[1] ?? '0').padStart(3, '0')}`

const figures: string[] = []
afterAll(() => {
  if (figures.length) console.log(`[backup crash test]\n${figures.join('\n')}`)
})

describe('a backup killed at a random moment', () => {
  it(
    `never leaves a part or a broken file listed, and the last good backup survives (${ROUNDS} kills)`,
    async () => {
      const folder = tempFolder()
      folders.push(folder)
      const file = join(folder.dir, 'runners-hip.sqlite')
      const backups = join(folder.dir, 'backups')
      const key = newRawKey()
      writeFileSync(join(folder.dir, KEY_FILE), 'sealed')
      const setup = openDatabase(file, key)
      fill(setup, 2500)
      const started = Date.now()
      writeBackup(setup, { folder: backups, key }, 'manual')
      const oneBackupMs = Date.now() - started
      setup.close()

      const landed: Record<string, number> = {}
      let partsLeft = 0
      let lastGood = listBackups(backups)[0]!.fileName
      for (let round = 0; round < ROUNDS; round++) {
        const child = runChild(['backups', file, key.hex])
        // Into the first or second backup, then a random moment within about one backup's time.
        await child.waitFor((l) => l === 'copy', 1 + (round % 2))
        await pause(Math.random() * oneBackupMs * 1.3)
        await child.kill()
        const steps = child.lines.filter((l) => !l.startsWith('done'))
        const last = child.lines.at(-1)!.startsWith('done') ? 'done' : (steps.at(-1) ?? 'open')
        landed[last] = (landed[last] ?? 0) + 1
        const done = child.lines.filter((l) => l.startsWith('done ')).map((l) => l.slice(5))
        if (done.length) lastGood = done.at(-1)!
        if (readdirSync(backups).some((f) => f.endsWith('.part'))) partsLeft++

        // What the next start lists: only verified names, each of which passes its check.
        const listed = listBackups(backups)
        expect(listed.length).toBeGreaterThan(0)
        for (const b of listed) {
          expect(b.fileName.endsWith('.sqlite')).toBe(true)
          expect(verifyCopy(b.path, key).counts.patients).toBe(2500)
        }
        // The last backup known good is there, or one newer than it.
        expect(
          madeAt(listed[0]!.fileName) >= madeAt(lastGood) ||
            listed.some((b) => b.fileName === lastGood),
        ).toBe(true)

        // The next start: ready, leftovers gone, a new start backup.
        const startup = new ClinicStartup({
          file,
          store: plainStore(key.hex),
          onOpen: () => {},
          log: () => {},
        })
        expect(startup.start()).toEqual({ state: 'ready' })
        startup.close()
        expect(readdirSync(backups).filter((f) => f.endsWith('.part'))).toEqual([])
        lastGood = listBackups(backups)[0]!.fileName
      }
      figures.push(
        `${ROUNDS} kills during backups of a ${Math.round(
          readFileSync(file).length / 1024,
        )} KiB clinic (a backup took ${oneBackupMs} ms): the kill landed in ${JSON.stringify(
          landed,
        )}; ${partsLeft} left a .part file behind, none of which was ever listed or used.`,
      )
    },
    ROUNDS * 15_000 + 30_000,
  )
})

describe('a start-up with a migration killed at a random moment', () => {
  const fixtures = join(__dirname, '../fixtures/databases')
  const manifest = JSON.parse(readFileSync(join(fixtures, 'manifest.json'), 'utf8')) as {
    key: { kind: 'raw'; hex: string }
  }
  const rounds = Math.max(2, Math.ceil(ROUNDS / 2))

  it(
    `leaves records that the next start migrates, with a verified backup from before (${rounds} kills)`,
    async () => {
      const outcomes: Record<string, number> = {}
      for (let round = 0; round < rounds; round++) {
        const folder = tempFolder()
        folders.push(folder)
        const file = join(folder.dir, 'runners-hip.sqlite')
        copyFileSync(join(fixtures, 'v5-encrypted-by-app.sqlite'), file)
        writeFileSync(join(folder.dir, KEY_FILE), 'sealed')
        // More rows, written as version 5 wrote them, so the start takes long enough to hit.
        const old = new Database(file)
        unlock(old, manifest.key)
        const insert = old.prepare(
          `INSERT INTO patients VALUES (?, 'Test', ?, '1980-01-01', 'female', NULL, ?, 'test x', 'x', 't', 't')`,
        )
        old.transaction(() => {
          for (let i = 0; i < 3000; i++)
            insert.run(randomUUID(), `Runner${i}`, JSON.stringify({ notes: 'n'.repeat(1500) }))
        })()
        old.close()
        const child = runChild(['start', file, manifest.key.hex])
        await child.waitFor((l) => l === 'open')
        await pause(Math.random() * 500)
        await child.kill()
        // Where the kill landed, as the files show it.
        const listed = listBackups(join(folder.dir, 'backups'))
        for (const b of listed) {
          const copy = verifyCopy(b.path, manifest.key)
          if (b.reason === 'before-migration') expect(copy.schemaVersion).toBe(5)
        }
        const after = new Database(file, { readonly: true })
        unlock(after, manifest.key)
        const version = schemaVersionOf(after)
        after.close()
        const reached = child.lines.includes('ready')
          ? 'after the start-up'
          : version === latestSchemaVersion()
            ? 'after the migration'
            : listed.some((b) => b.reason === 'before-migration')
              ? 'after the backup, before the migration'
              : existsSync(join(folder.dir, 'backups')) &&
                  readdirSync(join(folder.dir, 'backups')).some((f) => f.endsWith('.part'))
                ? 'during the before-migration backup'
                : 'before the backup'
        const startup = new ClinicStartup({
          file,
          store: plainStore(manifest.key.hex),
          onOpen: (db) => {
            expect(schemaVersionOf(db)).toBe(latestSchemaVersion())
            expect(db.prepare('SELECT count(*) FROM patients').pluck().get()).toBe(3003)
          },
          log: () => {},
        })
        expect(startup.start()).toMatchObject({ state: 'ready' })
        startup.close()
        const reasons = listBackups(join(folder.dir, 'backups')).map((b) => b.reason)
        expect(reasons).toContain('before-migration')
        expect(existsSync(`${file}.new.part`)).toBe(false)
        outcomes[reached] = (outcomes[reached] ?? 0) + 1
      }
      figures.push(
        `${rounds} kills during a start-up that migrates version 5 records: ${JSON.stringify(
          outcomes,
        )}; every next start migrated them with a verified before-migration backup.`,
      )
    },
    rounds * 20_000 + 30_000,
  )
})
