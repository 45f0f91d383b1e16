import Database from 'better-sqlite3'
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  backupFileName,
  listBackups,
  parseBackupFileName,
  removeUnfinished,
} from '../../src/main/backup/backupFiles'
import { BackupScheduler, type SchedulerClock } from '../../src/main/backup/backupScheduler'
import {
  BackupFailedError,
  prune,
  verifyCopy,
  writeBackup,
} from '../../src/main/backup/backupWriter'
import { ClinicBackups } from '../../src/main/backup/clinicBackups'
import { backupsToKeep, type RetainedBackup } from '../../src/main/backup/retention'
import { openDatabase, unlock, WrongKeyError } from '../../src/main/db/connection'
import { newRawKey, type DatabaseKey } from '../../src/main/db/databaseKey'
import { latestSchemaVersion } from '../../src/main/db/migrate'
import { PatientRepository } from '../../src/main/db/patientRepository'
import { backupFileNameSchema, type BackupReason } from '../../src/shared/api/backups'
import { aPatient } from '../support/patients'
import { smallDisk } from '../support/diskConditions'
import { tempFolder } from '../support/tempDatabase'

/**
 * Backups: a copy made with VACUUM INTO, encrypted like the database, checked before it gets its
 * name, thinned to 7 daily + 4 weekly only after a new one is in place.
 */

const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach((c) => c()))

function clinic(key: DatabaseKey = newRawKey()) {
  const folder = tempFolder()
  cleanups.push(folder.cleanup)
  const file = join(folder.dir, 'runners-hip.sqlite')
  const db = openDatabase(file, key)
  cleanups.push(() => db.open && db.close())
  const patients = new PatientRepository(db)
  patients.create(aPatient({ familyName: 'Featherstonehaugh' }))
  return { db, key, file, patients, backups: join(folder.dir, 'backups') }
}

const patientsIn = (file: string, key: DatabaseKey) => {
  const db = new Database(file, { readonly: true })
  try {
    unlock(db, key)
    return db.prepare('SELECT family_name FROM patients ORDER BY family_name').pluck().all()
  } finally {
    db.close()
  }
}

describe('a backup', () => {
  it('is a checked copy, encrypted with the database’s key, readable by this user only', () => {
    const { db, key, backups } = clinic()
    const made = writeBackup(db, { folder: backups, key }, 'manual')
    expect(made.fileName).toMatch(/^runners-hip-\d{4}-\d{2}-\d{2}-\d{6}Z-manual\.sqlite$/)
    expect(backupFileNameSchema.safeParse(made.fileName).success).toBe(true)
    expect(patientsIn(made.path, key)).toEqual(['Featherstonehaugh'])
    expect(statSync(made.path).mode & 0o777).toBe(0o600)
    expect(() => patientsIn(made.path, newRawKey())).toThrow(WrongKeyError)
    expect(readdirSync(backups)).toEqual([made.fileName])
    expect(verifyCopy(made.path, key)).toEqual({
      schemaVersion: latestSchemaVersion(),
      counts: { patients: 1, assessments: 0, settings: 0 },
    })
  })

  it('made under a passphrase opens with that passphrase', () => {
    const passphrase: DatabaseKey = { kind: 'passphrase', passphrase: 'kettle orchard gravel' }
    const { db, backups } = clinic(passphrase)
    const made = writeBackup(db, { folder: backups, key: passphrase }, 'manual')
    expect(patientsIn(made.path, passphrase)).toEqual(['Featherstonehaugh'])
    expect(() =>
      patientsIn(made.path, { kind: 'passphrase', passphrase: 'kettle orchard gravels' }),
    ).toThrow(WrongKeyError)
  })

  it('that fails its check is not kept, and never pushes out a good one', () => {
    const { db, key, backups } = clinic()
    const good = writeBackup(
      db,
      { folder: backups, key, now: () => new Date('2026-11-01T10:00:00Z') },
      'start',
    )
    const damage = (step: string) => {
      if (step !== 'verify') return
      const part = readdirSync(backups).find((f) => f.endsWith('.part'))!
      const fd = openSync(join(backups, part), 'r+')
      writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, 4096 * 2)
      closeSync(fd)
    }
    let thrown: unknown
    try {
      writeBackup(
        db,
        { folder: backups, key, now: () => new Date('2026-11-20T10:00:00Z'), onStep: damage },
        'start',
      )
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(BackupFailedError)
    expect((thrown as BackupFailedError).kind).toBe('not-verified')
    expect((thrown as Error).message).toMatch(/did not pass its check.*damaged/)
    // Nineteen days later the old one would be thinned out, but only after a new one is in place.
    expect(readdirSync(backups)).toEqual([good.fileName])
  })

  it('that cannot be written (a full disk) says so and leaves nothing behind', () => {
    const { db, key, backups } = clinic()
    const good = writeBackup(db, { folder: backups, key }, 'start')
    const full = (step: string) => {
      if (step === 'verify')
        throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' })
    }
    expect(() => writeBackup(db, { folder: backups, key, onStep: full }, 'manual')).toThrow(
      expect.objectContaining({
        kind: 'disk-full',
        message: expect.stringMatching(/disk is full/),
      }),
    )
    expect(readdirSync(backups)).toEqual([good.fileName])
  })

  it('on a disk that is really full fails as full, and the earlier backup is kept', (ctx) => {
    // Room for the clinic's schema (14 migrations), its WAL and one backup, then filled.
    const disk = smallDisk(8 * 1024 * 1024)
    if ('unavailable' in disk) return ctx.skip(disk.unavailable)
    cleanups.push(disk.undo)
    const key = newRawKey()
    const file = join(disk.dir, 'runners-hip.sqlite')
    const db = openDatabase(file, key)
    cleanups.push(() => db.open && db.close())
    const patients = new PatientRepository(db)
    for (let i = 0; i < 20; i++)
      patients.create(aPatient({ familyName: `Runner${i}`, notes: 'x'.repeat(1000) }))
    const backups = join(disk.dir, 'backups')
    const good = writeBackup(db, { folder: backups, key }, 'start')
    disk.fill()
    expect(() => writeBackup(db, { folder: backups, key }, 'manual')).toThrow(
      expect.objectContaining({ kind: 'disk-full' }),
    )
    expect(readdirSync(backups)).toEqual([good.fileName])
    disk.free()
    expect(writeBackup(db, { folder: backups, key }, 'manual').reason).toBe('manual')
  })

  it('named in the same second gets its own name', () => {
    const { db, key, backups } = clinic()
    const at = () => new Date('2026-11-22T14:30:05Z')
    const a = writeBackup(db, { folder: backups, key, now: at }, 'manual')
    const b = writeBackup(db, { folder: backups, key, now: at }, 'manual')
    expect([a.fileName, b.fileName]).toEqual([
      'runners-hip-2026-11-22-143005Z-manual.sqlite',
      'runners-hip-2026-11-22-143005Z-1-manual.sqlite',
    ])
  })
})

describe('the backups folder', () => {
  it('lists only verified backups by their names, newest first; leftovers are removed', () => {
    const folder = tempFolder()
    cleanups.push(folder.cleanup)
    const dir = folder.dir
    const older = backupFileName(new Date('2026-11-01T08:00:00Z'), 'start')
    const newer = backupFileName(new Date('2026-11-02T08:00:00Z'), 'before-migration')
    for (const f of [older, newer, `${newer}.part`, 'my-own-copy.sqlite', 'notes.txt'])
      writeFileSync(join(dir, f), 'x')
    mkdirSync(join(dir, backupFileName(new Date('2026-11-03T08:00:00Z'), 'daily')))
    expect(listBackups(dir).map((b) => b.fileName)).toEqual([newer, older])
    expect(removeUnfinished(dir)).toEqual([`${newer}.part`])
    expect(readdirSync(dir).sort()).toContain('my-own-copy.sqlite')
    expect(parseBackupFileName('runners-hip-2026-11-02-080000Z-before-migration.sqlite')).toEqual({
      createdAt: new Date('2026-11-02T08:00:00Z'),
      reason: 'before-migration',
    })
    expect(parseBackupFileName('../runners-hip-2026-11-02-080000Z-start.sqlite')).toBeUndefined()
    expect(backupFileNameSchema.safeParse('../../etc/passwd').success).toBe(false)
  })
})

describe('which backups are kept (7 daily + 4 weekly; events 30 days)', () => {
  const at = (iso: string, reason: BackupReason = 'start'): RetainedBackup => ({
    fileName: `${iso}-${reason}`,
    createdAt: new Date(iso).toISOString(),
    reason,
  })

  it('keeps the newest of each of the last 7 days used, and of the 4 weeks before them', () => {
    const backups: RetainedBackup[] = []
    // Two starts a day for 60 days, then a daily one in the evening.
    for (let day = 0; day < 60; day++) {
      const d = new Date(2026, 8, 1 + day)
      for (const hour of [8, 13, 19]) {
        const t = new Date(d.getFullYear(), d.getMonth(), d.getDate(), hour)
        backups.push(at(t.toISOString(), hour === 19 ? 'daily' : 'start'))
      }
    }
    const now = new Date(2026, 9, 30, 20)
    const kept = [...backupsToKeep(backups, now)].sort()
    const keptDates = kept.map((k) => new Date(k.slice(0, 24)))
    // 7 daily: the evening backups of the last 7 days.
    const daily = keptDates.filter((d) => d >= new Date(2026, 9, 24))
    expect(daily).toHaveLength(7)
    expect(daily.every((d) => d.getHours() === 19)).toBe(true)
    // 4 weekly: one per week before those, the newest in each.
    const weekly = keptDates.filter((d) => d < new Date(2026, 9, 24))
    expect(weekly).toHaveLength(4)
    expect(weekly.every((d) => d.getHours() === 19)).toBe(true)
    const mondays = weekly.map((d) => {
      const m = new Date(d.getFullYear(), d.getMonth(), d.getDate())
      m.setDate(m.getDate() - ((m.getDay() + 6) % 7))
      return m.getTime()
    })
    expect(new Set(mondays).size).toBe(4)
    expect(kept).toHaveLength(11)
  })

  it('keeps backups made before a change for 30 days, and the newest of each kind however old', () => {
    const now = new Date('2026-11-30T12:00:00Z')
    const backups = [
      at('2026-11-30T08:00:00Z', 'start'),
      at('2026-11-20T08:00:00Z', 'before-import'),
      at('2026-10-01T08:00:00Z', 'before-import'),
      at('2026-06-01T08:00:00Z', 'before-migration'),
      at('2026-05-01T08:00:00Z', 'before-migration'),
      at('2026-04-01T08:00:00Z', 'before-restore'),
    ]
    expect([...backupsToKeep(backups, now)].sort()).toEqual([
      '2026-04-01T08:00:00Z-before-restore',
      '2026-06-01T08:00:00Z-before-migration',
      '2026-11-20T08:00:00Z-before-import',
      '2026-11-30T08:00:00Z-start',
    ])
  })

  it('never lets a later start the same day push out a backup made on request', () => {
    const now = new Date('2026-11-30T16:00:00Z')
    const backups = [
      at('2026-11-30T15:00:00Z', 'start'),
      at('2026-11-30T10:00:00Z', 'manual'),
      at('2026-11-30T08:00:00Z', 'start'),
    ]
    expect([...backupsToKeep(backups, now)].sort()).toEqual([
      '2026-11-30T10:00:00Z-manual',
      '2026-11-30T15:00:00Z-start',
    ])
  })

  it('always keeps the newest backup', () => {
    const only = at('2025-01-01T00:00:00Z', 'before-import')
    expect(backupsToKeep([only], new Date('2026-11-30T00:00:00Z'))).toEqual(
      new Set([only.fileName]),
    )
  })

  it('is applied to the folder after each new backup, never before', () => {
    const { db, key, backups } = clinic()
    for (let day = 1; day <= 12; day++)
      writeBackup(db, { folder: backups, key, now: () => new Date(2026, 10, day, 9) }, 'start')
    // Twelve days running: the last 7 days, and the newest of the weeks before them.
    const names = listBackups(backups).map((b) => new Date(b.createdAt).getDate())
    expect(names.slice(0, 7)).toEqual([12, 11, 10, 9, 8, 7, 6])
    expect(names.length).toBeGreaterThan(7)
    expect(names.length).toBeLessThanOrEqual(11)
    expect(prune(backups, new Date(2026, 10, 12, 10))).toEqual([])
  })
})

describe('the daily backup while the app runs', () => {
  function fakeClock(start: Date) {
    let now = start.getTime()
    let tick: (() => void) | undefined
    const clock: SchedulerClock = {
      now: () => new Date(now),
      setInterval: (run) => {
        tick = run
        return 1
      },
      clearInterval: () => (tick = undefined),
    }
    return {
      clock,
      advance: (ms: number) => {
        now += ms
        tick?.()
      },
      running: () => tick !== undefined,
    }
  }
  const HOUR = 60 * 60 * 1000

  it('makes one once the newest backup is 24 hours old, and keeps checking after a failure', () => {
    const fake = fakeClock(new Date('2026-11-22T08:00:00Z'))
    let newest: Date | undefined = new Date('2026-11-22T08:00:00Z')
    const made: Date[] = []
    let failNext = false
    const scheduler = new BackupScheduler(
      () => {
        if (failNext) {
          failNext = false
          throw new Error('disk full')
        }
        newest = fake.clock.now()
        made.push(newest)
      },
      () => newest,
      fake.clock,
    )
    scheduler.start()
    fake.advance(23 * HOUR)
    expect(made).toEqual([])
    failNext = true
    fake.advance(1 * HOUR)
    expect(made).toEqual([])
    fake.advance(0.25 * HOUR)
    expect(made).toEqual([new Date('2026-11-23T08:15:00Z')])
    fake.advance(12 * HOUR)
    expect(made).toHaveLength(1)
    scheduler.stop()
    expect(fake.running()).toBe(false)
  })

  it('runs through the records’ backups with the injected clock', () => {
    const { db, key, backups } = clinic()
    const fake = fakeClock(new Date('2026-11-22T08:00:00Z'))
    const service = new ClinicBackups(db, { folder: backups, key }, fake.clock, () => {})
    service.backUpNow('start')
    service.startDaily()
    fake.advance(24 * HOUR)
    expect(service.list().map((b) => b.reason)).toEqual(['daily', 'start'])
    service.stop()
  })

  it('uses an unref’d timer: it never keeps the app running', async () => {
    const { systemClock } = await import('../../src/main/backup/backupScheduler')
    const handle = systemClock.setInterval(() => {}, 1000) as NodeJS.Timeout
    expect(handle.hasRef()).toBe(false)
    systemClock.clearInterval(handle)
  })
})

describe('exporting a backup', () => {
  it('copies it as it is (still encrypted), whole or not at all', () => {
    const { db, key, backups } = clinic()
    const service = new ClinicBackups(db, { folder: backups, key }, undefined, () => {})
    const made = service.backUpNow('manual')
    const out = tempFolder()
    cleanups.push(out.cleanup)
    const destination = join(out.dir, 'copy.sqlite')
    service.exportTo(made.fileName, destination)
    expect(patientsIn(destination, key)).toEqual(['Featherstonehaugh'])
    expect(existsSync(`${destination}.part`)).toBe(false)
    expect(() =>
      service.exportTo('runners-hip-2020-01-01-000000Z-start.sqlite', destination),
    ).toThrow(/no longer in the backups folder/)
  })
})
