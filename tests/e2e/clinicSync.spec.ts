import type { Database } from 'better-sqlite3'
import type { Page } from '@playwright/test'
import { TestHub } from '../support/syncLaptop'
import { expectAccessible } from './harness/accessibility'
import { expect, test } from './harness/fixtures'

/**
 * Two laptops of one clinic and its hub: each app is main's real start-up under the Electron
 * stand-in, with its own encrypted records; the hub runs in the test process on 127.0.0.1 (port
 * 0), with its own encrypted store and self-signed certificate, which each laptop pins when it
 * joins through the Clinic hub screen.
 */

let hub: TestHub
test.beforeEach(async () => {
  hub = new TestHub()
  await hub.start()
})
test.afterEach(async () => {
  await hub.cleanup()
})

/** Each round with the hub is quick; a busy machine is given time. */
const SYNCED = { timeout: 60_000 }

async function joinThroughScreen(page: Page, name: string) {
  const sidebar = page.getByRole('complementary')
  await sidebar.getByRole('link', { name: 'Clinic details' }).click()
  await page.getByRole('link', { name: 'Clinic hub' }).click()
  await page.getByLabel('Hub address').fill(hub.address)
  await page.getByLabel('One-time code').fill(hub.newJoinCode())
  await page.getByLabel('This laptop’s name').fill(name)
  await page.getByRole('button', { name: 'Join the hub' }).click()
  await expect(sidebar.locator('.sync-status')).toContainText('In step with', SYNCED)
}

async function newPatient(page: Page, given: string, family: string) {
  await page.getByRole('complementary').getByRole('link', { name: 'Patients' }).click()
  await page.getByRole('link', { name: 'New patient', exact: true }).click()
  await page.getByLabel('First name').fill(given)
  await page.getByLabel('Surname').fill(family)
  await page.getByLabel('Date of birth').fill('1981-03-12')
  await page.getByLabel('Sex').selectOption('female')
  await page.getByRole('button', { name: 'Save patient' }).click()
  await expect(page.getByRole('heading', { name: `${given} ${family}`, level: 1 })).toBeVisible()
}

const patientCount = (db: Database, family: string) =>
  db.prepare('SELECT count(*) FROM patients WHERE family_name = ?').pluck().get(family) as number

test('a patient added on one laptop appears on the other laptop through the clinic hub', async ({
  app,
  db,
  secondApp,
  saveScreen,
}) => {
  await joinThroughScreen(app, 'Room 1')
  await joinThroughScreen(secondApp.page, 'Room 2')
  await saveScreen('sync-10-joined')
  await expectAccessible(app, 'Clinic hub (joined)')
  await expect(app.getByText('Room 1', { exact: true })).toBeVisible()

  await newPatient(app, 'Claire', 'Dupont')
  await expect.poll(() => patientCount(secondApp.db, 'Dupont'), SYNCED).toBe(1)
  const room2 = secondApp.page
  await room2.getByRole('complementary').getByRole('link', { name: 'Patients' }).click()
  await room2.getByLabel('Find a patient').fill('dupont')
  await expect(room2.locator('tbody tr').first()).toContainText('Dupont, Claire')
  await expect(room2.getByRole('complementary').locator('.sync-status')).toContainText(
    'In step with',
    SYNCED,
  )
  // The same record on both laptops, and each laptop's audit trail copied to the other.
  const doc = (d: Database) =>
    d.prepare('SELECT document FROM patients WHERE family_name = ?').pluck().get('Dupont')
  expect(doc(secondApp.db)).toBe(doc(db))
  await expect
    .poll(() => secondApp.db.prepare('SELECT count(*) FROM audit_remote').pluck().get(), SYNCED)
    .toBeGreaterThan(0)

  // Room 2's audit screen shows Room 1's trail under its name, and checks it with its own.
  await room2.getByRole('complementary').getByRole('link', { name: 'Audit trail' }).click()
  await room2.getByLabel('Laptop').selectOption({ label: 'Room 1' })
  await expect(room2.locator('tbody tr').first()).toBeVisible()
  await room2.getByRole('button', { name: 'Check the chain' }).click()
  await expect(room2.getByText('The chain is intact')).toBeVisible()
  await room2.screenshot({ path: 'test-results/screens/sync-13-audit-room1.png', fullPage: true })
  await expectAccessible(room2, 'Audit trail (another laptop)')
})

test('the same field changed on two laptops offline: both values shown, the one kept is everywhere', async ({
  app,
  db,
  secondApp,
  saveScreen,
}) => {
  await joinThroughScreen(app, 'Room 1')
  await newPatient(app, 'Claire', 'Dupont')
  await joinThroughScreen(secondApp.page, 'Room 2')
  await expect.poll(() => patientCount(secondApp.db, 'Dupont'), SYNCED).toBe(1)

  // The hub goes off; each room changes Claire's phone number.
  await hub.stop()
  for (const [page, phone] of [
    [app, '01225 111111'],
    [secondApp.page, '01225 222222'],
  ] as const) {
    await page.getByRole('complementary').getByRole('link', { name: 'Patients' }).click()
    await page.getByLabel('Find a patient').fill('dupont')
    await page.locator('tbody tr').first().getByRole('link').click()
    await page.getByRole('link', { name: /Edit details/ }).click()
    await page.getByLabel('Phone').fill(phone)
    await page.getByRole('button', { name: 'Save changes' }).click()
    await expect(page.getByText(phone)).toBeVisible()
    // Offline, the status line says the change waits here.
    await expect(page.getByRole('complementary').locator('.sync-status')).toContainText(
      /Offline.*1 change waits/,
      SYNCED,
    )
  }
  await saveScreen('sync-11-offline')

  await hub.start()
  const room2 = secondApp.page
  const decide = room2
    .getByRole('complementary')
    .getByRole('link', { name: /1 conflict to decide/ })
  await expect(decide).toBeVisible(SYNCED)
  await decide.click()
  await expect(room2.getByRole('heading', { name: 'Conflicts to decide', level: 1 })).toBeVisible()
  const card = room2.locator('article.conflict').first()
  await expect(card).toContainText('Claire Dupont')
  await expect(card).toContainText('01225 111111')
  await expect(card).toContainText('01225 222222')
  await expectAccessible(room2, 'Conflicts to decide (one)')
  await room2.screenshot({ path: 'test-results/screens/sync-12-conflict.png', fullPage: true })
  await card.getByRole('button', { name: /Keep “01225 111111”/ }).click()
  await expect(room2.getByText('Nothing to decide')).toBeVisible(SYNCED)

  const phoneOf = (d: Database) =>
    JSON.parse(
      d
        .prepare('SELECT document FROM patients WHERE family_name = ?')
        .pluck()
        .get('Dupont') as string,
    ).phone
  await expect.poll(() => phoneOf(secondApp.db), SYNCED).toBe('01225 111111')
  await expect.poll(() => phoneOf(db), SYNCED).toBe('01225 111111')
  expect(
    secondApp.db.prepare(`SELECT count(*) FROM audit_log WHERE action = 'decide'`).pluck().get(),
  ).toBe(1)
  // The other laptop's list of conflicts empties too.
  await expect(
    app.getByRole('complementary').getByRole('link', { name: /conflict to decide/ }),
  ).toHaveCount(0, SYNCED)
})
