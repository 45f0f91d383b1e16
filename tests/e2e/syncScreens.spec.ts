import type { Database } from 'better-sqlite3'
import { expectAccessible } from './harness/accessibility'
import { expect, test } from './harness/fixtures'
import { openScreen } from './harness/navigation'

/**
 * The Clinic hub and Conflicts screens, and the sync status line, on a laptop that has not joined
 * a hub. Joining a real hub, two windows and the conflicts it leaves, come with the laptop’s sync.
 */

/** Everything a join could have left behind: settings rows and audit entries. */
const stored = (db: Database) => ({
  settings: db.prepare('SELECT key, document FROM settings ORDER BY key').all(),
  audit: db.prepare('SELECT COUNT(*) FROM audit_log').pluck().get(),
})

test('a therapist finds the Clinic hub under Clinic details; mistakes are shown on their fields and nothing typed is lost', async ({
  app,
  db,
  saveScreen,
}) => {
  const sidebar = app.getByRole('complementary')
  const syncLine = sidebar.locator('.sync-status')

  // Not joined: the status line is quiet, on every screen.
  await expect(syncLine).toHaveText('This laptop only')
  await expect(sidebar).toContainText('Patient records are stored only on this computer')
  await sidebar.getByRole('link', { name: 'Clinic details' }).click()
  await expect(app.getByRole('heading', { name: 'Clinic details', level: 1 })).toBeVisible()
  await expect(syncLine).toHaveText('This laptop only')
  await expect(syncLine.getByRole('link')).toHaveCount(0)

  await app.getByRole('link', { name: 'Clinic hub' }).click()
  await expect(app.getByRole('heading', { name: 'Clinic hub', level: 1 })).toBeVisible()
  await expect(app.getByRole('group', { name: 'Join the clinic’s hub' })).toBeVisible()
  await saveScreen('sync-01-hub-not-joined')
  await expectAccessible(app, 'Clinic hub (not joined)')
  const before = stored(db)

  // Nothing filled in: each field says what it needs.
  await app.getByRole('button', { name: 'Join the hub' }).click()
  await expect(app.getByLabel('Hub address')).toHaveAccessibleDescription(
    'Enter the hub’s address, as the hub shows it',
  )
  await expect(app.getByLabel('This laptop’s name')).toHaveAccessibleDescription(
    'Name this laptop (e.g. “Room 2”)',
  )
  await expect(app.getByLabel('Hub address')).toBeFocused()

  // A web address and a short code: told where, and what was typed stays.
  await app.getByLabel('Hub address').fill('https://hub.riverside.lan')
  await app.getByLabel('One-time code').fill('K7QM-2XHP')
  await app.getByLabel('This laptop’s name').fill('Room 2')
  await app.getByRole('button', { name: 'Join the hub' }).click()
  await expect(app.getByLabel('Hub address')).toHaveAccessibleDescription(
    'Type the address as the hub shows it: a name or IP address, a colon and the port',
  )
  await expect(app.getByLabel('One-time code')).toHaveAccessibleDescription(
    'A join code is 12 letters and digits',
  )
  await expect(app.getByLabel('Hub address')).toHaveValue('https://hub.riverside.lan')
  await expect(app.getByLabel('One-time code')).toHaveValue('K7QM-2XHP')
  await expect(app.getByLabel('This laptop’s name')).toHaveValue('Room 2')
  await saveScreen('sync-02-join-errors')
  await expectAccessible(app, 'Clinic hub (join errors)')

  // Corrected, each error goes as the field becomes valid. (Nothing listens on this port.)
  await app.getByLabel('Hub address').fill('127.0.0.1:9')
  await expect(app.getByLabel('Hub address')).toHaveAccessibleDescription(/As the hub shows it/)
  await app.getByLabel('One-time code').fill('k7qm 2xhp 9d4r')
  await expect(app.getByLabel('One-time code')).toHaveAccessibleDescription(/Twelve letters/)

  // From the keyboard: Tab goes address, code, name; Enter joins. No hub answers there: the
  // address says so, and the form stays filled.
  await app.getByLabel('Hub address').focus()
  await app.keyboard.press('Tab')
  await expect(app.getByLabel('One-time code')).toBeFocused()
  await app.keyboard.press('Tab')
  await expect(app.getByLabel('This laptop’s name')).toBeFocused()
  await app.keyboard.press('Enter')
  await expect(app.getByLabel('Hub address')).toHaveAccessibleDescription(
    /The hub cannot be reached/,
    { timeout: 40_000 },
  )
  await expect(app.getByLabel('Hub address')).toHaveValue('127.0.0.1:9')
  await expect(app.getByLabel('One-time code')).toHaveValue('k7qm 2xhp 9d4r')
  await expect(app.getByLabel('This laptop’s name')).toHaveValue('Room 2')
  await saveScreen('sync-03-join-refused')
  expect(stored(db)).toEqual(before)
  await expect(syncLine).toHaveText('This laptop only')
})

test('the Conflicts screen says when there is nothing to decide, and the status line stays on every screen', async ({
  app,
  db,
  saveScreen,
}) => {
  const syncLine = app.getByRole('complementary').locator('.sync-status')
  await expect(app.getByRole('heading', { name: 'Patients', level: 1 })).toBeVisible()
  await expect(syncLine).toHaveText('This laptop only')

  await openScreen(app, 'clinic/conflicts', 'Conflicts to decide')
  await expect(app.getByText('Nothing to decide')).toBeVisible()
  await expect(syncLine).toHaveText('This laptop only')
  await saveScreen('sync-04-conflicts-empty')
  await expectAccessible(app, 'Conflicts to decide (none)')
  expect(db.prepare("SELECT COUNT(*) FROM audit_log WHERE action = 'update'").pluck().get()).toBe(0)

  // Its breadcrumb leads back to the Clinic hub; the sidebar marks the clinic's settings.
  await app.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link').click()
  await expect(app.getByRole('heading', { name: 'Clinic hub', level: 1 })).toBeVisible()
  await expect(
    app.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clinic details' }),
  ).toHaveAttribute('aria-current', 'page')
  await app.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Backups' }).click()
  await expect(app.getByRole('heading', { name: 'Backups', level: 1 })).toBeVisible()
  await expect(syncLine).toHaveText('This laptop only')
})
