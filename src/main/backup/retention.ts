import { routineBackupReasons, type BackupReason } from '../../shared/api/backups'

/**
 * Which backups are kept. Decided here, in one pure function, and applied only after a new backup
 * has been verified and named, so a good backup is never deleted before its successor exists.
 *
 * - Routine backups (made at start and daily while the app runs): the newest of each of the 7
 *   most recent days that have one (7 daily), and the newest of each of the 4 most recent weeks
 *   (Monday to Sunday) among the days before those 7 (4 weekly). With daily use that is a backup
 *   for each of the last 7 days and one a week for about a month before them.
 * - Backups that mark a moment (made on request, or before something that changes the records:
 *   a migration to a new version, an import, a restore): kept for 30 days, and the newest of each
 *   kind is kept however old, so the copy taken before the last upgrade is still there when a
 *   problem with it shows up late. A later start of the app the same day never pushes one out.
 * - The newest backup of all is always kept.
 *
 * Days and weeks are the computer's local calendar ones, as the clinic lives them.
 */
export const RETENTION = { daily: 7, weekly: 4, eventDays: 30 } as const

export interface RetainedBackup {
  fileName: string
  createdAt: string
  reason: BackupReason
}

const DAY_MS = 24 * 60 * 60 * 1000

const localDay = (d: Date) => `${d.getFullYear()}-${d.getMonth()}-${d.getDate()}`

/** The local date of the Monday starting this date's week. */
function localWeek(d: Date): string {
  const monday = new Date(d.getFullYear(), d.getMonth(), d.getDate())
  monday.setDate(monday.getDate() - ((monday.getDay() + 6) % 7))
  return localDay(monday)
}

/** The names of the backups to keep; every other one may be deleted. */
export function backupsToKeep(
  backups: readonly RetainedBackup[],
  now: Date,
  rule: typeof RETENTION = RETENTION,
): Set<string> {
  const keep = new Set<string>()
  // Stable: backups of the same second keep the order given (listBackups: the later one first).
  const newestFirst = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  if (newestFirst[0]) keep.add(newestFirst[0].fileName)

  const routine = newestFirst.filter((b) => routineBackupReasons.includes(b.reason))
  const days = new Set<string>()
  const dailyKept = new Set<string>()
  for (const b of routine) {
    const day = localDay(new Date(b.createdAt))
    if (days.has(day)) continue
    if (days.size >= rule.daily) break
    days.add(day)
    dailyKept.add(b.fileName)
  }
  const weeks = new Set<string>()
  for (const b of routine) {
    // Weekly ones come from the days before the daily ones.
    if (days.has(localDay(new Date(b.createdAt)))) continue
    const week = localWeek(new Date(b.createdAt))
    if (weeks.has(week)) continue
    if (weeks.size >= rule.weekly) break
    weeks.add(week)
    keep.add(b.fileName)
  }
  dailyKept.forEach((name) => keep.add(name))

  const newestOfKind = new Set<BackupReason>()
  for (const b of newestFirst) {
    if (routineBackupReasons.includes(b.reason)) continue
    const age = now.getTime() - new Date(b.createdAt).getTime()
    if (!newestOfKind.has(b.reason) || age <= rule.eventDays * DAY_MS) keep.add(b.fileName)
    newestOfKind.add(b.reason)
  }
  return keep
}
