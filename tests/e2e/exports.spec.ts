import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Database } from 'better-sqlite3'
import { seedVignette } from '../support/seedVignette'
import { expect, test } from './harness/fixtures'

/** Every stored row of both tables, to show an export changed nothing. */
const snapshot = (db: Database) => ({
  patients: db.prepare('SELECT * FROM patients ORDER BY id').all(),
  assessments: db.prepare('SELECT * FROM assessments ORDER BY id').all(),
})

test('the whole clinic exports as FHIR Bulk Data: a manifest and one NDJSON file per resource type, the records untouched', async ({
  app,
  db,
  desktop,
  saveScreen,
}) => {
  for (const [id, confirm] of [
    ['V01', 'gluteal-tendinopathy'],
    ['V03', 'femoral-neck-bsi'],
    ['V06', 'labral-tear-fais'],
  ] as const) {
    await seedVignette(db, id, { clinicianName: 'Alex Morgan', confirm, finalise: id === 'V01' })
  }
  const before = snapshot(db)
  await app
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Import and export' })
    .click()
  await app.getByLabel('Format').selectOption('fhir')
  await expect(app.getByLabel('Format')).toContainText('FHIR R4 Bulk Data')
  const manifestPath = desktop.willSaveAs('clinic-fhir.json')!
  await app.getByRole('button', { name: 'Export all patients…' }).click()
  await expect(app.getByText('Export (FHIR Bulk Data): done')).toBeVisible()
  await expect(
    app.getByText(
      /^Exported 3 patients: \d+ FHIR resources in 5 NDJSON files, listed in clinic-fhir\.json\.$/,
    ),
  ).toBeVisible()
  await saveScreen('52-fhir-bulk-export-done')

  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    requiresAccessToken: boolean
    output: { type: string; url: string; count: number }[]
    error: unknown[]
  }
  expect(manifest.requiresAccessToken).toBe(false)
  expect(manifest.error).toEqual([])
  expect(manifest.output.map((o) => o.type)).toEqual([
    'Patient',
    'Encounter',
    'Observation',
    'Condition',
    'CarePlan',
  ])
  for (const { type, url, count } of manifest.output) {
    const lines = readFileSync(join(desktop.folder, url), 'utf8').trimEnd().split('\n')
    expect(lines).toHaveLength(count)
    for (const line of lines) expect(JSON.parse(line).resourceType).toBe(type)
  }
  expect(manifest.output[0]!.count).toBe(3)
  expect(readdirSync(desktop.folder).filter((f) => f.endsWith('.part'))).toEqual([])
  expect(snapshot(db)).toEqual(before)
})
