import { execFileSync } from 'node:child_process'
import {
  chmodSync,
  closeSync,
  mkdtempSync,
  openSync,
  readdirSync,
  rmSync,
  statSync,
  truncateSync,
  writeSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * Real disk conditions for the start-up and backup tests: a folder that cannot be written, and a
 * disk that is full.
 *
 * - Read-only: as an ordinary user, `chmod` (folder 0500, files 0400) is enough. Tests may run as
 *   root, which `chmod` does not stop (root writes anyway), so as root the folder is bind-mounted
 *   read-only over itself (`mount --bind`, then `remount,ro`): writes fail with EROFS, as on a
 *   read-only volume. If neither is possible the helper says why and the test reports a skip.
 * - Full: a tmpfs of a few hundred kilobytes (root only) mounted on a temp folder, then filled
 *   with a filler file until the next write fails with ENOSPC / SQLITE_FULL.
 */

const isRoot = () => process.getuid?.() === 0

function run(command: string, args: string[]): boolean {
  try {
    execFileSync(command, args, { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

export interface Condition {
  /** How it was made, for the test's report. */
  how: string
  undo: () => void
}

/** Makes a folder and its files unwritable; undefined (with the reason logged) if impossible. */
export function makeReadOnly(folder: string): Condition | { unavailable: string } {
  if (!isRoot()) {
    const files = readdirSync(folder).map((f) => join(folder, f))
    const modes = files.map((f) => statSync(f).mode & 0o777)
    files.forEach((f) => chmodSync(f, 0o400))
    chmodSync(folder, 0o500)
    return {
      how: 'chmod 0500 on the folder, 0400 on its files',
      undo: () => {
        chmodSync(folder, 0o700)
        files.forEach((f, i) => chmodSync(f, modes[i]!))
      },
    }
  }
  if (run('mount', ['--bind', folder, folder])) {
    if (run('mount', ['-o', 'remount,bind,ro', folder])) {
      return {
        how: 'running as root, where chmod does not stop writes: a read-only bind mount of the folder',
        undo: () => {
          if (!run('umount', [folder])) run('umount', ['-l', folder])
        },
      }
    }
    run('umount', [folder])
  }
  return { unavailable: 'running as root without permission to mount: no read-only folder' }
}

export interface SmallDisk extends Condition {
  dir: string
  /** Fills the disk, leaving about `leave` bytes free. */
  fill: (leave?: number) => void
  /** Frees what fill() took. */
  free: () => void
}

/** A tiny tmpfs to fill (root only); or why there is none. */
export function smallDisk(bytes = 512 * 1024): SmallDisk | { unavailable: string } {
  if (!isRoot()) return { unavailable: 'not root: no tmpfs can be mounted to fill' }
  const dir = mkdtempSync(join(tmpdir(), 'runners-hip-small-disk-'))
  if (!run('mount', ['-t', 'tmpfs', '-o', `size=${bytes},mode=0700`, 'tmpfs', dir])) {
    rmSync(dir, { recursive: true, force: true })
    return { unavailable: 'mounting a tmpfs is not permitted here' }
  }
  const filler = join(dir, 'filler.bin')
  return {
    dir,
    how: `a ${Math.round(bytes / 1024)} KiB tmpfs, filled with a filler file`,
    fill: (leave = 0) => {
      rmSync(filler, { force: true })
      const fd = openSync(filler, 'w')
      const chunk = Buffer.alloc(4096, 1)
      try {
        for (;;) writeSync(fd, chunk)
      } catch (error) {
        if ((error as { code?: string }).code !== 'ENOSPC') throw error
      } finally {
        closeSync(fd)
      }
      if (leave > 0) truncateSync(filler, Math.max(0, statSync(filler).size - leave))
    },
    free: () => rmSync(filler, { force: true }),
    undo: () => {
      if (!run('umount', [dir])) run('umount', ['-l', dir])
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
