import { AppError } from '../../shared/api/appError'
import { WrongKeyError } from '../db/connection'
import type { ClinicStartup } from '../startup/clinicStartup'
import { defineHandlers, type ErrorReporter } from './defineHandlers'
import { reportWithoutPatientData } from './handlers'

/**
 * The start-up screens' calls, answered before the records are open: where opening them stands,
 * the clinic's passphrase, and each way forward a problem screen offers (restore a backup, open
 * read-only, another folder, try again, a new clinic in place of a bad file, quit). Each acts only
 * in the state it belongs to (ClinicStartup refuses otherwise), so none of them can replace open
 * records behind a later sign-in screen.
 */
export function createStartupHandlers(
  startup: ClinicStartup,
  { quit, report = reportWithoutPatientData }: { quit: () => void; report?: ErrorReporter },
) {
  const wrongPassphrase = () =>
    new AppError('invalid-input', 'That passphrase does not open the records.', [
      { path: ['passphrase'], message: 'That passphrase does not open the clinic’s records' },
    ])
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
          throw wrongPassphrase()
        }
      },
      listStartupBackups: () => startup.listBackups(),
      restoreAtStartup: async ({ passphrase, ...source }) => {
        if (startup.state.state !== 'problem')
          throw new AppError(
            'conflict',
            'A backup can be restored here only when the records did not open.',
          )
        return startup.restore(source, passphrase)
      },
      openReadOnly: () => startup.openReadOnly(),
      chooseDataFolder: () => startup.chooseFolder(),
      useChosenFolder: ({ startNew }) => startup.useChosenFolder(startNew),
      startNewClinic: () => startup.startNew(),
      retryStartup: () => startup.retry(),
      quitApp: () => {
        // Answered first, then the app quits (as the window's close button would).
        setImmediate(quit)
        return { quitting: true as const }
      },
    },
    report,
  )
}
