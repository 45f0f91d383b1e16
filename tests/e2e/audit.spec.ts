import { execFileSync } from 'node:child_process'
import type { Page } from '@playwright/test'
import type { Database } from 'better-sqlite3'
import { checkSignatures } from '../../src/main/audit/signatureCheck'
import { seedVignette } from '../support/seedVignette'
import { expect, test } from './harness/fixtures'
import { openScreen } from './harness/navigation'
import { TEST_CLINICIAN } from './harness/signIn'

/**
 * Signed records and the audit trail, through the screens: finalising signs (who, when, the
 * SHA-256), corrections are addenda by their author, a report of a signed record prints the
 * patient as signed and says what changed since; the audit trail lists who did what to which
 * record (by id, never a name), filters it and checks its chain and the signatures; drafts and
 * patients are deleted softly with a reason, and an erasure on request removes the records but
 * not the audit entries.
 */

const count = (db: Database, sql: string, ...params: unknown[]) =>
  db
    .prepare(sql)
    .pluck()
    .get(...params) as number

const pdfText = (path: string) =>
  execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' })

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' })

async function openAuditTrail(app: Page) {
  await mainNav(app).getByRole('link', { name: 'Audit trail' }).click()
  await expect(app.getByRole('heading', { name: 'Audit trail', level: 1 })).toBeVisible()
}

test('a signed record names its signer; an addendum its author; the report prints the patient as signed and what changed since', async ({
  app,
  db,
  desktop,
  saveScreen,
}) => {
  const seeded = await seedVignette(db, 'V01', { confirm: 'gluteal-tendinopathy', finalise: true })
  const { patient, patientName, assessment } = seeded
  const sha256 = db
    .prepare('SELECT signature FROM assessments WHERE id = ?')
    .pluck()
    .get(assessment.id) as string
  expect(sha256).toMatch(/^[0-9a-f]{64}$/)

  await openScreen(app, seeded.review, patientName)
  const signed = app.getByRole('region', { name: 'Signed record' })
  await expect(signed).toContainText(
    `Signed by ${TEST_CLINICIAN.name}, ${TEST_CLINICIAN.registrationNumber} on`,
  )
  await expect(signed.locator('code')).toHaveText(`${sha256.slice(0, 16)}…`)

  // A correction is an addendum, by the signed-in clinician; the signed row is untouched.
  const documentBefore = db
    .prepare('SELECT document FROM assessments WHERE id = ?')
    .pluck()
    .get(assessment.id)
  await app.getByLabel('Add an addendum').fill('Phoned two days later: night pain settled.')
  await app.getByRole('button', { name: 'Add addendum' }).click()
  const addendum = app.locator('.addenda li').first()
  await expect(addendum).toContainText('Phoned two days later: night pain settled.')
  await expect(addendum).toContainText(
    `${TEST_CLINICIAN.name}, ${TEST_CLINICIAN.registrationNumber}`,
  )
  expect(
    db
      .prepare(
        'SELECT author_name, text, length(sha256) AS hash FROM addenda WHERE assessment_id = ?',
      )
      .all(assessment.id),
  ).toEqual([
    {
      author_name: TEST_CLINICIAN.name,
      text: 'Phoned two days later: night pain settled.',
      hash: 64,
    },
  ])
  expect(
    db.prepare('SELECT document FROM assessments WHERE id = ?').pluck().get(assessment.id),
  ).toBe(documentBefore)

  // The patient marries and moves: their details are edited in place, the record keeps them as signed.
  await openScreen(app, `patients/${patient.id}/edit`, patientName)
  await app.getByLabel('Surname').fill('Okonkwo-Hart')
  await app.getByRole('button', { name: 'Save changes' }).click()
  await expect(
    app.getByRole('heading', { level: 1, name: `${patient.givenName} Okonkwo-Hart` }),
  ).toBeVisible()
  await openScreen(app, seeded.review, `${patient.givenName} Okonkwo-Hart`)
  await expect(app.getByText('Patient details changed since signing')).toBeVisible()
  await expect(signed).toContainText(/Changed since .*: surname\./)
  await saveScreen('90-signed-record')

  const report = desktop.willSaveAs('V01-signed.pdf')!
  await app.getByRole('button', { name: 'Clinician report (PDF)' }).click()
  await expect(app.getByText('Saved V01-signed.pdf')).toBeVisible()
  const text = pdfText(report).replace(/\s+/g, ' ')
  expect(text).toContain(patient.familyName)
  expect(text).not.toContain('Okonkwo-Hart')
  expect(text).toMatch(/Patient details changed since signing on .*: surname\./)
  expect(text).toContain(`Signed by ${TEST_CLINICIAN.name}, ${TEST_CLINICIAN.registrationNumber}`)
  expect(text).toContain('Phoned two days later: night pain settled.')

  // Nothing of this changed what was signed.
  expect(checkSignatures(db)).toEqual({ checked: 1, mismatches: [], unsigned: 0 })
  expect(
    db
      .prepare(
        "SELECT action FROM audit_log WHERE record_id = ? AND action IN ('sign', 'addendum', 'export') ORDER BY seq",
      )
      .pluck()
      .all(assessment.id),
  ).toEqual(['sign', 'addendum', 'export'])
})

test('the audit trail lists who did what to which record, by id only; it filters, and its checks name what broke', async ({
  app,
  db,
  saveScreen,
}) => {
  const seeded = await seedVignette(db, 'V01', { confirm: 'gluteal-tendinopathy', finalise: true })
  const { patient, patientName, assessment } = seeded
  // Opening the patient is a view of their record; their screen links to their entries.
  await openScreen(app, `patients/${patient.id}`, patientName)
  await app.getByRole('link', { name: 'Audit trail' }).and(app.locator('.page-header *')).click()
  await expect(
    app.getByText('Showing the entries about this patient and their assessments.'),
  ).toBeVisible()
  const rows = app.locator('.audit-table tbody tr')
  const aboutPatient = count(
    db,
    'SELECT count(*) FROM audit_log WHERE record_id IN (?, ?)',
    patient.id,
    assessment.id,
  )
  await expect(rows).toHaveCount(aboutPatient)
  await expect(rows.filter({ hasText: 'Signed in' })).toHaveCount(0)
  await app.getByRole('link', { name: 'Show the whole trail' }).click()
  await expect(app.getByText('Showing the entries about this patient')).toBeHidden()

  await openAuditTrail(app)
  const total = count(db, 'SELECT count(*) FROM audit_log')
  await expect(app.getByText(`${total} entries, newest first.`)).toBeVisible()
  await expect(rows).toHaveCount(total)
  await expect(rows.first()).toContainText('Viewed')
  await expect(rows.first()).toContainText(TEST_CLINICIAN.name)
  // Records by id: no patient name, no clinical content.
  await expect(app.locator('main')).not.toContainText(patient.familyName)
  await expect(app.locator('main')).not.toContainText('Gluteal')
  for (const detail of db
    .prepare('SELECT detail FROM audit_log WHERE detail IS NOT NULL')
    .pluck()
    .all() as string[]) {
    expect(detail).not.toContain(patient.familyName)
    expect(detail).not.toMatch(/gluteal|tendinopathy/i)
  }

  // Filter by action, then by the record it names.
  await app.getByLabel('Action').selectOption({ label: 'Signed (finalised)' })
  await expect(rows).toHaveCount(1)
  await expect(app.getByText('1 entry, newest first.')).toBeVisible()
  await rows
    .first()
    .getByRole('button', { name: assessment.id.slice(0, 8) })
    .click()
  await expect(app.getByLabel('Record id')).toHaveValue(assessment.id)
  await expect(rows).toHaveCount(1)
  await app.getByLabel('Action').selectOption({ label: 'Any' })
  const aboutRecord = count(db, 'SELECT count(*) FROM audit_log WHERE record_id = ?', assessment.id)
  expect(aboutRecord).toBeGreaterThanOrEqual(4) // created, saved, decided, signed, viewed
  await expect(rows).toHaveCount(aboutRecord)
  await app.getByLabel('Clinician').selectOption({ label: TEST_CLINICIAN.name })
  await expect(rows).toHaveCount(aboutRecord)
  await app.getByRole('button', { name: 'Clear filters' }).click()
  await expect(rows).toHaveCount(count(db, 'SELECT count(*) FROM audit_log'))

  // The checks: intact, then each names what was changed behind the app's back.
  const before = count(db, 'SELECT count(*) FROM audit_log')
  await app.getByRole('button', { name: 'Check the chain' }).click()
  await expect(app.getByText('The chain is intact')).toBeVisible()
  await expect(
    app.getByText(new RegExp(`^${before} entries checked, the last #${before} of`)),
  ).toBeVisible()
  await app.getByRole('button', { name: 'Check the signatures' }).click()
  await expect(app.getByText('Every signature matches')).toBeVisible()
  await expect(app.getByText('1 signed record matches what was signed')).toBeVisible()
  expect(
    db.prepare("SELECT detail FROM audit_log WHERE action = 'check' ORDER BY seq").pluck().all(),
  ).toEqual([
    `audit chain intact: ${before} entries`,
    'signatures: 1 checked, 0 not matching, 0 unsigned',
  ])
  await saveScreen('91-audit-trail')

  // Someone with the key and the sqlite3 command line drops the triggers and edits the file.
  db.exec('DROP TRIGGER audit_log_no_update')
  db.prepare('UPDATE audit_log SET clinician_id = NULL WHERE seq = 3').run()
  db.exec('DROP TRIGGER assessments_signed_content_is_fixed')
  db.prepare(
    'UPDATE assessments SET document = replace(document, \'"initial"\', \'"follow-up"\') WHERE id = ?',
  ).run(assessment.id)
  await app.getByRole('button', { name: 'Check the chain' }).click()
  await expect(app.getByText('The chain is broken at entry #3')).toBeVisible()
  await expect(
    app.getByText(
      /its content does not match its hash: it was changed after it was written\. The 2 entries before it are intact\./,
    ),
  ).toBeVisible()
  await app.getByRole('button', { name: 'Check the signatures' }).click()
  await expect(app.getByText('1 record does not match its signature')).toBeVisible()
  await expect(
    app.getByText(
      `Assessment ${assessment.id} of 2 Nov 2026: its content does not match its signature.`,
    ),
  ).toBeVisible()
  await saveScreen('92-audit-trail-broken', { fullPage: false })
})

test('a draft and a patient are deleted with a reason; an erasure on request removes the records and keeps the audit entries', async ({
  app,
  db,
  saveScreen,
}) => {
  const draft = await seedVignette(db, 'V01')
  const signed = await seedVignette(db, 'V06', { confirm: 'labral-tear-fais', finalise: true })
  const clinicianId = db.prepare('SELECT id FROM clinicians').pluck().get() as string

  // The draft was started by mistake: deleted with a reason, kept in the file.
  await openScreen(app, draft.review, draft.patientName)
  await app.getByRole('button', { name: 'Delete draft…' }).click()
  await app.getByRole('button', { name: 'Delete draft', exact: true }).click()
  await expect(app.getByRole('alert')).toHaveText('Say why it is being deleted')
  await app.getByLabel(/Why is this draft being deleted\?/).fill('Started on the wrong date')
  await saveScreen('93-delete-draft', { fullPage: false })
  await app.getByRole('button', { name: 'Delete draft', exact: true }).click()
  await expect(app.getByRole('heading', { level: 1, name: draft.patientName })).toBeVisible()
  await expect(app.getByText('No assessments yet')).toBeVisible()
  expect(
    db
      .prepare(
        'SELECT deleted_by, delete_reason, deleted_at IS NOT NULL AS deleted FROM assessments WHERE id = ?',
      )
      .get(draft.assessment.id),
  ).toEqual({ deleted_by: clinicianId, delete_reason: 'Started on the wrong date', deleted: 1 })

  // Then the patient, a duplicate record: off the list, kept in the file.
  await app.getByRole('button', { name: 'Delete patient…' }).click()
  await app.getByLabel(/Why is this patient being deleted\?/).fill('Duplicate record')
  await app.getByRole('button', { name: 'Delete patient', exact: true }).click()
  await expect(app.getByRole('heading', { name: 'Patients', level: 1 })).toBeVisible()
  await app.getByLabel('Find a patient').fill(draft.patient.familyName)
  await expect(app.getByText(/No patient matches/)).toBeVisible()
  expect(
    db.prepare('SELECT delete_reason FROM patients WHERE id = ?').pluck().get(draft.patient.id),
  ).toBe('Duplicate record')

  // The other patient asks for their records to be erased: signed ones go too.
  await openScreen(app, `patients/${signed.patient.id}`, signed.patientName)
  await app.getByRole('button', { name: 'Erase on request…' }).click()
  await app
    .getByLabel(/Why are this patient’s records being erased\?/)
    .fill('Written request of 2 November 2026')
  await app.getByRole('button', { name: 'Erase for good' }).click()
  await expect(app.getByRole('alert')).toHaveText('Tick the box to confirm')
  await app.getByLabel(/I confirm that .* are to be erased/).check()
  await expect(app.getByRole('alert')).toBeHidden()
  await saveScreen('94-erase-on-request', { fullPage: false })
  await app.getByRole('button', { name: 'Erase for good' }).click()
  await expect(app.getByRole('heading', { name: 'Patients', level: 1 })).toBeVisible()
  expect(count(db, 'SELECT count(*) FROM patients WHERE id = ?', signed.patient.id)).toBe(0)
  expect(
    count(db, 'SELECT count(*) FROM assessments WHERE patient_id = ?', signed.patient.id),
  ).toBe(0)
  expect(
    db.prepare('SELECT reason, requested_by, completed_at IS NOT NULL AS done FROM erasures').all(),
  ).toEqual([{ reason: 'Written request of 2 November 2026', requested_by: clinicianId, done: 1 }])
  // The audit entries about the erased records stay, their reasons and names never in them.
  expect(
    count(db, 'SELECT count(*) FROM audit_log WHERE record_id = ?', signed.assessment.id),
  ).toBeGreaterThan(1)
  expect(
    count(
      db,
      "SELECT count(*) FROM audit_log WHERE detail LIKE '%wrong date%' OR detail LIKE '%Duplicate%' OR detail LIKE '%request of%'",
    ),
  ).toBe(0)

  // The trail shows each deletion and the erasure, and still holds.
  await openAuditTrail(app)
  const rows = app.locator('.audit-table tbody tr')
  await app.getByLabel('Action').selectOption({ label: 'Deleted' })
  await expect(rows).toHaveCount(2)
  await app.getByLabel('Action').selectOption({ label: 'Erased on request' })
  await expect(rows).toHaveCount(2)
  await expect(rows.first()).toContainText(signed.patient.id.slice(0, 8))
  await app.getByRole('button', { name: 'Check the chain' }).click()
  await expect(app.getByText('The chain is intact')).toBeVisible()
})
