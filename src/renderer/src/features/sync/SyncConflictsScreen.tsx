import { useEffect, useRef, useState } from 'react'
import type { Result } from '@shared/api/result'
import type { RecordNumberClash, SyncConflict, SyncStatus } from '@shared/api/sync'
import { assessmentSteps, type AssessmentStep } from '@shared/model/assessment/steps'
import { formatDateTime } from '../../app/formatting'
import { hrefOf, type Route } from '../../app/router'
import { useApiQuery } from '../../app/useApiQuery'
import { EmptyState } from '../../components/EmptyState'
import { Notice } from '../../components/Notice'
import { PageHeader } from '../../components/PageHeader'
import { ChangeAfterSigningCard } from './ChangeAfterSigningCard'
import { showSyncStatus } from './useSyncStatus'

/** Where a conflicting field lives: its record, opened at the step that holds the field. */
function recordOf(c: SyncConflict): { route: Route; name: string } | undefined {
  if (c.recordType === 'clinic') return { route: { name: 'clinic' }, name: 'Clinic details' }
  if (c.recordType === 'clinician') return { route: { name: 'clinicians' }, name: 'A clinician' }
  if (!c.patient) return undefined
  if (c.recordType === 'assessment' && c.recordId) {
    const first = c.path.split('.')[0] ?? ''
    const step = (assessmentSteps as readonly string[]).includes(first)
      ? (first as AssessmentStep)
      : 'review'
    return {
      route: { name: 'assessment', patientId: c.patient.id, assessmentId: c.recordId, step },
      name: `${c.patient.name}: assessment`,
    }
  }
  return { route: { name: 'patient', patientId: c.patient.id }, name: c.patient.name }
}

/**
 * What sync left for a clinician to decide: a field two laptops changed at once (keep one
 * value), a record number given to two patients (correct one of them), and edits that reached a
 * record after it was signed (its author adds them as an addendum or sets them aside).
 */
export function SyncConflictsScreen() {
  const list = useApiQuery(() => window.api.listSyncConflicts({}), 'sync-conflicts')
  const [error, setError] = useState<string>()
  const [done, setDone] = useState<string>()
  const [busy, setBusy] = useState(false)
  // The card just decided leaves the list: the keyboard goes to what was done, not to the page top.
  const outcome = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (done) outcome.current?.focus()
  }, [done])

  /** Runs a decision; on success the list and the status line are asked again. */
  async function decide(call: () => Promise<Result<SyncStatus>>, said: string) {
    setError(undefined)
    setDone(undefined)
    setBusy(true)
    try {
      const result = await call()
      if (!result.ok) return result.error.message
      showSyncStatus(result.value)
      setDone(said)
      list.reload()
      return undefined
    } finally {
      setBusy(false)
    }
  }

  const v = list.status === 'ok' ? list.value : undefined
  const nothing =
    v &&
    v.conflicts.length === 0 &&
    v.recordNumbers.length === 0 &&
    v.changesAfterSigning.length === 0

  return (
    <>
      <PageHeader
        breadcrumb={<a href={hrefOf({ name: 'clinic-hub' })}>Clinic hub</a>}
        title="Conflicts to decide"
        subtitle="When two laptops changed the same thing before they met, both versions are kept here until a clinician decides. Nothing is lost meanwhile."
      />
      {list.status === 'error' && <Notice tone="error">{list.error.message}</Notice>}
      {error && <Notice tone="error">{error}</Notice>}
      {done && (
        <div ref={outcome} tabIndex={-1} className="conflict__outcome">
          <Notice tone="success">{done}</Notice>
        </div>
      )}
      {nothing && (
        <EmptyState title="Nothing to decide">
          <p>Every laptop’s changes have merged.</p>
        </EmptyState>
      )}
      {v && v.conflicts.length > 0 && (
        <section className="section" aria-labelledby="field-conflicts">
          <h2 id="field-conflicts" className="section__title">
            Changed on two laptops
          </h2>
          {v.conflicts.map((c) => (
            <FieldConflict
              key={c.id}
              conflict={c}
              busy={busy}
              onKeep={(choice) =>
                void decide(
                  () => window.api.resolveSyncConflict({ id: c.id, choice }),
                  `Kept “${c.options[choice]?.value ?? ''}” for ${c.label}.`,
                ).then(setError)
              }
            />
          ))}
        </section>
      )}
      {v && v.recordNumbers.length > 0 && (
        <section className="section" aria-labelledby="record-numbers">
          <h2 id="record-numbers" className="section__title">
            Record numbers used twice
          </h2>
          {v.recordNumbers.map((clash) => (
            <RecordNumberCard key={clash.recordNumber} clash={clash} />
          ))}
        </section>
      )}
      {v && v.changesAfterSigning.length > 0 && (
        <section className="section" aria-labelledby="after-signing">
          <h2 id="after-signing" className="section__title">
            Changes that arrived after signing
          </h2>
          <p className="muted">
            A signed record never changes. An edit made on a laptop that had not yet seen the
            signature waits here for the clinician who signed: they add it as an addendum, or set it
            aside (kept in the audit trail).
          </p>
          {v.changesAfterSigning.map((change) => (
            <ChangeAfterSigningCard
              key={change.id}
              change={change}
              busy={busy}
              onReview={(input, said) =>
                decide(() => window.api.reviewChangeAfterSigning(input), said)
              }
            />
          ))}
        </section>
      )}
    </>
  )
}

function FieldConflict({
  conflict: c,
  busy,
  onKeep,
}: {
  conflict: SyncConflict
  busy: boolean
  onKeep: (choice: number) => void
}) {
  const record = recordOf(c)
  const headingId = `conflict-${c.id}`
  return (
    <article className="card conflict" aria-labelledby={headingId}>
      <h3 id={headingId} className="card__title">
        {record ? <a href={hrefOf(record.route)}>{record.name}</a> : 'A record'}
        {' · '}
        {c.label}
      </h3>
      <p className="muted conflict__when">Found {formatDateTime(c.detectedAt)}</p>
      <ul className="conflict__options">
        {c.options.map((o, i) => (
          <li key={i} className="conflict__option">
            <div>
              <span className="conflict__value">{o.value || '(empty)'}</span>
              <span className="muted"> from {o.laptop}</span>
            </div>
            <button
              type="button"
              className="button button--small"
              disabled={busy}
              aria-label={`Keep “${o.value || '(empty)'}” from ${o.laptop}`}
              onClick={() => onKeep(i)}
            >
              Keep this
            </button>
          </li>
        ))}
      </ul>
    </article>
  )
}

function RecordNumberCard({ clash }: { clash: RecordNumberClash }) {
  return (
    <article className="card conflict" aria-label={`Record number ${clash.recordNumber}`}>
      <h3 className="card__title">Record number {clash.recordNumber}</h3>
      <ul className="plain-list">
        {clash.patients.map((p) => (
          <li key={p.id}>
            <a href={hrefOf({ name: 'patient', patientId: p.id })}>{p.name}</a>
          </li>
        ))}
      </ul>
      <p className="muted">
        Two laptops gave this number to different patients before they met. The app does not
        renumber anyone on its own: open one of these patients, choose Edit, and correct their
        record number.
      </p>
    </article>
  )
}
