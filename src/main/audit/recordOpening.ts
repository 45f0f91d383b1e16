import type { OpenedClinic } from '../startup/clinicStartup'
import type { AuditTrail } from './auditTrail'

/**
 * What opening the records involved, in their audit trail: a restore (recorded in the restored
 * records, whose chain goes on from the backup's) and the verified backup made at each start.
 */
export function recordOpening(audit: AuditTrail, events: OpenedClinic['events']) {
  if (events?.restored)
    audit.record({
      action: 'restore',
      recordType: 'records',
      detail: 'records restored from a backup',
    })
  if (events?.startBackup)
    audit.record({ action: 'backup', recordType: 'records', detail: 'backup at start, verified' })
}
