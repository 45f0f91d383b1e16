import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Database } from 'better-sqlite3'
import type { Assessment } from '../../src/shared/model/assessment/assessment'
import { seedClinic } from '../support/seedClinic'
import { seedVignette } from '../support/seedVignette'
import { expectAccessible } from './harness/accessibility'
import { expectSaved } from './harness/assessmentDriver'
import { expect, test } from './harness/fixtures'
import { openScreen } from './harness/navigation'

/**
 * The physio prints the runner's handout from the Review step, as in the treatment room: the saved
 * PDF carries each exercise with its drawings, the running advice in plain words and the log
 * until the review; the print is in the audit trail. Its pages are kept as PNGs to look at.
 */

const pagesDir = join('test-results', 'handout-e2e')

const stored = (db: Database, id: string): Assessment =>
  JSON.parse(
    db.prepare('SELECT document FROM assessments WHERE id = ?').pluck().get(id) as string,
  ) as Assessment

const pdfText = (path: string) =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')

test('the physio prints the exercise handout: drawings, running advice and a log until the review', async ({
  app,
  db,
  desktop,
  saveScreen,
}) => {
  seedClinic(db) // a handout is printed only under the clinic's name and phone
  const { review, patientName, assessment } = await seedVignette(db, 'V01', {
    clinicianName: 'Alex Morgan',
    confirm: 'gluteal-tendinopathy',
  })
  await openScreen(app, review, patientName)
  const plan = assessment.plan!
  const firstStage = plan.phases[0]!.exercises

  // The plan editor shows each library exercise's drawing beside its name; adding one from the
  // library brings its drawing, and it is stored with its library id.
  for (const e of firstStage) {
    await expect(app.getByRole('img', { name: `Drawing: ${e.name}` }).first()).toBeVisible()
  }
  await app.getByLabel('Exercise to add to phase 1').selectOption({ label: 'Clamshell' })
  await app.getByRole('button', { name: 'Add', exact: true }).first().click()
  await expect(app.getByRole('img', { name: 'Drawing: Clamshell' }).first()).toBeVisible()
  await expectSaved(app)
  const phase1 = stored(db, assessment.id).plan!.phases[0]!.exercises
  expect(phase1.map((e) => e.exerciseId)).toEqual([
    ...firstStage.map((e) => e.exerciseId),
    'clamshell',
  ])
  await app.getByRole('img', { name: 'Drawing: Clamshell' }).first().scrollIntoViewIfNeeded()
  await saveScreen('handout-plan-editor-drawings', { fullPage: false })
  await expectAccessible(app, 'plan editor with exercise drawings')

  const print = app.getByRole('button', { name: 'Patient exercise handout (PDF)' })
  await expect(print).toBeVisible()

  const handout = desktop.willSaveAs('V01-handout.pdf')!
  await print.click()
  await expect(app.getByText('Saved V01-handout.pdf')).toBeVisible({ timeout: 30_000 })

  // The file is a PDF of a few A4 pages.
  expect(readFileSync(handout).subarray(0, 5).toString()).toBe('%PDF-')
  const info = execFileSync('pdfinfo', [handout], { encoding: 'utf8' })
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])
  expect(pages).toBeGreaterThanOrEqual(2)
  expect(pages).toBeLessThanOrEqual(5)
  expect(info).toMatch(/Page size:\s+59\d\.\d+ x 841\.\d+ pts \(A4\)/)

  const text = pdfText(handout)
  const exercises = phase1
  for (const e of exercises) expect(text).toContain(e.name)
  // Each exercise has its two drawings, captioned Start and End (Chromium prints them as vectors).
  expect(text.match(/\bStart\b/g)).toHaveLength(exercises.length)
  expect(text.match(/\bEnd\b/g)).toHaveLength(exercises.length)
  expect(text).toContain('Your running')
  expect(text).toContain('Cadence means how many steps you take in one minute')
  expect(text).toContain('Today you ran at 158 steps a minute: aim for about 166')
  expect(text).toContain('Your exercise log')
  expect(text).toContain('Week 1: 2 Nov 2026 to 8 Nov 2026')
  expect(text).toContain('Week 2: 9 Nov 2026 to 15 Nov 2026')
  expect(text).toContain('Your physiotherapist: Alex Morgan')

  // The pages, to look at.
  mkdirSync(pagesDir, { recursive: true })
  execFileSync('pdftoppm', ['-png', '-r', '70', handout, join(pagesDir, 'V01-handout')])

  // The print is recorded against the assessment, by label only.
  const exports = db
    .prepare("SELECT detail FROM audit_log WHERE record_id = ? AND action = 'export'")
    .pluck()
    .all(assessment.id)
  expect(exports).toEqual(['report: patient handout PDF'])
})
