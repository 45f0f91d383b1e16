import type { StartupAction, StartupProblem, StartupProblemKind } from '../../shared/api/startup'

/**
 * What each start-up problem says and which ways forward it offers. Every message says what
 * happened, what it means for the records (nothing is changed or deleted by a problem screen) and
 * what to do; none contains patient data.
 */
export interface ProblemContext {
  folder: string
  /** Verified backups exist in the backups folder. */
  hasBackups: boolean
  /** A backup can be opened: the key (or passphrase mode) is known. */
  canRestore: boolean
  restoreNeedsPassphrase?: boolean
  /** A sentence that adds to the standard message (e.g. the newer version's numbers). */
  detail?: string
}

const restoreOr = (c: ProblemContext, otherwise: StartupAction[]): StartupAction[] =>
  c.canRestore ? ['restore', ...otherwise] : otherwise

/** A new clinic in place of a bad file is offered only where there is no backup to restore. */
const startNewIfNoBackups = (c: ProblemContext): StartupAction[] =>
  c.hasBackups ? [] : ['start-new']

const texts: Record<
  StartupProblemKind,
  (c: ProblemContext) => { title: string; message: string; actions: StartupAction[] }
> = {
  'newer-version': (c) => ({
    title: 'Written by a newer version',
    message:
      c.detail ??
      'The records were written by a newer version of the app. They have not been changed. Install the latest version of the app to open them.',
    actions: ['choose-folder', 'quit'],
  }),
  'key-unavailable': () => ({
    title: 'The key to the clinic’s records cannot be read',
    message:
      'The records are encrypted with a key that this computer’s secure key store protects, and ' +
      'the key store did not give it back (it may be locked, or this is another user account). ' +
      'Nothing has been changed. Sign in to this computer as the user who set up the app, then ' +
      'try again.',
    actions: ['retry', 'choose-folder', 'quit'],
  }),
  'wrong-key': (c) => ({
    title: 'The key does not open the clinic’s records',
    message:
      'The records could not be decrypted with the key kept on this computer. Nothing has been ' +
      'changed. If the records were copied from another computer, restore them from a backup ' +
      'made on this one.',
    actions: restoreOr(c, ['choose-folder', 'quit']),
  }),
  corrupt: (c) => ({
    title: 'The clinic’s records are damaged',
    message:
      'The records file failed its check when the app started: part of it cannot be read (a disk ' +
      'fault, or a copy made while it was being written). The app has not used it, and has not ' +
      'changed it. ' +
      (c.hasBackups
        ? 'Restore the most recent backup below; the damaged file is kept beside it.'
        : 'There is no backup in this folder: restore one from a file (an exported copy), or use another folder.'),
    actions: [...restoreOr(c, []), ...startNewIfNoBackups(c), 'choose-folder', 'quit'],
  }),
  empty: (c) => ({
    title: 'The clinic’s records file is empty',
    message:
      'The records file is there but holds nothing (0 bytes): it was emptied by a disk fault, a ' +
      'sync tool or a copy that did not finish. The app will not treat it as a new clinic. ' +
      (c.hasBackups
        ? 'Restore the most recent backup below.'
        : 'There is no backup in this folder: restore one from a file, start a new, empty clinic in its place, or use another folder.'),
    actions: [...restoreOr(c, []), ...startNewIfNoBackups(c), 'choose-folder', 'quit'],
  }),
  truncated: (c) => ({
    title: 'Part of the clinic’s records file is missing',
    message:
      'The records file is shorter than the records it holds: its end is missing (a copy or ' +
      'a sync that did not finish, or a disk that filled up). The app has not used it, and has ' +
      'not changed it. ' +
      (c.hasBackups
        ? 'Restore the most recent backup below; the cut file is kept beside it.'
        : 'There is no backup in this folder: restore one from a file, or use another folder.'),
    actions: [...restoreOr(c, []), ...startNewIfNoBackups(c), 'choose-folder', 'quit'],
  }),
  missing: (c) => ({
    title: 'The clinic’s records file is missing',
    message: c.hasBackups
      ? 'There is no records file in the clinic’s folder, though backups of it are there. The ' +
        'app will not start an empty clinic in its place without asking. If the file was moved, ' +
        'use the folder it is in; otherwise restore the most recent backup.'
      : 'There is no records file in the folder the clinic chose for its records. If they are on ' +
        'a drive that is not connected, connect it and try again, or choose the folder they are ' +
        'in. The app will not start an empty clinic there without asking.',
    actions: [...restoreOr(c, []), 'retry', 'choose-folder', 'start-new', 'quit'],
  }),
  'folder-missing': () => ({
    title: 'The clinic’s folder cannot be found',
    message:
      'The folder the records are kept in is not there. If it is on a removable or network ' +
      'drive, connect the drive and try again, or choose the folder where the records are now.',
    actions: ['retry', 'choose-folder', 'quit'],
  }),
  'read-only': () => ({
    title: 'The clinic’s records cannot be written',
    message:
      'The records folder or file is read-only for this user, so nothing could be saved. ' +
      'The records themselves are unchanged. You can open them read-only to look things up and ' +
      'export them; to work normally, make the folder writable (or ask whoever manages this ' +
      'computer) and try again, or use another folder.',
    actions: ['open-read-only', 'retry', 'choose-folder', 'quit'],
  }),
  'disk-full': () => ({
    title: 'The disk is full',
    message:
      'There is no space left on the disk that holds the clinic’s records, so the app could not ' +
      'write to them or keep its backup. Nothing has been lost. Free some space (empty the bin, ' +
      'remove large files you do not need) and try again, or open the records read-only for now.',
    actions: ['retry', 'open-read-only', 'choose-folder', 'quit'],
  }),
  'backup-failed': () => ({
    title: 'The records were not updated: no checked backup could be made',
    message:
      'This version of the app needs to update the records’ structure, and it first keeps a ' +
      'checked backup of them. That backup could not be made or did not pass its check, so ' +
      'nothing was changed. Try again; if it keeps failing, quit and contact your IT support.',
    actions: ['retry', 'choose-folder', 'quit'],
  }),
  'cannot-open': (c) => ({
    title: 'The clinic’s records could not be opened',
    message: `No data has been changed.${c.detail ? ` ${c.detail}` : ''}`,
    actions: ['retry', ...restoreOr(c, []), 'choose-folder', 'quit'],
  }),
}

export function problemOf(kind: StartupProblemKind, context: ProblemContext): StartupProblem {
  const { title, message, actions } = texts[kind](context)
  return {
    kind,
    title,
    message,
    actions,
    folder: context.folder,
    ...(context.restoreNeedsPassphrase && actions.includes('restore')
      ? { restoreNeedsPassphrase: true }
      : {}),
  }
}
