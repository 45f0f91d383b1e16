import type { ReactNode } from 'react'
import type { BackupInfo } from '@shared/api/backups'
import { formatSize, whenMade, whyMade } from './backupFormatting'

/**
 * The clinic's backups, newest first: when, why, how big, and that each was checked before it
 * was kept (a backup that fails its check is never listed). The actions are the caller's.
 */
export function BackupTable({
  backups,
  caption,
  actions,
}: {
  backups: BackupInfo[]
  caption: string
  actions: (backup: BackupInfo) => ReactNode
}) {
  return (
    <table className="table backup-table">
      <caption className="table-caption">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Made</th>
          <th scope="col">Why</th>
          <th scope="col">Size</th>
          <th scope="col">Checked</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {backups.map((b) => (
          <tr key={b.fileName} aria-label={`Backup of ${whenMade(b)}`}>
            <td className="backup-table__when">{whenMade(b)}</td>
            <td>{whyMade(b)}</td>
            <td className="backup-table__size">{formatSize(b.sizeBytes)}</td>
            <td>
              <span className="badge badge--finalised" title="Opened and checked when it was made">
                Verified
              </span>
            </td>
            <td className="backup-table__actions">{actions(b)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
