import { z } from 'zod'
import { joinCodeSchema } from '../sync/hubProtocol'

/**
 * The calls of the Clinic hub screen and the sync status every screen shows (docs/sync.md).
 * Kept apart from contract.ts, which lists them.
 */

/** How this laptop stands with the clinic's hub. */
export type SyncState =
  /** Not joined to a hub: the records are on this laptop only. */
  | 'not-joined'
  /** Everything this laptop has is on the hub and everything on the hub is here. */
  | 'in-step'
  /** Sending or receiving now. */
  | 'syncing'
  /** The hub cannot be reached (no network, hub off): work goes on, changes wait. */
  | 'offline'
  /** The hub no longer accepts this laptop's key (removed from the clinic, or unknown). */
  | 'refused'

export interface SyncStatus {
  state: SyncState
  /** The hub joined, as the clinician typed its address, and its certificate's fingerprint. */
  hub?: { address: string; name: string; fingerprint: string }
  /** This laptop as the hub knows it. */
  laptop?: { id: string; name: string }
  /** When this laptop last finished a round with the hub in step (ISO time). */
  lastSyncedAt?: string
  /** Local changes not yet acknowledged by the hub. */
  waiting: number
  /** A first copy of the clinic coming in: documents received of those announced. */
  receiving?: { received: number; total: number }
  /** What went wrong last, in words for the clinician (never a record's content). */
  problem?: string
  /** Conflicts waiting for a clinician's choice. */
  conflicts: number
  /** Edits to signed records that arrived from another laptop, waiting for their author. */
  changesAfterSigning: number
}

/** Joining: the hub's address (host:port, as shown on the hub) and its one-time code. */
export const joinHubInputSchema = z.object({
  address: z
    .string()
    // The hub prints its addresses as links (https://192.168.1.20:8443): either form is fine.
    .transform((typed) =>
      typed
        .trim()
        .replace(/^https:\/\//i, '')
        .replace(/\/+$/, ''),
    )
    .pipe(
      z
        .string()
        .min(1, 'Enter the hub’s address, as the hub shows it')
        .max(200, 'Keep the address under 200 characters')
        .regex(
          /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:]+\]):\d{1,5}$/,
          'Type the address as the hub shows it: a name or IP address, a colon and the port',
        ),
    ),
  code: z.string().pipe(joinCodeSchema),
  laptopName: z
    .string()
    .trim()
    .min(1, 'Name this laptop (e.g. “Room 2”)')
    .max(80, 'Keep the name under 80 characters'),
})
export type JoinHubInput = z.input<typeof joinHubInputSchema>

/** A record two laptops changed at once, field by field, and the values each one wrote. */
export interface SyncConflict {
  id: string
  recordType: 'patient' | 'assessment' | 'clinic' | 'clinician'
  recordId?: string
  /** The patient the record belongs to, for the list (shown inside the app only). */
  patient?: { id: string; name: string }
  /** The field as the record names it (e.g. `history.pain.now`) and its label for the screen. */
  path: string
  label: string
  options: { value: string; laptop: string }[]
  detectedAt: string
}

/** Two patients on different laptops given the same record number: flagged, never renumbered. */
export interface RecordNumberClash {
  recordNumber: string
  patients: { id: string; name: string }[]
}

/** An edit to a signed record that arrived from a laptop which had not seen the signature. */
export interface ChangeAfterSigning {
  id: string
  assessmentId: string
  patient: { id: string; name: string }
  /** The visit's date. */
  date: string
  /** Who signed the record: only they review it. */
  author: { id: string; name: string }
  laptop: string
  arrivedAt: string
  /** Each field the late edit changed: the signed value and the value that arrived. */
  fields: { path: string; label: string; signed: string; arrived: string }[]
}

export interface SyncConflicts {
  conflicts: SyncConflict[]
  recordNumbers: RecordNumberClash[]
  changesAfterSigning: ChangeAfterSigning[]
}

export const resolveSyncConflictInputSchema = z.object({
  id: z.uuid(),
  /** The index of the value kept, in the conflict's `options`. */
  choice: z.number().int().min(0).max(20),
})

/**
 * The author's decision on a change that arrived after signing: an addendum with the text they
 * settle on (prefilled with what changed), or set aside (kept in the audit trail as reviewed).
 */
export const reviewChangeAfterSigningInputSchema = z.discriminatedUnion('decision', [
  z.object({
    id: z.uuid(),
    decision: z.literal('addendum'),
    text: z
      .string()
      .trim()
      .min(1, 'Write the addendum')
      .max(4000, 'Keep the addendum under 4000 characters'),
  }),
  z.object({ id: z.uuid(), decision: z.literal('set-aside') }),
])
