import { backupReasonLabels, type BackupInfo } from '@shared/api/backups'
import { formatDateTime } from '../../app/formatting'

/** `1.4 MB`, `820 KB`: the size of a backup, as a file manager shows it. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
  return `${Math.max(1, Math.round(bytes / 1024))} KB`
}

export const whenMade = (b: BackupInfo) => formatDateTime(b.createdAt)
export const whyMade = (b: BackupInfo) => backupReasonLabels[b.reason]
