import { expect, test } from './harness/fixtures'
import { TEST_CLINICIAN } from './harness/signIn'

/**
 * Clinicians sign in; the app locks on demand (and when idle), hiding everything while typing in
 * progress stays; a colleague takes over with their own passcode; every write says who made it.
 */

test('locking hides the records and keeps what was being typed; the passcode brings it back', async ({
  app,
  db,
  saveScreen,
}) => {
  await app.getByRole('link', { name: 'Add a patient' }).click()
  await app.getByLabel('First name').fill('Ottoline')
  await app.getByLabel('Surname').fill('Featherstonehaugh')

  await app.keyboard.press('ControlOrMeta+l')
  await expect(app.getByRole('heading', { name: 'Locked' })).toBeVisible()
  // Nothing of the record is on screen (or reachable) while locked.
  await expect(app.getByText('Featherstonehaugh')).toBeHidden()
  await expect(app.getByLabel('Surname')).toBeHidden()
  await saveScreen('80-locked', { fullPage: false })

  await app.getByLabel(/^Passcode/).fill('wrong-passcode')
  await app.getByRole('button', { name: 'Unlock' }).click()
  await expect(app.getByLabel(/^Passcode/)).toHaveAccessibleDescription(
    'That passcode is not right',
  )
  await app.getByLabel(/^Passcode/).fill(TEST_CLINICIAN.passcode)
  await app.getByRole('button', { name: 'Unlock' }).click()
  await expect(app.getByLabel('Surname')).toHaveValue('Featherstonehaugh')
  await app.getByLabel('Date of birth').fill('1979-05-02')
  await app.getByLabel('Sex').selectOption('Female')
  await app.getByRole('button', { name: 'Save patient' }).click()
  await expect(
    app.getByRole('heading', { level: 1, name: 'Ottoline Featherstonehaugh' }),
  ).toBeVisible()
  const author = db
    .prepare(
      'SELECT c.name FROM patients p JOIN clinicians c ON c.id = p.created_by WHERE p.family_name = ?',
    )
    .pluck()
    .get('Featherstonehaugh')
  expect(author).toBe(TEST_CLINICIAN.name)
})

test('a colleague is added, and takes over at the lock screen with their own passcode', async ({
  app,
  db,
  saveScreen,
}) => {
  await app.getByRole('link', { name: 'Clinicians' }).click()
  await expect(app.getByRole('heading', { name: 'Clinicians', level: 1 })).toBeVisible()
  const form = app.getByRole('form', { name: 'Clinician' })
  await form.getByLabel(/^Name/).fill('Sam Okafor')
  await form.getByLabel(/^Passcode/).fill('groin-22')
  await form.getByLabel(/^The same passcode again/).fill('groin-23')
  await form.getByRole('button', { name: 'Add clinician' }).click()
  await expect(form.getByLabel(/^The same passcode again/)).toHaveAccessibleDescription(
    'The two passcodes are not the same',
  )
  await form.getByLabel(/^The same passcode again/).fill('groin-22')
  await form.getByRole('button', { name: 'Add clinician' }).click()
  await expect(app.getByText('Sam Okafor can now sign in.')).toBeVisible()
  await saveScreen('81-clinicians')
  expect(db.prepare('SELECT name FROM clinicians ORDER BY name').pluck().all()).toEqual([
    TEST_CLINICIAN.name,
    'Sam Okafor',
  ])

  await app.getByRole('button', { name: /^Lock/ }).click()
  const signIn = app.getByRole('form', { name: 'Sign in' })
  await signIn.getByLabel(/^Sam Okafor/).check()
  await signIn.getByLabel(/^Passcode/).fill('groin-22')
  await signIn.getByRole('button', { name: 'Sign in' }).click()
  await expect(app.getByText('Signed in: Sam Okafor')).toBeVisible()
})

test('the idle time is set on this computer, in minutes, within sensible bounds', async ({
  app,
  db,
}) => {
  await app.getByRole('link', { name: 'Clinicians' }).click()
  await app.getByLabel('Lock after this many idle minutes').fill('0')
  await app.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(app.getByLabel('Lock after this many idle minutes')).toHaveAccessibleDescription(
    'At least 1 minute',
  )
  await app.getByLabel('Lock after this many idle minutes').fill('10')
  await app.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(app.getByText('Saved.')).toBeVisible()
  const stored = db
    .prepare("SELECT document FROM settings WHERE key = 'device.lockAfterMinutes'")
    .pluck()
    .get()
  expect(stored).toBe('10')
})
