import type { Locator, Page } from '@playwright/test'

/**
 * Counts what a clinician does, one action each: a click (on a button, link, radio or tick box),
 * a field filled (typing a value into one box, however many keystrokes), an option chosen in a
 * list, a keyboard shortcut, and the OK of a confirmation. Waiting and looking are free.
 */
export class ActionCounter {
  count = 0
  readonly log: string[] = []

  constructor(private readonly page: Page) {}

  private note(what: string) {
    this.count++
    this.log.push(what)
  }

  async click(locator: Locator, what: string) {
    await locator.click()
    this.note(`click ${what}`)
  }

  async check(locator: Locator, what: string) {
    await locator.check()
    this.note(`click ${what}`)
  }

  async fill(locator: Locator, text: string, what: string) {
    await locator.fill(text)
    this.note(`fill ${what}`)
  }

  async select(locator: Locator, value: string, what: string) {
    await locator.selectOption(value)
    this.note(`choose ${what}`)
  }

  async shortcut(keys: string, what: string) {
    await this.page.keyboard.press(keys)
    this.note(`shortcut ${keys} (${what})`)
  }

  /** The next click opens a confirmation: OK is one more action. */
  async clickAndConfirm(locator: Locator, what: string) {
    this.page.once('dialog', (dialog) => void dialog.accept())
    await this.click(locator, what)
    this.note(`OK to confirm ${what}`)
  }
}
