import type { Page } from '@playwright/test'
import { expect } from './fixtures'

/**
 * Opens a screen by its address, as a bookmark would, and waits until the page header names
 * `showing` (the patient's name). Only the hash changes, so there is no page load to wait for:
 * without this, the next step could act on the screen that was there before.
 */
export async function openScreen(page: Page, route: string, showing: string) {
  await page.goto(`${new URL(page.url()).origin}/#/${route.replace(/^\/+/, '')}`)
  await expect(page.locator('.page-header')).toContainText(showing)
}
