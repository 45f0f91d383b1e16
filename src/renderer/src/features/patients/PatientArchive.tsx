import { useState } from 'react'
import { formatDate } from '../../app/formatting'
import { useApiQuery } from '../../app/useApiQuery'
import { Notice } from '../../components/Notice'

/**
 * Archiving a patient who has finished treatment: they leave the home screen and the default
 * patient list, every record stays, and "Include archived patients" on the list finds them.
 * Reversible in one click, and recorded in the audit trail either way.
 */
export function useArchiveState(patientId: string) {
  const standing = useApiQuery(() => window.api.getPatientCaseload({ id: patientId }), patientId)
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const setArchived = async (archived: boolean) => {
    setBusy(true)
    setError(undefined)
    const result = await window.api.setPatientArchived({ id: patientId, archived })
    setBusy(false)
    if (!result.ok) setError(result.error.message)
    standing.reload()
  }
  const archivedAt = standing.status === 'ok' ? standing.value.archivedAt : undefined
  return { loaded: standing.status === 'ok', archivedAt, setArchived, busy, error }
}

export function ArchiveButton({ state }: { state: ReturnType<typeof useArchiveState> }) {
  if (!state.loaded || state.archivedAt) return null
  return (
    <button
      type="button"
      className="button"
      onClick={() => void state.setArchived(true)}
      disabled={state.busy}
      title="Takes the patient off the home screen and the patient list; every record is kept"
    >
      Archive
    </button>
  )
}

export function ArchivedNotice({ state }: { state: ReturnType<typeof useArchiveState> }) {
  return (
    <>
      {state.error && <Notice tone="error">{state.error}</Notice>}
      {state.archivedAt && (
        <Notice tone="info" title={`Archived on ${formatDate(state.archivedAt)}`}>
          <p>
            Not on the home screen or in the patient list unless “Include archived patients” is
            ticked. Every record is kept.
          </p>
          <button
            type="button"
            className="button button--small"
            onClick={() => void state.setArchived(false)}
            disabled={state.busy}
          >
            Bring back to the caseload
          </button>
        </Notice>
      )}
    </>
  )
}
