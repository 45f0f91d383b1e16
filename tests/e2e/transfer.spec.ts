import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import type { Database } from 'better-sqlite3'
import { runDiagnose } from '../../src/cli/diagnose'
import { handlersAsClinician } from '../support/clinicians'
import { assessmentExportSchema } from '../../src/shared/model/assessment/assessmentExport'
import { exportFileSchema } from '../../src/shared/model/exportFile'
import { patientFullName } from '../../src/shared/model/patient'
import { seedClinic } from '../support/seedClinic'
import { seedVignette } from '../support/seedVignette'
import { loadVignette } from '../support/vignettes'
import { expect, test } from './harness/fixtures'
import { openScreen } from './harness/navigation'

const REPORTS = join('test-results', 'reports-ui')

/** Seeds vignettes with a confirmed diagnosis and plan, as the app would; returns patient ids. */
async function seed(db: Database, ids: string[]) {
  const patientIds: string[] = []
  for (const id of ids) {
    const { patient } = await seedVignette(db, id, {
      clinicianName: 'Alex Morgan',
      confirm: expectedTop[id]!,
    })
    patientIds.push(patient.id)
  }
  return patientIds
}

async function nameOf(db: Database, patientId: string) {
  const patient = await handlersAsClinician(db).getPatient({ id: patientId })
  if (!patient.ok) throw new Error(patient.error.message)
  return patientFullName(patient.value)
}

const expectedTop: Record<
  string,
  'gluteal-tendinopathy' | 'femoral-neck-bsi' | 'labral-tear-fais'
> = {
  V01: 'gluteal-tendinopathy',
  V03: 'femoral-neck-bsi',
  V06: 'labral-tear-fais',
}

const pdfText = (path: string) =>
  execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' })
const pdfPages = (path: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))![1])
function firstPagePng(path: string, name: string) {
  mkdirSync(REPORTS, { recursive: true })
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '70',
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    path,
    join(REPORTS, name),
  ])
}

const documents = (db: Database, table: 'patients' | 'assessments') =>
  Object.fromEntries(
    (
      db.prepare(`SELECT id, document FROM ${table} ORDER BY id`).all() as {
        id: string
        document: string
      }[]
    ).map((r) => [r.id, JSON.parse(r.document)]),
  )

async function waitForJob(page: Page, title: RegExp) {
  await expect(page.getByText(title)).toBeVisible()
}

test('each report is saved as a PDF with the findings, the diagnosis and page numbers', async ({
  app,
  db,
  desktop,
}) => {
  // Letters and handouts need the clinic's name and phone (issue 12).
  seedClinic(db)
  const [v01, v03] = await seed(db, ['V01', 'V03'])
  const open = async (patientId: string) => {
    const history = await handlersAsClinician(db).getPatientHistory({ patientId })
    if (!history.ok) throw new Error('no history')
    const route = `patients/${patientId}/assessments/${history.value[0]!.id}/review`
    await openScreen(app, route, await nameOf(db, patientId))
    await expect(app.getByRole('heading', { name: 'Reports' })).toBeVisible()
  }
  await open(v01!)
  const clinician = desktop.willSaveAs('V01-clinician.pdf')!
  await app.getByRole('button', { name: 'Clinician report (PDF)' }).click()
  await expect(app.getByText('Saved V01-clinician.pdf')).toBeVisible()
  const report = pdfText(clinician)
  expect(report).toMatch(/Gluteal tendinopathy/)
  expect(report).toMatch(/Single-leg stance/)
  expect(report).toMatch(/78 ?%/)
  expect(report).toMatch(/Alex Morgan/)
  expect(report).toMatch(/Page 1 of \d/)
  firstPagePng(clinician, 'V01-clinician-page1')

  const handout = desktop.willSaveAs('V01-handout.pdf')!
  await app.getByRole('button', { name: 'Patient exercise handout (PDF)' }).click()
  await expect(app.getByText('Saved V01-handout.pdf')).toBeVisible()
  expect(pdfText(handout)).toMatch(/hip abduction/i)
  expect(pdfText(handout)).toMatch(/Stop/)
  // The exercises with their drawings, the running advice, then the log on a page of its own.
  expect(pdfPages(handout)).toBeLessThanOrEqual(4)
  expect(pdfText(handout)).toContain('Your exercise log')
  firstPagePng(handout, 'V01-handout-page1')

  const json = desktop.willSaveAs('V01-assessment.json')!
  await app.getByRole('button', { name: /Assessment file \(JSON/ }).click()
  await expect(app.getByText('Saved V01-assessment.json')).toBeVisible()
  const exported = assessmentExportSchema.parse(JSON.parse(readFileSync(json, 'utf8')))
  expect(exported.assessment.workingDiagnosis?.confirmed).toEqual([
    { conditionId: 'gluteal-tendinopathy' },
  ])
  const out: string[] = []
  expect(
    runDiagnose([json], {
      readFile: (p) => readFileSync(p, 'utf8'),
      out: (t) => out.push(t),
      err: () => {},
    }),
  ).toBe(0)
  expect(JSON.parse(out[0]!).differential[0].id).toBe('gluteal-tendinopathy')

  desktop.willSaveAs(undefined)
  await app.getByRole('button', { name: 'Clinician report (PDF)' }).click()
  await expect(app.getByText(/^Saved .*\.(pdf|json)$/)).toHaveCount(0)

  await open(v03!)
  const letter = desktop.willSaveAs('V03-referral.pdf')!
  await app.getByRole('button', { name: 'Write a referral letter…' }).click()
  await expect(app.getByRole('heading', { name: 'Referral letter', level: 1 })).toBeVisible()
  await app.getByLabel('Name').fill('Dr Omar Reid')
  await app.getByLabel('Role or speciality').fill('Sports physician')
  await app.getByRole('button', { name: 'Print letter (PDF)' }).click()
  await expect(app.getByText(/^Saved V03-referral\.pdf/)).toBeVisible()
  const text = pdfText(letter)
  expect(text).toMatch(/femoral neck stress fracture/i)
  expect(text).toMatch(/MRI/)
  expect(text).toMatch(/Lindqvist/)
  firstPagePng(letter, 'V03-referral-page1')
  expect(readdirSync(desktop.folder).filter((f) => f.endsWith('.part'))).toEqual([])
})

test('a JSON export imports into an empty database as identical records, twice without duplicates', async ({
  app,
  db,
  desktop,
  secondApp,
  saveScreen,
}) => {
  await seed(db, ['V01', 'V03', 'V06'])
  await app
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Import and export' })
    .click()
  const file = desktop.willSaveAs('clinic.json')!
  await app.getByRole('button', { name: 'Export all patients…' }).click()
  await waitForJob(app, /Export \(JSON\): done/)
  await expect(app.getByText('Exported 3 patients.')).toBeVisible()
  await saveScreen('50-export-done')
  expect(exportFileSchema.parse(JSON.parse(readFileSync(file, 'utf8'))).patients).toHaveLength(3)

  const other = secondApp.page
  await other
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Import and export' })
    .click()
  desktop.willOpen(file)
  await other.getByRole('button', { name: 'Import from a file…' }).click()
  await waitForJob(other, /Import: done/)
  await expect(
    other.getByText(
      'Imported 3 new and 0 updated patients, 3 new and 0 updated assessments; 0 skipped.',
    ),
  ).toBeVisible()
  expect(documents(secondApp.db, 'patients')).toEqual(documents(db, 'patients'))
  expect(documents(secondApp.db, 'assessments')).toEqual(documents(db, 'assessments'))

  desktop.willOpen(file)
  await other.getByRole('button', { name: 'Import from a file…' }).click()
  await expect(other.getByText(/Nothing new: all 3 patients are already here\./)).toBeVisible()
  await other.getByText(/skipped, and why/).click()
  await expect(other.getByText(/finalised here|as recent or more recent/).first()).toBeVisible()
  expect(secondApp.db.prepare('SELECT COUNT(*) FROM patients').pluck().get()).toBe(3)
  expect(secondApp.db.prepare('SELECT COUNT(*) FROM assessments').pluck().get()).toBe(3)
  await other.screenshot({
    path: join('test-results', 'screens', '51-import-again.png'),
    fullPage: true,
  })
})

test('a corrupted or foreign file is refused with a clear message and nothing is written', async ({
  app,
  db,
  desktop,
}) => {
  const bad = join(desktop.folder, 'bad.json')
  writeFileSync(
    bad,
    '{"format": "runners-hip/export", "formatVersion": 1, "patients": [ {"patient": ',
  )
  const foreign = join(desktop.folder, 'foreign.json')
  writeFileSync(foreign, JSON.stringify({ name: 'some-package', version: '1.0.0' }))
  const wrongPatient = join(desktop.folder, 'wrong.json')
  writeFileSync(
    wrongPatient,
    JSON.stringify({
      format: 'runners-hip/export',
      formatVersion: 1,
      exportedAt: new Date().toISOString(),
      patients: [{ patient: { givenName: 'X' }, assessments: [] }],
    }),
  )

  await app
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Import and export' })
    .click()
  desktop.willOpen(bad)
  await app.getByRole('button', { name: 'Import from a file…' }).click()
  await expect(
    app.getByText('This file could not be read as a JSON export: nothing was imported.'),
  ).toBeVisible()
  desktop.willOpen(foreign)
  await app.getByRole('button', { name: 'Import from a file…' }).click()
  await expect(
    app.getByText(/This is not a valid Runner's Hip export file .*Nothing was imported\./),
  ).toBeVisible()
  desktop.willOpen(wrongPatient)
  await app.getByRole('button', { name: 'Import from a file…' }).click()
  await expect(app.getByText(/at patients\.0\.patient\..*Nothing was imported\./)).toBeVisible()
  expect(db.prepare('SELECT COUNT(*) FROM patients').pluck().get()).toBe(0)
  expect(db.prepare('SELECT COUNT(*) FROM assessments').pluck().get()).toBe(0)
})

test('a patient exports as CSV (no names) and as a FHIR bundle', async ({ app, db, desktop }) => {
  const [v01] = await seed(db, ['V01'])
  await openScreen(app, `patients/${v01}`, await nameOf(db, v01!))
  const csv = desktop.willSaveAs('v01.csv')!
  await app.getByLabel('Format').selectOption('csv')
  await app.getByRole('button', { name: 'Export this patient…' }).click()
  await waitForJob(app, /Export \(CSV\): done/)
  const lines = readFileSync(csv, 'utf8').trim().split(/\r\n/)
  expect(lines[0]).toBe(
    'patient_id,record_number,age_at_visit,sex,assessment_id,assessment_date,assessment_type,assessment_status,measure_id,measure,side,value,unit',
  )
  expect(lines.some((l) => l.includes('rom.internalRotation.right'))).toBe(true)
  expect(readFileSync(csv, 'utf8')).not.toMatch(new RegExp(loadVignette('V01').patient.familyName))

  const fhir = desktop.willSaveAs('v01-fhir.json')!
  await app.getByLabel('Format').selectOption('fhir')
  await app.getByRole('button', { name: 'Export this patient…' }).click()
  await waitForJob(app, /Export \(FHIR\): done/)
  const bundle = JSON.parse(readFileSync(fhir, 'utf8'))
  expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' })
  const types = bundle.entry.map(
    (e: { resource: { resourceType: string } }) => e.resource.resourceType,
  )
  expect(types).toEqual(
    expect.arrayContaining(['Patient', 'Encounter', 'Observation', 'Condition', 'CarePlan']),
  )
  expect(existsSync(`${fhir}.part`)).toBe(false)
})
