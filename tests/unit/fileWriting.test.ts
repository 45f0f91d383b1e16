import * as fs from 'node:fs'
import * as fsPromises from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { openWholeFile, writeFileWhole } from '../../src/main/files'
import { createHandlers } from '../../src/main/ipc/handlers'
import { noDesktopPlatform } from '../../src/main/platform/platform'
import { runExport } from '../../src/main/transfer/exportJob'
import { repositories, storeVignetteDraft } from '../support/assessments'
import { tempDatabase, tempFolder } from '../support/tempDatabase'
import { loadVignette, vignettePatientFields } from '../support/vignettes'

/**
 * Every file the app writes (reports, exports, the key file) is whole or absent: a full disk or
 * a cancelled export leaves neither half a file nor a `.part` behind, and a file that was there
 * before stays as it was. A full disk is the kernel's ENOSPC, raised here by the file system
 * calls main makes once some bytes are written.
 */

vi.mock('node:fs', async (original) => {
  const actual = await original<typeof fs>()
  return { ...actual, writeSync: vi.fn(actual.writeSync) }
})
vi.mock('node:fs/promises', async (original) => {
  const actual = await original<typeof fsPromises>()
  return { ...actual, open: vi.fn(actual.open) }
})

const diskFull = () =>
  Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })

/** The next synchronous write puts a few bytes on disk, then the disk is full. */
function fillDiskAfterSyncWrite() {
  const real = vi.mocked(fs.writeSync).getMockImplementation()! as unknown as (
    fd: number,
    buffer: Uint8Array,
    offset: number,
    length: number,
  ) => number
  let calls = 0
  vi.mocked(fs.writeSync).mockImplementation(((fd: number, buffer: Uint8Array) => {
    if (calls++ === 0) return real(fd, buffer, 0, Math.min(16, buffer.length))
    throw diskFull()
  }) as typeof fs.writeSync)
}

/** The file opened next accepts `bytes` bytes, then the disk is full. */
function fillDiskAfterAsyncWrite(bytes: number) {
  const realOpen = vi.mocked(fsPromises.open).getMockImplementation()!
  vi.mocked(fsPromises.open).mockImplementationOnce(async (...args) => {
    const handle = await realOpen(...args)
    const realWrite = handle.write.bind(handle) as (
      ...a: unknown[]
    ) => Promise<{ bytesWritten: number }>
    let room = bytes
    handle.write = (async (buffer: Uint8Array, offset = 0, length = buffer.length) => {
      if (room <= 0) throw diskFull()
      const take = Math.min(room, length)
      room -= take
      return realWrite(buffer, offset, take)
    }) as typeof handle.write
    return handle
  })
}

let folder: ReturnType<typeof tempFolder>
beforeEach(() => {
  folder = tempFolder()
})
afterEach(() => {
  folder.cleanup()
  vi.mocked(fs.writeSync).mockRestore()
  vi.mocked(fsPromises.open).mockRestore()
})

const listing = () => fs.readdirSync(folder.dir).sort()
const mode = (path: string) => fs.statSync(path).mode & 0o777

describe('writing a file whole', () => {
  it('is readable by this user only, even over a stale part file left by a crash', () => {
    const path = join(folder.dir, 'report.pdf')
    fs.writeFileSync(`${path}.part`, 'half of an earlier report', { mode: 0o644 })
    writeFileWhole(path, 'the whole report')
    expect(fs.readFileSync(path, 'utf8')).toBe('the whole report')
    expect(mode(path)).toBe(0o600)
    expect(listing()).toEqual(['report.pdf'])
  })

  it('never follows a link left where its part file goes', () => {
    const path = join(folder.dir, 'report.json')
    const elsewhere = join(folder.dir, 'elsewhere.txt')
    fs.writeFileSync(elsewhere, 'untouched')
    fs.symlinkSync(elsewhere, `${path}.part`)
    writeFileWhole(path, '{}')
    expect(fs.readFileSync(elsewhere, 'utf8')).toBe('untouched')
    expect(fs.readFileSync(path, 'utf8')).toBe('{}')
  })

  it('on a full disk leaves no part file, and the file that was there as it was', () => {
    const path = join(folder.dir, 'report.json')
    fs.writeFileSync(path, 'the earlier report')
    fillDiskAfterSyncWrite()
    expect(() => writeFileWhole(path, 'x'.repeat(100_000))).toThrow(/ENOSPC/)
    expect(listing()).toEqual(['report.json'])
    expect(fs.readFileSync(path, 'utf8')).toBe('the earlier report')
  })

  it('piece by piece: abandoned (a cancel) or failing (a full disk), it leaves nothing', async () => {
    const path = join(folder.dir, 'export.json')
    const cancelled = await openWholeFile(path)
    await cancelled.write('{"patients": [')
    await cancelled.abandon()
    await cancelled.abandon()
    expect(listing()).toEqual([])

    fillDiskAfterAsyncWrite(10)
    const full = await openWholeFile(path)
    await expect(full.write('x'.repeat(1000))).rejects.toThrow(/ENOSPC/)
    await full.abandon()
    expect(listing()).toEqual([])
  })
})

describe('every writer of the app', () => {
  let store: ReturnType<typeof tempDatabase>
  beforeEach(() => {
    store = tempDatabase()
  })
  afterEach(() => store.cleanup())

  function seed() {
    const repos = repositories(store.db)
    const v = loadVignette('V01')
    const patient = repos.patients.create(vignettePatientFields(v))
    return { repos, patient, assessmentId: storeVignetteDraft(repos, patient.id, v) }
  }

  it.each(['json', 'csv', 'fhir'] as const)(
    'the %s export, on a full disk, fails and leaves nothing',
    async (format) => {
      seed()
      const path = join(folder.dir, `clinic.${format}`)
      fillDiskAfterAsyncWrite(100)
      await expect(
        runExport(
          store.db,
          {
            format,
            path,
            exportedAt: new Date().toISOString(),
          },
          { progress: () => {}, checkpoint: async () => {}, signal: new AbortController().signal },
        ),
      ).rejects.toThrow(/ENOSPC/)
      expect(listing()).toEqual([])
    },
  )

  it('an export is readable by this user only', async () => {
    seed()
    const path = join(folder.dir, 'clinic.json')
    await runExport(
      store.db,
      {
        format: 'json',
        path,
        exportedAt: new Date().toISOString(),
      },
      { progress: () => {}, checkpoint: async () => {}, signal: new AbortController().signal },
    )
    expect(mode(path)).toBe(0o600)
  })

  it('a report: a full disk or a failed print leaves nothing, and says nothing was saved', async () => {
    const { assessmentId } = seed()
    const path = join(folder.dir, 'report.json')
    const handlers = createHandlers(store.db, {
      report: () => {},
      platform: {
        ...noDesktopPlatform,
        chooseSavePath: async () => path,
        printHtmlToPdf: async () => {
          throw new Error('printing failed')
        },
      },
    })
    fillDiskAfterSyncWrite()
    expect(await handlers.exportReport({ id: assessmentId, kind: 'assessment-json' })).toEqual({
      ok: false,
      error: {
        code: 'internal',
        message: 'Something went wrong and nothing was saved. Please try again.',
      },
    })
    expect(await handlers.exportReport({ id: assessmentId, kind: 'clinician' })).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    })
    expect(listing()).toEqual([])
  })
})
