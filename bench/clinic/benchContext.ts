import type { Database } from 'better-sqlite3'
import type { ClinicHandlers } from '../../src/main/ipc/handlers'
import type { Result } from '../../src/shared/api/result'
import type { Random } from './prng'
import type { CachedClinic } from './clinicCache'

/** What every measurement gets: the clinic's working copy, the app's handler table and settings. */
export interface BenchContext {
  db: Database
  file: string
  handlers: ClinicHandlers
  /** With --exports-on-main: the same table with exports on main, as before the worker. */
  handlersOnMain?: ClinicHandlers
  clinic: CachedClinic
  random: Random
  /** Scratch folder of this size's run (export files, the renderer's static pages). */
  folder: string
  /** Timed rounds: the full count, or a small one for a smoke run. */
  rounds: (full: number) => number
  /** How many varied inputs to draw: the full count, or a few for a smoke run. */
  inputs: (full: number) => number
  quick: boolean
  /** Paths the bench's stand-in for the save dialog handed out, oldest first (exports). */
  exportedFiles: string[]
  log: (line: string) => void
}

/**
 * A handler's value. A failed call is a fault in the bench (a wrong input), never a figure to
 * report, so it stops the run; only the error's code is shown, never a record's content.
 */
export function valueOf<T>(result: Result<T>, what: string): T {
  if (!result.ok) throw new Error(`${what} failed: ${result.error.code}`)
  return result.value
}

/** Patients drawn at random (by rowid: the generator never deletes, so rowids are dense). */
export function samplePatients(
  ctx: BenchContext,
  count: number,
  where = '1',
): {
  id: string
  given_name: string
  family_name: string
  date_of_birth: string
  sex: string
  record_number: string | null
}[] {
  const max = ctx.db.prepare('SELECT max(rowid) FROM patients').pluck().get() as number
  const byRowid = ctx.db.prepare(
    `SELECT id, given_name, family_name, date_of_birth, sex, record_number FROM patients WHERE rowid = ? AND (${where})`,
  )
  const picked = new Map<string, ReturnType<typeof samplePatients>[number]>()
  for (let tries = 0; picked.size < count && tries < count * 50; tries++) {
    const hit = byRowid.get(ctx.random.int(1, max)) as
      ReturnType<typeof samplePatients>[number] | undefined
    if (hit) picked.set(hit.id, hit)
  }
  return [...picked.values()]
}
