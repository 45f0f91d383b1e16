import type { Database } from 'better-sqlite3'
import type { Migration } from './migrations/migration'
import { migrations as allMigrations } from './migrations'

export class DatabaseTooNewError extends Error {
  override readonly name = 'DatabaseTooNewError'
  constructor(
    readonly fileVersion: number,
    readonly appVersion: number,
  ) {
    super(
      `This database was written by a newer version of the app (data format ${fileVersion}; ` +
        `this version reads up to ${appVersion}). It has not been changed. ` +
        'Install the latest version of the app to open it.',
    )
  }
}

export const schemaVersionOf = (db: Database): number =>
  db.pragma('user_version', { simple: true }) as number

export const latestSchemaVersion = (migrations: readonly Migration[] = allMigrations): number =>
  migrations.at(-1)?.version ?? 0

/** Throws DatabaseTooNewError, without writing anything, if the file is from a newer app. */
export function assertNotTooNew(db: Database, migrations: readonly Migration[] = allMigrations) {
  const fileVersion = schemaVersionOf(db)
  const appVersion = latestSchemaVersion(migrations)
  if (fileVersion > appVersion) throw new DatabaseTooNewError(fileVersion, appVersion)
}

/**
 * Brings the database up to the latest version, one transaction per migration.
 * Returns the versions applied.
 */
export function migrate(db: Database, migrations: readonly Migration[] = allMigrations): number[] {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1)
      throw new Error(`Migration ${m.name} is numbered ${m.version}, expected ${i + 1}`)
  })
  assertNotTooNew(db, migrations)
  const applied: number[] = []
  for (const m of migrations) {
    if (m.version <= schemaVersionOf(db)) continue
    db.transaction(() => {
      m.up(db)
      db.pragma(`user_version = ${m.version}`)
    })()
    applied.push(m.version)
  }
  return applied
}
