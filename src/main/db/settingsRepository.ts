import type { Database, Statement } from 'better-sqlite3'
import { clinicDetailsSchema, type ClinicDetails } from '../../shared/model/clinic'

const CLINIC = 'clinic'

/** This installation's settings (migration 4): each a document checked by its shared schema. */
export class SettingsRepository {
  private readonly read: Statement<[string], string>
  private readonly write: Statement<{ key: string; document: string; updatedAt: string }>

  constructor(db: Database) {
    this.read = db.prepare<[string], string>('SELECT document FROM settings WHERE key = ?').pluck()
    this.write = db.prepare(`
      INSERT INTO settings (key, document, updated_at) VALUES (@key, @document, @updatedAt)
      ON CONFLICT (key) DO UPDATE SET document = excluded.document, updated_at = excluded.updated_at`)
  }

  /** The clinic's details, or undefined until someone has entered them. */
  clinic(): ClinicDetails | undefined {
    const document = this.read.get(CLINIC)
    return document === undefined ? undefined : clinicDetailsSchema.parse(JSON.parse(document))
  }

  saveClinic(details: ClinicDetails): ClinicDetails {
    const parsed = clinicDetailsSchema.parse(details)
    this.write.run({
      key: CLINIC,
      document: JSON.stringify(parsed),
      updatedAt: new Date().toISOString(),
    })
    return parsed
  }
}
