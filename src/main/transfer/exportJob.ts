import type { Database } from 'better-sqlite3'
import type { FhirResource } from 'fhir/r4'
import {
  fhirAssessmentResourcesOf,
  fhirPatientOf,
  toFhirBundle,
} from '../../shared/interop/fhirBundle'
import { toMeasuresCsv } from '../../shared/interop/measuresCsv'
import {
  EXPORT_FILE_FORMAT,
  EXPORT_FILE_VERSION,
  type ExportFormat,
} from '../../shared/model/exportFile'
import { openWholeFile, type WholeFile } from '../files'
import { ExportReader, type ExportRecord } from './exportRecords'
import { FhirBulkWriter } from './fhirBulk'
import type { JobControl } from './jobs'

export interface ExportRequest {
  format: ExportFormat
  /** One patient; without it, the whole clinic (for FHIR: FHIR Bulk Data, fhirBulk.ts). */
  patientId?: string
  /** The file the user chose (for FHIR Bulk Data: the manifest; the NDJSON files go beside it). */
  path: string
  exportedAt: string
  /** Patients read per page (tests make it small). */
  pageSize?: number
}

export interface ExportOptions {
  /** How files are opened: files.ts's part-file writer, unless a test watches the writes. */
  openFile?: (path: string) => Promise<WholeFile>
}

/** Patients read per page. */
const PAGE = 25
/** The longest the export runs before it lets main answer other calls. */
const SLICE_MS = 12
/** Text held before it is written out. */
const FLUSH_CHARS = 1 << 20

/**
 * Exports as it reads: a page of patients (exportRecords.ts) at a time, each record turned into
 * its text and written through files.ts's part-file writer as it goes, so memory holds one page
 * and one megabyte of text whatever the size of the clinic. The export runs on main in slices of
 * about 12 ms: after each slice (and each page) what is buffered is written, progress is reported
 * (patients done of the total) and the job yields (`control.checkpoint`), where a cancel stops
 * it. The file is written whole or not at all (files.ts): a cancelled or failed export (a full
 * disk, a damaged record) leaves no file and no part file where the user looks for one.
 */
export async function runExport(
  db: Database,
  request: ExportRequest,
  control: JobControl,
  options: ExportOptions = {},
): Promise<{ message: string; patients: number }> {
  const openFile = options.openFile ?? openWholeFile
  const reader = new ExportReader(db)
  const total = reader.count(request.patientId)
  const sink = await sinkFor(request, openFile)
  let done = 0
  try {
    control.progress(0, total)
    await control.checkpoint()
    let slice = performance.now()
    const pause = async () => {
      await sink.flush()
      control.progress(Math.min(done, total), total)
      await control.checkpoint()
      slice = performance.now()
    }
    for (const page of reader.pages(request.patientId, request.pageSize ?? PAGE)) {
      for (const record of page) {
        // A patient is written visit by visit, with a pause wherever the slice runs out: a
        // patient with hundreds of visits does not hold main up either.
        for (const _ of sink.add(record)) {
          if (sink.pending() > FLUSH_CHARS) await sink.flush()
          if (performance.now() - slice > SLICE_MS) await pause()
        }
        done++
      }
      await pause()
    }
    const what = await sink.commit()
    // A patient added while the export ran (after its page) may make `done` pass the count.
    control.progress(done, Math.max(done, total))
    return {
      message: `Exported ${done} ${done === 1 ? 'patient' : 'patients'}${what ? `: ${what}` : ''}.`,
      patients: done,
    }
  } catch (error) {
    await sink.abandon()
    throw error
  }
}

/** Where an export's text goes: buffered, written at each pause, committed at the end. */
interface Sink {
  /** Buffers the record's text a piece (a visit) at a time, yielding after each. */
  add(record: ExportRecord): Iterable<void>
  pending(): number
  flush(): Promise<void>
  /** Puts the file(s) in place; says what was written, when there is more to say. */
  commit(): Promise<string | undefined>
  abandon(): Promise<void>
}

async function sinkFor(
  request: ExportRequest,
  openFile: (path: string) => Promise<WholeFile>,
): Promise<Sink> {
  if (request.format === 'fhir' && !request.patientId) {
    return new FhirBulkWriter(request.path, request.exportedAt, openFile)
  }
  const format = formats[request.format]
  const out = await openFile(request.path)
  let chunks: string[] = [format.start(request.exportedAt)]
  let chars = chunks[0]!.length
  let first = true
  const flush = async () => {
    if (chars === 0) return
    const text = chunks.join('')
    chunks = []
    chars = 0
    await out.write(text)
  }
  return {
    *add(record) {
      for (const text of format.record(record, first)) {
        chunks.push(text)
        chars += text.length
        yield
      }
      first = false
    },
    pending: () => chars,
    flush,
    async commit() {
      chunks.push(format.end())
      chars++
      await flush()
      await out.commit()
      return undefined
    },
    abandon: () => out.abandon(),
  }
}

interface Format {
  start(exportedAt: string): string
  /** A record's text in pieces: the patient, then each visit, then what closes the record. */
  record(record: ExportRecord, first: boolean): Iterable<string>
  end(): string
}

const formats: Record<ExportFormat, Format> = {
  json: {
    start: (exportedAt) =>
      `{"format":${JSON.stringify(EXPORT_FILE_FORMAT)},"formatVersion":${EXPORT_FILE_VERSION},"exportedAt":${JSON.stringify(exportedAt)},"patients":[`,
    // The stored text as it is (it is JSON.stringify of the document); an upgraded one afresh.
    *record(r, first) {
      yield `${first ? '' : ','}\n{"patient":${r.patient.text},"assessments":[`
      for (const [i, a] of r.assessments.entries()) {
        yield `${i === 0 ? '' : ','}${JSON.stringify(a.assessment)}`
      }
      yield ']}'
    },
    end: () => '\n]}\n',
  },
  csv: {
    // The header, even for an empty clinic; rows by patient id (the pages' order), date,
    // assessment id and measure, as toMeasuresCsv sorts them.
    start: () => toMeasuresCsv([]),
    *record(r) {
      const byDateAndId = r.assessments
        .map((a) => a.assessment)
        .sort((x, y) => compare(x.date, y.date) || compare(x.id, y.id))
      for (const a of byDateAndId) {
        const csv = toMeasuresCsv([{ patient: r.patient.patient, assessments: [a] }])
        yield csv.slice(csv.indexOf('\r\n') + 2)
      }
    },
    end: () => '',
  },
  /** One patient's FHIR Bundle (the whole clinic is FHIR Bulk Data: fhirBulk.ts). */
  fhir: {
    start: (exportedAt) => {
      const { entry: _entry, ...head } = toFhirBundle([], { generatedAt: exportedAt })
      return `${JSON.stringify(head).slice(0, -1)},"entry":[`
    },
    *record(r, first) {
      const entry = (resource: FhirResource) =>
        JSON.stringify({ fullUrl: `urn:uuid:${resource.id}`, resource })
      yield `${first ? '' : ','}\n${entry(fhirPatientOf(r.patient.patient))}`
      // Stored in visit order (exportRecords.ts), as toFhirBundle orders them.
      for (const a of r.assessments) {
        const resources = fhirAssessmentResourcesOf(r.patient.patient, a.assessment, 'bundle')
        yield resources.map((resource) => `,\n${entry(resource)}`).join('')
      }
    },
    end: () => '\n]}\n',
  },
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
