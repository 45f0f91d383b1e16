import { randomUUID } from 'node:crypto'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Database } from 'better-sqlite3'
import type { FhirResource } from 'fhir/r4'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openWholeFile, type WholeFile } from '../../src/main/files'
import { runExport, type ExportRequest } from '../../src/main/transfer/exportJob'
import { BULK_REQUEST, type BulkManifest } from '../../src/main/transfer/fhirBulk'
import { runImport } from '../../src/main/transfer/importJob'
import { JobCancelled, JobFailure, type JobControl } from '../../src/main/transfer/jobs'
import { toFhirBundle } from '../../src/shared/interop/fhirBundle'
import { ASSESSMENT_SCHEMA_VERSION } from '../../src/shared/model/assessment/assessment'
import { exportFileSchema, type ExportFormat } from '../../src/shared/model/exportFile'
import { repositories, storeVignetteDraft } from '../support/assessments'
import { fhirSchemaErrors } from '../support/fhirSchema'
import { seedVignette } from '../support/seedVignette'
import { seedExportClinic } from '../support/exportClinic'
import { tempDatabase, tempFolder } from '../support/tempDatabase'
import { loadVignette, vignettePatientFields } from '../support/vignettes'

/*
 * The streaming export (transfer/exportJob.ts, exportRecords.ts, fhirBulk.ts): written as it is
 * read, progress up to the total, a cancel leaves nothing, JSON round-trips through the import,
 * stored documents trusted but a damaged one reported, FHIR Bulk Data valid line by line.
 */

let source: ReturnType<typeof tempDatabase>
let target: ReturnType<typeof tempDatabase>
let folder: ReturnType<typeof tempFolder>
beforeEach(() => {
  source = tempDatabase()
  target = tempDatabase()
  folder = tempFolder()
})
afterEach(() => {
  source.cleanup()
  target.cleanup()
  folder.cleanup()
})

type Event = { kind: 'progress'; done: number; total: number } | { kind: 'write'; chars: number }

/** A control that records progress (and cancels at the given checkpoint, never by default). */
function control(events: Event[] = [], cancelAt = Infinity): JobControl {
  let checkpoints = 0
  return {
    progress: (done, total) => events.push({ kind: 'progress', done, total }),
    checkpoint: async () => {
      if (++checkpoints >= cancelAt) throw new JobCancelled()
    },
    signal: new AbortController().signal,
  }
}

/** files.ts's writer, with every write recorded in `events`. */
const watchedFiles =
  (events: Event[]) =>
  async (path: string): Promise<WholeFile> => {
    const file = await openWholeFile(path)
    return {
      ...file,
      write: async (text) => {
        events.push({ kind: 'write', chars: text.length })
        await file.write(text)
      },
    }
  }

const request = (format: ExportFormat, name: string, extra: Partial<ExportRequest> = {}) => ({
  format,
  path: join(folder.dir, name),
  exportedAt: '2026-12-08T10:00:00.000Z',
  ...extra,
})

const documents = (db: Database, table: 'patients' | 'assessments') =>
  Object.fromEntries(
    (db.prepare(`SELECT id, document FROM ${table}`).all() as { id: string; document: string }[])
      .map((r) => [r.id, JSON.parse(r.document)])
      .sort(),
  )

/**
 * Lets a test damage stored records as a disk fault or a tool would: the database itself refuses
 * any change to a signed record (migration 9), so its trigger goes first.
 */
function allowTampering(db: Database) {
  db.exec('DROP TRIGGER IF EXISTS assessments_signed_content_is_fixed')
}

describe('the streaming export', () => {
  it.each(['json', 'csv', 'fhir'] as const)(
    'writes %s as it reads: many writes, each of a bounded size, the first long before the end',
    async (format) => {
      const sizes = async (count: number) => {
        const db = count === 30 ? source.db : target.db
        seedExportClinic(db, count)
        const events: Event[] = []
        await runExport(
          db,
          request(format, `clinic-${count}.${format}`, { pageSize: 5 }),
          control(events),
          { openFile: watchedFiles(events) },
        )
        const writes = events.filter((e) => e.kind === 'write')
        const firstWrite = events.findIndex((e) => e.kind === 'write')
        const doneBefore = events
          .slice(0, firstWrite)
          .filter((e) => e.kind === 'progress')
          .map((e) => e.done)
        return {
          writes: writes.length,
          largest: Math.max(...writes.map((w) => w.chars)),
          doneAtFirstWrite: Math.max(0, ...doneBefore),
        }
      }
      const small = await sizes(30)
      const large = await sizes(120)
      // Four times the patients: about four times the writes, none of them larger.
      expect(large.writes).toBeGreaterThanOrEqual(small.writes * 3)
      expect(large.largest).toBeLessThanOrEqual(small.largest * 1.5)
      expect(large.doneAtFirstWrite).toBeLessThanOrEqual(10)
    },
  )

  it.each(['json', 'csv', 'fhir'] as const)(
    'reports %s progress that only grows, up to the total',
    async (format) => {
      seedExportClinic(source.db, 23)
      const events: Event[] = []
      await runExport(
        source.db,
        request(format, `clinic.${format}`, { pageSize: 4 }),
        control(events),
      )
      const progress = events.flatMap((e) => (e.kind === 'progress' ? [e] : []))
      expect(progress.length).toBeGreaterThanOrEqual(6)
      expect(progress.every((p) => p.total === 23)).toBe(true)
      expect(progress.map((p) => p.done)).toEqual(progress.map((p) => p.done).sort((a, b) => a - b))
      expect(progress.at(-1)).toMatchObject({ done: 23, total: 23 })
    },
  )

  it.each(['json', 'csv', 'fhir'] as const)(
    'cancelled half-way (%s), leaves no file and no part file',
    async (format) => {
      seedExportClinic(source.db, 40)
      await expect(
        runExport(source.db, request(format, `clinic.${format}`, { pageSize: 5 }), control([], 4)),
      ).rejects.toBeInstanceOf(JobCancelled)
      expect(readdirSync(folder.dir)).toEqual([])
    },
  )

  it('round-trips JSON through the import: identical records, nothing skipped', async () => {
    const repos = repositories(source.db)
    const v = loadVignette('V01')
    for (let i = 0; i < 11; i++) {
      const p = repos.patients.create({ ...vignettePatientFields(v), recordNumber: `R${i}` })
      storeVignetteDraft(repos, p.id, v)
    }
    await seedVignette(source.db, 'V03', { confirm: 'femoral-neck-bsi', finalise: true })
    const path = join(folder.dir, 'clinic.json')
    await runExport(source.db, request('json', 'clinic.json', { pageSize: 5 }), control())
    expect(exportFileSchema.parse(JSON.parse(readFileSync(path, 'utf8'))).patients).toHaveLength(12)
    const { summary } = await runImport(target.db, repositories(target.db), path, control())
    expect(summary).toMatchObject({ patientsAdded: 12, assessmentsAdded: 12, skipped: [] })
    expect(documents(target.db, 'patients')).toEqual(documents(source.db, 'patients'))
    expect(documents(target.db, 'assessments')).toEqual(documents(source.db, 'assessments'))
  })

  it('upgrades and validates a document of an older version, and trusts the current ones', async () => {
    seedExportClinic(source.db, 3)
    const older = source.db.prepare('SELECT id FROM assessments LIMIT 1').pluck().get() as string
    allowTampering(source.db)
    source.db
      .prepare(
        "UPDATE assessments SET schema_version = 1, document = json_set(document, '$.schemaVersion', 1) WHERE id = ?",
      )
      .run(older)
    const path = join(folder.dir, 'clinic.json')
    await runExport(source.db, request('json', 'clinic.json'), control())
    const file = JSON.parse(readFileSync(path, 'utf8')) as ReturnType<typeof exportFileSchema.parse>
    const versions = file.patients.flatMap((p) =>
      p.assessments.map((a) => (a as { schemaVersion: number }).schemaVersion),
    )
    expect(versions).toHaveLength(6)
    expect(new Set(versions)).toEqual(new Set([ASSESSMENT_SCHEMA_VERSION]))
  })

  it.each(['json', 'csv', 'fhir'] as const)(
    'reports a damaged stored document (%s) by its record, writes nothing, and shows no name',
    async (format) => {
      seedExportClinic(source.db, 8)
      const victim = source.db
        .prepare(
          "SELECT a.id FROM assessments a JOIN patients p ON p.id = a.patient_id WHERE p.record_number = 'RH-5' ORDER BY a.date LIMIT 1",
        )
        .pluck()
        .get() as string
      allowTampering(source.db)
      source.db
        .prepare('UPDATE assessments SET document = substr(document, 1, 300) WHERE id = ?')
        .run(victim)
      const failure = runExport(source.db, request(format, `clinic.${format}`), control())
      await expect(failure).rejects.toBeInstanceOf(JobFailure)
      await expect(failure).rejects.toThrow(
        /^The assessment of record RH-5 on 2026-09-01 could not be read: its stored copy is damaged\. Nothing was exported\./,
      )
      await expect(failure).rejects.not.toThrow(/Runner5/)
      expect(readdirSync(folder.dir)).toEqual([])
    },
  )

  it('reports a damaged stored patient by its record number, writes nothing', async () => {
    seedExportClinic(source.db, 4)
    source.db
      .prepare("UPDATE patients SET document = '{\"id\":' WHERE record_number = 'RH-2'")
      .run()
    const failure = runExport(source.db, request('csv', 'clinic.csv'), control())
    await expect(failure).rejects.toThrow(
      /^The patient with record RH-2 could not be read: its stored copy is damaged\./,
    )
    expect(readdirSync(folder.dir)).toEqual([])
  })

  it('reports a stored document that is not its row (current version, other ids) as damaged', async () => {
    seedExportClinic(source.db, 2)
    allowTampering(source.db)
    source.db
      .prepare("UPDATE assessments SET document = json_set(document, '$.id', ?) WHERE rowid = 1")
      .run(randomUUID())
    await expect(runExport(source.db, request('json', 'c.json'), control())).rejects.toThrow(
      /stored copy is damaged/,
    )
    expect(readdirSync(folder.dir)).toEqual([])
  })
})

describe('FHIR Bulk Data export of the whole clinic', () => {
  async function exportBulk() {
    const patientIds: string[] = []
    for (const [id, confirm] of [
      ['V01', 'gluteal-tendinopathy'],
      ['V03', 'femoral-neck-bsi'],
      ['V06', 'labral-tear-fais'],
    ] as const) {
      const { patient } = await seedVignette(source.db, id, {
        clinicianName: 'Alex Morgan',
        confirm,
        finalise: id !== 'V06',
      })
      patientIds.push(patient.id)
    }
    seedExportClinic(source.db, 4)
    const events: Event[] = []
    const { message } = await runExport(
      source.db,
      request('fhir', 'clinic-fhir.json', { pageSize: 2 }),
      control(events),
    )
    const manifest = JSON.parse(
      readFileSync(join(folder.dir, 'clinic-fhir.json'), 'utf8'),
    ) as BulkManifest
    const lines = (url: string) =>
      readFileSync(join(folder.dir, url), 'utf8')
        .split('\n')
        .filter((l, i, all) => l !== '' || i !== all.length - 1)
    return { manifest, lines, message, patientIds }
  }

  it('writes one NDJSON file per resource type and a manifest in the Bulk Data shape', async () => {
    const { manifest, lines, message } = await exportBulk()
    expect(manifest).toMatchObject({
      transactionTime: '2026-12-08T10:00:00.000Z',
      request: BULK_REQUEST,
      requiresAccessToken: false,
      error: [],
    })
    expect(manifest.output.map((o) => o.type)).toEqual([
      'Patient',
      'Encounter',
      'Observation',
      'Condition',
      'CarePlan',
    ])
    for (const output of manifest.output) {
      expect(output.url).toBe(`clinic-fhir.${output.type}.ndjson`)
      expect(lines(output.url)).toHaveLength(output.count)
    }
    expect(manifest.output[0]!.count).toBe(7)
    expect(readdirSync(folder.dir).sort()).toEqual(
      ['clinic-fhir.json', ...manifest.output.map((o) => o.url)].sort(),
    )
    const resources = manifest.output.reduce((n, o) => n + o.count, 0)
    expect(message).toBe(
      `Exported 7 patients: ${resources} FHIR resources in 5 NDJSON files, listed in clinic-fhir.json.`,
    )
  })

  it(
    'has one valid FHIR R4 resource of its file’s type on every line, references all resolved',
    {
      timeout: 60_000,
    },
    async () => {
      const { manifest, lines } = await exportBulk()
      const ids = new Set<string>()
      const references: string[] = []
      for (const output of manifest.output) {
        for (const line of lines(output.url)) {
          expect(line).not.toMatch(/\n/)
          const resource = JSON.parse(line) as FhirResource
          expect(resource.resourceType).toBe(output.type)
          expect(fhirSchemaErrors(resource)).toEqual([])
          expect(fhirSchemaErrors(resource, output.type)).toEqual([])
          expect(ids.has(`${output.type}/${resource.id}`)).toBe(false)
          ids.add(`${output.type}/${resource.id}`)
          references.push(...referencesIn(resource))
        }
      }
      expect(references.length).toBeGreaterThan(0)
      expect(references.filter((r) => !ids.has(r))).toEqual([])
    },
  )

  it('holds the same resources as the per-patient Bundles, referring by Type/id', async () => {
    const { manifest, lines } = await exportBulk()
    const bulk = manifest.output.flatMap((o) => lines(o.url).map((l) => JSON.parse(l)))
    const repos = repositories(source.db)
    const bundles = repos.patients
      .allIds()
      .flatMap(
        (id) =>
          toFhirBundle(
            [{ patient: repos.patients.get(id), assessments: repos.assessments.historyOf(id) }],
            { generatedAt: '2026-12-08T10:00:00.000Z' },
          ).entry ?? [],
      )
      .map((e) => e.resource!)
    const asBundle = (text: string) =>
      text.replace(/"(Patient|Encounter|Condition)\/([0-9a-f-]{36})"/g, '"urn:uuid:$2"')
    const key = (r: FhirResource) => `${r.resourceType}/${r.id}`
    const byKey = new Map(bundles.map((r) => [key(r), JSON.stringify(r)]))
    expect(bulk).toHaveLength(bundles.length)
    for (const r of bulk) expect(asBundle(JSON.stringify(r))).toBe(byKey.get(key(r)))
  })

  it('a failure while its manifest is written removes the NDJSON files already in place', async () => {
    seedExportClinic(source.db, 3)
    const openFile = async (path: string): Promise<WholeFile> => {
      const file = await openWholeFile(path)
      if (!path.endsWith('clinic-fhir.json')) return file
      return {
        ...file,
        commit: () => Promise.reject(Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' })),
      }
    }
    await expect(
      runExport(source.db, request('fhir', 'clinic-fhir.json'), control(), { openFile }),
    ).rejects.toThrow(/ENOSPC/)
    expect(readdirSync(folder.dir)).toEqual([])
  })

  it('an empty clinic gives a manifest with no output', async () => {
    await runExport(source.db, request('fhir', 'empty.json'), control())
    expect(JSON.parse(readFileSync(join(folder.dir, 'empty.json'), 'utf8'))).toMatchObject({
      output: [],
      error: [],
    })
    expect(readdirSync(folder.dir)).toEqual(['empty.json'])
    expect(existsSync(join(folder.dir, 'empty.json.part'))).toBe(false)
  })
})

function referencesIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(referencesIn)
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) =>
      k === 'reference' && typeof v === 'string' ? [v] : referencesIn(v),
    )
  }
  return []
}
