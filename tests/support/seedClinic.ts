import type { Database } from 'better-sqlite3'
import { SettingsRepository } from '../../src/main/db/settingsRepository'
import type { ClinicDetails } from '../../src/shared/model/clinic'

/** The clinic's details as a clinic that prints letters and handouts has them entered. */
export const RIVERSIDE: ClinicDetails = {
  name: 'Riverside Physiotherapy',
  tagline: 'Running injuries clinic',
  address: '1 Quay Street\nLeeds LS1 4AB',
  phone: '0113 496 0000',
  email: 'desk@riverside.example',
}

/** Stores the clinic's details (letters and handouts are refused without a name and phone). */
export function seedClinic(db: Database, clinic: ClinicDetails = RIVERSIDE): void {
  new SettingsRepository(db).saveClinic(clinic)
}
