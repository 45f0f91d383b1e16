import { useState } from 'react'
import { exportFormatLabels, exportFormats, type ExportFormat } from '@shared/model/exportFile'
import { Notice } from '../../components/Notice'
import { JobProgress } from './JobProgress'
import { useJob } from './useJob'

/** The whole clinic in FHIR is FHIR Bulk Data (main's transfer/fhirBulk.ts); one patient, a Bundle. */
const formatLabel = (format: ExportFormat, wholeClinic: boolean) =>
  wholeClinic && format === 'fhir'
    ? 'FHIR R4 Bulk Data (NDJSON, one file per resource type, and a manifest)'
    : exportFormatLabels[format]

/** Choose a format and export one patient (or everyone), with progress and cancel. */
export function ExportControls({ patientId, idPrefix }: { patientId?: string; idPrefix: string }) {
  const [format, setFormat] = useState<ExportFormat>('json')
  const [jobId, setJobId] = useState<string>()
  const [error, setError] = useState<string>()
  const job = useJob(jobId)
  const start = async () => {
    setError(undefined)
    const result = await window.api.startExport({ format, ...(patientId ? { patientId } : {}) })
    if (!result.ok) setError(result.error.message)
    else if (result.value.started) setJobId(result.value.jobId)
  }
  return (
    <div className="transfer">
      <div className="transfer__row">
        <label className="field__label" htmlFor={`${idPrefix}-format`}>
          Format
        </label>
        <select
          id={`${idPrefix}-format`}
          value={format}
          onChange={(e) => setFormat(e.target.value as ExportFormat)}
        >
          {exportFormats.map((f) => (
            <option key={f} value={f}>
              {formatLabel(f, !patientId)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button"
          disabled={job?.status === 'running'}
          onClick={() => void start()}
        >
          {patientId ? 'Export this patient…' : 'Export all patients…'}
        </button>
      </div>
      {error && <Notice tone="error">{error}</Notice>}
      <JobProgress job={job} />
    </div>
  )
}
