import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
  truncateSync,
  writeSync,
} from 'node:fs'
import { join } from 'node:path'
import { makeReadOnly, smallDisk } from '../support/diskConditions'
import { tempFolder } from '../support/tempDatabase'
import { expectAccessible } from './harness/accessibility'
import { expect, patientListOf, test } from './harness/fixtures'
import { clinicUsedTwice, saveScreenOf } from './harness/recovery'
import { signInAsClinician } from './harness/signIn'

/**
 * Each way the clinic's records can fail to open, as the built app meets it at start-up: its own
 * screen, in plain words, and a way forward that works — restore a backup (the records are back),
 * open read-only (the patient list, every change refused), another folder (a new clinic there,
 * after a yes), try again, quit (the app exits 0). Nothing is changed without a click.
 */

const heading = (name: string | RegExp) => ({ name, level: 1 }) as const

test('a damaged records file (a page overwritten in the middle) is refused, and restoring the newest backup brings the records back', async ({
  launch,
}) => {
  const clinic = await clinicUsedTwice(launch, {
    patients: Array.from({ length: 40 }, (_, i) => `Runner${i}`),
  })
  const pages = statSync(clinic.file).size / 4096
  const fd = openSync(clinic.file, 'r+')
  writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, Math.floor(pages / 2) * 4096)
  closeSync(fd)
  const damaged = readFileSync(clinic.file)

  const launched = await clinic.start()
  const page = await launched.firstWindow()
  await expect(page.getByRole('heading', heading('The clinic’s records are damaged'))).toBeVisible()
  await expectAccessible(page, 'damaged records screen')
  await expect(page.getByText(/failed its check when the app started/)).toBeVisible()
  await expect(page.getByRole('row', { name: /Backup of/ })).toHaveCount(1)
  await saveScreenOf(page, '90-startup-corrupt')
  expect(readFileSync(clinic.file).equals(damaged)).toBe(true)

  await page.getByRole('button', { name: /Restore the backup of/ }).click()
  await expect(page.getByRole('heading', heading('Restore this backup?'))).toBeVisible()
  await saveScreenOf(page, '91-startup-restore-confirm')
  await page.getByRole('button', { name: 'Restore this backup' }).click()
  await signInAsClinician(page)
  await expect(page.getByRole('heading', heading('Patients'))).toBeVisible()
  await expect(page.getByRole('link', { name: /Runner39/ })).toBeVisible()
  // The damaged file was kept beside the restored one, byte for byte.
  const aside = readdirSync(clinic.folder).find((f) => f.includes('.set-aside-'))!
  expect(readFileSync(join(clinic.folder, aside)).equals(damaged)).toBe(true)
  expect(await launched.close()).toBe(0)
  clinic.cleanup()
})

test('an empty (0-byte) records file is never taken for a new clinic; the backup is restored', async ({
  launch,
}) => {
  const clinic = await clinicUsedTwice(launch)
  truncateSync(clinic.file, 0)
  const launched = await clinic.start()
  const page = await launched.firstWindow()
  await expect(
    page.getByRole('heading', heading('The clinic’s records file is empty')),
  ).toBeVisible()
  await expectAccessible(page, 'empty records screen')
  await expect(page.getByText(/will not treat it as a new clinic/)).toBeVisible()
  await saveScreenOf(page, '92-startup-empty')
  expect(statSync(clinic.file).size).toBe(0)
  await page.getByRole('button', { name: /Restore the backup of/ }).click()
  await page.getByRole('button', { name: 'Restore this backup' }).click()
  await signInAsClinician(page)
  await expect(page.getByRole('link', { name: /Featherstonehaugh/ })).toBeVisible()
  expect(await launched.close()).toBe(0)
  clinic.cleanup()
})

test('a cut records file has its own screen; Quit closes the app without changing anything', async ({
  launch,
}) => {
  const clinic = await clinicUsedTwice(launch, {
    patients: Array.from({ length: 40 }, (_, i) => `Runner${i}`),
  })
  truncateSync(clinic.file, Math.floor(statSync(clinic.file).size * 0.6) + 1000)
  const cut = readFileSync(clinic.file)
  const launched = await clinic.start()
  const page = await launched.firstWindow()
  await expect(
    page.getByRole('heading', heading('Part of the clinic’s records file is missing')),
  ).toBeVisible()
  await expectAccessible(page, 'cut records screen')
  await saveScreenOf(page, '93-startup-truncated')
  await page.getByRole('button', { name: 'Quit' }).click()
  expect(await launched.exited).toEqual({ code: 0, signal: null })
  expect(readFileSync(clinic.file).equals(cut)).toBe(true)
  clinic.cleanup()
})

test('records that cannot be written open read-only: the patient list is there, every change is refused and a banner says so', async ({
  launch,
}) => {
  const data = tempFolder('runners-hip-readonly-')
  const clinic = await clinicUsedTwice(launch, { dataFolder: join(data.dir, 'records') })
  const condition = makeReadOnly(clinic.folder)
  test.skip('unavailable' in condition, 'unavailable' in condition ? condition.unavailable : '')
  if ('unavailable' in condition) return
  test.info().annotations.push({ type: 'read-only folder', description: condition.how })
  try {
    const launched = await clinic.start()
    const page = await launched.firstWindow()
    await expect(
      page.getByRole('heading', heading('The clinic’s records cannot be written')),
    ).toBeVisible()
    await saveScreenOf(page, '94-startup-read-only')
    await page.getByRole('button', { name: 'Open read-only' }).click()
    await signInAsClinician(page)
    await expect(page.getByRole('heading', heading('Patients'))).toBeVisible()
    await expect(page.getByRole('link', { name: /Featherstonehaugh/ })).toBeVisible()
    await expect(page.getByRole('status').filter({ hasText: /^Read-only\./ })).toBeVisible()
    await saveScreenOf(page, '95-read-only-patients')

    await page.getByRole('link', { name: 'New patient', exact: true }).click()
    await page.getByLabel('First name').fill('Ines')
    await page.getByLabel('Surname').fill('Carvalho')
    await page.getByLabel('Date of birth').fill('1979-05-02')
    await page.getByLabel('Sex').selectOption('Female')
    await page.getByRole('button', { name: 'Save patient' }).click()
    await expect(
      page.getByText(/The records are open read-only: nothing can be changed/),
    ).toBeVisible()
    await saveScreenOf(page, '96-read-only-refused')
    expect(await launched.close()).toBe(0)
  } finally {
    condition.undo()
  }
  const db = clinic.open({ readonly: true })
  expect(db.prepare('SELECT family_name FROM patients').pluck().all()).toEqual([
    'Featherstonehaugh',
  ])
  db.close()
  clinic.cleanup()
  data.cleanup()
})

test('a full disk has its own screen; with space freed, Try again opens the records', async ({
  launch,
}) => {
  const disk = smallDisk(3 * 1024 * 1024)
  test.skip('unavailable' in disk, 'unavailable' in disk ? disk.unavailable : '')
  if ('unavailable' in disk) return
  test.info().annotations.push({ type: 'full disk', description: disk.how })
  try {
    const clinic = await clinicUsedTwice(launch, { dataFolder: join(disk.dir, 'records') })
    disk.fill()
    const launched = await clinic.start()
    const page = await launched.firstWindow()
    await expect(page.getByRole('heading', heading('The disk is full'))).toBeVisible()
    await expectAccessible(page, 'full disk screen')
    await expect(page.getByText(/Nothing has been lost/)).toBeVisible()
    await saveScreenOf(page, '97-startup-disk-full')
    disk.free()
    await page.getByRole('button', { name: 'Try again' }).click()
    await signInAsClinician(page)
    await expect(page.getByRole('link', { name: /Featherstonehaugh/ })).toBeVisible()
    expect(await launched.close()).toBe(0)

    // Full again: the records open read-only instead.
    disk.fill()
    const again = await clinic.start()
    const second = await again.firstWindow()
    await expect(second.getByRole('heading', heading('The disk is full'))).toBeVisible()
    await second.getByRole('button', { name: 'Open read-only' }).click()
    await signInAsClinician(second)
    await expect(second.getByRole('link', { name: /Featherstonehaugh/ })).toBeVisible()
    await expect(second.getByRole('status').filter({ hasText: /^Read-only\./ })).toBeVisible()
    expect(await again.close()).toBe(0)
    clinic.cleanup()
  } finally {
    disk.undo()
  }
})

test('another folder: after a yes, a new clinic there, used again at the next start', async ({
  launch,
}) => {
  const clinic = await clinicUsedTwice(launch)
  truncateSync(clinic.file, 0)
  const elsewhere = tempFolder('runners-hip-elsewhere-')
  const launched = await clinic.start()
  const page = await launched.firstWindow()
  await expect(
    page.getByRole('heading', heading('The clinic’s records file is empty')),
  ).toBeVisible()
  launched.desktop.willOpen(elsewhere.dir)
  await page.getByRole('button', { name: 'Use another folder…' }).click()
  await expect(
    page.getByRole('heading', heading('Start a new clinic in that folder?')),
  ).toBeVisible()
  await expect(page.getByText(/left exactly as they are/)).toBeVisible()
  await saveScreenOf(page, '98-startup-new-clinic-elsewhere')
  await page.getByRole('button', { name: 'Start a new clinic there' }).click()
  await signInAsClinician(page)
  await expect(page.getByText('No patients yet')).toBeVisible()
  expect(launched.desktop.dialogTitles).toEqual(['Choose the folder for the clinic’s records'])
  expect(existsSync(join(elsewhere.dir, 'runners-hip.sqlite'))).toBe(true)
  expect(statSync(clinic.file).size).toBe(0)
  expect(await launched.close()).toBe(0)

  // Remembered: the next start opens that folder's records, not the empty file.
  const again = await clinic.start()
  await patientListOf(again)
  expect(
    JSON.parse(
      readFileSync(join(clinic.appData, "Runner's Hip", 'runners-hip-settings.json'), 'utf8'),
    ),
  ).toEqual({ dataFolder: elsewhere.dir })
  expect(readdirSync(join(elsewhere.dir, 'backups'))).toHaveLength(1)
  expect(await again.close()).toBe(0)
  clinic.cleanup()
  elsewhere.cleanup()
})

test('a records folder on a drive that is not connected asks for it, and Try again finds it', async ({
  launch,
}) => {
  const clinic = await clinicUsedTwice(launch)
  const drive = tempFolder('runners-hip-drive-')
  const folder = join(drive.dir, 'clinic')
  mkdirSync(folder)
  // The clinic chose that folder on an earlier start.
  const { writeFileSync, renameSync } = await import('node:fs')
  writeFileSync(
    join(clinic.appData, "Runner's Hip", 'runners-hip-settings.json'),
    JSON.stringify({ dataFolder: folder }),
  )
  renameSync(folder, `${folder}-unplugged`)
  const launched = await clinic.start()
  const page = await launched.firstWindow()
  await expect(
    page.getByRole('heading', heading('The clinic’s folder cannot be found')),
  ).toBeVisible()
  await expectAccessible(page, 'missing folder screen')
  await saveScreenOf(page, '99-startup-folder-missing')
  renameSync(`${folder}-unplugged`, folder)
  await page.getByRole('button', { name: 'Try again' }).click()
  // An empty folder the clinic chose is not silently made a new clinic either.
  await expect(
    page.getByRole('heading', heading('The clinic’s records file is missing')),
  ).toBeVisible()
  expect(readdirSync(folder)).toEqual([])
  expect(await launched.close()).toBe(0)
  clinic.cleanup()
  drive.cleanup()
})
