import type { Database } from 'better-sqlite3'
import { handlersAsClinician } from '../support/clinicians'
import type { Assessment } from '../../src/shared/model/assessment/assessment'
import { newHistoryFields } from '../support/newHistoryFields'
import { loadVignette, vignettePatientFields } from '../support/vignettes'
import { expectSaved, goToStep, recordSection } from './harness/assessmentDriver'
import { expect, test } from './harness/fixtures'

const storedHistory = (db: Database) =>
  (
    JSON.parse(
      db.prepare('SELECT document FROM assessments ORDER BY created_at').pluck().get() as string,
    ) as Assessment
  ).history

test('the history step records the fields of document version 2 with the keyboard, and the red-flag screen uses them', async ({
  app,
  db,
  saveScreen,
}) => {
  const vignette = loadVignette('V01')
  const patient = await handlersAsClinician(db).createPatient(vignettePatientFields(vignette))
  if (!patient.ok) throw new Error(patient.error.message)
  await app.getByLabel('Find a patient').fill(patient.value.familyName)
  await app.getByRole('link', { name: new RegExp(patient.value.familyName, 'i') }).click()
  await app.getByLabel('Date', { exact: true }).fill(vignette.assessment.date)
  await app.getByRole('button', { name: 'New initial assessment' }).click()
  await expect(app.getByRole('heading', { name: 'History', level: 2 })).toBeVisible()

  // The details of weight loss and of a previous cancer appear once those answers are "yes".
  await expect(app.locator('[id="history.weightLoss.kg"]')).toHaveCount(0)
  const history = {
    ...newHistoryFields,
    redFlags: { unexplainedWeightLoss: 'yes', cancerHistory: 'yes', recentTrauma: 'yes' },
  } as const
  await recordSection(app, 'history', history)
  await expectSaved(app)
  expect(storedHistory(db)).toEqual(JSON.parse(JSON.stringify(history)))
  await saveScreen('35-history-version-2-fields')

  // Out of range: refused on the field, not stored.
  const temperature = app.locator('[id="history.temperatureC"]')
  await temperature.fill('44')
  await expect(app.getByText('At most 43')).toBeVisible()

  // The red-flag banner reads the details: which cancer, how much weight, the leg after a fall.
  await temperature.fill('37.2')
  await expectSaved(app)
  await goToStep(app, 'review')
  const banner = app.getByRole('alert', { name: 'Red flags' })
  await expect(banner).toContainText('History of cancer (Breast, 2019)')
  await expect(banner).toContainText('Unexplained weight loss: 6 kg in 3 months')
  await expect(banner).toContainText('Possible fracture after trauma')
  await expect(banner).toContainText('Leg lies shortened and externally rotated')
})
