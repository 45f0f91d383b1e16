import type { ClinicianSession } from '../session/clinicianSession'
import { defineHandlers, type ErrorReporter } from './defineHandlers'
import { reportWithoutPatientData } from './handlers'

/** Signing in and out, locking and unlocking: answered once the records are open. */
export function createSessionHandlers(
  session: ClinicianSession,
  report: ErrorReporter = reportWithoutPatientData,
) {
  return defineHandlers(
    {
      getSession: () => session.state(),
      createClinician: (input) => session.createClinician(input),
      signIn: ({ clinicianId, passcode }) => session.signIn(clinicianId, passcode),
      unlockSession: ({ passcode }) => session.unlock(passcode),
      lockSession: () => session.lock(),
      signOut: () => session.signOut(),
      touchSession: () => {
        if (session.activeClinician()) session.touch()
        return session.state()
      },
      setLockAfterMinutes: ({ minutes }) => session.setLockAfterMinutes(minutes),
    },
    report,
  )
}
