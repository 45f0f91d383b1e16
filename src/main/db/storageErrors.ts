/**
 * What a failure to write means, from the driver's or the OS's error code: the disk is full, or
 * the file or folder cannot be written. Start-up and backups turn these into their own screens
 * and messages instead of a generic error.
 */
const codeOf = (error: unknown): string | undefined => {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : undefined
}

/**
 * SQLite's SQLITE_FULL, or SQLITE_IOERR_SHMSIZE (the write-ahead log's shared-memory file could
 * not be given its space: on a full disk, opening fails with this before any write), or the OS's
 * "no space left" / "quota exceeded".
 */
export function isDiskFull(error: unknown): boolean {
  const code = codeOf(error)
  return (
    code === 'SQLITE_FULL' ||
    code === 'SQLITE_IOERR_SHMSIZE' ||
    code === 'ENOSPC' ||
    code === 'EDQUOT'
  )
}

/** SQLite's read-only and cannot-open codes, or the OS's "read-only file system" / "denied". */
export function isNotWritable(error: unknown): boolean {
  const code = codeOf(error)
  if (!code) return false
  return (
    code.startsWith('SQLITE_READONLY') ||
    code === 'EROFS' ||
    code === 'EACCES' ||
    code === 'EPERM' ||
    code === 'SQLITE_PERM'
  )
}

/** The error's kind and code, for a log line: never its message, which may quote data. */
export function describeError(error: unknown): string {
  const name = error instanceof Error ? error.name : typeof error
  const code = codeOf(error)
  return code ? `${name} (${code})` : name
}
