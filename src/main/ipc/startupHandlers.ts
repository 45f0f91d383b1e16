import { AppError } from '../../shared/api/appError'
import { WrongKeyError } from '../db/connection'
import type { ClinicStartup } from '../startup/clinicStartup'
import { defineHandlers, type ErrorReporter } from './defineHandlers'
import { reportWithoutPatientData } from './handlers'

/** The start-up screens' calls: where opening the records stands, and the clinic's passphrase. */
export function createStartupHandlers(
  startup: ClinicStartup,
  report: ErrorReporter = reportWithoutPatientData,
) {
  return defineHandlers(
    {
      getStartupState: () => startup.state,
      submitPassphrase: ({ passphrase, confirmation }) => {
        const now = startup.state
        if (now.state === 'needs-passphrase' && now.choosing && confirmation === undefined) {
          throw new AppError('invalid-input', 'Type the passphrase twice to confirm it.', [
            { path: ['confirmation'], message: 'Type the passphrase again' },
          ])
        }
        try {
          return startup.submitPassphrase(passphrase)
        } catch (error) {
          if (!(error instanceof WrongKeyError)) throw error
          throw new AppError('invalid-input', 'That passphrase does not open the records.', [
            { path: ['passphrase'], message: 'That passphrase does not open the clinic’s records' },
          ])
        }
      },
    },
    report,
  )
}
