import type { Page } from '@playwright/test'
import Database from 'better-sqlite3'
import { mkdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { unlock } from '../../../src/main/db/connection'
import { KEY_FILE, type DatabaseKey } from '../../../src/main/db/databaseKey'
import { PatientRepository } from '../../../src/main/db/patientRepository'
import { decryptWithKeychain } from '../../support/electron-standin/main/safeStorage'
import type { LaunchedApp } from '../../support/electron-standin/host/launchApp'
import { aPatient } from '../../support/patients'
import { tempFolder } from '../../support/tempDatabase'
import { expect, patientListOf, type Launch } from './fixtures'

/** Saves a full-page screenshot of any of the app's pages under test-results/screens/. */
export async function saveScreenOf(page: Page, name: string) {
  mkdirSync(join('test-results', 'screens'), { recursive: true })
  await page.screenshot({ path: join('test-results', 'screens', `${name}.png`), fullPage: true })
}

/** Where a clinic's records are, and how to start it again. */
export interface ClinicOnDisk {
  appData: string
  /** The folder holding the records file, its key and its backups folder. */
  folder: string
  file: string
  keychain: string
  env: Record<string, string>
  key: () => DatabaseKey
  /** Opens the records as the app does (the test's own connection); close it before the app. */
  open: (options?: Database.Options) => Database.Database
  start: () => Promise<LaunchedApp>
  /** Removes the clinic's temp folders (once every app on them has closed). */
  cleanup: () => void
}

/**
 * A clinic used twice: started, a patient entered, closed, then started again (so its newest
 * start backup holds the patient) and closed. `dataFolder` puts the records in a folder of their
 * own (RUNNERS_HIP_DATA_DIR), for conditions that must not touch the user-data folder, where
 * the app keeps its single-instance lock.
 */
export async function clinicUsedTwice(
  launch: Launch,
  {
    dataFolder,
    patients = ['Featherstonehaugh'],
  }: { dataFolder?: string; patients?: string[] } = {},
): Promise<ClinicOnDisk> {
  const base = tempFolder('runners-hip-recovery-')
  const appData = join(base.dir, 'config')
  const folder = dataFolder ?? join(appData, "Runner's Hip")
  const env: Record<string, string> = dataFolder ? { RUNNERS_HIP_DATA_DIR: dataFolder } : {}
  const keychain = join(base.dir, 'keychain')
  const file = join(folder, 'runners-hip.sqlite')
  const clinic: ClinicOnDisk = {
    appData,
    folder,
    file,
    keychain,
    env,
    key: () => ({
      kind: 'raw',
      hex: decryptWithKeychain(keychain, "Runner's Hip", readFileSync(join(folder, KEY_FILE))),
    }),
    open: (options) => {
      const db = new Database(file, options)
      unlock(db, clinic.key())
      return db
    },
    start: () => launch({ appData, keychain, env }),
    cleanup: base.cleanup,
  }
  const first = await clinic.start()
  await patientListOf(first)
  const db = clinic.open()
  const repo = new PatientRepository(db)
  for (const familyName of patients) repo.create(aPatient({ familyName }))
  db.close()
  expect(await first.close()).toBe(0)
  const second = await clinic.start()
  await patientListOf(second)
  expect(await second.close()).toBe(0)
  return clinic
}

export const appDataOf = async (launched: LaunchedApp) =>
  resolve((await launched.inspect()).userData, '..')
