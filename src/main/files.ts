import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs'
import { open, rename, rm } from 'node:fs/promises'

/*
 * Every file the app writes for the user (reports, exports, the key file) is written whole or not
 * at all: to `<path>.part`, created afresh and readable by this user only (a stale part file
 * from a crash is removed first, and a link in its place is never followed), flushed to disk,
 * then renamed over the target. Whatever fails on the way (a full disk, a cancelled export)
 * removes the part file, so no half-written copy of patient data is left behind, and a file that
 * was there before stays as it was.
 */

const partOf = (path: string) => `${path}.part`

/** Creates the part file: only this user may read it, and it must not exist (nor be a link). */
const createPart = (part: string) => {
  rmSync(part, { force: true })
  return openSync(part, 'wx', 0o600)
}

/** Writes a file whole or not at all (see above). */
export function writeFileWhole(path: string, content: Uint8Array | string) {
  const part = partOf(path)
  try {
    const fd = createPart(part)
    try {
      const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content
      let written = 0
      while (written < bytes.length) written += writeSync(fd, bytes, written)
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
    renameSync(part, path)
  } catch (error) {
    rmSync(part, { force: true })
    throw error
  }
}

/** A file being written piece by piece, whole or not at all: `commit` it, or `abandon` it. */
export interface WholeFile {
  write(text: string): Promise<void>
  /** Flushes the file to disk and puts it in place of the target. */
  commit(): Promise<void>
  /** Removes what was written; safe to call after any failure, and more than once. */
  abandon(): Promise<void>
}

/** Opens a file to write piece by piece (a long export), whole or not at all (see above). */
export async function openWholeFile(path: string): Promise<WholeFile> {
  const part = partOf(path)
  await rm(part, { force: true })
  const handle = await open(part, 'wx', 0o600)
  let isOpen = true
  const close = async () => {
    if (!isOpen) return
    isOpen = false
    await handle.close()
  }
  return {
    async write(text) {
      const bytes = Buffer.from(text, 'utf8')
      let written = 0
      while (written < bytes.length) {
        const { bytesWritten } = await handle.write(bytes, written, bytes.length - written)
        written += bytesWritten
      }
    },
    async commit() {
      await handle.sync()
      await close()
      await rename(part, path)
    },
    async abandon() {
      await close().catch(() => {})
      await rm(part, { force: true })
    },
  }
}
