import { expect, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { expectSaved, goToStep, recordAssessment } from './assessmentDriver'
import { loadVignette, sectionsOf } from '../../support/vignettes'
import { signInAsClinician } from './signIn'

/** One run of the app, however it was started (Electron itself or the stand-in). */
export interface RunningApp {
  /** The app's window. */
  window: Page
  /** The next save dialog answers with a file of this name, as the user would pick it; gives its path. */
  willSaveAs(fileName: string): Promise<string>
  /** The user closes the window; resolves once the app has ended. */
  quit(): Promise<void>
}

/**
 * What a physiotherapist does on the first day with the app: starts it, adds a patient, records
 * and finalises an assessment (case V01), saves the clinician report as a PDF, quits, starts it
 * again and finds it all. The Electron smoke test runs it in Electron; the end-to-end suite runs
 * it under the stand-in, so the path itself is known to work.
 */
export async function newcomerPath(start: () => Promise<RunningApp>) {
  const { patient, assessment } = loadVignette('V01')
  const name = `${patient.givenName} ${patient.familyName}`

  let app = await start()
  let page = app.window
  await signInAsClinician(page)
  await page.getByRole('link', { name: 'Add a patient' }).click()
  await page.getByLabel('First name').fill(patient.givenName)
  await page.getByLabel('Surname').fill(patient.familyName)
  await page.getByLabel('Date of birth').fill(patient.dateOfBirth)
  await page.getByLabel('Sex').selectOption({ value: patient.sex })
  await page.getByRole('button', { name: 'Save patient' }).click()
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()

  await page.getByLabel('Date', { exact: true }).fill(assessment.date)
  await page.getByRole('button', { name: 'New initial assessment' }).click()
  await expect(page.getByRole('heading', { name: 'History', level: 2 })).toBeVisible()
  await recordAssessment(page, sectionsOf(assessment))
  await goToStep(page, 'review')
  await page.getByLabel('Clinician').fill('Alex Morgan')
  await expectSaved(page)
  await page.getByLabel(/^Gluteal tendinopathy/).check()
  await page.getByRole('button', { name: 'Confirm working diagnosis' }).click()
  await expect(page.getByText(/^Working diagnosis: Gluteal tendinopathy/)).toBeVisible()
  await page.getByRole('button', { name: 'Finalise assessment' }).click()
  await expect(page.getByText('Finalised', { exact: true }).first()).toBeVisible()

  const reportPath = await app.willSaveAs('first-day-report.pdf')
  await page.getByRole('button', { name: 'Clinician report (PDF)' }).click()
  await expect(page.getByText(/^Saved .*\.pdf$/)).toBeVisible()
  expect(readFileSync(reportPath).subarray(0, 5).toString()).toBe('%PDF-')
  await app.quit()

  app = await start()
  page = app.window
  await signInAsClinician(page)
  await page.getByLabel('Find a patient').fill(patient.familyName)
  await page
    .getByRole('link', { name: new RegExp(patient.familyName) })
    .first()
    .click()
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
  await expect(page.getByText('Finalised').first()).toBeVisible()
  await app.quit()
}
