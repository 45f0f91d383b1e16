import { urgencyLabels } from '@shared/clinical/reasoning/redFlagRules'
import type { RedFlagResult } from '@shared/clinical/reasoning/engine'
import { CitationNote } from '../../../components/CitationNote'

/** Red flags above everything else, each with what to do now and why it was raised. */
export function RedFlagBanner({
  flags,
  compact = false,
}: {
  flags: RedFlagResult[]
  compact?: boolean
}) {
  if (flags.length === 0) return null
  return (
    <section
      className={compact ? 'red-flag-banner red-flag-banner--compact' : 'red-flag-banner'}
      role="alert"
      aria-label="Red flags"
    >
      <p className="red-flag-banner__title">
        {flags.length === 1 ? 'Red flag' : `${flags.length} red flags`}: act on{' '}
        {flags.length === 1 ? 'it' : 'them'} before any treatment
      </p>
      <ul className="red-flag-list">
        {flags.map((flag) => (
          <li key={flag.id} className={`red-flag red-flag--${flag.urgency}`}>
            <p className="red-flag__name">
              <span className="red-flag__urgency">{urgencyLabels[flag.urgency]}</span> {flag.name}
              {flag.stopRunning && <span className="red-flag__stop">Stop running</span>}
            </p>
            <p className="red-flag__action">{flag.action}</p>
            {!compact && (
              <p className="red-flag__because">
                Because: {flag.because.join('; ')}{' '}
                <CitationNote citation={flag.citation} label={flag.name} />
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
