import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import type { Database } from 'better-sqlite3'
import { seedClinic } from '../support/seedClinic'
import { seedVignette } from '../support/seedVignette'
import { expectAccessible } from './harness/accessibility'
import { expect, test } from './harness/fixtures'
import { openScreen } from './harness/navigation'

/**
 * Referral letters as a physio writes them: a GP added to the clinic's directory, the letter
 * edited from an assessment (recipient chosen, question and own words), printed, kept, reopened
 * and printed again; and the fault of issue 12: a letter or handout printed headed "Physiotherapy
 * clinic" with no number to call.
 */

const pdfText = (path: string) =>
  execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
const pdfPages = (path: string) =>
  Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1])

const contacts = (db: Database) =>
  db
    .prepare('SELECT document FROM referral_contacts WHERE removed_at IS NULL')
    .pluck()
    .all()
    .map((d) => JSON.parse(d as string))

test('without the clinic’s name and phone, the handout and the letter say what is missing and are not printed', async ({
  app,
  db,
  desktop,
  saveScreen,
}) => {
  const { review, patientName } = await seedVignette(db, 'V01', {
    clinicianName: 'Alex Morgan',
    confirm: 'gluteal-tendinopathy',
  })
  await openScreen(app, review, patientName)
  const handout = app.getByRole('button', { name: 'Patient exercise handout (PDF)' })
  const letter = app.getByRole('button', { name: 'Write a referral letter…' })
  await expect(handout).toBeDisabled()
  await expect(letter).toBeDisabled()
  await expect(handout).toHaveAccessibleDescription(
    'Enter the clinic’s name and its phone number in Clinic details before printing letters and handouts: the reader must know who sent it and whom to call. Enter the clinic’s details.',
  )
  // The clinician report names the clinician, not the clinic's phone: it can still be saved.
  await expect(app.getByRole('button', { name: 'Clinician report (PDF)' })).toBeEnabled()
  await saveScreen('letters-10-review-no-clinic', { fullPage: false })

  // The letter editor, opened by its address, refuses too, and says where to fix it.
  await app.goto(app.url().replace(/\/review$/, '/letter'))
  await expect(app.getByText('The letter cannot be printed yet')).toBeVisible()
  await expect(app.getByRole('button', { name: 'Print letter (PDF)' })).toBeDisabled()
  await app.getByRole('link', { name: 'Enter the clinic’s details' }).click()
  await app.getByLabel('Clinic name').fill('Riverside Physiotherapy')
  await app.getByRole('button', { name: 'Save clinic details' }).click()
  await expect(app.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible()

  // A name but no phone: still refused, now for the phone alone.
  await openScreen(app, review, patientName)
  await expect(handout).toHaveAccessibleDescription(/^Enter its phone number in Clinic details/)
  await app.getByRole('link', { name: 'Enter the clinic’s details' }).click()
  await app.getByLabel('Phone').fill('0113 496 0000')
  await app.getByRole('button', { name: 'Save clinic details' }).click()
  await expect(app.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible()

  await openScreen(app, review, patientName)
  await expect(handout).toBeEnabled()
  const file = desktop.willSaveAs('handout.pdf')!
  await handout.click()
  await expect(app.getByText('Saved handout.pdf')).toBeVisible()
  expect(pdfText(file)).toContain('Call us on 0113 496 0000.')
  expect(pdfText(file)).toContain('from Alex Morgan, Riverside Physiotherapy')
})

test('a physio adds a GP, writes a letter from the assessment, prints it, and reopens it', async ({
  app,
  db,
  desktop,
  saveScreen,
}) => {
  seedClinic(db)
  const { review, patientName, assessment } = await seedVignette(db, 'V01', {
    clinicianName: 'Alex Morgan',
    confirm: 'gluteal-tendinopathy',
    finalise: true,
  })

  // The directory, under the clinic's settings.
  await app.getByRole('link', { name: 'Clinic details' }).click()
  await app.getByRole('link', { name: 'Letter recipients' }).click()
  await expect(app.getByRole('heading', { name: 'Letter recipients', level: 1 })).toBeVisible()
  await app.getByRole('button', { name: 'Add to directory' }).click()
  await expect(app.getByLabel('Name')).toHaveAccessibleDescription(
    'Enter the recipient’s name, e.g. Dr Priya Shah',
  )
  expect(contacts(db)).toEqual([])
  await app.getByLabel('Name').fill('Dr Priya Shah')
  await app.getByLabel('Role or speciality').fill('GP')
  await app.getByLabel('Practice or hospital').fill('Quayside Surgery')
  await app.getByLabel('Phone').fill('0113 496 0101')
  await app.getByLabel('Secure email').fill('p.shah@nhs.example')
  await app.getByLabel('Address').fill('4 Dock Lane\nLeeds LS1 2AA')
  await app.getByRole('button', { name: 'Add to directory' }).click()
  await expect(app.getByText('Dr Priya Shah added to the directory.')).toBeVisible()
  await expect(app.getByLabel('Name')).toHaveValue('')
  await expect(app.getByRole('row', { name: /Dr Priya Shah GP Quayside Surgery/ })).toBeVisible()
  expect(contacts(db)).toEqual([
    {
      name: 'Dr Priya Shah',
      role: 'GP',
      practice: 'Quayside Surgery',
      phone: '0113 496 0101',
      secureEmail: 'p.shah@nhs.example',
      address: '4 Dock Lane\nLeeds LS1 2AA',
    },
  ])
  await expectAccessible(app, 'letter recipients')
  await saveScreen('letters-20-directory')

  const signedRecord = () =>
    db.prepare('SELECT document FROM assessments WHERE id = ?').pluck().get(assessment.id)
  const signedBefore = signedRecord()

  // From the assessment's Review step to the letter editor.
  await openScreen(app, review, patientName)
  await app.getByRole('button', { name: 'Write a referral letter…' }).click()
  await expect(app.getByRole('heading', { name: 'Referral letter', level: 1 })).toBeVisible()
  await expect(app.getByText('The letter says: “Red flags screened: negative.”')).toBeVisible()
  await expect(app.getByLabel(/^Question/)).toHaveValue(
    /^Please assess and advise on further management of the right hip pain \(working diagnosis: Gluteal tendinopathy/,
  )
  await expect(app.getByText('Signed by Alex Morgan, registration PH123456.')).toBeVisible()
  await expectAccessible(app, 'letter editor')
  await app.getByLabel('Recipient').selectOption({ label: 'Dr Priya Shah, GP, Quayside Surgery' })
  await expect(app.getByLabel('Name')).toHaveValue('Dr Priya Shah')
  await expect(app.getByLabel('Secure email')).toHaveValue('p.shah@nhs.example')
  await app
    .getByLabel(/^Question/)
    .fill(
      'Would you consider a review of her HRT and bone health, given lateral hip pain that keeps her from running?',
    )
  await app
    .getByLabel(/^Your own words/)
    .fill('She is keen to return to parkrun.\n\nI will review her in two weeks.')
  await saveScreen('letters-30-editor')
  const pdf = desktop.willSaveAs('letter-shah.pdf')!
  await app.getByRole('button', { name: 'Print letter (PDF)' }).click()
  await expect(app.getByText(/^Saved letter-shah\.pdf/)).toBeVisible()

  const text = pdfText(pdf)
  expect(text).toMatch(/^ ?Riverside Physiotherapy/)
  expect(text).toContain('Dr Priya Shah GP, Quayside Surgery 4 Dock Lane Leeds LS1 2AA')
  expect(text).toContain('Red flags screened: negative.')
  expect(text).toContain('Dear Dr Priya Shah,')
  expect(text).toContain('Would you consider a review of her HRT and bone health')
  expect(text).toContain('She is keen to return to parkrun. I will review her in two weeks.')
  expect(text).toContain(
    'Alex Morgan Physiotherapist, registration PH123456 Riverside Physiotherapy',
  )
  expect(pdfPages(pdf)).toBe(1)

  // Kept: its own record, with an audit entry of the export; the signed assessment unchanged.
  const rows = db
    .prepare('SELECT id, assessment_id, document, written_by FROM referral_letters')
    .all() as { id: string; assessment_id: string; document: string; written_by: string }[]
  expect(rows).toHaveLength(1)
  expect(rows[0]!.assessment_id).toBe(assessment.id)
  expect(JSON.parse(rows[0]!.document)).toMatchObject({
    contactId: expect.any(String),
    recipient: { name: 'Dr Priya Shah', role: 'GP' },
    question: expect.stringMatching(/^Would you consider a review/),
    author: { name: 'Alex Morgan', registrationNumber: 'PH123456' },
  })
  expect(
    db
      .prepare("SELECT detail FROM audit_log WHERE action = 'export' AND record_id = ?")
      .pluck()
      .all(assessment.id),
  ).toEqual([`report: referral letter PDF (letter ${rows[0]!.id})`])
  expect(signedRecord()).toBe(signedBefore)

  // Listed under "Letters sent", reopened, printed again as it was.
  const sent = app.getByRole('region', { name: 'Letters sent' })
  await expect(
    sent.getByRole('row', { name: /Dr Priya Shah, GP, Quayside Surgery Alex Morgan/ }),
  ).toBeVisible()
  await saveScreen('letters-40-sent-list')
  await sent.getByRole('link').first().click()
  await expect(app.getByRole('heading', { name: 'Referral letter sent', level: 1 })).toBeVisible()
  await expect(
    app.getByRole('heading', { name: 'To Dr Priya Shah, GP, Quayside Surgery' }),
  ).toBeFocused()
  await expect(app.getByText('I will review her in two weeks.')).toBeVisible()
  await expectAccessible(app, 'letter sent')
  await saveScreen('letters-50-reopened')
  const again = desktop.willSaveAs('letter-shah-copy.pdf')!
  await app.getByRole('button', { name: 'Print again (PDF)' }).click()
  await expect(app.getByText('Saved letter-shah-copy.pdf')).toBeVisible()
  expect(pdfText(again)).toBe(text)
  expect(readFileSync(again).length).toBeGreaterThan(1000)
  expect(
    db
      .prepare("SELECT count(*) FROM audit_log WHERE action = 'export' AND record_id = ?")
      .pluck()
      .get(assessment.id),
  ).toBe(2)
})
