import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import {
  BACKUP_FILE_PATTERN,
  backupReasons,
  type BackupInfo,
  type BackupReason,
} from '../../shared/api/backups'

/**
 * The backups folder: `<the database's folder>/backups`. Only files named as main names a
 * verified backup are ever listed, used or deleted; anything else there (a copy the clinic put
 * there by hand) is left alone. A backup is written as `<name>.part` and renamed to its name only
 * once it has been checked, so a `.part` file is always an attempt that did not finish.
 */
export const BACKUPS_FOLDER = 'backups'

export const backupsFolderOf = (databaseFolder: string) => join(databaseFolder, BACKUPS_FOLDER)

export interface BackupFile extends BackupInfo {
  path: string
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** `runners-hip-2026-11-22-143005Z[-n]-reason.sqlite`, the time in UTC. */
export function backupFileName(at: Date, reason: BackupReason, counter = 0): string {
  const stamp =
    `${at.getUTCFullYear()}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}-` +
    `${pad(at.getUTCHours())}${pad(at.getUTCMinutes())}${pad(at.getUTCSeconds())}Z`
  return `runners-hip-${stamp}${counter > 0 ? `-${counter}` : ''}-${reason}.sqlite`
}

/** The time and reason a backup's name records, or undefined for any other file. */
export function parseBackupFileName(
  fileName: string,
): { createdAt: Date; reason: BackupReason } | undefined {
  const m = BACKUP_FILE_PATTERN.exec(fileName)
  if (!m) return undefined
  const [, y, mo, d, h, mi, s] = m.map(Number) as number[]
  const reason = m[8] as BackupReason
  if (!backupReasons.includes(reason)) return undefined
  return { createdAt: new Date(Date.UTC(y!, mo! - 1, d!, h!, mi!, s!)), reason }
}

/** Of two backups made in one second, the one with the higher counter was made later. */
const counterOf = (fileName: string) => Number(BACKUP_FILE_PATTERN.exec(fileName)?.[7] ?? 0)

/** The verified backups in a folder, newest first. */
export function listBackups(folder: string): BackupFile[] {
  let names: string[]
  try {
    names = readdirSync(folder)
  } catch {
    return [] // No folder (or not a folder): no backups.
  }
  return names
    .flatMap((fileName) => {
      const parsed = parseBackupFileName(fileName)
      if (!parsed) return []
      const path = join(folder, fileName)
      let sizeBytes: number
      try {
        const stat = statSync(path)
        if (!stat.isFile()) return []
        sizeBytes = stat.size
      } catch {
        return []
      }
      return [
        {
          fileName,
          path,
          createdAt: parsed.createdAt.toISOString(),
          reason: parsed.reason,
          sizeBytes,
        },
      ]
    })
    .sort((a, b) =>
      a.createdAt === b.createdAt
        ? counterOf(b.fileName) - counterOf(a.fileName)
        : b.createdAt.localeCompare(a.createdAt),
    )
}

/**
 * A name for a new backup: a counter above any other backup's of the same second (of any reason,
 * deleted ones' names are not reused), so that the newer of two is always the higher.
 */
export function freshBackupPath(folder: string, at: Date, reason: BackupReason): string {
  const stamp = backupFileName(at, reason).slice(0, 'runners-hip-YYYY-MM-DD-HHMMSSZ'.length)
  const taken = readdirSync(folder)
    .filter((f) => f.startsWith(stamp))
    .map((f) => Number(/^[^Z]*Z-(\d{1,3})-/.exec(f)?.[1] ?? 0))
  const counter = taken.length === 0 ? 0 : Math.max(...taken) + 1
  return join(folder, backupFileName(at, reason, counter))
}

/** Creates the backups folder (readable by this user only). */
export function ensureBackupsFolder(folder: string) {
  mkdirSync(folder, { recursive: true, mode: 0o700 })
}

/**
 * Removes what unfinished backups left behind (`*.part` and SQLite's side files of one). They
 * were never verified, so nothing of value is lost; they are never listed either way.
 */
export function removeUnfinished(folder: string): string[] {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) return []
  const leftovers = readdirSync(folder).filter((f) => /\.part(-journal|-wal|-shm)?$/.test(f))
  for (const f of leftovers) rmSync(join(folder, f), { force: true })
  return leftovers
}
