import type { Page } from '@playwright/test'
import type { Database } from 'better-sqlite3'
import { handlersAsClinician } from '../support/clinicians'
import type { PatientFields } from '../../src/shared/model/patient'
import { aPatient } from '../support/patients'
import { expect, test } from './harness/fixtures'

const patientRows = (db: Database) =>
  db
    .prepare('SELECT document FROM patients ORDER BY family_name')
    .pluck()
    .all()
    .map((d) => JSON.parse(d as string))

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' })

async function seed(db: Database, ...patients: PatientFields[]) {
  const handlers = handlersAsClinician(db)
  for (const p of patients) {
    const result = await handlers.createPatient(p)
    if (!result.ok) throw new Error(`seed failed: ${result.error.message}`)
  }
}

test('a clinician adds a patient, finds them again by search and edits their details', async ({
  app,
  db,
  saveScreen,
}) => {
  await expect(app.getByText('No patients yet')).toBeVisible()
  await saveScreen('01-patients-empty')

  await app.getByRole('link', { name: 'Add a patient' }).click()
  await expect(app.getByRole('heading', { name: 'New patient' })).toBeVisible()
  await app.getByLabel('First name').fill('Claire')
  await app.getByLabel('Surname').fill('Dupont')
  await app.getByLabel('Date of birth').fill('1981-03-12')
  await app.getByLabel('Sex').selectOption('Female')
  await app.getByLabel('Phone').fill('+44 7700 900123')
  await app.getByLabel('Years running').fill('8')
  await app.getByLabel('Usual weekly distance (km)').fill('30')
  await app.getByLabel('Main event').selectOption('Half marathon')
  await saveScreen('02-patient-new-filled')
  await app.getByRole('button', { name: 'Save patient' }).click()

  await expect(app.getByRole('heading', { level: 1, name: 'Claire Dupont' })).toBeVisible()
  await expect(app.getByText('30 km', { exact: true })).toBeVisible()
  await expect(app.getByText('Half marathon')).toBeVisible()
  await saveScreen('03-patient-detail')
  expect(patientRows(db)).toEqual([
    expect.objectContaining({
      givenName: 'Claire',
      familyName: 'Dupont',
      dateOfBirth: '1981-03-12',
      sex: 'female',
      phone: '+44 7700 900123',
      yearsRunning: 8,
      weeklyDistanceKm: 30,
      mainEvent: 'half-marathon',
    }),
  ])
  expect(patientRows(db)[0]).not.toHaveProperty('email')

  await seed(
    db,
    aPatient({ givenName: 'Zoë', familyName: 'Núñez', dateOfBirth: '1992-06-01' }),
    aPatient({ givenName: 'Paul', familyName: 'Garcin', dateOfBirth: '1981-03-12', sex: 'male' }),
  )
  await mainNav(app).getByRole('link', { name: 'Patients' }).click()
  const rows = app.locator('tbody tr')
  await expect(rows).toHaveCount(3)
  await expect(app.getByText('3 patients')).toBeVisible()
  await saveScreen('04-patients-list')

  const search = app.getByLabel('Find a patient')
  await search.fill('dupo')
  await expect(rows).toHaveCount(1)
  await expect(rows.first()).toContainText('Dupont, Claire')
  await search.fill('zoe nunez')
  await expect(rows).toHaveCount(1)
  await expect(rows.first()).toContainText('Núñez, Zoë')
  await search.fill('12/03/1981')
  await expect(rows).toHaveCount(2)
  await saveScreen('05-patients-search-by-birth-date')
  await search.fill('smithson')
  await expect(app.getByText('No patient matches “smithson”')).toBeVisible()
  await saveScreen('06-patients-no-match')

  await search.fill('claire')
  await rows.first().getByRole('link').click()
  await app.getByRole('link', { name: /Edit details/ }).click()
  await expect(app.getByLabel('Surname')).toHaveValue('Dupont')
  await app.getByLabel('Usual weekly distance (km)').fill('45')
  await app.getByLabel('Email').fill('claire@example.com')
  await saveScreen('07-patient-edit')
  await app.getByRole('button', { name: 'Save changes' }).click()
  await expect(app.getByText('45 km', { exact: true })).toBeVisible()
  await expect(app.getByText('claire@example.com')).toBeVisible()
  const claire = patientRows(db).find((p) => p.givenName === 'Claire')
  expect(claire).toMatchObject({
    weeklyDistanceKm: 45,
    email: 'claire@example.com',
    phone: '+44 7700 900123',
  })
  expect(claire.updatedAt > claire.createdAt).toBe(true)
})

test('mistakes in the form are shown on their fields, keep what was typed, and save nothing', async ({
  app,
  db,
  saveScreen,
}) => {
  await app.getByRole('link', { name: 'New patient', exact: true }).click()
  await app.getByLabel('First name').fill('Claire')
  await app.getByLabel('Date of birth').fill('2999-01-01')
  await app.getByLabel('Email').fill('claire.example.com')
  await app.getByLabel('Usual weekly distance (km)').fill('-3')
  await app.getByRole('button', { name: 'Save patient' }).click()

  await expect(app.getByLabel('Surname')).toHaveAccessibleDescription('Enter the surname')
  await expect(app.getByLabel('Surname')).toBeFocused()
  await expect(app.getByLabel('Date of birth')).toHaveAccessibleDescription(
    'The date of birth cannot be in the future',
  )
  await expect(app.getByLabel('Sex')).toHaveAccessibleDescription('Choose an option')
  await expect(app.getByLabel('Email')).toHaveAccessibleDescription(
    'Enter an email address like name@example.com',
  )
  await expect(app.getByLabel('Usual weekly distance (km)')).toHaveAccessibleDescription(
    'Cannot be negative',
  )
  await expect(app.getByLabel('First name')).toHaveValue('Claire')
  await expect(app.getByLabel('Email')).toHaveValue('claire.example.com')
  await saveScreen('08-patient-new-errors')
  expect(patientRows(db)).toEqual([])

  // Correcting the mistakes clears the messages and saves.
  await app.getByLabel('Surname').fill('Dupont')
  await app.getByLabel('Date of birth').fill('1981-03-12')
  await app.getByLabel('Sex').selectOption('Female')
  await app.getByLabel('Email').fill('')
  await app.getByLabel('Usual weekly distance (km)').fill('')
  await app.getByRole('button', { name: 'Save patient' }).click()
  await expect(app.getByRole('heading', { level: 1, name: 'Claire Dupont' })).toBeVisible()
  expect(patientRows(db)).toHaveLength(1)
})

test("main's refusal is shown on the field it concerns, and the form keeps its values", async ({
  app,
  db,
  saveScreen,
}) => {
  await seed(db, aPatient({ givenName: 'Paul', familyName: 'Garcin', recordNumber: 'RH-0042' }))
  await app.getByRole('link', { name: 'New patient', exact: true }).click()
  await app.getByLabel('First name').fill('Claire')
  await app.getByLabel('Surname').fill('Dupont')
  await app.getByLabel('Date of birth').fill('1981-03-12')
  await app.getByLabel('Sex').selectOption('Female')
  await app.getByLabel('Record number').fill('RH-0042')
  await app.getByRole('button', { name: 'Save patient' }).click()

  await expect(app.getByLabel('Record number')).toHaveAccessibleDescription(
    'Already used for another patient',
  )
  await expect(app.getByLabel('Record number')).toBeFocused()
  await expect(app.getByLabel('Surname')).toHaveValue('Dupont')
  await saveScreen('09-patient-new-server-error')
  expect(patientRows(db).map((p) => p.givenName)).toEqual(['Paul'])

  await app.getByLabel('Record number').fill('RH-0043')
  await app.getByRole('button', { name: 'Save patient' }).click()
  await expect(app.getByRole('heading', { level: 1, name: 'Claire Dupont' })).toBeVisible()
  expect(
    patientRows(db)
      .map((p) => p.recordNumber)
      .sort(),
  ).toEqual(['RH-0042', 'RH-0043'])
})

test('everything can be done from the keyboard', async ({ app, db }) => {
  await app.keyboard.press('Control+n')
  await expect(app.getByLabel('First name')).toBeFocused()
  await app.keyboard.type('Ana')
  await app.keyboard.press('Tab')
  await app.keyboard.type('Ribeiro')
  await app.keyboard.press('Tab')
  // The date input steps through its segments in the system locale's order (day or month
  // first); 5 May reads the same either way.
  await app.keyboard.type('05051990')
  await app.keyboard.press('Tab') // to the date picker's calendar button
  await app.keyboard.press('Tab')
  await expect(app.getByLabel('Sex')).toBeFocused()
  await app.keyboard.press('ArrowDown') // Female
  await app.keyboard.press('Control+s')
  await expect(app.getByRole('heading', { level: 1, name: 'Ana Ribeiro' })).toBeVisible()
  expect(patientRows(db)).toEqual([
    expect.objectContaining({ givenName: 'Ana', sex: 'female', dateOfBirth: '1990-05-05' }),
  ])

  await app.keyboard.press('e')
  await expect(app.getByRole('heading', { name: 'Edit patient' })).toBeVisible()
  await app.getByLabel('Notes').focus()
  await app.keyboard.type('Prefers early appointments')
  await app.keyboard.press('Control+s')
  await expect(app.getByText('Prefers early appointments')).toBeVisible()

  await mainNav(app).getByRole('link', { name: 'Patients' }).focus()
  await app.keyboard.press('Enter')
  // The list opens with the search box focused; from elsewhere on the page "/" returns to it.
  await expect(app.getByLabel('Find a patient')).toBeFocused()
  await app.getByRole('link', { name: 'New patient', exact: true }).focus()
  await app.keyboard.press('/')
  await expect(app.getByLabel('Find a patient')).toBeFocused()
  await app.keyboard.type('ribei')
  await expect(app.locator('tbody tr')).toHaveCount(1)
  await app.keyboard.press('ArrowDown')
  await expect(app.getByRole('link', { name: /Ribeiro, Ana/ })).toBeFocused()
  await app.keyboard.press('Enter')
  await expect(app.getByRole('heading', { level: 1, name: 'Ana Ribeiro' })).toBeVisible()
  expect(patientRows(db)[0]).toMatchObject({ notes: 'Prefers early appointments' })
})

test("IPC refuses what Electron's structured clone refuses, and main validates what gets through", async ({
  app,
  db,
}) => {
  const outcomes = await app.evaluate(async () => {
    const attempt = async (input: unknown) => {
      try {
        return await window.api.createPatient(input as never)
      } catch (error) {
        return { threw: (error as Error).message }
      }
    }
    const valid = { givenName: 'A', familyName: 'B', sex: 'female' }
    return {
      withFunction: await attempt({ ...valid, dateOfBirth: () => '1990-01-01' }),
      // A Date and a Map survive the structured clone, as in Electron; main's schema refuses them.
      withDate: await attempt({ ...valid, dateOfBirth: new Date('1990-01-01') }),
      withMap: await attempt(new Map([['givenName', 'A']])),
      withBadFields: await attempt({ ...valid, dateOfBirth: 'yesterday' }),
    }
  })
  expect(outcomes.withFunction).toEqual({ threw: 'An object could not be cloned.' })
  const invalid = (path: string[]) => ({
    ok: false,
    error: expect.objectContaining({
      code: 'invalid-input',
      message: 'Some of the information is not valid.',
      issues: expect.arrayContaining([expect.objectContaining({ path })]),
    }),
  })
  expect(outcomes.withDate).toEqual(invalid(['dateOfBirth']))
  expect(outcomes.withMap).toEqual(invalid(['givenName']))
  expect(outcomes.withBadFields).toEqual({
    ok: false,
    error: {
      code: 'invalid-input',
      message: 'Some of the information is not valid.',
      issues: [{ path: ['dateOfBirth'], message: 'Enter a date as YYYY-MM-DD' }],
    },
  })
  expect(patientRows(db)).toEqual([])
})
