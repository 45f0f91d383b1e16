import type { z } from 'zod'
import type {
  joinHubInputSchema,
  resolveSyncConflictInputSchema,
  reviewChangeAfterSigningInputSchema,
  SyncConflicts,
  SyncStatus,
} from '../../shared/api/sync'

/**
 * What the Clinic hub screen and the status line ask of this laptop's sync (clinicSync.ts): the
 * IPC handlers (ipc/syncHandlers.ts) call these with inputs already parsed by the shared schemas.
 * Each throws AppError with words for the clinician when it cannot do what was asked.
 */
export interface SyncControl {
  /** Where this laptop stands: cheap, read from memory and two counts. */
  status(): SyncStatus
  /** Joins the hub with its one-time code, then starts receiving the clinic's records. */
  join(input: z.output<typeof joinHubInputSchema>): Promise<SyncStatus>
  /** A round with the hub now: send what waits, receive what is new. */
  syncNow(): Promise<SyncStatus>
  /** Stops sharing: the records stay on this laptop; the hub is forgotten with this laptop's key. */
  leave(): SyncStatus
  conflicts(): SyncConflicts
  /** Keeps one of a conflict's values; recorded in the audit trail. `by` is the clinician. */
  resolveConflict(input: z.output<typeof resolveSyncConflictInputSchema>, by: string): SyncStatus
  /** The author's decision on an edit that arrived after they signed; audited. */
  reviewChangeAfterSigning(
    input: z.output<typeof reviewChangeAfterSigningInputSchema>,
    by: string,
  ): SyncStatus
}
