import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs'

/**
 * Writes a file whole or not at all: to `<path>.part` (readable by this user only), flushed to
 * disk, then renamed over the target. Whatever fails on the way (a full disk, a cancelled export)
 * removes the part file, so no half-written copy of patient data is left behind.
 */
export function writeFileWhole(path: string, content: Uint8Array | string) {
  const part = `${path}.part`
  try {
    const fd = openSync(part, 'w', 0o600)
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
