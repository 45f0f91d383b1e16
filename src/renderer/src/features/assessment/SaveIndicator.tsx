import { stepLabels } from '@shared/model/assessment/steps'
import type { SaveState } from './useAssessmentDraft'

const time = (iso: string) =>
  new Date(iso).toLocaleTimeString('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  })

/** Always says whether what is on screen is in the database. */
export function SaveIndicator({ state }: { state: SaveState }) {
  const [tone, text] = ((): [string, string] => {
    switch (state.kind) {
      case 'saved':
        return ['ok', `Saved ${time(state.at)}`]
      case 'saving':
        return ['busy', 'Saving…']
      case 'pending':
        return ['busy', 'Unsaved changes (kept on this computer)']
      case 'invalid':
        return [
          'warn',
          `Not saved yet: correct the highlighted field in ${state.sections.map((s) => (s === 'plan' ? 'the treatment plan' : stepLabels[s])).join(', ')}`,
        ]
      case 'failed':
        return ['warn', `Not saved: ${state.message} Retrying…`]
    }
  })()
  return (
    <p
      className={`save-indicator save-indicator--${tone}`}
      role="status"
      aria-live="polite"
      data-save-state={state.kind}
    >
      {text}
    </p>
  )
}
