import Database from 'better-sqlite3'
import { cpus, loadavg, release, totalmem } from 'node:os'

/** What the figures were measured on. */
export function machineInfo(): Record<string, string | number> {
  const db = new Database(':memory:')
  try {
    return {
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      memoryGb: Math.round(totalmem() / 1024 ** 3),
      os: `${process.platform} ${release()}`,
      node: process.version,
      sqlite: db.prepare('SELECT sqlite_version()').pluck().get() as string,
      loadAverage: loadavg()
        .map((l) => l.toFixed(2))
        .join(' '),
    }
  } finally {
    db.close()
  }
}
