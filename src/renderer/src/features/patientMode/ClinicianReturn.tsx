import { useState } from 'react'
import type { SessionState } from '@shared/model/clinician'

/**
 * The way back to the record: the signed-in clinician's passcode, checked by main. A wrong one
 * is refused; nothing else of the app opens from here.
 */
export function ClinicianReturn({
  clinicianName,
  beforeLeaving,
  onBack,
  onCancel,
}: {
  clinicianName: string
  /** Saves the patient's last answers first (what could not be saved stays in the draft copy). */
  beforeLeaving: () => Promise<unknown>
  onBack: (state: SessionState) => void
  onCancel: () => void
}) {
  const [passcode, setPasscode] = useState('')
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const submit = async (event: React.FormEvent) => {
    event.preventDefault()
    setBusy(true)
    setError(undefined)
    await beforeLeaving()
    const result = await window.api.leavePatientMode({ passcode })
    setBusy(false)
    if (!result.ok) {
      setError(result.error.issues?.[0]?.message ?? result.error.message)
      setPasscode('')
      return
    }
    onBack(result.value)
  }
  return (
    <form className="pm-return" onSubmit={(e) => void submit(e)} aria-labelledby="pm-heading">
      <h1 id="pm-heading" className="pm__heading">
        For the clinician
      </h1>
      <p>{clinicianName}: type your passcode to go back to the record.</p>
      <label className="pm-return__label" htmlFor="pm-passcode">
        Passcode
      </label>
      <input
        id="pm-passcode"
        type="password"
        autoComplete="current-password"
        autoFocus
        value={passcode}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'pm-passcode-error' : undefined}
        onChange={(e) => setPasscode(e.target.value)}
      />
      {error && (
        <p className="pm-return__error" id="pm-passcode-error" role="alert">
          {error}
        </p>
      )}
      <div className="pm-return__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          Back to the record
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
