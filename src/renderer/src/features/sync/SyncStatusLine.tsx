import { syncStatusLine, syncTimeText, toDecideText } from '@shared/sync/syncStatusText'
import { hrefOf } from '../../app/router'
import { useSyncStatus } from './useSyncStatus'
import './sync.css'

const when = (iso: string) => syncTimeText(iso, new Date())

/**
 * Where this laptop stands with the clinic's hub, at the foot of the sidebar on every screen.
 * Quiet when the laptop is not joined; otherwise in step, sending, receiving (with a progress
 * bar), offline or refused, and a link to what waits for a decision. Only the headline is a live
 * region: counts and times change every few seconds and would be read out each time.
 */
export function SyncStatusLine() {
  const status = useSyncStatus()
  if (!status) return null
  const line = syncStatusLine(status, when)
  const toDecide = toDecideText(status)
  const joined = status.state !== 'not-joined'
  return (
    <div className={`sync-status sync-status--${line.tone}`}>
      <p className="sync-status__line">
        {joined && <span className="sync-status__dot" aria-hidden="true" />}
        <span role="status" aria-live="polite">
          {joined ? (
            <a className="sync-status__link" href={hrefOf({ name: 'clinic-hub' })}>
              {line.headline}
            </a>
          ) : (
            line.headline
          )}
        </span>
        {line.detail && <span className="sync-status__detail"> · {line.detail}</span>}
      </p>
      {line.progress && (
        <progress
          className="sync-status__progress"
          value={line.progress.value}
          max={line.progress.max}
          aria-label="The clinic’s records received"
        />
      )}
      {toDecide && (
        <a className="sync-status__decide" href={hrefOf({ name: 'sync-conflicts' })}>
          {toDecide}
        </a>
      )}
    </div>
  )
}
