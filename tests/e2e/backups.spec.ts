import type { Database } from 'better-sqlite3'
import { existsSync } from 'node:fs'
import { PatientRepository } from '../../src/main/db/patientRepository'
import { isPlainDatabase } from '../../src/main/db/connection'
import { verifyCopy } from '../../src/main/backup/backupWriter'
import { seedVignette } from '../support/seedVignette'
import { aPatient } from '../support/patients'
import { databaseKeyOf, databaseOf, expect, patientListOf, test } from './harness/fixtures'
import { signInAsClinician } from './harness/signIn'
import { appDataOf, saveScreenOf } from './harness/recovery'

/**
 * The Backups screen: the list (when, why, size, checked), a backup on request, an export that
 * stays encrypted, and a restore (of a listed backup, or of an exported file) that first backs up
 * the records as they are, so it can be undone.
 */

const addPatient = (db: Database, familyName: string) =>
  new PatientRepository(db).create(aPatient({ familyName }))
const familyNames = (db: Database) =>
  db.prepare('SELECT family_name FROM patients ORDER BY family_name').pluck().all()

test('back up now, export a backup (still encrypted), restore one, and restore the exported file', async ({
  app,
  electronApp,
  desktop,
}) => {
  let db = await databaseOf(electronApp)
  addPatient(db, 'Featherstonehaugh')
  db.close()

  await app.getByRole('link', { name: 'Backups' }).click()
  await expect(app.getByRole('heading', { name: 'Backups', level: 1 })).toBeVisible()
  const rows = app.getByRole('row', { name: /Backup of/ })
  await expect(rows).toHaveCount(1)
  await expect(rows.first()).toContainText('When the app started')

  await app.getByRole('button', { name: 'Back up now' }).click()
  await expect(app.getByText('Backup made and checked')).toBeVisible()
  await expect(rows).toHaveCount(2)
  await expect(rows.first()).toContainText('Made on request')
  await expect(rows.first()).toContainText('Verified')
  await saveScreenOf(app, '80-backups-list')

  // Export: a copy as it is, encrypted with the clinic's key, whole.
  const exported = desktop.willSaveAs('clinic-backup.sqlite')!
  await app
    .getByRole('button', { name: /Export the backup of/ })
    .first()
    .click()
  await expect(app.getByText('Exported clinic-backup.sqlite')).toBeVisible()
  await expect(app.getByText(/encrypted exactly like the records/)).toBeVisible()
  await saveScreenOf(app, '81-backups-exported')
  expect(isPlainDatabase(exported)).toBe(false)
  const key = await databaseKeyOf(electronApp)
  expect(verifyCopy(exported, key).counts.patients).toBe(1)
  expect(existsSync(`${exported}.part`)).toBe(false)

  // A patient added after the backup, then the backup restored: the records are as they were.
  db = await databaseOf(electronApp)
  addPatient(db, 'Added-after')
  db.close()
  await app
    .getByRole('button', { name: /Restore the backup of/ })
    .first()
    .click()
  await expect(app.getByRole('heading', { name: 'Restore this backup?' })).toBeVisible()
  await expect(app.getByText(/A backup of the records as they are now is made first/)).toBeVisible()
  await saveScreenOf(app, '82-backups-restore-confirm')
  await app.getByRole('button', { name: 'Restore this backup' }).click()
  // The restored records are opened afresh: the clinician signs in to them.
  await signInAsClinician(app)
  await expect(app.getByRole('heading', { name: 'Patients', level: 1 })).toBeVisible()
  await expect(app.getByText(/was restored\. The records as they were just before/)).toBeVisible()
  await expect(app.getByRole('link', { name: /Featherstonehaugh/ })).toBeVisible()
  await expect(app.getByRole('link', { name: /Added-after/ })).toHaveCount(0)
  await saveScreenOf(app, '83-backups-restored')
  db = await databaseOf(electronApp)
  expect(familyNames(db)).toEqual(['Featherstonehaugh'])
  db.close()

  // The records as they were before the restore are a backup of their own.
  await app.getByRole('link', { name: 'Backups' }).click()
  await expect(rows.filter({ hasText: 'Before a restore' })).toHaveCount(1)

  // Restoring the exported file, from the same screen.
  db = await databaseOf(electronApp)
  addPatient(db, 'Another')
  db.close()
  await app.getByRole('button', { name: 'Restore from a file…' }).click()
  desktop.willOpen(exported)
  await app.getByRole('button', { name: 'Choose the file…' }).click()
  await signInAsClinician(app)
  await expect(app.getByText(/The backup file was restored/)).toBeVisible()
  db = await databaseOf(electronApp)
  expect(familyNames(db)).toEqual(['Featherstonehaugh'])
  db.close()
  expect(desktop.dialogTitles).toEqual([
    'Export a backup',
    'Restore the clinic’s records from a backup file',
  ])
})

test('a stored assessment that no longer reads is skipped, said at start and marked on the timeline; the rest opens', async ({
  launch,
}) => {
  const first = await launch()
  await patientListOf(first)
  const db = await databaseOf(first)
  const { patient, patientName } = await seedVignette(db, 'V01')
  const brokenId = '7e0b6a2c-0000-4000-8000-00000000dead'
  db.prepare(
    `INSERT INTO assessments (id, patient_id, date, type, status, schema_version, revision,
       document, created_at, updated_at, summary)
     VALUES (?, ?, '2026-01-05', 'follow-up', 'draft', 2, 1, '{"schemaVersion":2,"id":', 't', 't', '{}')`,
  ).run(brokenId, patient.id)
  db.close()
  const appData = await appDataOf(first)
  expect(await first.close()).toBe(0)

  const again = await launch({ appData })
  const page = await patientListOf(again)
  await expect(page.getByText(/One stored assessment could not be read/)).toBeVisible()
  await expect(page.getByText(new RegExp(`Record id: ${brokenId}`))).toBeVisible()
  await page.getByRole('link', { name: new RegExp(patient.familyName) }).click()
  await expect(page.getByRole('heading', { name: patientName, level: 1 })).toBeVisible()
  await expect(page.getByText('Stored record could not be read')).toBeVisible()
  await saveScreenOf(page, '84-timeline-unreadable-record')
  expect(again.stderr.join('\n')).toContain(`assessments ${brokenId}`)
  expect(again.stderr.join('\n')).not.toContain(patient.familyName)
})
