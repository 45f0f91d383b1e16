import type { Database } from 'better-sqlite3'
import { ClinicianRepository } from '../../src/main/db/clinicianRepository'
import { createHandlers, type HandlerOptions } from '../../src/main/ipc/handlers'

/** The clinician tests sign and write as when they seed records (not through the sign-in screen). */
export const SEEDING_CLINICIAN = {
  name: 'Sam Seeder',
  profession: 'physiotherapist' as const,
  registrationNumber: 'PH000001',
  passcode: 'seed-passcode-1',
  passcodeAgain: 'seed-passcode-1',
}

/**
 * The id of the clinic's first clinician (the one signed in through the screens, in an
 * end-to-end test), or of one added now: records are signed, and every write has an author.
 */
export function testClinicianId(db: Database): string {
  const first = db
    .prepare<[], string>('SELECT id FROM clinicians ORDER BY created_at LIMIT 1')
    .pluck()
    .get()
  return first ?? new ClinicianRepository(db).create(SEEDING_CLINICIAN, undefined, new Date()).id
}

/** The clinic's handler table as the clinic's first clinician uses it. */
export function handlersAsClinician(db: Database, options: HandlerOptions = {}) {
  const id = testClinicianId(db)
  return createHandlers(db, { author: () => id, ...options })
}
