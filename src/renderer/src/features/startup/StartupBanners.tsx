import { Notice } from '../../components/Notice'
import { useStartup } from './startupContext'

/**
 * At the top of every screen: that the records are open read-only (and why), what opening them
 * found (records skipped, a backup that failed), and what a restore did. None holds patient data.
 */
export function StartupBanners() {
  const { readOnly, notices, flash, dismissFlash, dismissNotices } = useStartup()
  if (!readOnly && notices.length === 0 && !flash) return null
  return (
    <div className="startup-banners">
      {readOnly && (
        <div className="read-only-banner" role="status">
          <strong>Read-only.</strong> {readOnly.message}
        </div>
      )}
      {flash && (
        <Notice tone="success">
          {flash}{' '}
          <button type="button" className="link-button" onClick={dismissFlash}>
            Dismiss
          </button>
        </Notice>
      )}
      {notices.length > 0 && (
        <Notice tone="info" title="When the records opened">
          {notices.map((n) => (
            <p key={n} className="startup-banners__notice">
              {n}
            </p>
          ))}
          <button type="button" className="link-button" onClick={dismissNotices}>
            Dismiss
          </button>
        </Notice>
      )}
    </div>
  )
}
