import { AppError } from '../errors'
import { isDiskFull } from '../db/storageErrors'
import type { BackupCalls } from '../ipc/handlers'
import type { ClinicStartup } from '../startup/clinicStartup'
import { BackupFailedError } from './backupWriter'
import type { ClinicBackups } from './clinicBackups'

/**
 * The backup screen's calls on the open records: their backups (absent when the records are open
 * read-only, when the list is still shown) and the start-up's restore, which closes and reopens
 * them. Failures become messages the screen shows as they are.
 */
export function backupCallsFor(
  startup: ClinicStartup,
  backups: ClinicBackups | undefined,
): BackupCalls {
  return {
    overview: () =>
      backups?.overview() ?? {
        backups: startup.listBackups(),
        folder: startup.folder,
        canWrite: false,
      },
    backUpNow: (reason = 'manual') => {
      if (!backups) throw new AppError('conflict', 'The records are open read-only.')
      try {
        const { path: _path, ...made } = backups.backUpNow(reason)
        return made
      } catch (error) {
        if (error instanceof BackupFailedError) throw new AppError('conflict', error.message)
        throw error
      }
    },
    exportTo: (fileName, destination) => {
      if (!backups) throw new AppError('conflict', 'The records are open read-only.')
      try {
        backups.exportTo(fileName, destination)
      } catch (error) {
        if (error instanceof AppError) throw error
        throw new AppError(
          'conflict',
          isDiskFull(error)
            ? 'The disk you chose is full: the backup was not exported.'
            : 'The backup could not be written there; nothing was left half-written.',
        )
      }
    },
    restore: (input) => startup.restore(input),
  }
}
