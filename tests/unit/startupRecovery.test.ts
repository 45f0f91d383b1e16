import Database from 'better-sqlite3'
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
  truncateSync,
  writeFileSync,
  writeSync,
} from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { listBackups } from '../../src/main/backup/backupFiles'
import { backupCallsFor } from '../../src/main/backup/backupCalls'
import { verifyCopy } from '../../src/main/backup/backupWriter'
import { unlock } from '../../src/main/db/connection'
import {
  KEY_FILE,
  storeKey,
  type DatabaseKey,
  type SecretStore,
} from '../../src/main/db/databaseKey'
import { latestSchemaVersion, schemaVersionOf } from '../../src/main/db/migrate'
import { PatientRepository } from '../../src/main/db/patientRepository'
import { createHandlers, READ_ONLY_MESSAGE } from '../../src/main/ipc/handlers'
import { ClinicStartup, type OpenedClinic } from '../../src/main/startup/clinicStartup'
import {
  readChannelNames,
  sessionChannelNames,
  startupChannelNames,
  writeChannelNames,
  channelNames,
} from '../../src/shared/api/channels'
import type { StartupState } from '../../src/shared/api/startup'
import { makeReadOnly, smallDisk } from '../support/diskConditions'
import { aPatient } from '../support/patients'
import { tempFolder } from '../support/tempDatabase'

/**
 * Start-up recovery: each way the records can fail to open gets its own problem, with ways
 * forward that work, and nothing is changed, deleted or replaced by an empty clinic on the way.
 */

const cleanups: (() => void)[] = []
afterEach(() =>
  cleanups
    .splice(0)
    .reverse()
    .forEach((c) => c()),
)

const keyStore = (available = true): SecretStore => ({
  isEncryptionAvailable: () => available,
  encryptString: (text) => Buffer.from(`sealed:${Buffer.from(text).toString('base64')}`),
  decryptString: (sealed) =>
    Buffer.from(sealed.toString().replace(/^sealed:/, ''), 'base64').toString(),
})

interface Started {
  clinic: ClinicStartup
  opened: { db: Database.Database; info: OpenedClinic }[]
  closes: number
  remembered: string[]
  state: StartupState
}

function startAt(
  file: string,
  extra: Partial<ConstructorParameters<typeof ClinicStartup>[0]> = {},
  store = keyStore(),
): Started {
  const started: Started = {
    opened: [],
    closes: 0,
    remembered: [],
    clinic: undefined as unknown as ClinicStartup,
    state: undefined as unknown as StartupState,
  }
  started.clinic = new ClinicStartup({
    file,
    store,
    onOpen: (db, info) => started.opened.push({ db, info }),
    onClose: () => started.closes++,
    rememberFolder: (f) => started.remembered.push(f),
    log: process.env.DEBUG_STARTUP ? (l) => console.log(l) : () => {},
    ...extra,
  })
  cleanups.push(() => started.clinic.close())
  started.state = started.clinic.start()
  return started
}

/** A clinic used once: one patient, closed; its start backup is in the backups folder. */
function aClinic(store = keyStore()) {
  const folder = tempFolder()
  cleanups.push(folder.cleanup)
  const file = join(folder.dir, 'runners-hip.sqlite')
  const first = startAt(file, {}, store)
  expect(first.state).toEqual({ state: 'ready' })
  new PatientRepository(first.opened[0]!.db).create(aPatient({ familyName: 'Featherstonehaugh' }))
  first.clinic.close()
  return { folder: folder.dir, file, backups: join(folder.dir, 'backups') }
}

/** Once more, so the newest backup holds the patient (the start backup is made on opening). */
function aClinicWithBackup() {
  const made = aClinic()
  const again = startAt(made.file)
  expect(again.state).toEqual({ state: 'ready' })
  again.clinic.close()
  return made
}

const patientNames = (db: Database.Database) =>
  db.prepare('SELECT family_name FROM patients').pluck().all()

const problemKind = (s: StartupState) => (s.state === 'problem' ? s.problem.kind : s.state)

function overwrite(file: string, at: number, length: number) {
  const fd = openSync(file, 'r+')
  writeSync(fd, Buffer.alloc(length, 0x5a), 0, length, at)
  closeSync(fd)
}

const keyOf = (folder: string): DatabaseKey => ({
  kind: 'raw',
  hex: keyStore().decryptString(readFileSync(join(folder, KEY_FILE))),
})

describe('a new clinic', () => {
  it('is created whole, and gets its first checked backup', () => {
    const { file, backups } = aClinic()
    expect(existsSync(`${file}.new.part`)).toBe(false)
    expect(listBackups(backups).map((b) => b.reason)).toEqual(['start'])
    expect(statSync(file).mode & 0o777).toBe(0o600)
  })
})

describe('an empty (0-byte) records file', () => {
  it('is its own problem, never a new clinic; restoring the newest backup brings the records back', async () => {
    const { file } = aClinicWithBackup()
    truncateSync(file, 0)
    const s = startAt(file)
    expect(s.state).toMatchObject({
      state: 'problem',
      problem: { kind: 'empty', actions: ['restore', 'choose-folder', 'quit'] },
    })
    expect(statSync(file).size).toBe(0)
    const [newest] = s.clinic.listBackups()
    const state = await s.clinic.restore({ fileName: newest!.fileName })
    expect(state).toEqual({ state: 'ready' })
    expect(patientNames(s.opened.at(-1)!.db)).toEqual(['Featherstonehaugh'])
    // The empty file was set aside, not deleted.
    expect(readdirSync(join(file, '..')).some((f) => f.includes('.set-aside-'))).toBe(true)
  })

  it('with no backup and no key, offers a new clinic in its place (the empty file kept aside)', () => {
    const folder = tempFolder()
    cleanups.push(folder.cleanup)
    const file = join(folder.dir, 'runners-hip.sqlite')
    writeFileSync(file, '')
    const s = startAt(file)
    expect(s.state).toMatchObject({
      problem: { kind: 'empty', actions: ['start-new', 'choose-folder', 'quit'] },
    })
    expect(s.clinic.startNew()).toEqual({ state: 'ready' })
    expect(patientNames(s.opened[0]!.db)).toEqual([])
    expect(readdirSync(folder.dir).filter((f) => f.includes('set-aside'))).toHaveLength(1)
  })
})

describe('a damaged records file', () => {
  it('(a page overwritten in the middle) fails quick_check, is not used or changed, and a restore brings the records back', async () => {
    const { file } = aClinic()
    // Enough pages that one in the middle is not the first: patients with long notes.
    const grow = startAt(file)
    const repo = new PatientRepository(grow.opened[0]!.db)
    for (let i = 0; i < 30; i++)
      repo.create(aPatient({ familyName: `Runner${i}`, notes: 'n'.repeat(3000) }))
    grow.clinic.close()
    // The next start backs them up.
    startAt(file).clinic.close()
    const pages = statSync(file).size / 4096
    overwrite(file, Math.floor(pages / 2) * 4096, 4096)
    const before = readFileSync(file)
    const s = startAt(file)
    expect(s.state).toMatchObject({
      problem: { kind: 'corrupt', actions: ['restore', 'choose-folder', 'quit'] },
    })
    expect(readFileSync(file).equals(before)).toBe(true)
    const state = await s.clinic.restore({ fileName: s.clinic.listBackups()[0]!.fileName })
    expect(state).toEqual({ state: 'ready' })
    expect(patientNames(s.opened.at(-1)!.db)).toContain('Runner29')
  })

  it('(the first page) is told apart from a wrong key by the backups the key opens', () => {
    const { file } = aClinicWithBackup()
    overwrite(file, 100, 200)
    expect(problemKind(startAt(file).state)).toBe('corrupt')
  })

  it('that is another clinic’s, copied over this one, is a wrong key, though the key opens the backups', () => {
    const { file } = aClinicWithBackup()
    const other = aClinic()
    copyFileSync(other.file, file)
    expect(problemKind(startAt(file).state)).toBe('wrong-key')
  })

  it('that another key locks is a wrong key, when no backup opens with this one either', () => {
    const { file, folder } = aClinic()
    storeKey(folder, keyStore(), { kind: 'raw', hex: 'ab'.repeat(32) })
    expect(problemKind(startAt(file).state)).toBe('wrong-key')
  })
})

describe('a truncated records file', () => {
  it.each([
    ['in the middle of a page', (size: number) => Math.floor(size * 0.6) + 123],
    ['at a page boundary', (size: number) => Math.floor((size * 0.6) / 4096) * 4096],
  ])('(cut %s) is truncated, not merely damaged', (_where, cut) => {
    const { file } = aClinicWithBackup()
    const grow = startAt(file)
    const repo = new PatientRepository(grow.opened[0]!.db)
    // Enough records that 60 % of the file lies past the schema's pages (an empty clinic is 76
    // pages): a cut inside the schema leaves nothing to read the length from, and is "damaged".
    for (let i = 0; i < 80; i++)
      repo.create(aPatient({ familyName: `Runner${i}`, notes: 'n'.repeat(3000) }))
    grow.clinic.close()
    truncateSync(file, cut(statSync(file).size))
    const s = startAt(file)
    expect(s.state).toMatchObject({
      problem: { kind: 'truncated', actions: ['restore', 'choose-folder', 'quit'] },
    })
    expect((s.state as { problem: { message: string } }).problem.message).toMatch(/shorter/)
  })
})

describe('a missing records file', () => {
  it('where backups exist is a problem, not a new clinic', async () => {
    const { file } = aClinicWithBackup()
    const { rmSync } = await import('node:fs')
    rmSync(file)
    const s = startAt(file)
    expect(s.state).toMatchObject({ problem: { kind: 'missing' } })
    expect(existsSync(file)).toBe(false)
    expect(await s.clinic.restore({ fileName: s.clinic.listBackups()[0]!.fileName })).toEqual({
      state: 'ready',
    })
  })

  it('in a folder the clinic chose, which is not there, asks for the drive', () => {
    const folder = tempFolder()
    cleanups.push(folder.cleanup)
    const s = startAt(join(folder.dir, 'gone', 'runners-hip.sqlite'), { expectRecords: true })
    expect(s.state).toMatchObject({
      problem: { kind: 'folder-missing', actions: ['retry', 'choose-folder', 'quit'] },
    })
  })
})

describe('records written by a newer version', () => {
  it('are refused and left untouched', () => {
    const { file, folder } = aClinic()
    const db = new Database(file)
    unlock(db, keyOf(folder))
    db.pragma(`user_version = ${latestSchemaVersion() + 1}`)
    db.close()
    const before = readFileSync(file)
    const s = startAt(file)
    expect(s.state).toMatchObject({
      problem: { kind: 'newer-version', actions: ['choose-folder', 'quit'] },
    })
    expect(readFileSync(file).equals(before)).toBe(true)
  })
})

describe('records that need a migration', () => {
  const fixtures = join(__dirname, '../fixtures/databases')
  const manifest = JSON.parse(readFileSync(join(fixtures, 'manifest.json'), 'utf8')) as {
    key: DatabaseKey & { kind: 'raw' }
  }

  function oldClinic() {
    const folder = tempFolder()
    cleanups.push(folder.cleanup)
    const file = join(folder.dir, 'runners-hip.sqlite')
    copyFileSync(join(fixtures, 'v5-encrypted-by-app.sqlite'), file)
    storeKey(folder.dir, keyStore(), manifest.key)
    return { file, backups: join(folder.dir, 'backups') }
  }

  it('are migrated only after a verified backup of them as they were', () => {
    const { file, backups } = oldClinic()
    const s = startAt(file)
    expect(s.state).toMatchObject({
      state: 'ready',
      notices: [expect.stringMatching(/could not be read/)],
    })
    expect(schemaVersionOf(s.opened[0]!.db)).toBe(latestSchemaVersion())
    const before = listBackups(backups).find((b) => b.reason === 'before-migration')!
    expect(verifyCopy(before.path, manifest.key).schemaVersion).toBe(5)
  })

  it('are not migrated when that backup cannot be made', () => {
    const { file, backups } = oldClinic()
    writeFileSync(backups, 'not a folder')
    const s = startAt(file)
    expect(s.state).toMatchObject({ problem: { kind: 'backup-failed' } })
    const db = new Database(file, { readonly: true })
    unlock(db, manifest.key)
    expect(schemaVersionOf(db)).toBe(5)
    db.close()
  })
})

describe('restoring while the records are open', () => {
  it('keeps a snapshot of them first, replaces them and opens the restored ones', async () => {
    const { file } = aClinicWithBackup()
    const s = startAt(file)
    const [withPatient] = s.clinic.listBackups()
    new PatientRepository(s.opened[0]!.db).create(aPatient({ familyName: 'Added-after' }))
    const state = await s.clinic.restore({ fileName: withPatient!.fileName })
    expect(state).toEqual({ state: 'ready' })
    expect(s.closes).toBe(1)
    expect(patientNames(s.opened.at(-1)!.db)).toEqual(['Featherstonehaugh'])
    const snapshot = s.clinic.listBackups().find((b) => b.reason === 'before-restore')!
    const db = new Database(join(file, '..', 'backups', snapshot.fileName), { readonly: true })
    unlock(db, keyOf(join(file, '..')))
    expect(patientNames(db).sort()).toEqual(['Added-after', 'Featherstonehaugh'])
    db.close()
  })

  it('refuses a file that is not a backup of these records, changing nothing', async () => {
    const { file } = aClinicWithBackup()
    const other = tempFolder()
    cleanups.push(other.cleanup)
    const foreign = join(other.dir, 'other.sqlite')
    writeFileSync(foreign, Buffer.alloc(8192, 7))
    const s = startAt(file, { chooseBackupFile: async () => foreign })
    await expect(s.clinic.restore({ fromFile: true })).rejects.toThrow(
      /cannot be restored, and nothing was changed/,
    )
    expect(s.state).toEqual({ state: 'ready' })
    expect(s.closes).toBe(0)
    expect(existsSync(`${file}.restore.part`)).toBe(false)
    expect(patientNames(s.opened[0]!.db)).toEqual(['Featherstonehaugh'])
  })
})

describe('another folder', () => {
  it('with no records needs a yes, then holds a new clinic and is remembered', async () => {
    const { file } = aClinicWithBackup()
    truncateSync(file, 0)
    const elsewhere = tempFolder()
    cleanups.push(elsewhere.cleanup)
    const s = startAt(file, { chooseFolder: async () => elsewhere.dir })
    expect(await s.clinic.chooseFolder()).toEqual({
      chosen: true,
      folder: elsewhere.dir,
      hasRecords: false,
    })
    expect(() => s.clinic.useChosenFolder(false)).toThrow(/confirm a new clinic/)
    expect(s.clinic.useChosenFolder(true)).toEqual({ state: 'ready' })
    expect(s.remembered).toEqual([elsewhere.dir])
    expect(existsSync(join(elsewhere.dir, 'runners-hip.sqlite'))).toBe(true)
    expect(statSync(file).size).toBe(0)
  })
})

describe('records that cannot be written', () => {
  it('are a read-only problem; opened read-only, every change is refused with a clear message', async (ctx) => {
    const { file, folder } = aClinicWithBackup()
    const condition = makeReadOnly(folder)
    if ('unavailable' in condition) return ctx.skip(condition.unavailable)
    cleanups.push(condition.undo)
    const s = startAt(file)
    expect(s.state).toMatchObject({
      problem: { kind: 'read-only', actions: ['open-read-only', 'retry', 'choose-folder', 'quit'] },
    })
    expect(s.clinic.openReadOnly()).toMatchObject({
      state: 'ready',
      readOnly: {
        reason: 'read-only',
        message: expect.stringMatching(/nothing can be changed or saved: the records folder/),
      },
    })
    const { db, info } = s.opened[0]!
    expect(info).toMatchObject({ readOnly: true })
    const handlers = createHandlers(db, { readOnly: true })
    expect(await handlers.findPatients({ query: '' })).toMatchObject({
      ok: true,
      value: { patients: [expect.objectContaining({ id: expect.any(String) })] },
    })
    for (const name of writeChannelNames) {
      expect(await handlers[name]({}), name).toEqual({
        ok: false,
        error: { code: 'conflict', message: READ_ONLY_MESSAGE },
      })
    }
  })

  it('every clinic call is known to read or to write', () => {
    expect(
      [
        ...startupChannelNames,
        ...sessionChannelNames,
        ...readChannelNames,
        ...writeChannelNames,
      ].sort(),
    ).toEqual([...channelNames].sort())
  })
})

describe('a full disk', () => {
  it('is its own problem; the records open read-only, and open normally once space is freed', (ctx) => {
    const disk = smallDisk(4 * 1024 * 1024)
    if ('unavailable' in disk) return ctx.skip(disk.unavailable)
    cleanups.push(disk.undo)
    const file = join(disk.dir, 'clinic', 'runners-hip.sqlite')
    mkdirSync(join(disk.dir, 'clinic'))
    const first = startAt(file)
    const repo = new PatientRepository(first.opened[0]!.db)
    for (let i = 0; i < 20; i++)
      repo.create(aPatient({ familyName: `Runner${i}`, notes: 'n'.repeat(1000) }))
    first.clinic.close()
    disk.fill()
    const s = startAt(file)
    expect(s.state).toMatchObject({
      problem: { kind: 'disk-full', actions: ['retry', 'open-read-only', 'choose-folder', 'quit'] },
    })
    expect(s.clinic.openReadOnly()).toMatchObject({
      state: 'ready',
      readOnly: { reason: 'disk-full' },
    })
    expect(patientNames(s.opened[0]!.db)).toHaveLength(20)
    s.clinic.close()
    disk.free()
    const again = startAt(file)
    expect(again.state).toEqual({ state: 'ready' })
  })
})

describe('without an OS key store (a passphrase)', () => {
  it('finds the same problems once the passphrase is typed, and restores with it', async () => {
    const store = keyStore(false)
    const folder = tempFolder()
    cleanups.push(folder.cleanup)
    const file = join(folder.dir, 'runners-hip.sqlite')
    const first = startAt(file, {}, store)
    expect(first.clinic.submitPassphrase('kettle orchard gravel lantern')).toEqual({
      state: 'ready',
    })
    new PatientRepository(first.opened[0]!.db).create(aPatient({ familyName: 'Featherstonehaugh' }))
    first.clinic.close()
    const second = startAt(file, {}, store)
    expect(second.clinic.submitPassphrase('kettle orchard gravel lantern')).toEqual({
      state: 'ready',
    })
    second.clinic.close()
    truncateSync(file, 0)
    const s = startAt(file, {}, store)
    expect(s.state).toEqual({ state: 'needs-passphrase', choosing: false })
    expect(s.clinic.submitPassphrase('kettle orchard gravel lantern')).toMatchObject({
      problem: { kind: 'empty' },
    })
    expect(await s.clinic.restore({ fileName: s.clinic.listBackups()[0]!.fileName })).toEqual({
      state: 'ready',
    })
    expect(patientNames(s.opened.at(-1)!.db)).toEqual(['Featherstonehaugh'])
  })
})

describe('the backup screen’s calls', () => {
  it('make a backup for the import, and turn a failed one into a message', async () => {
    const { file, backups } = aClinicWithBackup()
    const s = startAt(file)
    const calls = backupCallsFor(s.clinic, s.opened[0]!.info.backups)
    expect(calls.backUpNow('before-import').reason).toBe('before-import')
    expect(calls.overview()).toMatchObject({ canWrite: true, folder: backups })
    const { rmSync } = await import('node:fs')
    rmSync(backups, { recursive: true })
    writeFileSync(backups, 'not a folder')
    expect(() => calls.backUpNow()).toThrow(
      expect.objectContaining({
        name: 'AppError',
        message: expect.stringMatching(/could not be written/),
      }),
    )
    expect(calls.overview().lastFailure?.message).toMatch(/could not be written/)
  })

  it('while read-only, list the backups but make and export none', () => {
    const { file } = aClinicWithBackup()
    const s = startAt(file)
    const calls = backupCallsFor(s.clinic, undefined)
    expect(calls.overview()).toMatchObject({ canWrite: false, backups: [expect.anything()] })
    expect(() => calls.backUpNow()).toThrow(/read-only/)
    expect(() => calls.exportTo('runners-hip-2026-01-01-000000Z-start.sqlite', '/x')).toThrow(
      /read-only/,
    )
  })
})
