import type { Page } from '@playwright/test'
import { seedVignette } from '../support/seedVignette'
import { assessmentSteps, stepLabels } from '../../src/shared/model/assessment/steps'
import { expectAccessible } from './harness/accessibility'
import { expect, test } from './harness/fixtures'
import { openScreen } from './harness/navigation'
import { TEST_CLINICIAN } from './harness/signIn'

/**
 * Every screen a clinician can reach, checked with axe-core (WCAG 2.1 A and AA) as it is shown
 * with real records: no critical or serious violation. The recovery screens shown when the
 * database cannot be opened are checked in recovery.spec.ts, where they are reached.
 */

async function checkScreen(page: Page, route: string, heading: string | RegExp, name: string) {
  await openScreen(page, route, heading instanceof RegExp ? '' : heading)
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
  await expectAccessible(page, name)
}

test('the check itself fails on a serious fault: a button with no name', async ({ app }) => {
  await app.evaluate(() => {
    const button = document.createElement('button')
    document.querySelector('main')?.append(button)
  })
  await expect(expectAccessible(app, 'a faulty screen')).rejects.toThrow(/button-name/)
})

test('the first screens: setting up the first clinician, then the empty caseload and patient list', async ({
  launch,
}) => {
  const launched = await launch()
  const page = await launched.firstWindow()
  await expect(page.getByRole('heading', { name: 'Set up the first clinician' })).toBeVisible()
  await expectAccessible(page, 'first clinician set-up')
  await page.getByLabel(/^Name/).fill(TEST_CLINICIAN.name)
  await page.getByLabel('Profession').selectOption({ label: TEST_CLINICIAN.profession })
  await page.getByLabel('Registration number').fill(TEST_CLINICIAN.registrationNumber)
  await page.getByLabel(/^Passcode/).fill(TEST_CLINICIAN.passcode)
  await page.getByLabel(/^The same passcode again/).fill(TEST_CLINICIAN.passcode)
  await page.getByRole('button', { name: 'Set up and sign in' }).click()
  await expect(page.getByRole('heading', { name: 'Caseload', level: 1 })).toBeVisible()
  await expectAccessible(page, 'empty caseload')
  await page.getByRole('link', { name: 'Patients', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Patients', level: 1 })).toBeVisible()
  await expectAccessible(page, 'empty patient list')
})

test('the patient list, a patient, the patient forms and the progress screen, with records', async ({
  app,
  db,
}) => {
  const { patient, patientName } = await seedVignette(db, 'V01', {
    confirm: 'gluteal-tendinopathy',
    finalise: true,
  })
  await app.reload()
  await expect(app.getByRole('link', { name: /^Marsh, Helen/i })).toBeVisible()
  await expectAccessible(app, 'patient list')
  await checkScreen(app, `patients/${patient.id}`, patientName, 'patient')
  await checkScreen(app, `patients/${patient.id}/edit`, /Edit/, 'patient editor')
  await checkScreen(app, 'patients/new', 'New patient', 'new patient')
  await checkScreen(app, `patients/${patient.id}/progress`, /Progress/, 'progress')
})

// One test per step: axe takes several seconds on the larger forms of a busy machine.
for (const step of assessmentSteps) {
  test(`the ${step} step of a draft assessment`, async ({ app, db }) => {
    const draft = await seedVignette(db, 'V02')
    const base = `patients/${draft.patient.id}/assessments/${draft.assessment.id}`
    await openScreen(app, `${base}/${step}`, draft.patientName)
    await expect(
      app
        .getByRole('navigation', { name: 'Assessment steps' })
        .getByRole('link', { name: new RegExp(stepLabels[step]) }),
    ).toHaveAttribute('aria-current', 'step')
    await expectAccessible(app, `draft assessment, ${step} step`)
  })
}

test('a finalised assessment', async ({ app, db }) => {
  const finalised = await seedVignette(db, 'V01', {
    confirm: 'gluteal-tendinopathy',
    finalise: true,
  })
  await openScreen(app, finalised.review, finalised.patientName)
  await expect(app.getByText(/Finalised/).first()).toBeVisible()
  await expectAccessible(app, 'finalised assessment, review')
})

test('the clinic screens: import and export, clinic details, clinicians, backups, audit trail, lock', async ({
  app,
  db,
}) => {
  await seedVignette(db, 'V01')
  await checkScreen(app, 'data', 'Import and export', 'import and export')
  await checkScreen(app, 'clinic', 'Clinic details', 'clinic details')
  await checkScreen(app, 'clinicians', 'Clinicians', 'clinicians')
  await checkScreen(app, 'backups', 'Backups', 'backups')
  await checkScreen(app, 'audit', 'Audit trail', 'audit trail')
  await app.goto(`${new URL(app.url()).origin}/#/nowhere`)
  await expect(app.getByText('This page does not exist')).toBeVisible()
  await expectAccessible(app, 'not found')

  await app.keyboard.press('ControlOrMeta+l')
  await expect(app.getByRole('heading', { name: 'Locked' })).toBeVisible()
  await expectAccessible(app, 'lock screen')
})
