import { toFhirBundle } from '../../shared/interop/fhirBundle'
import { toMeasuresCsv } from '../../shared/interop/measuresCsv'
import type { Assessment } from '../../shared/model/assessment/assessment'
import {
  EXPORT_FILE_FORMAT,
  EXPORT_FILE_VERSION,
  type ExportFormat,
} from '../../shared/model/exportFile'
import type { Patient } from '../../shared/model/patient'
import type { AssessmentRepository } from '../db/assessmentRepository'
import type { PatientRepository } from '../db/patientRepository'
import { openWholeFile } from '../files'
import type { JobControl } from './jobs'

const CHUNK = 25

export interface ExportRequest {
  format: ExportFormat
  patientIds: string[]
  path: string
  exportedAt: string
}

type PatientRecord = { patient: Patient; assessments: Assessment[] }

/**
 * Writes patients and their assessments to `path` in chunks, reporting progress and stopping
 * when cancelled. The file is written whole or not at all (files.ts): a cancelled or failed
 * export (a full disk) never leaves half a file, nor a part file, where the user looks for one.
 */
export async function runExport(
  repos: { patients: PatientRepository; assessments: AssessmentRepository },
  request: ExportRequest,
  control: JobControl,
): Promise<{ message: string }> {
  const out = await openWholeFile(request.path)
  const total = request.patientIds.length
  try {
    control.progress(0, total)
    const format = formatWriters[request.format]
    await out.write(format.start(request.exportedAt))
    for (let i = 0; i < total; i += CHUNK) {
      await control.checkpoint()
      const records: PatientRecord[] = request.patientIds.slice(i, i + CHUNK).map((id) => ({
        patient: repos.patients.get(id),
        assessments: repos.assessments.historyOf(id),
      }))
      await out.write(format.chunk(records, i === 0, request.exportedAt))
      control.progress(Math.min(i + CHUNK, total), total)
    }
    await out.write(format.end())
    await out.commit()
    return { message: `Exported ${total} ${total === 1 ? 'patient' : 'patients'}.` }
  } catch (error) {
    await out.abandon()
    throw error
  }
}

interface FormatWriter {
  start(exportedAt: string): string
  chunk(records: PatientRecord[], first: boolean, exportedAt: string): string
  end(): string
}

/** JSON arrays written piece by piece: the opening, comma-separated items, the closing. */
const jsonItems = (items: unknown[], first: boolean) =>
  items.length === 0
    ? ''
    : `${first ? '' : ','}\n${items.map((i) => JSON.stringify(i)).join(',\n')}`

const formatWriters: Record<ExportFormat, FormatWriter> = {
  json: {
    start: (exportedAt) =>
      `{"format":${JSON.stringify(EXPORT_FILE_FORMAT)},"formatVersion":${EXPORT_FILE_VERSION},"exportedAt":${JSON.stringify(exportedAt)},"patients":[`,
    chunk: (records, first) => jsonItems(records, first),
    end: () => '\n]}\n',
  },
  csv: {
    start: () => '',
    chunk: (records, first) => {
      const csv = toMeasuresCsv(records)
      // The header comes once, with the first chunk.
      return first ? csv : csv.slice(csv.indexOf('\r\n') + 2)
    },
    end: () => '',
  },
  fhir: {
    start: (exportedAt) => {
      const empty = toFhirBundle([], { generatedAt: exportedAt })
      const { entry: _entry, ...head } = empty
      return `${JSON.stringify(head).slice(0, -1)},"entry":[`
    },
    chunk: (records, first, exportedAt) =>
      jsonItems(toFhirBundle(records, { generatedAt: exportedAt }).entry ?? [], first),
    end: () => '\n]}\n',
  },
}
