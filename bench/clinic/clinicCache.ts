import type { Database } from 'better-sqlite3'
import { createHash } from 'node:crypto'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDatabase } from '../../src/main/db/connection'
import type { DatabaseKey } from '../../src/main/db/databaseKey'
import { latestSchemaVersion } from '../../src/main/db/migrate'
import { generateClinic, GENERATOR_VERSION, type GeneratedClinic } from './generateClinic'

/**
 * Generated clinics are kept between runs, one per seed, size, database schema version and
 * generator version, in a folder of the system's temp dir (RUNNERS_HIP_BENCH_CACHE to choose
 * another): generating 100,000 patients takes many minutes. A clinic whose schema is older than
 * REUSABLE_FROM_SCHEMA is generated again rather than migrated, so that every clinic is written
 * by the current write path; one at that version or later is migrated in place once (the later
 * migrations add indexes, empty tables and columns filled from the stored records, so the file
 * is what generating it again would write) and kept
 * under the current version. `--fresh` forces a new one after a change to the write path that
 * adds no migration. The data is synthetic, so its key is derived from the seed and kept in clear.
 *
 * Each run works on a copy of the cached file: what the bench writes (drafts, finalised
 * records, addenda, its trigram table) never reaches the cache.
 */
export interface CachedClinic extends GeneratedClinic {
  file: string
  key: DatabaseKey
  generationSeconds: number
  /** False when this run generated it. */
  fromCache: boolean
  databaseBytes: number
}

export const cacheRoot = () =>
  process.env.RUNNERS_HIP_BENCH_CACHE ?? join(tmpdir(), 'runners-hip-bench-clinics')

export const benchKey = (seed: number): DatabaseKey => ({
  kind: 'raw',
  hex: createHash('sha256').update(`runners-hip synthetic bench clinic ${seed}`).digest('hex'),
})

/**
 * The oldest schema whose clinics are migrated rather than generated again: no migration after it
 * changes a stored record (12: the derived-version index; 13: the letters' tables, empty here;
 * 14: the caseload columns, filled by the migration's triggers and the derived-data step from the
 * stored records). Raise it when a migration changes what is stored or how it is written.
 */
export const REUSABLE_FROM_SCHEMA = 11

const fileSize = (file: string) => (existsSync(file) ? statSync(file).size : 0)

interface Manifest extends GeneratedClinic {
  generationSeconds: number
  schemaVersion: number
}

/**
 * The cached clinic for seed and size, generated (and cached, unless `cache` is false) when
 * there is none. `log` hears progress; nothing printed names a patient.
 */
export function cachedClinic(options: {
  seed: number
  size: number
  fresh?: boolean
  cache?: boolean
  /** Where to generate when not caching. */
  scratch: string
  log?: (line: string) => void
  /** Finalised visits signed so that their signatures verify (generateClinic), cached apart. */
  validSignatures?: boolean
}): CachedClinic {
  const { seed, size } = options
  const key = benchKey(seed)
  const name = `seed${seed}-n${size}${options.validSignatures ? '-signed' : ''}`
  const versioned = `${name}-schema${latestSchemaVersion()}-gen${GENERATOR_VERSION}`
  const folder = options.cache === false ? options.scratch : join(cacheRoot(), versioned)
  const file = join(folder, 'clinic.sqlite')
  const manifestFile = join(folder, 'manifest.json')
  if (options.cache !== false && !options.fresh) {
    migrateReusable(name, folder, key, options.log)
    if (existsSync(manifestFile)) {
      const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest
      return { ...manifest, file, key, fromCache: true, databaseBytes: fileSize(file) }
    }
  }
  if (options.cache !== false) {
    // Older versions of this clinic are of no further use: free their disk space.
    mkdirSync(cacheRoot(), { recursive: true })
    for (const entry of readdirSync(cacheRoot()))
      if (entry.startsWith(`${name}-schema`))
        rmSync(join(cacheRoot(), entry), { recursive: true, force: true })
  }
  mkdirSync(folder, { recursive: true })
  const started = performance.now()
  const db = openDatabase(file, key)
  let generated: GeneratedClinic
  try {
    // Bulk loading need not wait for the disk after each transaction; the file written is the
    // same. The app's own setting (FULL) is back when the bench opens its copy.
    db.pragma('synchronous = OFF')
    generated = generateClinic(db, {
      seed,
      size,
      ...(options.validSignatures ? { validSignatures: true } : {}),
      onProgress: (done) =>
        options.log?.(
          `  generated ${done} of ${size} patients (${((performance.now() - started) / 1000).toFixed(0)} s)`,
        ),
    })
    db.pragma('wal_checkpoint(TRUNCATE)')
  } finally {
    db.close()
  }
  const manifest: Manifest = {
    ...generated,
    generationSeconds: (performance.now() - started) / 1000,
    schemaVersion: latestSchemaVersion(),
  }
  writeFileSync(`${manifestFile}.part`, JSON.stringify(manifest, null, 2))
  renameSync(`${manifestFile}.part`, manifestFile)
  return { ...manifest, file, key, fromCache: false, databaseBytes: fileSize(file) }
}

/**
 * Where the cache has no clinic at the current schema but one at a reusable older one, migrates
 * that one in place (openDatabase migrates) and moves it to the current version's folder.
 */
function migrateReusable(
  name: string,
  folder: string,
  key: DatabaseKey,
  log?: (l: string) => void,
) {
  if (existsSync(join(folder, 'manifest.json'))) return
  for (let version = latestSchemaVersion() - 1; version >= REUSABLE_FROM_SCHEMA; version--) {
    const older = join(cacheRoot(), `${name}-schema${version}-gen${GENERATOR_VERSION}`)
    const olderManifest = join(older, 'manifest.json')
    if (!existsSync(olderManifest)) continue
    const started = performance.now()
    const db = openDatabase(join(older, 'clinic.sqlite'), key)
    try {
      db.pragma('wal_checkpoint(TRUNCATE)')
    } finally {
      db.close()
    }
    const manifest = JSON.parse(readFileSync(olderManifest, 'utf8')) as Manifest
    writeFileSync(
      olderManifest,
      JSON.stringify({ ...manifest, schemaVersion: latestSchemaVersion() }, null, 2),
    )
    renameSync(older, folder)
    log?.(
      `  cached clinic migrated from schema ${version} to ${latestSchemaVersion()} in ${((performance.now() - started) / 1000).toFixed(0)} s`,
    )
    return
  }
}

/** A working copy of the clinic in `folder`, opened as the app opens its database. */
export function workingCopy(clinic: CachedClinic, folder: string): { db: Database; file: string } {
  const file = join(folder, 'work.sqlite')
  if (file !== clinic.file) copyFileSync(clinic.file, file)
  return { db: openDatabase(file, clinic.key), file }
}
