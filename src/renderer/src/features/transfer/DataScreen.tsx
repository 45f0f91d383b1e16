import { useState } from 'react'
import { Notice } from '../../components/Notice'
import { PageHeader } from '../../components/PageHeader'
import { ExportControls } from './ExportControls'
import { JobProgress } from './JobProgress'
import { useJob } from './useJob'

/** Taking the clinic's data out, and bringing it in from another computer. */
export function DataScreen() {
  const [importJob, setImportJob] = useState<string>()
  const [error, setError] = useState<string>()
  const job = useJob(importJob)
  const startImport = async () => {
    setError(undefined)
    const result = await window.api.startImport({})
    if (!result.ok) setError(result.error.message)
    else if (result.value.started) setImportJob(result.value.jobId)
  }
  return (
    <>
      <PageHeader
        title="Import and export"
        subtitle="Files are written only where you choose; nothing is sent anywhere."
      />
      <section className="card transfer-card" aria-labelledby="export-heading">
        <h2 id="export-heading" className="card__title">
          Export
        </h2>
        <p className="muted">
          The JSON file holds every patient and assessment and can be imported again here or on
          another computer. The CSV has one row per measure per visit for audit and research,
          without names or contact details. The FHIR export is for other clinical systems, in the
          FHIR Bulk Data format: one NDJSON file per resource type (patients, encounters,
          observations, conditions, care plans), listed in a manifest that takes the name you
          choose. Each patient&rsquo;s page exports that patient as one FHIR bundle.
        </p>
        <ExportControls idPrefix="export-all" />
      </section>
      <section className="card transfer-card" aria-labelledby="import-heading">
        <h2 id="import-heading" className="card__title">
          Import
        </h2>
        <p className="muted">
          Import a Runner&rsquo;s Hip JSON export. Records already here are matched by their id:
          nothing is duplicated, newer records here are kept, and finalised assessments are never
          overwritten. The file is checked completely before anything is written.
        </p>
        <button
          type="button"
          className="button"
          disabled={job?.status === 'running'}
          onClick={() => void startImport()}
        >
          Import from a file…
        </button>
        {error && <Notice tone="error">{error}</Notice>}
        <JobProgress job={job} />
      </section>
    </>
  )
}
