import type { JobState } from '@shared/api/contract'
import { Notice } from '../../components/Notice'

/** Progress of an export or import, with Cancel while it runs and what happened when done. */
export function JobProgress({ job }: { job: JobState | undefined }) {
  if (!job) return null
  const percent = job.total > 0 ? Math.round((job.done / job.total) * 100) : 0
  if (job.status === 'running') {
    return (
      <div className="job" role="status" aria-live="polite">
        <p className="job__label">
          {job.label}: {job.done} of {job.total || '…'}
        </p>
        <progress
          className="job__bar"
          max={100}
          value={percent}
          aria-label={`${job.label} progress`}
        />
        <button
          type="button"
          className="button button--small"
          onClick={() => void window.api.cancelJob({ jobId: job.id })}
        >
          Cancel
        </button>
      </div>
    )
  }
  return (
    <Notice
      tone={job.status === 'done' ? 'success' : job.status === 'cancelled' ? 'info' : 'error'}
      title={`${job.label}: ${job.status}`}
    >
      <p className="job__message">{job.message}</p>
      {job.summary && job.summary.skipped.length > 0 && (
        <details>
          <summary>{job.summary.skipped.length} skipped, and why</summary>
          <ul>
            {job.summary.skipped.slice(0, 200).map((s, i) => (
              <li key={i}>
                {s.what}: {s.why}
              </li>
            ))}
          </ul>
        </details>
      )}
    </Notice>
  )
}
