import type { Page } from '@playwright/test'
import type { Database } from 'better-sqlite3'
import { createHandlers } from '../../src/main/ipc/handlers'
import { foldForSearch } from '../../src/shared/text/foldForSearch'
import { aPatient } from '../support/patients'
import { expect, test } from './harness/fixtures'

/*
 * The patient list at more than a page: it goes on to the last patient (loading as the user
 * scrolls, or with "Show more" from the keyboard), and every kind of search finds the patients
 * the database holds, in the database's order.
 */

const COUNT = 120
const SURNAMES = ['García', 'Müller', 'Dupont', 'Ó Súilleabháin', 'Wróbel', 'Nakamura']
const GIVEN = ['María', 'Søren', 'Claire', 'Paul', 'Zoë', 'Ana']

async function seedClinic(db: Database) {
  const handlers = createHandlers(db)
  for (let i = 0; i < COUNT; i++) {
    const result = await handlers.createPatient(
      aPatient({
        givenName: GIVEN[i % GIVEN.length]!,
        familyName: `${SURNAMES[i % SURNAMES.length]!} ${String.fromCharCode(65 + (i % 26))}${i}`,
        dateOfBirth: `19${60 + (i % 40)}-0${1 + (i % 9)}-1${i % 10}`,
        recordNumber: `RH-${String(i + 1).padStart(4, '0')}`,
      }),
    )
    if (!result.ok) throw new Error(`seed failed: ${result.error.message}`)
  }
}

/** Back to the patient list from another screen, so that it asks main afresh. */
async function showListAgain(app: Page) {
  const nav = app.getByRole('navigation', { name: 'Main' })
  await nav.getByRole('link', { name: 'Clinicians' }).click()
  await expect(app.getByRole('heading', { level: 1, name: 'Clinicians' })).toBeVisible()
  await nav.getByRole('link', { name: 'Patients' }).click()
}

/** "Surname, Given" for every patient the query should find, in list order, from the table. */
function expectedRows(db: Database, where = 'TRUE', ...args: unknown[]): string[] {
  return (
    db
      .prepare(
        `SELECT family_name || ', ' || given_name FROM patients WHERE ${where}
         ORDER BY family_folded, search_name, date_of_birth, id`,
      )
      .pluck()
      .all(...args) as string[]
  ).map((name) => name)
}

test('the list goes on to the last patient of the clinic, as the user scrolls or asks for more', async ({
  app,
  db,
  saveScreen,
}) => {
  await seedClinic(db)
  await showListAgain(app)
  const names = app.locator('tbody tr .table__primary-link')
  await expect(app.getByText('patients shown, more below')).toBeVisible()
  await saveScreen('patient-list-first-page')

  // Scrolling to the end of the list loads the next pages until the last patient.
  const showMore = app.getByRole('button', { name: /Show more patients|Loading more/ })
  while (await showMore.isVisible()) {
    const before = await names.count()
    await showMore.scrollIntoViewIfNeeded()
    await expect.poll(() => names.count()).toBeGreaterThan(before)
  }
  await expect(app.getByText(`${COUNT} patients`, { exact: true })).toBeVisible()
  const all = expectedRows(db)
  expect(all).toHaveLength(COUNT)
  await expect(names).toHaveText(all)
  await saveScreen('patient-list-to-the-end', { fullPage: false })

  // From the keyboard: ArrowDown past the last row loaded fetches the next page and goes on.
  const search = app.getByLabel('Find a patient')
  await search.fill('Zoë')
  await expect(names).toHaveCount(COUNT / 6)
  await search.fill('')
  await expect(app.getByText('50 patients shown, more below')).toBeVisible()
  await search.focus()
  await app.keyboard.press('ArrowDown')
  await expect(names.first()).toBeFocused()
  const firstPage = await names.count()
  await names.nth(firstPage - 1).focus()
  await app.keyboard.press('ArrowDown')
  await expect(names.nth(firstPage)).toBeFocused()
  await expect(names.nth(firstPage)).toHaveText(all[firstPage]!)
})

test('search finds by surname prefix, mid-word, without accents, several words, birth date and record number', async ({
  app,
  db,
  saveScreen,
}) => {
  await seedClinic(db)
  await showListAgain(app)
  const search = app.getByLabel('Find a patient')
  const names = app.locator('tbody tr .table__primary-link')
  const containing = (...words: string[]) =>
    expectedRows(
      db,
      words.map(() => 'instr(search_name, ?) > 0').join(' AND '),
      ...words.map((w) => foldForSearch(w)),
    )

  const cases: [typed: string, expected: string[]][] = [
    ['Gar', containing('gar')],
    ['ll', containing('ll')],
    ['uller', containing('uller')],
    ['muller', containing('muller')],
    ['o suill', containing('o', 'suill')],
    ['soren mull', containing('soren', 'mull')],
    ['13/04/1963', expectedRows(db, 'date_of_birth = ?', '1963-04-13')],
    ['rh-010', expectedRows(db, "record_number LIKE 'RH-010%'")],
  ]
  for (const [typed, expected] of cases) {
    expect(expected.length, typed).toBeGreaterThan(0)
    await search.fill(typed)
    if (expected.length > 50) {
      await expect(names).toHaveCount(50)
      await expect(names).toHaveText(expected.slice(0, 50))
      await expect(app.getByText('50 patients shown, more below')).toBeVisible()
    } else {
      await expect(names).toHaveText(expected)
      await expect(
        app.getByText(`${expected.length} ${expected.length === 1 ? 'patient' : 'patients'}`, {
          exact: true,
        }),
      ).toBeVisible()
    }
    await saveScreen(`patient-search-${typed.replace(/[^a-z0-9]+/gi, '-')}`)
  }
})
