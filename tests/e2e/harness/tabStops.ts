import type { Page } from '@playwright/test'

/**
 * How many Tab presses it takes to go once round the whole window, as a keyboard-only clinician
 * would: from the first stop of the page (its "Skip to content" link), pressing Tab until focus
 * leaves the page or comes back to that first stop. Every press counts: a date field's day, month and year
 * are three; a radio group is one stop, as the browser makes it.
 */
export async function countTabStops(page: Page, limit = 800): Promise<number> {
  // Chromium tabs on from the last focused element even after a blur: start at the first stop.
  await page.evaluate(() => {
    const first = [
      ...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea'),
    ].find((el) => el.tabIndex >= 0 && !el.matches(':disabled') && el.getClientRects().length > 0)
    first?.focus()
    ;(window as unknown as { __firstStop: Element | null }).__firstStop = first ?? null
  })
  for (let stops = 1; stops < limit; stops++) {
    await page.keyboard.press('Tab')
    const round = await page.evaluate(() => {
      const el = document.activeElement
      return (
        !el ||
        el === document.body ||
        el === (window as unknown as { __firstStop: Element | null }).__firstStop
      )
    })
    if (round) return stops
  }
  return limit
}
