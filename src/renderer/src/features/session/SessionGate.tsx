import { lazy, Suspense, useCallback, useEffect, useState, type ReactNode } from 'react'
import { navigate } from '../../app/router'
import type { NewClinician, SessionState } from '@shared/model/clinician'
import { useShortcut } from '../../app/useShortcut'
import { GateScreen } from '../../components/GateScreen'
import { Notice } from '../../components/Notice'
import { ClinicianForm } from './ClinicianForm'
import { SessionContext } from './sessionContext'
import { SignInForm } from './SignInForm'
import { useIdleLock } from './useIdleLock'

// Loaded only when a clinician hands the laptop to a patient.
const PatientModeScreen = lazy(() =>
  import('../patientMode/PatientModeScreen').then((m) => ({ default: m.PatientModeScreen })),
)

/**
 * Who is using the app: the first clinician is set up on a new installation, then each signs in
 * with their passcode. While locked (idle, or Ctrl+L) the lock screen covers everything and the
 * app behind it is hidden but kept as it was, typing in progress included.
 */
export function SessionGate({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>()
  const [error, setError] = useState<string>()
  useEffect(() => {
    void window.api.getSession({}).then((result) => {
      if (result.ok) setState(result.value)
      else setError(result.error.message)
    })
  }, [])
  const update = useCallback((next: SessionState) => setState(next), [])
  const lock = useCallback(() => {
    void window.api.lockSession({}).then((result) => result.ok && setState(result.value))
  }, [])
  useIdleLock(state, update)
  // In patient mode Ctrl+L would only strand the patient on the lock screen.
  useShortcut('mod+l', () => {
    if (!state?.patientMode) lock()
  })

  if (error) {
    return (
      <GateScreen title="The app could not start">
        <Notice tone="error">{error}</Notice>
      </GateScreen>
    )
  }
  if (!state) return null
  if (state.clinicians.length === 0) {
    const create = async (clinician: NewClinician) => {
      const result = await window.api.createClinician(clinician)
      if (!result.ok) return result.error
      setState(result.value)
      return undefined
    }
    return (
      <GateScreen title="Set up the first clinician">
        <p>
          Each person who uses the app signs in with their own passcode, so that every record says
          who wrote it. Start with yourself; you can add colleagues afterwards.
        </p>
        <ClinicianForm submitLabel="Set up and sign in" onSubmit={create} />
      </GateScreen>
    )
  }
  if (!state.signedIn) {
    return (
      <GateScreen title="Sign in">
        <SignInForm clinicians={state.clinicians} onDone={setState} />
      </GateScreen>
    )
  }
  return (
    <SessionContext.Provider value={{ state, lock, update }}>
      {state.locked && (
        <GateScreen title="Locked">
          <p>
            The app locked itself to keep the records private. {state.signedIn.name}: type your
            passcode to go on where you were, or sign in as someone else.
          </p>
          <SignInForm clinicians={state.clinicians} current={state.signedIn} onDone={setState} />
        </GateScreen>
      )}
      {/* Keyed by the clinician: a colleague who takes over starts from their own screens. */}
      <div key={state.signedIn.id} hidden={state.locked} inert={state.locked}>
        {state.patientMode
          ? // The patient's questionnaires instead of the app: nothing of the record is rendered.
            // Not while locked (main answers nothing then); reopened after, from the saved draft.
            !state.locked && (
              <Suspense fallback={null}>
                <PatientModeScreen
                  mode={state.patientMode}
                  startPage={state.patientModePage ?? 0}
                  clinicianName={state.signedIn.name}
                  onBack={(next) => {
                    const { patientId, assessmentId } = state.patientMode!
                    navigate(
                      { name: 'assessment', patientId, assessmentId, step: 'outcomes' },
                      { replace: true },
                    )
                    setState(next)
                  }}
                />
              </Suspense>
            )
          : children}
      </div>
    </SessionContext.Provider>
  )
}
