import { execFileSync } from 'node:child_process'
import type { Database } from 'better-sqlite3'
import { handlersAsClinician } from '../support/clinicians'
import type { Assessment } from '../../src/shared/model/assessment/assessment'
import { conditionNames, type ConditionId } from '../../src/shared/clinical/conditions/conditionIds'
import expectations from '../fixtures/vignettes/expectations.json'
import { seedClinic } from '../support/seedClinic'
import { seedVignette } from '../support/seedVignette'
import {
  hamstringRunnerAged41,
  loadVignette,
  sectionsOf,
  vignetteIds,
  vignettePatientFields,
} from '../support/vignettes'
import { expectSaved, goToStep, recordAssessment } from './harness/assessmentDriver'
import { expect, test } from './harness/fixtures'
import { openScreen } from './harness/navigation'

const stored = (db: Database): Assessment =>
  JSON.parse(
    db
      .prepare('SELECT document FROM assessments ORDER BY created_at DESC LIMIT 1')
      .pluck()
      .get() as string,
  )

test('V03 recorded through the UI: red-flag banner first, a referral-first plan, and the decision and edits kept after a reload', async ({
  app,
  db,
  saveScreen,
}) => {
  // The driver answers every special test (none start as "not tested"): more keystrokes.
  test.setTimeout(360_000)
  const v = loadVignette('V03')
  const handlers = handlersAsClinician(db)
  const patient = await handlers.createPatient(vignettePatientFields(v))
  if (!patient.ok) throw new Error(patient.error.message)
  await app.getByLabel('Find a patient').fill(v.patient.familyName)
  await app.getByRole('link', { name: new RegExp(v.patient.familyName, 'i') }).click()
  await app.getByLabel('Date', { exact: true }).fill(v.assessment.date)
  await app.getByRole('button', { name: 'New initial assessment' }).click()
  await recordAssessment(app, sectionsOf(v.assessment))
  await expectSaved(app)

  // The flag is on every step once the findings raise it, and first on the Review step.
  await goToStep(app, 'exam')
  await app.getByRole('button', { name: /Show live diagnosis/ }).click()
  await expect(app.getByRole('alert', { name: 'Red flags' })).toContainText(
    'Suspected femoral neck stress fracture',
  )
  await expect(app.getByRole('complementary', { name: 'Live working diagnosis' })).toContainText(
    'Femoral neck stress fracture',
  )
  await saveScreen('30-exam-with-live-diagnosis-V03')
  await goToStep(app, 'review')
  const banner = app.getByRole('alert', { name: 'Red flags' })
  await expect(banner).toContainText('Suspected femoral neck stress fracture')
  await expect(banner).toContainText('Stop running')
  await expect(banner).toContainText('Low energy availability (RED-S)')
  const firstCondition = app.locator('.differential__item').first()
  await expect(firstCondition).toContainText('Femoral neck stress fracture / bone stress injury')
  await expect(firstCondition).toContainText('Pain on single-leg hop')
  await saveScreen('31-review-red-flags-V03')

  await app.getByLabel(/Femoral neck stress fracture \/ bone stress injury/).check()
  await app.getByRole('button', { name: 'Confirm working diagnosis' }).click()
  await expect(
    app.getByText('Working diagnosis: Femoral neck stress fracture / bone stress injury'),
  ).toBeVisible()
  const referrals = app.getByRole('region', { name: 'Referrals first' })
  await expect(referrals.getByLabel('Referral 1: urgency')).toHaveValue('same-day')
  await expect(referrals.getByLabel('Referral 1: to')).toHaveValue(/X-ray then MRI/)
  const afterConfirm = stored(db)
  expect(afterConfirm.workingDiagnosis).toMatchObject({
    confirmed: [{ conditionId: 'femoral-neck-bsi' }],
    proposal: {
      redFlags: ['femoral-neck-stress-fracture', 'red-s'],
      ranked: expect.arrayContaining([
        expect.objectContaining({ conditionId: 'femoral-neck-bsi' }),
      ]),
    },
  })
  expect(afterConfirm.plan?.referrals[0]).toMatchObject({ urgency: 'same-day' })
  expect(JSON.stringify(afterConfirm.plan)).toMatch(/crutches/i)
  // The red flag owns the plan: no exercise until a doctor has cleared the hip.
  expect(afterConfirm.plan?.protectiveFor).toEqual(['femoral-neck-stress-fracture'])
  expect(afterConfirm.plan!.phases.flatMap((p) => p.exercises)).toEqual([])
  expect(afterConfirm.plan!.returnToRunning).toEqual([])
  const clearance = app.getByRole('form', {
    name: "Doctor's clearance: Suspected femoral neck stress fracture",
  })
  await expect(clearance).toBeVisible()
  await saveScreen('32-review-protective-plan-V03')

  // The MRI is back: the sports physician clears the hip, and the diagnosis's plan is proposed.
  await clearance.getByRole('button', { name: 'Record the clearance' }).click()
  await expect(clearance.getByLabel('Cleared by')).toHaveAccessibleDescription(
    'Say who cleared the patient (e.g. Dr A. Shah, GP)',
  )
  await clearance.getByLabel('Cleared by').fill('Dr A. Shah, sports physician')
  await clearance
    .getByLabel('What was excluded')
    .fill('MRI: compression-side stress reaction, no fracture line')
  await clearance.getByRole('button', { name: 'Record the clearance' }).click()
  await expect(banner).toContainText('Cleared by Dr A. Shah, sports physician')
  await expect(clearance).toBeHidden()
  const afterClearance = stored(db)
  expect(afterClearance.clearances).toEqual([
    expect.objectContaining({
      redFlag: 'femoral-neck-stress-fracture',
      clearedBy: 'Dr A. Shah, sports physician',
      excluded: 'MRI: compression-side stress reaction, no fracture line',
    }),
  ])
  expect(afterClearance.plan?.protectiveFor).toBeUndefined()
  expect(afterClearance.plan!.referrals.map((r) => r.to).join(' ')).toMatch(/dietitian/)

  // Edit: a dose, an education line, a removed exercise.
  const phases = afterClearance.plan!.phases
  const withExercises = phases.findIndex((p) => p.exercises.length > 1)
  const sets = app.getByLabel(`Phase ${withExercises + 1}, exercise 1: sets`)
  await sets.fill('2')
  const education = app.getByLabel('Education')
  await education.focus()
  await app.keyboard.press('ControlOrMeta+End')
  await app.keyboard.type('\nBring the food diary to the dietitian appointment.')
  const exercisesBefore = phases.flatMap((p) => p.exercises).length
  await app.getByLabel(`Phase ${withExercises + 1}, exercise 2: remove`).click()
  await expectSaved(app)
  await saveScreen('33-review-plan-after-clearance-V03')

  await app.reload()
  await expect(
    app.getByText('Working diagnosis: Femoral neck stress fracture / bone stress injury'),
  ).toBeVisible()
  await expect(sets).toHaveValue('2')
  await expect(app.getByLabel('Education')).toHaveValue(
    /Bring the food diary to the dietitian appointment\./,
  )
  const afterReload = stored(db)
  expect(afterReload.plan!.phases[withExercises]!.exercises[0]!.sets).toBe(2)
  expect(afterReload.plan!.education.at(-1)).toBe(
    'Bring the food diary to the dietitian appointment.',
  )
  expect(afterReload.plan!.phases.flatMap((p) => p.exercises)).toHaveLength(exercisesBefore - 1)
})

test('overriding the suggestions needs a reason, shown on the reason field', async ({
  app,
  db,
}) => {
  const { review, patientName } = await seedVignette(db, 'V01')
  await openScreen(app, review, patientName)
  await app.getByLabel('Or in your own words').fill('Sacroiliac joint pain')
  await app.getByRole('button', { name: 'Confirm working diagnosis' }).click()
  await expect(app.getByLabel(/^Reason/)).toHaveAccessibleDescription(
    'Say why you chose differently from the top suggestions',
  )
  expect(stored(db).workingDiagnosis).toBeUndefined()
  await app.getByLabel(/^Reason/).fill('Thigh thrust and compression tests reproduce the pain.')
  await app.getByRole('button', { name: 'Confirm working diagnosis' }).click()
  await expect(app.getByText('Working diagnosis: Sacroiliac joint pain')).toBeVisible()
  expect(stored(db).workingDiagnosis).toMatchObject({
    confirmed: [{ freeText: 'Sacroiliac joint pain' }],
    reason: 'Thigh thrust and compression tests reproduce the pain.',
  })
  await expect(app.getByLabel('Notes', { exact: true })).toHaveValue(
    /No plan template for "Sacroiliac joint pain"/,
  )
})

test('the Review step ranks every vignette as the vignette expects, red flags above the ranking', async ({
  app,
  db,
}) => {
  test.setTimeout(120_000)
  for (const id of vignetteIds()) {
    const expected = (expectations as Record<string, { top: string[]; redFlags: string[] }>)[id]!
    const { review, patientName } = await seedVignette(db, id)
    await openScreen(app, review, patientName)
    await expect(app.locator('.differential__item').first(), id).toContainText(
      conditionNames[expected.top[0] as ConditionId],
    )
    const banner = app.getByRole('alert', { name: 'Red flags' })
    if (expected.redFlags.length === 0) await expect(banner, id).toHaveCount(0)
    else await expect(banner.locator('.red-flag'), id).toHaveCount(expected.redFlags.length)
  }
})

test('the differential reads in words, the numbers on demand by keyboard, as in the clinician report', async ({
  app,
  db,
  desktop,
  saveScreen,
}) => {
  const { review, patientName } = await seedVignette(db, 'V01')
  await openScreen(app, review, patientName)
  const summaries = app.locator('.differential__item > details > summary')
  const first = summaries.first()
  await expect(first).toContainText('Gluteal tendinopathy')
  await expect(first).toContainText('Likely')
  await expect(summaries.nth(2)).toContainText('Unlikely')
  // No number until asked for, and the note that the likelihoods do not add up.
  expect((await summaries.allInnerTexts()).join(' ')).not.toContain('%')
  await expect(app.getByText(/Each likelihood is for that condition alone/)).toBeVisible()
  // Ratios rounded to their evidence: the pooled Trendelenburg LR+ 6.83 reads ×7.
  const suggested = app.locator('.suggested-tests')
  await expect(suggested).toContainText('Trendelenburg test not done')
  await expect(suggested).toContainText('(×7); negative lowers it (×0.3)')
  await expect(suggested).not.toContainText('6.83')
  await saveScreen('35-review-differential-in-words')

  const show = app.getByRole('button', { name: 'Show the numbers' })
  await show.focus()
  await app.keyboard.press('Enter')
  await expect(first).toContainText('Likely > 95%')
  await expect(summaries.nth(2)).toContainText('Unlikely < 5%')
  await expect(
    app.getByText(/Likely: 60% or more; possible: 20–59%; unlikely: below 20%/),
  ).toBeVisible()
  await expect(app.getByRole('button', { name: 'Hide the numbers' })).toBeFocused()
  await saveScreen('36-review-differential-with-numbers')

  // The PDF says the same thing, in the same format.
  const report = desktop.willSaveAs('V01-report.pdf')!
  await app.getByRole('button', { name: 'Clinician report (PDF)' }).click()
  await expect(app.getByText('Saved V01-report.pdf')).toBeVisible()
  const text = execFileSync('pdftotext', [report, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
  expect(text).toContain(
    'Gluteal tendinopathy / greater trochanteric pain syndrome — likely (> 95%)',
  )
  expect(text).not.toMatch(/≥ ?99%/)
})

test('the hip-OA criteria beside range of motion only for a patient they concern', async ({
  app,
  db,
}) => {
  const oa = await seedVignette(db, 'V05')
  await openScreen(app, oa.review.replace(/review$/, 'exam'), oa.patientName)
  const rom = app.locator('table.rom')
  await expect(rom.locator('.flag--clinical-threshold').first()).toContainText('ACR 1991')

  const hamstring = await seedVignette(db, 'V09', { vignette: hamstringRunnerAged41() })
  await openScreen(app, hamstring.review.replace(/review$/, 'exam'), hamstring.patientName)
  const flexion = rom.locator('tr', { has: app.getByRole('rowheader', { name: 'Flexion' }) })
  await expect(flexion).toContainText('10° between sides')
  await expect(rom.locator('.flag--clinical-threshold')).toHaveCount(0)
  await expect(rom).not.toContainText('ACR')
})

/**
 * V01 diagnosed as gluteal tendinopathy, its plan given `planNotes`, finalised, and a follow-up
 * begun two weeks later; `feverToday` records a red flag in the follow-up's history.
 */
async function seedFollowUp(db: Database, { planNotes = '', feverToday = false } = {}) {
  const handlers = handlersAsClinician(db)
  const {
    patient,
    patientName,
    assessment: confirmed,
  } = await seedVignette(db, 'V01', {
    confirm: 'gluteal-tendinopathy',
  })
  const assessmentId = confirmed.id
  const plan = { ...confirmed.plan!, ...(planNotes ? { notes: planNotes } : {}) }
  const saved = await handlers.saveAssessmentDraft({
    ...sectionsAndDateOf(confirmed),
    id: assessmentId,
    revision: confirmed.revision + 1,
    plan,
  })
  if (!saved.ok) throw new Error(saved.error.message)
  if (!(await handlers.finaliseAssessment({ id: assessmentId })).ok) throw new Error('finalise')
  const followUp = await handlers.createAssessment({
    patientId: patient.id,
    type: 'follow-up',
    date: '2026-11-16',
  })
  if (!followUp.ok) throw new Error(followUp.error.message)
  if (feverToday) {
    const { history } = followUp.value
    const unwell = await handlers.saveAssessmentDraft({
      ...sectionsAndDateOf(followUp.value),
      id: followUp.value.id,
      revision: 1,
      history: { ...history, redFlags: { feverOrUnwell: 'yes' } },
    })
    if (!unwell.ok) throw new Error(unwell.error.message)
  }
  const review = `patients/${patient.id}/assessments/${followUp.value.id}/review`
  return { patientName, review, followUpId: followUp.value.id, lastPlan: plan }
}

const sectionsAndDateOf = ({ history, outcomes, exam, running, date }: Assessment) => ({
  history,
  outcomes,
  exam,
  running,
  date,
})

test("a follow-up carries on last visit's plan, and the runner moves on to its next phase", async ({
  app,
  db,
  desktop,
  saveScreen,
}) => {
  seedClinic(db)
  const { patientName, review, followUpId, lastPlan } = await seedFollowUp(db, {
    planNotes: 'Prefers morning sessions.',
  })
  await openScreen(app, review, patientName)
  const plan = app.getByRole('region', { name: 'Treatment plan' })
  await expect(plan.getByText(/Last visit \(2 Nov 2026\): Gluteal tendinopathy/)).toContainText(
    `phase 1 of ${lastPlan.phases.length}, ${lastPlan.phases[0]!.name}`,
  )
  await plan.scrollIntoViewIfNeeded()
  await saveScreen('33-review-follow-up-carry-on', { fullPage: false })
  // A short follow-up carries the plan on and says what it does now, in one click.
  await expect(
    plan.getByRole('group', { name: /Carry on with last visit’s diagnosis and plan/ }),
  ).toBeVisible()
  await plan.getByRole('button', { name: /^Continue/ }).click()
  await expect(app.getByText(/^Working diagnosis: Gluteal tendinopathy/)).toBeVisible()
  await expect(app.getByLabel('Notes', { exact: true })).toHaveValue('Prefers morning sessions.')
  await expect(
    app.getByText('Carried on from the visit of 2 Nov 2026 for Gluteal tendinopathy'),
  ).toBeVisible()
  await expect(app.getByLabel('Phase 1 is the current phase')).toBeChecked()

  await app.getByLabel('Phase 2 is the current phase').check()
  await expectSaved(app)
  await saveScreen('34-review-follow-up-plan')
  const carried = stored(db)
  expect(carried.id).toBe(followUpId)
  expect(carried.workingDiagnosis?.confirmed).toEqual([{ conditionId: 'gluteal-tendinopathy' }])
  expect(carried.plan).toMatchObject({
    progression: 'continue',
    currentPhase: 2,
    notes: 'Prefers morning sessions.',
    phases: lastPlan.phases,
  })

  // Moving phase 2 up keeps it current; the handout then gives its exercises.
  await app.getByRole('button', { name: 'Move phase 2 up' }).click()
  await expect(app.getByLabel('Phase 1 is the current phase')).toBeChecked()
  await expectSaved(app)
  expect(stored(db).plan?.currentPhase).toBe(1)
  expect(stored(db).plan?.phases[0]?.name).toBe(lastPlan.phases[1]!.name)
  const handout = desktop.willSaveAs('follow-up-handout.pdf')!
  await app.getByRole('button', { name: 'Patient exercise handout (PDF)' }).click()
  await expect(app.getByText('Saved follow-up-handout.pdf')).toBeVisible()
  const text = execFileSync('pdftotext', [handout, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
  expect(text).toContain(`Stage 1: ${lastPlan.phases[1]!.name}`)
  expect(text).toContain(lastPlan.phases[1]!.exercises[0]!.name)
  expect(text).not.toContain(lastPlan.phases[0]!.exercises[0]!.name)

  // The timeline says where the runner is in the plan at each visit.
  await app
    .getByRole('navigation', { name: 'Breadcrumb' })
    .getByRole('link', { name: patientName })
    .click()
  const rows = app.getByRole('row')
  await expect(rows.filter({ hasText: '16 Nov 2026' })).toContainText(
    `Phase 1 of ${lastPlan.phases.length}: ${lastPlan.phases[1]!.name}`,
  )
  await expect(rows.filter({ hasText: '2 Nov 2026' })).toContainText(
    `Phase 1 of ${lastPlan.phases.length}: ${lastPlan.phases[0]!.name}`,
  )
})

test('a red flag today means a new plan, not last visit’s', async ({ app, db }) => {
  const { patientName, review } = await seedFollowUp(db, { feverToday: true })
  await openScreen(app, review, patientName)
  await expect(app.getByRole('alert', { name: 'Red flags' })).toBeVisible()
  await app.getByRole('button', { name: /^Continue/ }).click()
  await expect(app.getByRole('alert').filter({ hasText: 'propose a new plan' })).toContainText(
    "Today's findings raise a red flag",
  )
  expect(stored(db).plan).toBeUndefined()
  expect(stored(db).workingDiagnosis).toBeUndefined()
})
