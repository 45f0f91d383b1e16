import { urgencyLabels } from '@shared/clinical/reasoning/redFlagRules'
import type { RedFlagResult } from '@shared/clinical/reasoning/engine'
import type { MedicalClearance } from '@shared/model/assessment/medicalClearance'
import { formatDate } from '../../../app/formatting'
import { CitationNote } from '../../../components/CitationNote'

/**
 * Red flags above everything else, each with what to do now and why it was raised. A flag a
 * doctor has cleared stays in the list, with who cleared it, when and what was excluded.
 */
export function RedFlagBanner({
  flags,
  clearances = [],
  compact = false,
}: {
  flags: RedFlagResult[]
  clearances?: MedicalClearance[]
  compact?: boolean
}) {
  if (flags.length === 0) return null
  const clearanceOf = (flag: RedFlagResult) => clearances.find((c) => c.redFlag === flag.id)
  const cleared = flags.filter((f) => clearanceOf(f) !== undefined).length
  return (
    <section
      className={compact ? 'red-flag-banner red-flag-banner--compact' : 'red-flag-banner'}
      role="alert"
      aria-label="Red flags"
    >
      <p className="red-flag-banner__title">{bannerTitle(flags.length, cleared)}</p>
      <ul className="red-flag-list">
        {flags.map((flag) => (
          <li key={flag.id} className={`red-flag red-flag--${flag.urgency}`}>
            <p className="red-flag__name">
              <span className="red-flag__urgency">{urgencyLabels[flag.urgency]}</span> {flag.name}
              {clearanceOf(flag) ? (
                <span className="red-flag__cleared">Cleared</span>
              ) : (
                flag.stopRunning && <span className="red-flag__stop">Stop running</span>
              )}
            </p>
            {clearanceOf(flag) ? (
              <p className="red-flag__action">
                Cleared by {clearanceOf(flag)!.clearedBy} on{' '}
                {formatDate(clearanceOf(flag)!.clearedOn)}: {clearanceOf(flag)!.excluded}
              </p>
            ) : (
              <p className="red-flag__action">{flag.action}</p>
            )}
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

/** "2 red flags: act on them before any treatment", counting those a doctor has cleared apart. */
function bannerTitle(raised: number, cleared: number): string {
  const open = raised - cleared
  const clearedText = cleared === 1 ? '1 cleared by a doctor' : `${cleared} cleared by a doctor`
  if (open === 0)
    return raised === 1 ? 'Red flag: cleared by a doctor' : `Red flags: all ${clearedText}`
  const act = `${open === 1 ? 'Red flag' : `${open} red flags`}: act on ${open === 1 ? 'it' : 'them'} before any treatment`
  return cleared > 0 ? `${act} (${clearedText})` : act
}
