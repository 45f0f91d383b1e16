import type { ReactNode } from 'react'
import type { CaseloadPatient, Listed, OpenDraft, ReviewDue } from '@shared/api/caseload'
import { assessmentTypeLabels } from '@shared/model/assessment/assessmentTypes'
import { todayIso } from '@shared/model/calendarDate'
import { daysBetween, DUE_SOON_DAYS, OVERDUE_LISTED_DAYS } from '@shared/workflow/caseload'
import { formatDate, formatDateTime } from '../../app/formatting'
import { hrefOf } from '../../app/router'
import { useApiQuery } from '../../app/useApiQuery'
import { Notice } from '../../components/Notice'
import { PageHeader } from '../../components/PageHeader'

const longDate = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

/**
 * The first screen after signing in: who is due for review (overdue, and in the next seven
 * days), the drafts left open, and the patients last worked on. Every row is one link: the
 * patient, or the draft itself. Today is the clinic's date (this computer's time zone).
 */
export function HomeScreen() {
  const today = todayIso()
  const caseload = useApiQuery(() => window.api.getCaseload({ today }), today)
  return (
    <>
      <PageHeader
        title="Caseload"
        subtitle={longDate.format(new Date(`${today}T00:00:00Z`))}
        actions={
          <>
            <a className="button" href={hrefOf({ name: 'patients' })}>
              Find a patient
            </a>
            <a className="button button--primary" href={hrefOf({ name: 'patient-new' })}>
              New patient
            </a>
          </>
        }
      />
      {caseload.status === 'error' && <Notice tone="error">{caseload.error.message}</Notice>}
      {caseload.status === 'ok' && (
        <div className="caseload">
          <section className="card caseload__panel" aria-labelledby="reviews-heading">
            <h2 id="reviews-heading" className="card__title">
              Reviews due
            </h2>
            <ReviewList
              id="overdue"
              title="Overdue"
              listed={caseload.value.overdue}
              today={today}
              empty={`No review missed in the last ${OVERDUE_LISTED_DAYS / 7} weeks.`}
              overdue
            />
            <ReviewList
              id="due-this-week"
              title={`This week (next ${DUE_SOON_DAYS} days)`}
              listed={caseload.value.dueThisWeek}
              today={today}
              empty="No review due in the next seven days."
            />
          </section>
          <section className="card caseload__panel" aria-labelledby="drafts-heading">
            <h2 id="drafts-heading" className="card__title">
              Open drafts <Count n={caseload.value.drafts.total} />
            </h2>
            <DraftList listed={caseload.value.drafts} />
          </section>
          <section className="card caseload__panel card--wide" aria-labelledby="recent-heading">
            <h2 id="recent-heading" className="card__title">
              Recent patients
            </h2>
            <RecentList patients={caseload.value.recent} />
          </section>
        </div>
      )}
    </>
  )
}

function Count({ n }: { n: number }) {
  return <span className="caseload__count">{n}</span>
}

/** "and 12 more" under a list cut to its first rows, pointing to where all are. */
function More({ listed, children }: { listed: Listed<unknown>; children: ReactNode }) {
  const more = listed.total - listed.rows.length
  if (more <= 0) return null
  return (
    <p className="caseload__more muted">
      and {more} more: {children}
    </p>
  )
}

function ReviewList(props: {
  id: string
  title: string
  listed: Listed<ReviewDue>
  today: string
  empty: string
  overdue?: boolean
}) {
  const { id, title, listed, today, empty, overdue = false } = props
  return (
    <div className="caseload__group">
      <h3 id={`${id}-heading`} className="caseload__group-title">
        {title} <Count n={listed.total} />
      </h3>
      {listed.rows.length === 0 ? (
        <p className="muted caseload__empty">{empty}</p>
      ) : (
        <ul className="caseload__list" aria-labelledby={`${id}-heading`}>
          {listed.rows.map((r) => (
            <li
              key={r.patientId}
              className={overdue ? 'caseload__row caseload__row--overdue' : 'caseload__row'}
            >
              <a
                className="caseload__link"
                href={hrefOf({ name: 'patient', patientId: r.patientId })}
              >
                <span className="caseload__name">
                  {r.familyName}, {r.givenName}
                </span>
                <span className="caseload__when">{reviewWhen(r.nextReview, today)}</span>
                <span className="caseload__detail muted">
                  {r.workingDiagnosis ?? 'No working diagnosis recorded'}
                  {r.openDrafts > 0 && ' · draft open'}
                </span>
              </a>
            </li>
          ))}
        </ul>
      )}
      <More listed={listed}>the patient list shows every patient’s next review.</More>
    </div>
  )
}

/** When a review is, in words a clinician reads at a glance. */
function reviewWhen(reviewDate: string, today: string): string {
  const days = daysBetween(today, reviewDate)
  if (days < 0) return `${plural(-days, 'day')} overdue (${formatDate(reviewDate)})`
  if (days === 0) return `today (${formatDate(reviewDate)})`
  if (days === 1) return `tomorrow (${formatDate(reviewDate)})`
  return `in ${days} days (${formatDate(reviewDate)})`
}

function DraftList({ listed }: { listed: Listed<OpenDraft> }) {
  if (listed.rows.length === 0)
    return (
      <p className="muted caseload__empty">No draft left open: every assessment is finalised.</p>
    )
  return (
    <>
      <ul className="caseload__list" aria-labelledby="drafts-heading">
        {listed.rows.map((d) => (
          <li key={d.assessmentId} className="caseload__row">
            <a
              className="caseload__link"
              href={hrefOf({
                name: 'assessment',
                patientId: d.patientId,
                assessmentId: d.assessmentId,
                step: 'history',
              })}
            >
              <span className="caseload__name">
                {d.familyName}, {d.givenName}
              </span>
              <span className="caseload__when">
                {assessmentTypeLabels[d.type]}, {formatDate(d.date)}
              </span>
              <span className="caseload__detail muted">
                Started by {d.startedBy ?? 'an unnamed clinician'}, {formatDateTime(d.startedAt)}
              </span>
            </a>
          </li>
        ))}
      </ul>
      <More listed={listed}>each patient’s page lists their drafts.</More>
    </>
  )
}

function RecentList({ patients }: { patients: CaseloadPatient[] }) {
  if (patients.length === 0)
    return (
      <p className="muted caseload__empty">
        No patients yet. <a href={hrefOf({ name: 'patient-new' })}>Add a patient</a> to start an
        assessment.
      </p>
    )
  return (
    <ul className="caseload__list caseload__list--columns" aria-labelledby="recent-heading">
      {patients.map((p) => (
        <li key={p.patientId} className="caseload__row">
          <a className="caseload__link" href={hrefOf({ name: 'patient', patientId: p.patientId })}>
            <span className="caseload__name">
              {p.familyName}, {p.givenName}
            </span>
            <span className="caseload__detail muted">
              {p.lastVisit ? `Last visit ${formatDate(p.lastVisit)}` : 'No visit yet'}
              {p.workingDiagnosis && ` · ${p.workingDiagnosis}`}
            </span>
          </a>
        </li>
      ))}
    </ul>
  )
}
