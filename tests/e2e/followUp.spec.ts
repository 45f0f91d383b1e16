import { redFlagQuestions } from '../../src/shared/model/assessment/history'
import type { Locator, Page } from '@playwright/test'
import type { Database } from 'better-sqlite3'
import type { Assessment } from '../../src/shared/model/assessment/assessment'
import { handlersAsClinician } from '../support/clinicians'
import { loadVignette, sectionsOf, vignettePatientFields } from '../support/vignettes'
import { expectAccessible } from './harness/accessibility'
import { expectSaved } from './harness/assessmentDriver'
import { expect, test } from './harness/fixtures'

/**
 * A short follow-up, as a physio does it: from the patient's page to a signed record, recording
 * the re-assessment note and retesting only what was abnormal last visit. Every click, choice
 * and field filled counts as one action (moving between fields with the mouse does not, nor
 * does a confirmation dialog's OK, which is counted as a click).
 */

const documents = (db: Database, patientId: string): Assessment[] =>
  db
    .prepare('SELECT document FROM assessments WHERE patient_id = ? ORDER BY created_at')
    .pluck()
    .all(patientId)
    .map((d) => JSON.parse(d as string))

/** V01 (right gluteal tendinopathy) seen and signed on 2 November, VISA-G 52. */
async function seedFirstVisit(db: Database) {
  const handlers = handlersAsClinician(db)
  const v = loadVignette('V01')
  const patient = await handlers.createPatient(vignettePatientFields(v))
  if (!patient.ok) throw new Error(patient.error.message)
  const created = await handlers.createAssessment({
    patientId: patient.value.id,
    type: 'initial',
    date: '2026-11-02',
  })
  if (!created.ok) throw new Error(created.error.message)
  const sections = structuredClone(sectionsOf(v.assessment))
  sections.outcomes.visaG = { status: 'recorded', total: 52 }
  for (const step of [
    () =>
      handlers.saveAssessmentDraft({
        id: created.value.id,
        revision: 1,
        date: '2026-11-02',
        ...sections,
      }),
    () =>
      handlers.confirmWorkingDiagnosis({
        id: created.value.id,
        confirmed: [{ conditionId: 'gluteal-tendinopathy' }],
      }),
    () => handlers.finaliseAssessment({ id: created.value.id }),
  ]) {
    const done = await step()
    if (!done.ok) throw new Error(done.error.message)
  }
  return patient.value
}

/** Counts what the physio does. */
function actionCounter(page: Page) {
  const actions: string[] = []
  page.on('dialog', (dialog) => {
    actions.push(`OK: ${dialog.message().slice(0, 40)}`)
    void dialog.accept()
  })
  return {
    actions,
    click: async (what: string, target: Locator) => {
      actions.push(`click ${what}`)
      await target.click()
    },
    fill: async (what: string, target: Locator, value: string) => {
      actions.push(`fill ${what}`)
      await target.fill(value)
    },
    choose: async (what: string, target: Locator, value: string) => {
      actions.push(`choose ${what}`)
      await target.selectOption(value)
    },
  }
}

const byId = (page: Page, id: string) => page.locator(`[id="${id}"]`)

test('a short follow-up goes from the patient’s page to a signed record in 25 actions or fewer', async ({
  app,
  db,
  saveScreen,
}) => {
  test.setTimeout(300_000) // a whole visit, five steps with accessibility checks, on a shared machine
  const patient = await seedFirstVisit(db)
  await app.getByLabel('Find a patient').fill(patient.familyName)
  await app
    .getByRole('link', { name: new RegExp(patient.familyName, 'i') })
    .first()
    .click()
  await expect(app.getByRole('heading', { name: 'Assessments' })).toBeVisible()

  const act = actionCounter(app)
  await act.click('New follow-up', app.getByRole('button', { name: 'New follow-up' }))

  // History: since last visit first; the rest of the history is one click away, optional.
  await expect(app.getByRole('heading', { name: 'Since last visit' })).toBeVisible()
  await expect(app.getByText('The rest of the history (optional at a follow-up)')).toBeVisible()
  await expect(app.locator('[id="where-title"]')).toBeHidden()
  await expect(app.getByText('Last time: 3').first()).toBeVisible() // pain now last visit
  await act.fill(
    'what changed',
    byId(app, 'history.sinceLastVisit.subjectiveChange'),
    'Much better: ran 5 km twice without pain; sleeps on that side again.',
  )
  await act.fill('pain now', byId(app, 'history.pain.now'), '1')
  await act.click('adherence: most', byId(app, 'history.sinceLastVisit.adherence--most'))
  // The red flags are asked again at every visit: all negative in one action, once confirmed.
  await act.click(
    'red flags: all negative',
    app.getByRole('button', { name: 'Red flags: all negative' }),
  )
  await expect(app.getByRole('button', { name: 'Red flags: all negative' })).toHaveCount(0)
  await expectSaved(app)
  await saveScreen('60-follow-up-history')
  await expectAccessible(app, 'follow-up history')
  await act.click('next step', app.getByRole('link', { name: 'Outcome measures →' }))

  // Outcome measures: GROC first, then the VISA-G that was recorded last time.
  await act.choose('GROC', byId(app, 'outcomes.groc.score'), '5')
  await expect(byId(app, 'outcomes.groc.score')).toHaveValue('5')
  await act.click('VISA-G recorded', byId(app, 'outcomes.visaG.status--recorded'))
  await act.fill('VISA-G total', byId(app, 'outcomes.visaG.total'), '71')
  await expectSaved(app)
  await saveScreen('61-follow-up-outcomes')
  await expectAccessible(app, 'follow-up outcome measures')
  await act.click('next step', app.getByRole('link', { name: 'Physical exam →' }))

  // Exam: the signs abnormal last visit, last visit beside today.
  const signs = app.getByRole('region', { name: 'Key signs to retest (abnormal last visit)' })
  await expect(signs.getByRole('row')).toHaveCount(6) // header + 5 signs
  const signRow = (name: string) =>
    signs.getByRole('row').filter({ has: app.getByRole('rowheader', { name }) })
  await expect(signRow('Hip abductors, right')).toContainText('Oxford 4, 156 N')
  await expect(signRow('Hip abductors, right')).toContainText('to retest')
  await act.choose('abductors left', byId(app, 'exam.strength.hipAbductors.left.oxford'), '5')
  await act.choose('abductors right', byId(app, 'exam.strength.hipAbductors.right.oxford'), '4+')
  for (const test of ['singleLegStance30s', 'faderR']) {
    await act.click(`${test} negative`, byId(app, `exam.specialTests.${test}.result--negative`))
  }
  await act.click(
    'resisted external derotation positive',
    byId(app, 'exam.specialTests.resistedExternalDerotation.result--positive'),
  )
  await expect(signRow('Hip abductors, right')).toContainText('Oxford 4+')
  await expectSaved(app)
  await saveScreen('62-follow-up-exam')
  await expectAccessible(app, 'follow-up exam')
  await act.click('next step', app.getByRole('link', { name: 'Running technique →' }))

  // Running: the checklist is there (the runner ran last time), its two faults to retest.
  await expect(byId(app, 'running.status--recorded')).toBeChecked()
  await expect(app.getByRole('heading', { name: 'Checklist' })).toBeVisible()
  await act.click('pelvic drop none', byId(app, 'running.pelvicDrop--none'))
  await act.click('crossover no', byId(app, 'running.crossover--no'))
  await expectSaved(app)
  await expect(app.getByText('Every required item on this step is recorded.')).toBeVisible()
  await saveScreen('63-follow-up-running')
  await expectAccessible(app, 'follow-up running')
  await act.click('next step', app.getByRole('link', { name: 'Review →' }))

  // Review: the note as it will be signed, then the plan carried on and moved on, then sign.
  const note = app.getByRole('region', { name: 'Since last visit' })
  await expect(note).toContainText('Much better: ran 5 km twice')
  await expect(note).toContainText('+5 A good deal better')
  await expect(note).toContainText('1/10 (last visit 3/10)')
  await expect(note).toContainText('Most')
  await expect(
    note
      .getByRole('row')
      .filter({ has: app.getByRole('rowheader', { name: 'Crossover / narrow step width' }) }),
  ).toContainText(/yes\s*no/)
  await act.click('progress the plan', app.getByRole('button', { name: /^Progress/ }))
  await expect(app.getByRole('radio', { name: 'Progress' })).toBeChecked()
  await expect(app.getByRole('heading', { name: 'Everything required is recorded' })).toBeVisible()
  await saveScreen('64-follow-up-review')
  await expectAccessible(app, 'follow-up review')
  await act.click('finalise', app.getByRole('button', { name: 'Finalise assessment' }))
  await expect(app.locator('.badge--finalised')).toBeVisible()

  const count = act.actions.length
  console.log(`Short follow-up: ${count} actions\n  ${act.actions.join('\n  ')}`)
  test.info().annotations.push({ type: 'actions', description: String(count) })
  expect(count).toBeLessThanOrEqual(25)

  // The database holds the signed note, the retested signs and the plan moved on.
  const [first, followUp] = documents(db, patient.id)
  expect(followUp).toMatchObject({
    type: 'follow-up',
    status: 'finalised',
    previousAssessmentId: first!.id,
    history: {
      pain: { now: 1 },
      redFlags: Object.fromEntries(redFlagQuestions.map((q) => [q.key, 'no'])),
      sinceLastVisit: {
        subjectiveChange: 'Much better: ran 5 km twice without pain; sleeps on that side again.',
        adherence: 'most',
      },
    },
    outcomes: { groc: { status: 'recorded', score: 5 }, visaG: { status: 'recorded', total: 71 } },
    exam: {
      strength: { hipAbductors: { left: { oxford: '5' }, right: { oxford: '4+' } } },
      specialTests: {
        singleLegStance30s: { result: 'negative' },
        faderR: { result: 'negative' },
        resistedExternalDerotation: { result: 'positive' },
      },
    },
    running: { status: 'recorded', pelvicDrop: 'none', crossover: 'no' },
    plan: { progression: 'progress', currentPhase: 2, carriedOnFrom: '2026-11-02' },
    workingDiagnosis: { confirmed: [{ conditionId: 'gluteal-tendinopathy' }] },
  })
  expect(followUp!.signature?.sha256).toMatch(/^[0-9a-f]{64}$/)
  expect(followUp!.followUpDue?.signs.map((s) => s.label)).toEqual([
    'Hip abductors, left',
    'Hip abductors, right',
    expect.stringMatching(/single-leg stance/i),
    expect.stringMatching(/FADER-R/i),
    'Resisted external de-rotation',
    'Contralateral pelvic drop',
    'Crossover / narrow step width',
  ])

  // The signed plan reads as a record: no boxes to type in, and how to change it.
  const plan = app.getByRole('group', { name: 'Treatment plan (signed record)' })
  await expect(plan).toContainText('cannot be edited; to change it, add an addendum')
  await expect(plan).toContainText('At this visit: Progress')
  await expect(plan.locator('input, textarea, select')).toHaveCount(0)
  await saveScreen('65-follow-up-signed')
  await expectAccessible(app, 'follow-up signed')
})

test('plan notes, load and referral boxes grow with their text instead of cutting it', async ({
  app,
  db,
  saveScreen,
}) => {
  test.setTimeout(180_000)
  const patient = await seedFirstVisit(db)
  const handlers = handlersAsClinician(db)
  const created = await handlers.createAssessment({
    patientId: patient.id,
    type: 'follow-up',
    date: '2026-11-30',
  })
  if (!created.ok) throw new Error(created.error.message)
  const carried = await handlers.confirmWorkingDiagnosis({
    id: created.value.id,
    confirmed: [{ conditionId: 'gluteal-tendinopathy' }],
    plan: 'previous-visit',
    progression: 'refer',
  })
  if (!carried.ok) throw new Error(carried.error.message)
  await app.goto(
    `${new URL(app.url()).origin}/#/patients/${patient.id}/assessments/${created.value.id}/review`,
  )
  await expect(app.getByRole('radio', { name: 'Refer' })).toBeChecked()
  await expect(app.getByText('Add the referral below.')).toBeVisible()

  // Under the load box's 120 characters, long enough to need several lines in any of them.
  const long =
    'Hold 30 s, rest 60 s between holds; keep the pelvis level; stop if pain goes above 3/10 into the next morning.'
  await app.getByRole('button', { name: 'Add a referral' }).click()
  const boxes = [
    app.getByLabel('Referral 1: to'),
    app.getByLabel('Referral 1: reason'),
    app.getByLabel('Phase 1, exercise 1: load'),
    app.getByLabel('Phase 1, exercise 1: notes'),
    app.getByLabel('Notes', { exact: true }),
  ]
  for (const box of boxes) await box.fill(long)
  await expectSaved(app)
  for (const box of boxes) {
    // Every line of the text is inside the box: nothing scrolled out of sight.
    const cut = await box.evaluate((el) => el.scrollHeight - el.clientHeight)
    expect(cut).toBeLessThanOrEqual(1)
  }
  const stored = documents(db, patient.id)[1]!
  expect(stored.plan?.referrals[0]).toMatchObject({ to: long, reason: long })
  expect(stored.plan?.phases[0]?.exercises[0]).toMatchObject({ load: long, notes: long })
  expect(stored.plan?.notes).toBe(long)
  await expect(app.getByText('Add the referral below.')).toBeHidden()
  // The exercise table fits its phase: the order buttons are on screen, nothing to scroll sideways.
  const overflow = await app
    .locator('.plan-exercises')
    .first()
    .evaluate((el) => el.scrollWidth - el.clientWidth)
  expect(overflow).toBeLessThanOrEqual(1)
  await app.getByLabel('Phase 1, exercise 1: notes').scrollIntoViewIfNeeded()
  await saveScreen('66-plan-boxes-grow', { fullPage: false })
  await expectAccessible(app, 'plan editor')
})
