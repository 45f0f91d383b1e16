import type { Database, Statement } from 'better-sqlite3'
import { clinicDetailsSchema, type ClinicDetails } from '../../shared/model/clinic'
import { DEFAULT_LOCK_AFTER_MINUTES, lockAfterMinutesSchema } from '../../shared/model/clinician'

const CLINIC = 'clinic'
/** This laptop's own settings, which a clinic's shared records do not carry, start with `device.`. */
const LOCK_AFTER = 'device.lockAfterMinutes'

/** This installation's settings (migration 4): each a document checked by its shared schema. */
export class SettingsRepository {
  private readonly read: Statement<[string], string>
  private readonly write: Statement<{
    key: string
    document: string
    updatedAt: string
    updatedBy: string | null
  }>

  constructor(db: Database) {
    this.read = db.prepare<[string], string>('SELECT document FROM settings WHERE key = ?').pluck()
    this.write = db.prepare(`
      INSERT INTO settings (key, document, updated_at, updated_by)
      VALUES (@key, @document, @updatedAt, @updatedBy)
      ON CONFLICT (key) DO UPDATE SET document = excluded.document,
        updated_at = excluded.updated_at, updated_by = excluded.updated_by`)
  }

  /** The clinic's details, or undefined until someone has entered them. */
  clinic(): ClinicDetails | undefined {
    const document = this.read.get(CLINIC)
    return document === undefined ? undefined : clinicDetailsSchema.parse(JSON.parse(document))
  }

  saveClinic(details: ClinicDetails, by?: string): ClinicDetails {
    const parsed = clinicDetailsSchema.parse(details)
    this.save(CLINIC, parsed, by)
    return parsed
  }

  /** How many idle minutes before the app locks itself on this laptop. */
  lockAfterMinutes(): number {
    const document = this.read.get(LOCK_AFTER)
    return document === undefined
      ? DEFAULT_LOCK_AFTER_MINUTES
      : lockAfterMinutesSchema.parse(JSON.parse(document))
  }

  saveLockAfterMinutes(minutes: number, by?: string) {
    this.save(LOCK_AFTER, lockAfterMinutesSchema.parse(minutes), by)
  }

  private save(key: string, value: unknown, by: string | undefined) {
    this.write.run({
      key,
      document: JSON.stringify(value),
      updatedAt: new Date().toISOString(),
      updatedBy: by ?? null,
    })
  }
}
