import { expect, type Page } from '@playwright/test'

/** The clinician every end-to-end test works as (the clinician reports name). */
export const TEST_CLINICIAN = {
  name: 'Alex Morgan',
  profession: 'Physiotherapist',
  registrationNumber: 'PH123456',
  passcode: 'hip-clinic-1',
}

/**
 * Gets from the first screens to the patient list as a clinician would: sets up the first
 * clinician on a new installation, or signs in on an existing one; the app opens on the home
 * screen (the caseload), and from there the clinician goes to the patient list, where most
 * tests start. `stayOnHome` stops at the home screen.
 */
export async function signInAsClinician(
  page: Page,
  clinician = TEST_CLINICIAN,
  { stayOnHome = false }: { stayOnHome?: boolean } = {},
) {
  const setUp = page.getByRole('heading', { name: 'Set up the first clinician' })
  const signIn = page.getByRole('heading', { name: 'Sign in' })
  const home = page.getByRole('heading', { name: 'Caseload', level: 1 })
  const patients = page.getByRole('heading', { name: 'Patients', level: 1 })
  await expect(setUp.or(signIn).or(home).or(patients)).toBeVisible()
  if (await setUp.isVisible()) {
    await page.getByLabel(/^Name/).fill(clinician.name)
    await page.getByLabel('Profession').selectOption({ label: clinician.profession })
    await page.getByLabel('Registration number').fill(clinician.registrationNumber)
    await page.getByLabel(/^Passcode/).fill(clinician.passcode)
    await page.getByLabel(/^The same passcode again/).fill(clinician.passcode)
    await page.getByRole('button', { name: 'Set up and sign in' }).click()
  } else if (await signIn.isVisible()) {
    await page.getByLabel(new RegExp(`^${clinician.name}`)).check()
    await page.getByLabel(/^Passcode/).fill(clinician.passcode)
    await page.getByRole('button', { name: 'Sign in' }).click()
  }
  await expect(home.or(patients)).toBeVisible()
  if (stayOnHome || (await patients.isVisible())) return
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Patients' })
    .click()
  await expect(patients).toBeVisible()
}
