import type { ChannelName } from '../../shared/api/channels'
import type { SyncConflicts, SyncStatus } from '../../shared/api/sync'
import { AppError } from '../errors'
import type { SyncControl } from '../sync/syncControl'
import type { Implementations } from './defineHandlers'

export type SyncChannelName = Extract<
  ChannelName,
  | 'getSyncStatus'
  | 'joinHub'
  | 'syncNow'
  | 'leaveHub'
  | 'listSyncConflicts'
  | 'resolveSyncConflict'
  | 'reviewChangeAfterSigning'
>

/** What a laptop that has never joined a hub (or a copy of the app without sync) stands at. */
export const NOT_JOINED: SyncStatus = {
  state: 'not-joined',
  waiting: 0,
  conflicts: 0,
  changesAfterSigning: 0,
}

export const NO_SYNC_MESSAGE =
  'This copy of the app cannot join a hub: its records stay on this laptop only.'

const nothingToDecide: SyncConflicts = { conflicts: [], recordNumbers: [], changesAfterSigning: [] }

/**
 * The Clinic hub screen's calls and the status line's. Inputs arrive parsed by the shared schemas
 * (an address or code that is not one comes back on its field before `sync` sees it). A decision
 * on a conflict or a signed record names the signed-in clinician, never one the renderer names.
 * Without `sync` (scripts, tests, a build without it) the laptop is simply not joined.
 */
export function syncImplementations(
  sync: SyncControl | undefined,
  author: () => string | undefined,
): Implementations<SyncChannelName> {
  const control = (): SyncControl => {
    if (!sync) throw new AppError('conflict', NO_SYNC_MESSAGE)
    return sync
  }
  const clinician = (): string => {
    const id = author()
    // routes.ts answers only a signed-in clinician; this guards a caller that bypasses it.
    if (!id) throw new AppError('locked', 'Sign in to decide: the decision is recorded as yours.')
    return id
  }
  return {
    getSyncStatus: () => (sync ? sync.status() : NOT_JOINED),
    joinHub: (input) => control().join(input),
    syncNow: () => control().syncNow(),
    leaveHub: () => control().leave(),
    listSyncConflicts: () => (sync ? sync.conflicts() : nothingToDecide),
    resolveSyncConflict: (input) => control().resolveConflict(input, clinician()),
    reviewChangeAfterSigning: (input) => control().reviewChangeAfterSigning(input, clinician()),
  }
}
