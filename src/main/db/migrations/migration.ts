import type { Database } from 'better-sqlite3'

/**
 * One step in the schema's history. Versions are consecutive from 1; `up` runs inside a
 * transaction together with the `PRAGMA user_version` bump, so a step applies whole or not at all.
 * Migrations are append-only: never edit one that has shipped, add the next.
 */
export interface Migration {
  version: number
  name: string
  up: (db: Database) => void
}
