import type { Database } from 'better-sqlite3'
import type { Locator, Page } from '@playwright/test'
import type { Assessment } from '../../src/shared/model/assessment/assessment'
import { seedVignette } from '../support/seedVignette'
import { loadVignette } from '../support/vignettes'
import { expectAccessible } from './harness/accessibility'
import { expectSaved, goToStep } from './harness/assessmentDriver'
import { expect, test } from './harness/fixtures'
import { openScreen } from './harness/navigation'

const stored = (db: Database): Assessment[] =>
  db
    .prepare('SELECT document FROM assessments ORDER BY created_at')
    .pluck()
    .all()
    .map((d) => JSON.parse(d as string))

const byId = (app: Page, id: string) => app.locator(`[id="${id}"]`)

/** A vignette's patient with a draft holding only `history` (and an empty rest). */
async function draftWith(db: Database, id: string, history: Record<string, unknown>) {
  const vignette = structuredClone(loadVignette(id))
  vignette.assessment.history = history as never
  vignette.assessment.outcomes = {}
  vignette.assessment.exam = {}
  vignette.assessment.running = {}
  return seedVignette(db, id, { vignette })
}

async function box(locator: Locator) {
  const b = await locator.boundingBox()
  if (!b) throw new Error('not on screen')
  return b
}
const overlaps = (
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

/** What has focus, named for a failure message. */
const focused = (app: Page) =>
  app.evaluate(() => {
    const el = document.activeElement
    return el ? `${el.tagName.toLowerCase()}#${el.id}:${el.textContent?.trim().slice(0, 40)}` : ''
  })

test('at 1366×860 the live diagnosis sits beside the step, covering nothing, and Hide works', async ({
  app,
  db,
  saveScreen,
}) => {
  // V03 raises a red flag, so the banner and its action are on screen too.
  const { patient, patientName, assessment } = await seedVignette(db, 'V03')
  await openScreen(app, `patients/${patient.id}/assessments/${assessment.id}/exam`, patientName)
  expect(app.viewportSize()?.height).toBe(860)
  expect(app.viewportSize()?.width).toBeGreaterThanOrEqual(1360)
  await app.keyboard.press('Alt+r')
  const panel = app.getByRole('complementary', { name: 'Live working diagnosis' })
  await expect(panel).toBeVisible()
  await saveScreen('66-live-panel-1366', { fullPage: false })
  const stepper = app.getByRole('navigation', { name: 'Assessment steps' })
  const covered = {
    'save indicator': app.locator('[data-save-state]'),
    'step tab 4': stepper.getByRole('link').nth(3),
    'step tab 5': stepper.getByRole('link').nth(4),
    'red-flag action': app.locator('.red-flag-banner .red-flag__action').first(),
    'Hide button': app.getByRole('button', { name: /Hide live diagnosis/ }),
  }
  const panelBox = await box(panel)
  for (const [name, locator] of Object.entries(covered))
    expect(overlaps(panelBox, await box(locator)), `the panel covers the ${name}`).toBe(false)
  await expectAccessible(app, 'exam with the live panel')
  // Its own Hide button takes a plain click (nothing on top of it).
  await covered['Hide button'].click({ timeout: 5_000 })
  await expect(panel).toHaveCount(0)
})

test('choosing a missing item on Review goes to it and focuses it, e.g. how long it has been present', async ({
  app,
  db,
}) => {
  const { patient, patientName, assessment } = await draftWith(db, 'V05', {
    painSide: 'right',
    painAreas: [{ region: 'lateral-hip', side: 'right' }],
  })
  await openScreen(app, `patients/${patient.id}/assessments/${assessment.id}/review`, patientName)
  await app.getByRole('button', { name: 'Finalise assessment' }).click()
  await app.getByRole('button', { name: 'Onset and pain: How long it has been present' }).click()
  await expect(app.getByRole('heading', { name: 'History', level: 2 })).toBeVisible()
  await expect(byId(app, 'history.onset.duration.value')).toBeFocused()
  await expect(byId(app, 'history.onset.duration.value')).toBeInViewport()
  await app.keyboard.type('3')
  await expectSaved(app)
  expect(stored(db)[0]!.history.onset?.duration).toEqual({ value: 3, unit: 'weeks' })

  // A key test of the exam is focused too.
  await goToStep(app, 'review')
  await app.getByRole('button', { name: 'Finalise assessment' }).click()
  await app.getByRole('button', { name: /Key tests: Palpation: Greater trochanter, left/ }).click()
  await expect(byId(app, 'exam.palpation.greaterTrochanter.left--tender')).toBeFocused()
})

test('focus lands on the new step’s first field after Alt+number, and on the saved form’s heading', async ({
  app,
  db,
}) => {
  const { patient, patientName, assessment } = await seedVignette(db, 'V01')
  await openScreen(app, `patients/${patient.id}/assessments/${assessment.id}/history`, patientName)
  await app.keyboard.press('Alt+3')
  await expect(app.getByRole('heading', { name: 'Physical exam', level: 2 })).toBeVisible()
  await expect.poll(() => focused(app)).toMatch(/^(input|select|button|textarea)#exam\./)
  await app.keyboard.press('Alt+1')
  await expect(byId(app, 'history.painSide--right')).toBeFocused()
  await app.keyboard.press('Alt+4')
  await expect.poll(() => focused(app)).toMatch(/^(input|select|textarea)#running\./)

  await app.keyboard.press('Alt+5')
  await app.getByLabel(/^Gluteal tendinopathy/).check()
  await app.getByRole('button', { name: 'Confirm working diagnosis' }).click()
  await expect(app.getByText(/^Working diagnosis: Gluteal tendinopathy/)).toBeVisible()
  // Saved: the screen reloads the stored record, and focus returns to the form's heading.
  await expect.poll(() => focused(app)).toMatch(/^(h2|h3|h4|legend|summary)#/)
  expect(await focused(app)).not.toMatch(/^body/)
})

test('a "reproduced" box shows all its text', async ({ app, db, saveScreen }) => {
  const { patient, patientName, assessment } = await seedVignette(db, 'V01')
  await openScreen(app, `patients/${patient.id}/assessments/${assessment.id}/exam`, patientName)
  const box = byId(app, 'exam.specialTests.faderR.reproduced')
  await expect(box).toHaveValue('Right lateral hip pain (FADER-R, resisted external derotation)')
  const long =
    'Right lateral hip pain at 10 s, the same ache she gets lying on that side at night, eased at once'
  await box.fill(long)
  await expectSaved(app)
  const fits = await box.evaluate(
    (el) => el.scrollWidth <= el.clientWidth + 1 && el.scrollHeight <= el.clientHeight + 1,
  )
  expect(fits, 'the text is cut off').toBe(true)
  await box.scrollIntoViewIfNeeded()
  await saveScreen('67-reproduced-box', { fullPage: false })
  expect(stored(db)[0]!.exam.specialTests?.faderR?.reproduced).toBe(long)
})

test('"Red flags: all negative" asks first, records each "no", and keeps a yes', async ({
  app,
  db,
  saveScreen,
}) => {
  const { patient, patientName, assessment } = await draftWith(db, 'V01', {
    painSide: 'right',
    redFlags: { nightSweats: 'yes' },
  })
  await openScreen(app, `patients/${patient.id}/assessments/${assessment.id}/history`, patientName)
  const button = app.getByRole('button', { name: 'The other 11 red flags: negative' })
  await expect(app.getByRole('button', { name: 'Red flags: all negative' })).toHaveCount(0)
  // Cancelled: nothing recorded.
  let asked = ''
  app.once('dialog', (d) => {
    asked = d.message()
    void d.dismiss()
  })
  await button.click()
  expect(asked).toContain('Record "No" for these 11 red-flag questions?')
  expect(asked).toContain('Answered yes, and kept: Night sweats')
  await expect(byId(app, 'history.redFlags.feverOrUnwell--no')).not.toBeChecked()
  app.once('dialog', (d) => void d.accept())
  await button.click()
  await expect(byId(app, 'history.redFlags.feverOrUnwell--no')).toBeChecked()
  await expect(byId(app, 'history.redFlags.nightSweats--yes')).toBeChecked()
  await expectSaved(app)
  await app.locator('#red-flags').scrollIntoViewIfNeeded()
  await saveScreen('68-red-flags-yes-kept', { fullPage: false })
  const flags = stored(db)[0]!.history.redFlags!
  expect(flags.nightSweats).toBe('yes')
  expect(Object.values(flags).filter((v) => v === 'no')).toHaveLength(11)
})
