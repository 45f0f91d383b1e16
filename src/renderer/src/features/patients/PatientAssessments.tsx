import { useState } from 'react'
import type { AssessmentType } from '@shared/model/assessment/assessment'
import { assessmentTypeLabels } from '@shared/model/assessment/assessment'
import { todayIso } from '@shared/model/calendarDate'
import { formatDate } from '../../app/formatting'
import { hrefOf, navigate } from '../../app/router'
import { useApiQuery } from '../../app/useApiQuery'
import { EmptyState } from '../../components/EmptyState'
import { Notice } from '../../components/Notice'
import { useSignedInClinician } from '../session/sessionContext'

/** The patient's assessments, newest first, and the way to start the next one. */
export function PatientAssessments({ patientId }: { patientId: string }) {
  const list = useApiQuery(() => window.api.listAssessments({ patientId }), patientId)
  const [date, setDate] = useState(todayIso())
  const [error, setError] = useState<string>()
  const hasEarlier = list.status === 'ok' && list.value.length > 0
  const openDraft =
    list.status === 'ok' ? list.value.find((a) => a.status === 'draft' && !a.unreadable) : undefined
  // A new assessment names the clinician who starts it; they can change it on the Review step.
  const clinicianName = useSignedInClinician().name

  const start = async (type: AssessmentType) => {
    setError(undefined)
    const result = await window.api.createAssessment({ patientId, type, date, clinicianName })
    if (!result.ok) {
      setError(result.error.issues?.[0]?.message ?? result.error.message)
      return
    }
    navigate({ name: 'assessment', patientId, assessmentId: result.value.id, step: 'history' })
  }

  return (
    <section className="section" aria-labelledby="assessments-heading">
      <div className="section__header">
        <h2 id="assessments-heading" className="section__title">
          Assessments
        </h2>
        {list.status === 'ok' && list.value.length > 1 && (
          <a className="button" href={hrefOf({ name: 'progress', patientId })}>
            Progress and comparison
          </a>
        )}
        <div className="start-assessment">
          <label htmlFor="new-assessment-date" className="start-assessment__label">
            Date
          </label>
          <input
            id="new-assessment-date"
            type="date"
            value={date}
            onChange={(e) => setDate(e.target.value)}
          />
          <button
            type="button"
            className={hasEarlier ? 'button' : 'button button--primary'}
            onClick={() => void start('initial')}
          >
            New initial assessment
          </button>
          {hasEarlier && (
            <button
              type="button"
              className="button button--primary"
              onClick={() => void start('follow-up')}
            >
              New follow-up
            </button>
          )}
        </div>
      </div>
      {error && <Notice tone="error">{error}</Notice>}
      {openDraft && (
        <Notice tone="info" title="A draft is in progress">
          <a
            href={hrefOf({
              name: 'assessment',
              patientId,
              assessmentId: openDraft.id,
              step: 'history',
            })}
          >
            Resume the {assessmentTypeLabels[openDraft.type].toLowerCase()} of{' '}
            {formatDate(openDraft.date)}
          </a>
        </Notice>
      )}
      {list.status === 'error' && <Notice tone="error">{list.error.message}</Notice>}
      {list.status === 'ok' && list.value.length === 0 && (
        <EmptyState title="No assessments yet">
          <p>
            Start an initial assessment: history, outcome measures, physical exam and running
            technique.
          </p>
        </EmptyState>
      )}
      {list.status === 'ok' && list.value.length > 0 && (
        <table className="table table--rows-link">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Type</th>
              <th scope="col">Status</th>
              <th scope="col">Working diagnosis</th>
              <th scope="col">Key numbers</th>
            </tr>
          </thead>
          <tbody>
            {list.value.map((a) => {
              const route = {
                name: 'assessment' as const,
                patientId,
                assessmentId: a.id,
                step: a.status === 'draft' ? ('history' as const) : ('review' as const),
              }
              return (
                <tr key={a.id} onClick={() => navigate(route)}>
                  <td>
                    <a className="table__primary-link" href={hrefOf(route)}>
                      {formatDate(a.date)}
                    </a>
                  </td>
                  <td>{assessmentTypeLabels[a.type]}</td>
                  <td>
                    <span
                      className={
                        a.status === 'draft' ? 'badge badge--draft' : 'badge badge--finalised'
                      }
                    >
                      {a.status === 'draft' ? 'Draft' : 'Finalised'}
                    </span>
                  </td>
                  <td>
                    {a.unreadable && (
                      <span className="badge badge--danger timeline__flags">
                        Stored record could not be read
                      </span>
                    )}
                    {a.workingDiagnosis ??
                      (a.unreadable ? null : <span className="muted">Not confirmed</span>)}
                    {a.planStage && <span className="timeline__stage">{a.planStage}</span>}
                    {a.redFlagCount > 0 && (
                      <span className="badge badge--danger timeline__flags">
                        {a.redFlagCount} red {a.redFlagCount === 1 ? 'flag' : 'flags'}
                      </span>
                    )}
                  </td>
                  <td className="timeline__numbers">
                    {a.keyNumbers.length === 0 ? (
                      <span className="muted">—</span>
                    ) : (
                      a.keyNumbers.map((n) => (
                        <span key={n.label} className="key-number">
                          {n.label} <strong>{n.value}</strong>
                          {n.unit}
                        </span>
                      ))
                    )}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
    </section>
  )
}
