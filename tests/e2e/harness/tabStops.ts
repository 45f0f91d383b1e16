import type { Page } from '@playwright/test'

/**
 * How many Tab presses it takes to go once round the whole window, as a keyboard-only clinician
 * would: from the top of the page (focus on the body), pressing Tab until focus leaves the page
 * or comes back to where it first landed. Every press counts: a date field's day, month and year
 * are three; a radio group is one stop, as the browser makes it.
 */
export async function countTabStops(page: Page, limit = 800): Promise<number> {
  await page.evaluate(() => {
    ;(document.activeElement as HTMLElement | null)?.blur()
    window.scrollTo(0, 0)
  })
  await page.keyboard.press('Tab')
  await page.evaluate(() => {
    ;(window as unknown as { __firstStop: Element | null }).__firstStop = document.activeElement
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
