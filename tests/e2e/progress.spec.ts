import type { Database } from 'better-sqlite3'
import { handlersAsClinician } from '../support/clinicians'
import type { AssessmentSections } from '../../src/shared/model/assessment/assessment'
import { loadVignette, sectionsOf, vignettePatientFields } from '../support/vignettes'
import { expectAccessible } from './harness/accessibility'
import { expect, test } from './harness/fixtures'
import { openScreen } from './harness/navigation'

interface Visit {
  date: string
  painNow: number
  painWorst: number
  lefs: number
  ihot12: number
  abductorsRightN: number
  cadence: number
  sls: 'positive' | 'negative'
  /** At a follow-up: the global rating of change; range of motion may be left out (not retaken). */
  groc?: number
  romRetaken?: false
}

/** V01 with the measures of one visit: outcome questionnaires filled in, strength and cadence changed. */
function v01At(visit: Visit): AssessmentSections {
  const s = structuredClone(sectionsOf(loadVignette('V01').assessment))
  s.history.pain = { ...s.history.pain, now: visit.painNow, worst24h: visit.painWorst }
  const lefsItems = Array.from({ length: 20 }, (_, i) => (i < visit.lefs - 60 ? 4 : 3))
  s.outcomes.lefs = {
    status: 'recorded',
    items:
      visit.lefs >= 60
        ? lefsItems
        : Array.from({ length: 20 }, (_, i) => (i < visit.lefs - 40 ? 3 : 2)),
  }
  s.outcomes.ihot12 = { status: 'recorded', total: visit.ihot12 }
  s.exam.strength!.hipAbductors = {
    left: { oxford: '5', forceN: 200 },
    right: { oxford: '4', forceN: visit.abductorsRightN },
  }
  s.running.cadenceSpm = visit.cadence
  s.exam.specialTests!.singleLegStance30s = { result: visit.sls, side: 'right' }
  if (visit.groc !== undefined) {
    s.outcomes.groc = { status: 'recorded', score: visit.groc }
    s.history.sinceLastVisit = { subjectiveChange: 'Better than last time', adherence: 'most' }
  }
  if (visit.romRetaken === false) delete s.exam.rom!.motions
  return s
}

async function seedThreeVisits(db: Database, lastVisit: Partial<Visit> = {}) {
  const handlers = handlersAsClinician(db)
  const v = loadVignette('V01')
  const patient = await handlers.createPatient(vignettePatientFields(v))
  if (!patient.ok) throw new Error(patient.error.message)
  const visits: Visit[] = [
    {
      date: '2026-09-01',
      painNow: 3,
      painWorst: 6,
      lefs: 50,
      ihot12: 40,
      abductorsRightN: 156,
      cadence: 158,
      sls: 'positive',
    },
    {
      groc: 3,
      date: '2026-10-01',
      painNow: 2,
      painWorst: 4,
      lefs: 58,
      ihot12: 50,
      abductorsRightN: 170,
      cadence: 166,
      sls: 'positive',
    },
    {
      groc: 5,
      date: '2026-11-01',
      painNow: 0,
      painWorst: 2,
      lefs: 70,
      ihot12: 62,
      abductorsRightN: 190,
      cadence: 170,
      sls: 'negative',
      ...lastVisit,
    },
  ]
  for (const [i, visit] of visits.entries()) {
    const created = await handlers.createAssessment({
      patientId: patient.value.id,
      type: i === 0 ? 'initial' : 'follow-up',
      date: visit.date,
    })
    if (!created.ok) throw new Error(created.error.message)
    const saved = await handlers.saveAssessmentDraft({
      id: created.value.id,
      revision: 1,
      date: visit.date,
      ...v01At(visit),
    })
    if (!saved.ok) throw new Error(saved.error.message)
    // A follow-up carries the plan on and says what it does now (a short follow-up's rule).
    const decided = await handlers.confirmWorkingDiagnosis({
      id: created.value.id,
      confirmed: [{ conditionId: 'gluteal-tendinopathy' }],
      ...(i === 0 ? {} : { plan: 'previous-visit' as const, progression: 'continue' as const }),
    })
    if (!decided.ok) throw new Error(decided.error.message)
    const done = await handlers.finaliseAssessment({ id: created.value.id })
    if (!done.ok) throw new Error(done.error.message)
  }
  return patient.value
}

test('a follow-up is compared with the baseline and the previous visit against MCIDs, with trend charts', async ({
  app,
  db,
  saveScreen,
}) => {
  const patient = await seedThreeVisits(db)
  expect(
    db.prepare('SELECT COUNT(*) FROM assessments WHERE patient_id = ?').pluck().get(patient.id),
  ).toBe(3)
  await app.getByLabel('Find a patient').fill(patient.familyName)
  await app.getByRole('link', { name: new RegExp(patient.familyName, 'i') }).click()

  // The timeline: newest first, key numbers at a glance.
  const rows = app.locator('section[aria-labelledby="assessments-heading"] tbody tr')
  await expect(rows).toHaveCount(3)
  await expect(rows.first()).toContainText('1 Nov 2026')
  await expect(rows.first()).toContainText('Pain now 0/10')
  await expect(rows.last()).toContainText('Initial assessment')
  await saveScreen('40-patient-timeline')

  await app.getByRole('link', { name: 'Progress and comparison' }).click()
  await expect(app.getByRole('heading', { name: 'Progress', level: 1 })).toBeVisible()
  const row = (label: string) =>
    app.locator('table.comparison tr', {
      has: app.getByRole('rowheader', { name: label, exact: true }),
    })
  await expect(row('Pain now')).toContainText('-3 /10 Improved') // since baseline, MCID 2
  await expect(row('Pain now').locator('td').nth(3)).toContainText('-2 /10 Improved') // since previous
  await expect(row('LEFS').locator('td').nth(4)).toContainText('+20 /80 Improved')
  await expect(row('iHOT-12').locator('td').nth(3)).toContainText('+12 /100 No meaningful change') // MCID 13
  await expect(row('iHOT-12').locator('td').nth(4)).toContainText('+22 /100 Improved')
  await expect(row('Hip abductors symmetry').locator('td').nth(4)).toContainText('Improved')
  await expect(app.getByText(/Single-leg stance.*: positive → negative/)).toBeVisible()
  await expect(
    app.getByRole('figure', { name: 'Pain over time' }).locator('.recharts-line'),
  ).toHaveCount(3)
  await expect(
    app.getByRole('figure', { name: 'LEFS over time' }).locator('.recharts-line-dots circle'),
  ).toHaveCount(3)
  await saveScreen('41-progress-comparison')

  // Any visit can be chosen: the second against the baseline only.
  await app.getByLabel('Visit', { exact: true }).selectOption({ label: '1 Oct 2026: Follow-up' })
  await expect(row('LEFS').locator('td').nth(2)).toContainText('+8 /80 No meaningful change')
})

test('with three visits the progress page fits the window, its axes do not exaggerate, and measures not retaken are said once', async ({
  app,
  db,
  saveScreen,
}) => {
  const patient = await seedThreeVisits(db, { romRetaken: false })
  await openScreen(app, `patients/${patient.id}/progress`, patient.familyName)
  await expect(app.getByRole('heading', { name: 'Progress', level: 1 })).toBeVisible()
  await expect(app.getByRole('figure', { name: 'Cadence over time' })).toBeVisible()

  // No sideways scrolling at 1366 × 860.
  const width = await app.evaluate(() => document.documentElement.scrollWidth)
  expect(width).toBeLessThanOrEqual(1366)

  // Cadence 158 → 166 → 170: the axis spans at least the typical 150-170 steps/min range, so
  // a change of 12 steps does not fill the chart.
  const tickLabels = app
    .getByRole('figure', { name: 'Cadence over time' })
    .locator('.recharts-cartesian-axis-tick-value')
  await expect(tickLabels.first()).toBeVisible() // drawn once the chart has measured its box
  // The y axis's labels are the numbers (the x axis's are dates).
  const ticks = (await tickLabels.allTextContents()).map(Number).filter(Number.isFinite)
  expect(ticks.length).toBeGreaterThan(1)
  expect(Math.min(...ticks)).toBeLessThanOrEqual(150)
  expect(Math.max(...ticks)).toBeGreaterThanOrEqual(180)

  // Range of motion was not measured at this visit: no rows of dashes, one line that says so.
  const table = app.locator('table.comparison')
  await expect(table.getByRole('rowheader', { name: 'Flexion, left' })).toHaveCount(0)
  await expect(app.getByText(/Not retaken at this visit: .*Flexion, left/)).toBeVisible()
  await expect(table.getByRole('rowheader', { name: 'LEFS' })).toBeVisible()

  // The global rating of change over the follow-ups, on its own -7 to +7 scale.
  await expect(
    app
      .getByRole('figure', { name: 'Global rating of change over time' })
      .locator('.recharts-line-dots circle'),
  ).toHaveCount(2)
  await expect(table.getByRole('rowheader', { name: 'Global rating of change' })).toBeVisible()
  await saveScreen('42-progress-three-visits')
  await expectAccessible(app, 'progress')
})
