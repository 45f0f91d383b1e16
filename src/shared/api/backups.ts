import { z } from 'zod'

/**
 * The clinic's backups, as the backup screen and the start-up screens show them. A backup is a
 * copy of the whole database, encrypted like it (same key or passphrase), that was opened and
 * checked (`integrity_check`, schema version, row counts) before it was given its name: a file
 * that is listed is one that was verified.
 */

/** Why a backup was made; routine ones (at start, daily) are thinned to 7 daily and 4 weekly. */
export const backupReasons = [
  'start',
  'daily',
  'manual',
  'before-migration',
  'before-import',
  'before-restore',
] as const
export type BackupReason = (typeof backupReasons)[number]

/**
 * Backups made on a schedule, kept by the 7 daily + 4 weekly rule. The others (on request, before
 * a migration, an import or a restore) mark a moment the clinic may want back: kept 30 days.
 */
export const routineBackupReasons: readonly BackupReason[] = ['start', 'daily']

export const backupReasonLabels: Record<BackupReason, string> = {
  start: 'When the app started',
  daily: 'Daily',
  manual: 'Made on request',
  'before-migration': 'Before updating the records for a new version',
  'before-import': 'Before an import',
  'before-restore': 'Before a restore (the records as they were)',
}

export interface BackupInfo {
  /** The file's name in the backups folder; what the restore and export calls name. */
  fileName: string
  /** When it was made (ISO 8601, UTC). */
  createdAt: string
  reason: BackupReason
  sizeBytes: number
}

export interface BackupOverview {
  backups: BackupInfo[]
  /** Where they are kept (a folder on this computer). */
  folder: string
  /** The last attempt that failed, if it came after the last one that worked. */
  lastFailure?: { at: string; message: string }
  /** False when the records are open read-only: nothing can be backed up or restored. */
  canWrite: boolean
}

/**
 * A backup's file name as main writes it: `runners-hip-2026-11-22-143005Z-start.sqlite` (the time
 * in UTC; `-2` before the reason when two are made in one second). Only such names are accepted
 * from the renderer, so a call can never name a file outside the backups folder.
 */
export const BACKUP_FILE_PATTERN =
  /^runners-hip-(\d{4})-(\d{2})-(\d{2})-(\d{2})(\d{2})(\d{2})Z(?:-(\d{1,3}))?-(start|daily|manual|before-migration|before-import|before-restore)\.sqlite$/

export const backupFileNameSchema = z
  .string()
  .max(120)
  .regex(BACKUP_FILE_PATTERN, 'That is not the name of one of the clinic’s backups')

/** Which backup to restore: one of the list, or a file the user picks (an exported copy). */
export const restoreBackupInputSchema = z.union([
  z.object({ fileName: backupFileNameSchema }),
  z.object({ fromFile: z.literal(true) }),
])
export type RestoreBackupInput = z.infer<typeof restoreBackupInputSchema>

export type Exported = { saved: true; fileName: string } | { saved: false }
