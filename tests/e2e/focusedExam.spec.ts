import type { Database } from 'better-sqlite3'
import type { Page } from '@playwright/test'
import type { Assessment } from '../../src/shared/model/assessment/assessment'
import { redFlagQuestions } from '../../src/shared/model/assessment/history'
import { focusedSections } from '../support/focusedAssessment'
import { seedVignette } from '../support/seedVignette'
import { handlersAsClinician } from '../support/clinicians'
import { loadVignette, sectionsOf, vignettePatientFields } from '../support/vignettes'
import { expectAccessible } from './harness/accessibility'
import { ActionCounter } from './harness/actionCounter'
import { expectSaved, goToStep } from './harness/assessmentDriver'
import { expect, test } from './harness/fixtures'
import { openScreen } from './harness/navigation'
import { countTabStops } from './harness/tabStops'

const stored = (db: Database): Assessment[] =>
  db
    .prepare('SELECT document FROM assessments ORDER BY created_at')
    .pluck()
    .all()
    .map((d) => JSON.parse(d as string))

const byId = (app: Page, id: string) => app.locator(`[id="${id}"]`)

/** Tab stops per step of the focused V01 draft before this change (same count, old screens). */
const TAB_STOPS_BEFORE = { history: 155, exam: 230, review: 127 }

test('the focused V01 initial assessment: patient list to finalised record in at most 60 actions', async ({
  app,
  db,
  saveScreen,
}) => {
  test.setTimeout(240_000)
  const vignette = loadVignette('V01')
  const created = await handlersAsClinician(db).createPatient(vignettePatientFields(vignette))
  if (!created.ok) throw new Error(created.error.message)
  const act = new ActionCounter(app)

  // Patient list → the patient → a new initial assessment.
  await act.fill(app.getByLabel('Find a patient'), 'Marsh', 'search')
  await act.click(app.getByRole('link', { name: /Marsh/ }).first(), 'the patient')
  await act.fill(app.getByLabel('Date', { exact: true }), vignette.assessment.date, 'date')
  await act.click(app.getByRole('button', { name: 'New initial assessment' }), 'new assessment')
  await expect(app.getByRole('heading', { name: 'History', level: 2 })).toBeVisible()
  // Focus starts on the step's first field, not on the page.
  await expect(byId(app, 'history.painSide--left')).toBeFocused()

  // History: where it hurts, the pain, the red-flag screen (RED-S included).
  await act.check(byId(app, 'history.painSide--right'), 'pain side')
  await act.check(byId(app, 'history.painAreas-lateral-hip-right'), 'body chart')
  await act.check(byId(app, 'history.onset.type--gradual'), 'onset')
  await act.select(byId(app, 'history.onset.mechanism'), 'no-clear-cause', 'how it started')
  await act.fill(byId(app, 'history.onset.duration.value'), '4', 'duration')
  await act.select(byId(app, 'history.onset.duration.unit'), 'months', 'duration unit')
  await act.fill(byId(app, 'history.pain.now'), '3', 'pain now')
  await act.fill(byId(app, 'history.pain.worst24h'), '6', 'worst pain')
  await act.fill(byId(app, 'history.pain.duringRunning'), '4', 'pain running')
  await act.check(byId(app, 'history.nightPain--positional'), 'night pain')
  await act.check(byId(app, 'history.energyAvailability.menstrualStatus--regular'), 'periods')
  await act.check(
    byId(app, 'history.energyAvailability.restrictedEatingOrWeightLoss--no'),
    'restricted eating',
  )
  await act.check(byId(app, 'history.energyAvailability.lowBoneDensityKnown--no'), 'bone density')
  const allNegative = app.getByRole('button', { name: 'Red flags: all negative' })
  await allNegative.scrollIntoViewIfNeeded()
  await saveScreen('60-focused-history-red-flags-before', { fullPage: false })
  await act.clickAndConfirm(allNegative, 'red flags: all negative')
  for (const q of redFlagQuestions)
    await expect(byId(app, `history.redFlags.${q.key}--no`)).toBeChecked()
  await expect(allNegative).toHaveCount(0)
  await expect(app.getByText('Every required item on this step is recorded.')).toBeVisible()
  await expectSaved(app)
  await saveScreen('61-focused-history-done')
  await expectAccessible(app, 'history, focused')

  // Exam: the key tests of the lateral hip come first; the rest is folded away.
  await act.shortcut('Alt+3', 'physical exam')
  await expect(app.getByRole('heading', { name: 'Physical exam', level: 2 })).toBeVisible()
  await expect(app.getByRole('button', { name: 'Lateral hip (where it hurts)' })).toBeVisible()
  await expect(
    app.getByRole('rowgroup').filter({ hasText: 'Key tests: Lateral hip' }),
  ).toBeVisible()
  await expect(app.getByRole('button', { name: 'Special tests: all others' })).toHaveAttribute(
    'aria-expanded',
    'false',
  )
  await act.check(byId(app, 'exam.observation.weightBearing--full'), 'weight bearing')
  await act.check(byId(app, 'exam.palpation.greaterTrochanter.left--not-tender'), 'GT left')
  await act.check(byId(app, 'exam.palpation.greaterTrochanter.right--tender'), 'GT right')
  await act.check(byId(app, 'exam.specialTests.singleLegStance30s.result--positive'), 'SLS')
  await act.check(byId(app, 'exam.specialTests.singleLegStance30s.side--right'), 'SLS side')
  await act.fill(
    byId(app, 'exam.specialTests.singleLegStance30s.reproduced'),
    'Right lateral hip pain at 12 s',
    'SLS reproduced',
  )
  await act.check(byId(app, 'exam.specialTests.resistedAbduction.result--not-tested'), 'res abd')
  await act.check(byId(app, 'exam.specialTests.faderR.result--positive'), 'FADER-R')
  await act.check(byId(app, 'exam.specialTests.faderR.side--right'), 'FADER-R side')
  await act.fill(byId(app, 'exam.bodyMassKg'), '66', 'body mass')
  await act.fill(byId(app, 'exam.heightCm'), '166', 'height')
  await act.fill(byId(app, 'exam.strength.hipAbductors.left.forceN'), '200', 'abduction left')
  await act.fill(byId(app, 'exam.strength.hipAbductors.right.forceN'), '156', 'abduction right')
  await act.fill(byId(app, 'exam.strength.hipAbductors.leverArmM'), '0.42', 'lever arm')
  const strengthRow = app.getByRole('row', { name: /^Hip abductors/ })
  await expect(strengthRow).toContainText('84 Nm · 1.27 Nm/kg')
  await expect(strengthRow).toContainText('65.5 Nm · 0.99 Nm/kg')
  await expect(strengthRow).toContainText('78% (< 90%)')
  await expect(
    app.getByText(/Hip abductor torque: left 7\.82 %BW·h.*right 6\.1 %BW·h/),
  ).toBeVisible()
  await expect(app.getByText('Every required item on this step is recorded.')).toBeVisible()
  await expectSaved(app)
  await saveScreen('62-focused-exam')
  await app.locator('#strength').scrollIntoViewIfNeeded()
  await saveScreen('63-focused-exam-strength', { fullPage: false })
  await expectAccessible(app, 'exam, focused')

  // Review: confirm the working diagnosis and finalise.
  await act.shortcut('Alt+5', 'review')
  await expect(app.getByText('Not recorded yet: 2 items')).toBeVisible()
  await expect(app.getByText('Your decisions (2)')).toBeVisible()
  await act.check(app.getByLabel(/^Gluteal tendinopathy/), 'diagnosis')
  await act.click(app.getByRole('button', { name: 'Confirm working diagnosis' }), 'confirm')
  await expect(app.getByText(/^Working diagnosis: Gluteal tendinopathy/)).toBeVisible()
  await saveScreen('64-focused-review')
  await expectAccessible(app, 'review, focused')
  await act.click(app.getByRole('button', { name: 'Finalise assessment' }), 'finalise')
  await expect(app.getByText('Finalised', { exact: true }).first()).toBeVisible()
  await saveScreen('65-focused-finalised')

  const [record] = stored(db)
  expect(record).toMatchObject({
    status: 'finalised',
    type: 'initial',
    workingDiagnosis: { confirmed: [{ conditionId: 'gluteal-tendinopathy' }] },
    signature: { signedBy: { name: 'Alex Morgan' } },
  })
  // Each red flag is recorded as a "no" of its own.
  expect(record!.history.redFlags).toEqual(
    Object.fromEntries(redFlagQuestions.map((q) => [q.key, 'no'])),
  )
  expect(record!.exam.specialTests?.singleLegStance30s).toEqual({
    result: 'positive',
    side: 'right',
    reproduced: 'Right lateral hip pain at 12 s',
  })
  expect(record!.exam.strength?.hipAbductors).toEqual({
    left: { forceN: 200 },
    right: { forceN: 156 },
    leverArmM: 0.42,
  })
  expect(record!.reasoningAtFinalise).toBeDefined()

  console.log(
    `Focused V01, patient list to finalised: ${act.count} actions\n  ${act.log.join('\n  ')}`,
  )
  test.info().annotations.push({ type: 'focused V01 actions', description: String(act.count) })
  expect(act.count).toBeLessThanOrEqual(60)
})

test('keyboard only: fewer Tab stops per step than before, on the focused V01 draft', async ({
  app,
  db,
}) => {
  test.setTimeout(240_000)
  const full = loadVignette('V01')
  const vignette = structuredClone(full)
  Object.assign(vignette.assessment, focusedSections(sectionsOf(full.assessment), [], 'female'))
  const { patient, patientName, assessment } = await seedVignette(db, 'V01', { vignette })
  await openScreen(app, `patients/${patient.id}/assessments/${assessment.id}/history`, patientName)
  const after: Record<string, number> = {}
  for (const step of ['history', 'exam', 'review'] as const) {
    await goToStep(app, step)
    after[step] = await countTabStops(app)
  }
  const line = (['history', 'exam', 'review'] as const)
    .map((s) => `${s} ${TAB_STOPS_BEFORE[s]} → ${after[s]}`)
    .join(', ')
  console.log(`Tab stops per step (whole window, once round): ${line}`)
  test.info().annotations.push({ type: 'Tab stops per step', description: line })
  for (const step of ['history', 'exam', 'review'] as const)
    expect(after[step], step).toBeLessThan(TAB_STOPS_BEFORE[step])
})
