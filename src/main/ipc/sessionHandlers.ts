import type { ClinicianSession } from '../session/clinicianSession'
import { AppError } from '../../shared/api/appError'
import { defineHandlers, type ErrorReporter } from './defineHandlers'
import { READ_ONLY_MESSAGE, reportWithoutPatientData } from './handlers'

/**
 * Signing in and out, locking and unlocking: answered once the records are open. Records open
 * read-only still let a clinician sign in to view them; only adding a clinician and changing the
 * lock time write, and those are refused.
 */
export function createSessionHandlers(
  session: ClinicianSession,
  report: ErrorReporter = reportWithoutPatientData,
  { readOnly = false }: { readOnly?: boolean } = {},
) {
  const writable = () => {
    if (readOnly) throw new AppError('conflict', READ_ONLY_MESSAGE)
  }
  return defineHandlers(
    {
      getSession: () => session.state(),
      createClinician: (input) => {
        writable()
        return session.createClinician(input)
      },
      signIn: ({ clinicianId, passcode }) => session.signIn(clinicianId, passcode),
      unlockSession: ({ passcode }) => session.unlock(passcode),
      lockSession: () => session.lock(),
      signOut: () => session.signOut(),
      touchSession: () => {
        if (session.activeClinician()) session.touch()
        return session.state()
      },
      handToPatient: (mode) => {
        writable()
        return session.handToPatient(mode)
      },
      patientModePage: ({ page }) => session.setPatientModePage(page),
      leavePatientMode: ({ passcode }) => session.leavePatientMode(passcode),
      setLockAfterMinutes: ({ minutes }) => {
        writable()
        return session.setLockAfterMinutes(minutes)
      },
    },
    report,
  )
}
