import type { Database } from 'better-sqlite3'
import type { Page } from '@playwright/test'
import { handlersAsClinician } from '../support/clinicians'
import { loadVignette, sectionsOf, vignettePatientFields } from '../support/vignettes'
import type { Assessment } from '../../src/shared/model/assessment/assessment'
import { expectAccessible } from './harness/accessibility'
import { expect, test } from './harness/fixtures'
import { TEST_CLINICIAN } from './harness/signIn'

/**
 * Patient mode: the clinician hands the laptop over at a follow-up; the patient answers their
 * own questionnaires (mouse and keyboard), cannot get out or see the record (shortcuts, a
 * reload, the lock), and the clinician's passcode brings the record back with the answers
 * scored on the Outcomes step and stored in the draft.
 */

/** V01 seen once (PSFS recorded, finalised) and a follow-up draft started from it. */
async function seedFollowUp(db: Database) {
  const handlers = handlersAsClinician(db)
  const v = loadVignette('V01')
  const patient = await handlers.createPatient(vignettePatientFields(v))
  if (!patient.ok) throw new Error(patient.error.message)
  const first = await handlers.createAssessment({
    patientId: patient.value.id,
    type: 'initial',
    date: '2026-10-01',
  })
  if (!first.ok) throw new Error(first.error.message)
  const sections = structuredClone(sectionsOf(v.assessment))
  sections.outcomes.psfs = {
    status: 'recorded',
    activities: [
      { activity: 'Running 10 km', score: 3 },
      { activity: 'Climbing stairs', score: 6 },
    ],
  }
  const saved = await handlers.saveAssessmentDraft({
    id: first.value.id,
    revision: 1,
    date: '2026-10-01',
    ...sections,
  })
  if (!saved.ok) throw new Error(saved.error.message)
  const decided = await handlers.confirmWorkingDiagnosis({
    id: first.value.id,
    confirmed: [{ conditionId: 'gluteal-tendinopathy' }],
  })
  if (!decided.ok) throw new Error(decided.error.message)
  const done = await handlers.finaliseAssessment({ id: first.value.id })
  if (!done.ok) throw new Error(done.error.message)
  const followUp = await handlers.createAssessment({
    patientId: patient.value.id,
    type: 'follow-up',
    date: '2026-11-30',
  })
  if (!followUp.ok) throw new Error(followUp.error.message)
  return { patient: patient.value, draftId: followUp.value.id }
}

const storedDraft = (db: Database, id: string): Assessment =>
  JSON.parse(
    db.prepare('SELECT document FROM assessments WHERE id = ?').pluck().get(id) as string,
  ) as Assessment

const heading = (app: Page) => app.locator('#pm-heading')
const next = (app: Page) => app.getByRole('button', { name: /^(Next|Start)/ }).click()

test('the patient answers their own questionnaires; only the clinician’s passcode brings the record back', async ({
  app,
  db,
  saveScreen,
}) => {
  test.setTimeout(180_000)
  const { patient, draftId } = await seedFollowUp(db)
  await app.evaluate(
    ([p, a]) => (window.location.hash = `#/patients/${p}/assessments/${a}/history`),
    [patient.id, draftId],
  )
  await expect(app.getByRole('heading', { name: /^Follow-up/ })).toBeVisible({ timeout: 15_000 })

  // The clinician chooses what to hand over: those not recorded yet are ticked.
  await app.getByRole('button', { name: 'Hand to patient' }).click()
  const dialog = app.getByRole('dialog', { name: 'Hand to the patient' })
  await expect(dialog.getByLabel(/^Numeric Pain Rating Scale/)).toBeChecked()
  await expect(dialog.getByLabel(/^Global Rating of Change/)).toBeChecked()
  await expect(dialog.getByLabel(/^Patient-Specific Functional Scale/)).toBeChecked()
  await expect(dialog.getByLabel(/^Victorian Institute/)).toBeChecked() // lateral hip pain
  await dialog.getByLabel(/^Copenhagen Hip and Groin/).uncheck()
  await saveScreen('90-hand-to-patient', { fullPage: false })
  await expectAccessible(app, 'hand to patient dialog')
  await dialog.getByRole('button', { name: 'Hand over now' }).click()

  // Patient mode: large, plain, nothing of the record.
  await expect(heading(app)).toHaveText('A few questions about your hip')
  await expect(app.getByText(patient.familyName)).toHaveCount(0)
  await expect(app.getByRole('link')).toHaveCount(0)
  await expect(app.getByRole('navigation', { name: 'Back and next' })).toBeVisible()
  await saveScreen('91-patient-welcome', { fullPage: false })
  await expectAccessible(app, 'patient mode: welcome')

  // Escapes: the app's shortcuts, another address, a reload; and main refuses other records.
  for (const key of ['Alt+1', 'Alt+5', 'Alt+r', 'ControlOrMeta+n', 'ControlOrMeta+l', 'Escape']) {
    await app.keyboard.press(key)
  }
  await app.evaluate(() => (window.location.hash = '#/patients'))
  await app.reload()
  await expect(heading(app)).toHaveText('A few questions about your hip')
  await expect(app.getByRole('heading', { name: 'Locked' })).toHaveCount(0)
  await expect(app.getByText(patient.familyName)).toHaveCount(0)
  const refused = await app.evaluate(() => window.api.findPatients({ query: '' }))
  expect(refused).toMatchObject({ ok: false, error: { code: 'locked' } })

  // Pain: mouse, then keyboard (Tab to the scale, arrows to choose, Tab to Next).
  await next(app)
  await expect(heading(app)).toHaveText('How bad is your pain right now?')
  await expect(app.getByText('Your pain · Question 1 of')).toBeVisible()
  await app.getByRole('radio', { name: '4', exact: true }).click()
  await saveScreen('92-patient-pain', { fullPage: false })
  await expectAccessible(app, 'patient mode: pain question')
  await next(app)
  await expect(heading(app)).toHaveText(/at its least/)
  await expect(heading(app)).toBeFocused()
  await app.keyboard.press('Tab')
  await app.keyboard.press('ArrowRight')
  await app.keyboard.press('ArrowRight')
  await expect(app.getByRole('radio', { name: '2' })).toBeChecked()
  await app.keyboard.press('Tab') // Back
  await app.keyboard.press('Tab') // Next
  await app.keyboard.press('Enter')
  await expect(heading(app)).toHaveText(/at its worst/)
  await app.getByRole('radio', { name: '7', exact: true }).click()
  await next(app)
  await expect(heading(app)).toHaveText('How bad is your pain when you run?')
  await next(app) // not run lately: skipped

  // LEFS: the wording is the app's; two answered, the rest left for another day.
  await expect(heading(app)).toHaveText('Everyday activities')
  await next(app)
  await expect(heading(app)).toHaveText('Any of your usual work, housework or school activities')
  await app.getByRole('radio', { name: 'A little bit of difficulty' }).click()
  await saveScreen('93-patient-lefs', { fullPage: false })
  await expectAccessible(app, 'patient mode: LEFS item')
  await next(app)
  await app.keyboard.press('Tab')
  await app.keyboard.press('Space') // the first answer: no difficulty
  await expect(app.getByRole('radio', { name: 'No difficulty' })).toBeChecked()
  for (let i = 1; i < 20; i++) await next(app)

  // PSFS: last visit's activities offered again, one more named, each rated.
  await expect(heading(app)).toHaveText('Activities that matter to you')
  await expect(app.getByText('Running 10 km', { exact: true })).toBeVisible()
  await expect(app.getByText('Climbing stairs', { exact: true })).toBeVisible()
  await app.getByLabel('Activity 3').fill('Sitting in the car')
  await saveScreen('94-patient-psfs-names', { fullPage: false })
  await expectAccessible(app, 'patient mode: PSFS activities')
  await next(app)
  await expect(heading(app)).toHaveText('Running 10 km')
  await app.getByRole('radio', { name: '5', exact: true }).click()
  await saveScreen('95-patient-psfs-rate', { fullPage: false })
  await expectAccessible(app, 'patient mode: PSFS rating')
  await next(app)
  await expect(heading(app)).toHaveText('Climbing stairs')
  await app.getByRole('radio', { name: '7', exact: true }).click()
  // A reload mid-way: same page, answers kept.
  await app.reload()
  await expect(heading(app)).toHaveText('Climbing stairs')
  await expect(app.getByRole('radio', { name: '7' })).toBeChecked()
  await next(app)
  await expect(heading(app)).toHaveText('Sitting in the car')
  await app.getByRole('radio', { name: '4', exact: true }).click()
  await next(app)

  // GROC, then the paper forms the app may not reproduce.
  await expect(heading(app)).toHaveText(/how has your hip changed/)
  await app.getByRole('radio', { name: 'A good deal better' }).click()
  await saveScreen('96-patient-groc', { fullPage: false })
  await expectAccessible(app, 'patient mode: GROC')
  await next(app)
  await expect(heading(app)).toHaveText('Now the paper forms')
  await expect(app.getByText(/iHOT-12 — International Hip Outcome Tool/)).toBeVisible()
  await expect(app.getByText(/VISA-G — Victorian Institute/)).toBeVisible()
  await saveScreen('97-patient-paper', { fullPage: false })
  await expectAccessible(app, 'patient mode: paper forms')
  await next(app)
  await expect(heading(app)).toHaveText('Thank you, you have finished')
  await saveScreen('98-patient-done', { fullPage: false })
  await expectAccessible(app, 'patient mode: done')

  // The lock still works, and unlocking returns to the questionnaire, not to the record.
  await app.evaluate(() => window.api.lockSession({}))
  await app.reload()
  await expect(app.getByRole('heading', { name: 'Locked' })).toBeVisible()
  await expect(heading(app)).toBeHidden()
  await app.getByLabel(/^Passcode/).fill(TEST_CLINICIAN.passcode)
  await app.getByRole('button', { name: 'Unlock' }).click()
  await expect(heading(app)).toHaveText('Thank you, you have finished')

  // Only the clinician's passcode ends patient mode; a wrong one is refused.
  await app.getByRole('button', { name: 'Clinician' }).click()
  await expect(heading(app)).toHaveText('For the clinician')
  await app.getByLabel('Passcode').fill('not-my-passcode')
  await app.getByRole('button', { name: 'Back to the record' }).click()
  await expect(app.getByRole('alert')).toHaveText('That passcode is not right')
  await saveScreen('99-patient-clinician-return', { fullPage: false })
  await expectAccessible(app, 'patient mode: clinician passcode')
  await expect(app.getByText(patient.familyName)).toHaveCount(0)
  await app.getByLabel('Passcode').fill(TEST_CLINICIAN.passcode)
  await app.getByRole('button', { name: 'Back to the record' }).click()

  // Back on the Outcomes step, with the answers scored.
  await expect(app.getByRole('heading', { name: 'Outcome measures', level: 2 })).toBeVisible({
    timeout: 15_000,
  })
  await expect(app.getByText(patient.familyName).first()).toBeVisible()
  const psfs = app.locator('section#psfs')
  await expect(psfs.getByRole('status')).toContainText('5.3 / 10')
  await expect(psfs.getByLabel('Activity 3', { exact: true })).toHaveValue('Sitting in the car')
  await expect(psfs.getByText('Last time: 3')).toBeVisible()
  await expect(app.locator('section#lefs').getByRole('status')).toContainText('2 of 20 answered')
  await saveScreen('100-outcomes-after-patient')

  const stored = storedDraft(db, draftId)
  expect(stored.history.pain).toEqual({ now: 4, best24h: 2, worst24h: 7 })
  expect(stored.outcomes.lefs?.items?.slice(0, 3)).toEqual([3, 4, null])
  expect(stored.outcomes.psfs).toEqual({
    status: 'recorded',
    activities: [
      { activity: 'Running 10 km', score: 5 },
      { activity: 'Climbing stairs', score: 7 },
      { activity: 'Sitting in the car', score: 4 },
    ],
  })
  expect(stored.outcomes.groc).toEqual({ status: 'recorded', score: 5 })
  // Paper forms are the clinician's to enter: nothing invented for them.
  expect(stored.outcomes.ihot12).toBeUndefined()
  expect(stored.outcomes.visaG).toBeUndefined()
})
