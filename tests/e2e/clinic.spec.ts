import { execFileSync } from 'node:child_process'
import type { Database } from 'better-sqlite3'
import { seedVignette } from '../support/seedVignette'
import { expect, test } from './harness/fixtures'
import { openScreen } from './harness/navigation'

const storedClinic = (db: Database) =>
  db
    .prepare("SELECT document FROM settings WHERE key = 'clinic'")
    .pluck()
    .all()
    .map((d) => JSON.parse(d as string))

const pdfText = (path: string) =>
  execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')

test("the clinic's details are entered once, checked, kept, and head every report", async ({
  app,
  db,
  desktop,
  saveScreen,
}) => {
  // Until the details are entered, the Review step says what letters and handouts lack.
  const first = await seedVignette(db, 'V03')
  await openScreen(app, first.review, first.patientName)
  await app.getByRole('link', { name: 'Enter the clinic’s details' }).click()
  await expect(app.getByRole('heading', { name: 'Clinic details', level: 1 })).toBeVisible()
  await expect(app.getByText('Not entered yet')).toBeVisible()
  await saveScreen('60-clinic-empty')

  // Mistakes are shown on their fields; what was typed stays; nothing is stored.
  await app.getByLabel('Phone').fill('0113 496 0000')
  await app.getByLabel('Email').fill('desk@riverside')
  await app.getByRole('button', { name: 'Save clinic details' }).click()
  await expect(app.getByLabel('Clinic name')).toHaveAccessibleDescription('Enter the clinic name')
  await expect(app.getByLabel('Email')).toHaveAccessibleDescription(
    'Enter an email address like name@example.com',
  )
  await expect(app.getByLabel('Phone')).toHaveValue('0113 496 0000')
  await saveScreen('61-clinic-errors')
  expect(storedClinic(db)).toEqual([])

  await app.getByLabel('Clinic name').fill('Riverside Physiotherapy')
  await app.getByLabel('Line under the name').fill('Running injuries clinic')
  await app.getByLabel('Email').fill('desk@riverside.example')
  await app.getByLabel('Address').fill('1 Quay Street\nLeeds LS1 4AB')
  await app.getByRole('button', { name: 'Save clinic details' }).click()
  await expect(app.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible()
  await expect(app.getByText('Not entered yet')).toHaveCount(0)
  await saveScreen('62-clinic-saved')
  expect(storedClinic(db)).toEqual([
    {
      name: 'Riverside Physiotherapy',
      tagline: 'Running injuries clinic',
      address: '1 Quay Street\nLeeds LS1 4AB',
      phone: '0113 496 0000',
      email: 'desk@riverside.example',
    },
  ])
  await app.reload()
  await expect(app.getByLabel('Clinic name')).toHaveValue('Riverside Physiotherapy')
  await expect(app.getByText('Not entered yet')).toHaveCount(0)

  const { review, patientName } = await seedVignette(db, 'V01', {
    clinicianName: 'Alex Morgan',
    confirm: 'gluteal-tendinopathy',
  })
  await openScreen(app, review, patientName)
  await expect(app.getByText(/before printing letters and handouts/)).toHaveCount(0)
  const letter = desktop.willSaveAs('letter.pdf')!
  await app.getByRole('button', { name: 'Write a referral letter…' }).click()
  await expect(app.getByRole('heading', { name: 'Referral letter', level: 1 })).toBeVisible()
  await app.getByLabel('Name').fill('Dr Priya Shah')
  await app.getByLabel('Role or speciality').fill('GP')
  await app.getByRole('button', { name: 'Print letter (PDF)' }).click()
  await expect(app.getByText(/^Saved letter\.pdf/)).toBeVisible()
  expect(pdfText(letter)).toMatch(
    /^Riverside Physiotherapy Running injuries clinic 0113 496 0000 · desk@riverside\.example · 1 Quay Street, Leeds LS1 4AB/,
  )
  expect(pdfText(letter)).toContain(
    'Alex Morgan Physiotherapist, registration PH123456 Riverside Physiotherapy',
  )
  await openScreen(app, review, patientName)
  const handout = desktop.willSaveAs('handout.pdf')!
  await app.getByRole('button', { name: 'Patient exercise handout (PDF)' }).click()
  await expect(app.getByText('Saved handout.pdf')).toBeVisible()
  expect(pdfText(handout)).toContain('Call us on 0113 496 0000.')
  expect(pdfText(handout)).toContain('Your physiotherapist: Alex Morgan, Riverside Physiotherapy.')
  const report = desktop.willSaveAs('report.pdf')!
  await app.getByRole('button', { name: 'Clinician report (PDF)' }).click()
  await expect(app.getByText('Saved report.pdf')).toBeVisible()
  expect(pdfText(report)).toContain('Riverside Physiotherapy · Running injuries clinic')
})
