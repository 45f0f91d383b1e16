import type { Page } from '@playwright/test'
import type { Database } from 'better-sqlite3'
import { AssessmentRepository } from '../../src/main/db/assessmentRepository'
import { ClinicianRepository } from '../../src/main/db/clinicianRepository'
import { PatientRepository } from '../../src/main/db/patientRepository'
import { decisionOf } from '../../src/shared/model/assessment/currentDecision'
import { addDays, daysBetween } from '../../src/shared/workflow/caseload'
import { repositories, signedAssessment } from '../support/assessments'
import { SEEDING_CLINICIAN } from '../support/clinicians'
import { aPatient } from '../support/patients'
import { expectAccessible } from './harness/accessibility'
import { expect, test } from './harness/fixtures'
import { signInAsClinician, TEST_CLINICIAN } from './harness/signIn'

/*
 * The caseload at a glance, as a physiotherapist starts the day: the home screen shows a review
 * missed and one due this week (from the plan's review date of each patient's latest signed
 * assessment) and a draft a colleague left open; each opens in one click. Adding a patient who
 * is already on file (same name and date of birth, typed without the accent) warns first;
 * archiving takes a patient off the home screen and the list, and the filter finds them again.
 */

/** The clinic's date as the app's window sees it (the clinic's time zone). */
const todayOf = (page: Page) =>
  page.evaluate(() => {
    const d = new Date()
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
  })

/**
 * Three runners: Ana García's review was two weeks ago, Paul Müller's is in two days (both
 * from signed assessments), and Søren Wróbel has an initial assessment a colleague started.
 */
function seedCaseload(db: Database, today: string) {
  const { patients, assessments } = repositories(db)
  const ana = patients.create(aPatient({ givenName: 'Ana', familyName: 'García' }))
  const first = signedAssessment(assessments, ana.id, addDays(today, -70))
  // How far ahead the proposed plan sets its review, so the others can be placed around today.
  const weeks = daysBetween(first.date, decisionOf(first).plan!.reviewDate!)
  const anaReview = decisionOf(first).plan!.reviewDate!

  const paul = patients.create(aPatient({ givenName: 'Paul', familyName: 'Müller' }))
  signedAssessment(assessments, paul.id, addDays(today, 2 - weeks))

  // A colleague started Søren's initial assessment and has not finished it.
  const colleague = new ClinicianRepository(db).create(SEEDING_CLINICIAN, undefined, new Date())
  const theirPatients = new PatientRepository(db, () => colleague.id)
  const theirs = new AssessmentRepository(
    db,
    theirPatients,
    () => new Date(),
    () => colleague.id,
  )
  const soren = theirPatients.create(aPatient({ givenName: 'Søren', familyName: 'Wróbel' }))
  const draft = theirs.create({ patientId: soren.id, type: 'initial', date: today })
  return { ana, anaReview, paul, soren, draft }
}

const caseloadRow = (db: Database, id: string) =>
  db
    .prepare(
      'SELECT last_visit, working_diagnosis, next_review, open_drafts, archived_at FROM patients WHERE id = ?',
    )
    .get(id) as {
    last_visit: string | null
    working_diagnosis: string | null
    next_review: string | null
    open_drafts: number
    archived_at: string | null
  }

test('the caseload at a glance: reviews due, open drafts, a duplicate warned of, a patient archived and found again', async ({
  app,
  db,
  saveScreen,
}) => {
  const today = await todayOf(app)
  const seeded = seedCaseload(db, today)

  // The app opens again (as at the start of the day) on the home screen, after signing in.
  await app.goto(new URL(app.url()).origin + '/')
  await signInAsClinician(app, TEST_CLINICIAN, { stayOnHome: true })
  await expect(app.getByRole('heading', { level: 1, name: 'Caseload' })).toBeVisible()

  const overdue = app.getByRole('list', { name: /^Overdue/ })
  const thisWeek = app.getByRole('list', { name: /^This week/ })
  const drafts = app.getByRole('list', { name: /^Open drafts/ })
  await expect(overdue.getByRole('link')).toHaveCount(1)
  await expect(overdue.getByRole('link')).toContainText('García, Ana')
  await expect(overdue.getByRole('link')).toContainText(
    `${daysBetween(seeded.anaReview, today)} days overdue`,
  )
  await expect(overdue.getByRole('link')).toContainText('Lateral hip pain, cause to be confirmed')
  await expect(thisWeek.getByRole('link')).toHaveCount(1)
  await expect(thisWeek.getByRole('link')).toContainText('Müller, Paul')
  await expect(drafts.getByRole('link')).toHaveCount(1)
  await expect(drafts.getByRole('link')).toContainText('Wróbel, Søren')
  await expect(drafts.getByRole('link')).toContainText(`Started by ${SEEDING_CLINICIAN.name}`)
  await expect(app.getByRole('list', { name: 'Recent patients' }).getByRole('link')).toHaveCount(3)
  // What the screen shows is what the database keeps for each patient.
  expect(caseloadRow(db, seeded.ana.id)).toMatchObject({
    next_review: seeded.anaReview,
    open_drafts: 0,
    archived_at: null,
  })
  expect(caseloadRow(db, seeded.soren.id)).toMatchObject({ open_drafts: 1, last_visit: today })
  await expectAccessible(app, 'the home screen')
  await saveScreen('caseload-home', { fullPage: false })

  // One click opens the patient, one the draft itself.
  await overdue.getByRole('link').click()
  await expect(app.getByRole('heading', { level: 1, name: 'Ana García' })).toBeVisible()
  await app.goBack()
  await drafts.getByRole('link').click()
  await expect(app.getByRole('heading', { level: 2, name: 'History' })).toBeVisible()
  expect(app.url()).toContain(`/assessments/${seeded.draft.id}/`)

  // Ana again, typed without the accent and in lower case: the form warns before saving.
  await app
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: /New patient/ })
    .click()
  await app.getByLabel('First name').fill('ana')
  await app.getByLabel('Surname').fill('garcia')
  await app.getByLabel('Date of birth').fill(seeded.ana.dateOfBirth)
  await app.getByLabel('Sex').selectOption('Female')
  await app.getByRole('button', { name: 'Save patient' }).click()
  const warning = app.getByRole('alert').filter({ hasText: 'already on file' })
  await expect(warning).toContainText(
    'A patient with this name and date of birth is already on file',
  )
  await expect(warning.getByRole('link', { name: 'Open Ana García' })).toBeVisible()
  // The warning takes the focus, so it is read before anything else.
  await expect(warning.getByText(/already on file$/)).toBeFocused()
  const sameName = () =>
    db.prepare("SELECT count(*) FROM patients WHERE search_name = 'ana garcia'").pluck().get()
  expect(sameName()).toBe(1)
  await expectAccessible(app, 'the duplicate warning')
  await saveScreen('caseload-duplicate-warning', { fullPage: false })
  // The clinician checks: another person, same name and birthday. Saved after confirming.
  await warning.getByRole('button', { name: 'Save as a new patient anyway' }).click()
  await expect(app.getByRole('heading', { level: 1, name: 'ana garcia' })).toBeVisible()
  expect(sameName()).toBe(2)

  // Paul has finished treatment: archived, he leaves the home screen and the list.
  await app
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Patients' })
    .click()
  await app.getByLabel('Find a patient').fill('Müller')
  await app.getByRole('link', { name: /Müller/ }).click()
  await expect(app.getByRole('heading', { level: 1, name: 'Paul Müller' })).toBeVisible()
  await app.getByRole('button', { name: 'Archive', exact: true }).click()
  await expect(app.getByText(/^Archived on /)).toBeVisible()
  expect(caseloadRow(db, seeded.paul.id).archived_at).not.toBeNull()
  expect(
    db
      .prepare("SELECT count(*) FROM audit_log WHERE action = 'archive' AND record_id = ?")
      .pluck()
      .get(seeded.paul.id),
  ).toBe(1)

  await app
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Caseload' })
    .click()
  await expect(thisWeek).toHaveCount(0)
  await expect(app.getByText('No review due in the next seven days.')).toBeVisible()
  await expect(app.getByRole('list', { name: 'Recent patients' })).not.toContainText('Müller')

  await app
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Patients' })
    .click()
  const search = app.getByLabel('Find a patient')
  await search.fill('Müller')
  await expect(app.getByText('No patient matches “Müller”')).toBeVisible()
  await app.getByLabel('Include archived patients').check()
  const row = app.getByRole('row', { name: /Müller, Paul/ })
  await expect(row).toContainText('Archived')
  await search.fill('')
  await expect(app.getByRole('row')).toHaveCount(5) // the header, Ana twice, Paul, Søren
  await expect(app.getByRole('row', { name: /Wróbel, Søren/ })).toContainText('Open')
  await expect(app.getByRole('row', { name: /García, Ana/ })).toContainText(
    'Lateral hip pain, cause to be confirmed',
  )
  await expect(app.getByRole('row', { name: /García, Ana/ })).toContainText('overdue')
  await expectAccessible(app, 'the patient list')
  await saveScreen('caseload-patient-list', { fullPage: false })

  // Back in the caseload in one click from his page.
  await row.getByRole('link').click()
  await app.getByRole('button', { name: 'Bring back to the caseload' }).click()
  await expect(app.getByRole('button', { name: 'Archive', exact: true })).toBeVisible()
  expect(caseloadRow(db, seeded.paul.id).archived_at).toBeNull()
})
