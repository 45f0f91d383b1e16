import { rm } from 'node:fs/promises'
import { basename } from 'node:path'
import { fhirAssessmentResourcesOf, fhirPatientOf } from '../../shared/interop/fhirBundle'
import type { FhirResource } from 'fhir/r4'
import type { WholeFile } from '../files'
import type { ExportRecord } from './exportRecords'

/**
 * The whole clinic in the FHIR Bulk Data format (https://hl7.org/fhir/uv/bulkdata/): one NDJSON
 * file per resource type, one resource per line, and a manifest in the shape of the Bulk Data
 * export's completion response listing them. The user chooses the manifest's name
 * (`clinic.json`); the files go beside it, named after it (`clinic.Patient.ndjson`,
 * `clinic.Encounter.ndjson`, …), and the manifest's `url`s are those names, relative to it.
 * Resources refer to each other as `Type/id` (fhirBundle.ts's `fhirResourcesOf`), every one of
 * them resolved within the files.
 *
 * Each file is a part file (files.ts) until the end: on success every NDJSON file is put in
 * place, then the manifest, the last, so a manifest is never there without its files; a cancel or
 * a failure removes every part file, and any file this export had already put in place.
 */
export interface BulkManifest {
  transactionTime: string
  request: string
  requiresAccessToken: false
  output: { type: string; url: string; count: number }[]
  error: never[]
}

/** Not a server's URL (nothing was requested of one): the app's name for this export. */
export const BULK_REQUEST = 'https://runners-hip.app/fhir/$export'

/** The order of the manifest's output: patients first, then as each resource refers back. */
export const BULK_TYPES = ['Patient', 'Encounter', 'Observation', 'Condition', 'CarePlan'] as const
const typeOrder: readonly string[] = BULK_TYPES

interface TypeFile {
  path: string
  chunks: string[]
  count: number
}

export class FhirBulkWriter {
  private readonly files = new Map<string, TypeFile>()
  private readonly opening = new Map<string, Promise<WholeFile>>()
  private chars = 0
  private readonly base: string
  private readonly placed: string[] = []

  constructor(
    private readonly manifestPath: string,
    private readonly exportedAt: string,
    private readonly openFile: (path: string) => Promise<WholeFile>,
  ) {
    this.base = manifestPath.replace(/\.json$/i, '')
  }

  /** The patient, then each visit's resources (stored in visit order), yielding after each. */
  *add(record: ExportRecord): Iterable<void> {
    const patient = record.patient.patient
    this.write([fhirPatientOf(patient)])
    yield
    for (const { assessment } of record.assessments) {
      this.write(fhirAssessmentResourcesOf(patient, assessment, 'bulk'))
      yield
    }
  }

  private write(resources: FhirResource[]) {
    for (const resource of resources) {
      const line = `${JSON.stringify(resource)}\n`
      const file = this.typeFile(resource.resourceType)
      file.chunks.push(line)
      file.count++
      this.chars += line.length
    }
  }

  pending() {
    return this.chars
  }

  async flush() {
    for (const entry of this.files.values()) {
      if (entry.chunks.length === 0) continue
      const text = entry.chunks.join('')
      entry.chunks = []
      await (await this.opened(entry)).write(text)
    }
    this.chars = 0
  }

  async commit(): Promise<string> {
    await this.flush()
    const types = [...this.files.keys()].sort(
      (a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0),
    )
    for (const type of types) {
      const entry = this.files.get(type)!
      await (await this.opened(entry)).commit()
      this.placed.push(entry.path)
    }
    const manifest: BulkManifest = {
      transactionTime: this.exportedAt,
      request: BULK_REQUEST,
      requiresAccessToken: false,
      output: types.map((type) => ({
        type,
        url: basename(this.files.get(type)!.path),
        count: this.files.get(type)!.count,
      })),
      error: [],
    }
    const out = await this.openFile(this.manifestPath)
    try {
      await out.write(`${JSON.stringify(manifest, null, 2)}\n`)
      await out.commit()
    } catch (error) {
      await out.abandon()
      throw error
    }
    const resources = manifest.output.reduce((sum, o) => sum + o.count, 0)
    return `${resources} FHIR resources in ${types.length} NDJSON ${types.length === 1 ? 'file' : 'files'}, listed in ${basename(this.manifestPath)}`
  }

  async abandon() {
    for (const entry of this.files.values()) {
      const file = await this.opened(entry).catch(() => undefined)
      await file?.abandon()
    }
    for (const path of this.placed) await rm(path, { force: true })
  }

  private typeFile(type: string): TypeFile {
    let entry = this.files.get(type)
    if (!entry) {
      const path = `${this.base}.${type}.ndjson`
      entry = { path, chunks: [], count: 0 }
      this.files.set(type, entry)
    }
    return entry
  }

  /** Files are opened when their type first has something to write. */
  private opened(entry: TypeFile): Promise<WholeFile> {
    let opening = this.opening.get(entry.path)
    if (!opening) {
      opening = this.openFile(entry.path)
      this.opening.set(entry.path, opening)
    }
    return opening
  }
}

const rank = (type: string) => {
  const i = typeOrder.indexOf(type)
  return i === -1 ? typeOrder.length : i
}
