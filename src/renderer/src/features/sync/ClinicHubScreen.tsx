import { useEffect, useRef, useState } from 'react'
import type { Result } from '@shared/api/result'
import type { SyncStatus } from '@shared/api/sync'
import {
  asSentence,
  fingerprintGroups,
  hubNowText,
  syncStatusLine,
  syncTimeText,
  toDecideText,
} from '@shared/sync/syncStatusText'
import { hrefOf } from '../../app/router'
import { Notice } from '../../components/Notice'
import { PageHeader } from '../../components/PageHeader'
import { JoinHubForm } from './JoinHubForm'
import { showSyncStatus, useSyncStatus } from './useSyncStatus'

const when = (iso: string) => syncTimeText(iso, new Date())

/**
 * The clinic's hub under the clinic's settings: a join form while this laptop works alone;
 * once joined, the hub (its fingerprint to compare with the hub's screen), this laptop's name,
 * when it last synced and what waits, "Sync now" and leaving the hub.
 */
export function ClinicHubScreen() {
  const status = useSyncStatus()
  const [done, setDone] = useState<string>()
  return (
    <>
      <PageHeader
        breadcrumb={<a href={hrefOf({ name: 'clinic' })}>Clinic details</a>}
        title="Clinic hub"
        subtitle="Several laptops share the clinic’s records through its hub. Each laptop keeps every record and works offline; changes meet at the hub."
      />
      {done && <Notice tone="success">{done}</Notice>}
      {!status ? null : status.state === 'not-joined' ? (
        <JoinHubForm
          onJoined={(joined) => {
            showSyncStatus(joined)
            setDone(
              `Joined ${joined.hub?.name ?? 'the hub'}. The clinic’s records are coming in; this laptop can be used meanwhile.`,
            )
          }}
        />
      ) : (
        <JoinedHub
          status={status}
          onLeft={() => setDone('This laptop has left the hub. Its records are still here.')}
        />
      )}
    </>
  )
}

function JoinedHub({ status, onLeft }: { status: SyncStatus; onLeft: () => void }) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  const [confirming, setConfirming] = useState(false)
  const confirmHeading = useRef<HTMLHeadingElement>(null)
  const leaveButton = useRef<HTMLButtonElement>(null)
  const wasConfirming = useRef(false)
  // The keyboard follows the question: to it when asked, back to "Leave the hub…" on "Stay".
  useEffect(() => {
    if (confirming) confirmHeading.current?.focus()
    else if (wasConfirming.current) leaveButton.current?.focus()
    wasConfirming.current = confirming
  }, [confirming])
  const line = syncStatusLine(status, when)
  const toDecide = toDecideText(status)
  const hubName = status.hub?.name ?? 'the hub'

  async function act(call: () => Promise<Result<SyncStatus>>, then?: () => void) {
    setError(undefined)
    setBusy(true)
    try {
      const result = await call()
      if (!result.ok) return setError(result.error.message)
      showSyncStatus(result.value)
      then?.()
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      {error && <Notice tone="error">{error}</Notice>}
      {status.state === 'refused' && (
        <Notice tone="error" title="The hub refuses this laptop">
          {status.problem
            ? asSentence(status.problem)
            : 'The hub no longer accepts this laptop’s key.'}{' '}
          The records are still here and can be used; changes made now stay on this laptop. To share
          again, leave the hub and join it with a new code.
        </Notice>
      )}
      <section className="card" aria-labelledby="hub-heading">
        <h2 id="hub-heading" className="card__title">
          {hubName}
        </h2>
        <dl className="details">
          <div className="details__item">
            <dt>Now</dt>
            <dd>
              {hubNowText(status)}
              {line.progress && (
                <progress
                  className="hub-progress"
                  value={line.progress.value}
                  max={line.progress.max}
                  aria-label="The clinic’s records received"
                />
              )}
            </dd>
          </div>
          <div className="details__item">
            <dt>Last synced</dt>
            <dd>{status.lastSyncedAt ? when(status.lastSyncedAt) : 'Not yet'}</dd>
          </div>
          <div className="details__item">
            <dt>Changes waiting</dt>
            <dd>
              {status.waiting === 0
                ? 'None: the hub has everything made here'
                : `${status.waiting} not yet on the hub`}
            </dd>
          </div>
          {toDecide && (
            <div className="details__item">
              <dt>To decide</dt>
              <dd>
                <a href={hrefOf({ name: 'sync-conflicts' })}>{toDecide}</a>
              </dd>
            </div>
          )}
          <div className="details__item">
            <dt>This laptop</dt>
            <dd>{status.laptop?.name ?? '—'}</dd>
          </div>
          {status.hub && (
            <>
              <div className="details__item">
                <dt>Hub address</dt>
                <dd>{status.hub.address}</dd>
              </div>
              <div className="details__item">
                <dt>Hub fingerprint</dt>
                <dd>
                  <span className="fingerprint">
                    {fingerprintGroups(status.hub.fingerprint).map((g, i) => (
                      <span key={i} className="fingerprint__group">
                        {g}
                      </span>
                    ))}
                  </span>
                  <span className="field__hint">
                    The hub shows the same groups: this laptop talks only to the hub with this
                    certificate.
                  </span>
                </dd>
              </div>
            </>
          )}
        </dl>
        {!confirming && (
          <div className="form__actions hub-actions">
            <button
              type="button"
              className="button button--primary"
              disabled={busy || status.state === 'refused'}
              onClick={() => void act(() => window.api.syncNow({}))}
            >
              {busy ? 'Syncing…' : 'Sync now'}
            </button>
            <button
              type="button"
              className="button"
              disabled={busy}
              ref={leaveButton}
              onClick={() => setConfirming(true)}
            >
              Leave the hub…
            </button>
          </div>
        )}
      </section>
      {confirming && (
        <section className="card section" aria-labelledby="leave-heading">
          <h2 id="leave-heading" className="card__title" tabIndex={-1} ref={confirmHeading}>
            Leave {hubName}?
          </h2>
          <p>
            The records stay on this laptop, every one of them, and can still be used. It stops
            sending its changes to the hub and receiving colleagues’.
            {status.waiting > 0 &&
              ` ${status.waiting} ${status.waiting === 1 ? 'change has' : 'changes have'} not reached the hub yet and will stay on this laptop only.`}{' '}
            To share again, join the hub with a new code.
          </p>
          <div className="form__actions">
            <button
              type="button"
              className="button button--danger"
              disabled={busy}
              onClick={() => void act(() => window.api.leaveHub({}), onLeft)}
            >
              {busy ? 'Leaving…' : 'Leave the hub'}
            </button>
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => setConfirming(false)}
            >
              Stay joined
            </button>
          </div>
        </section>
      )}
    </>
  )
}
