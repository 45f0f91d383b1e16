import type { Browser } from '@playwright/test'
import { join } from 'node:path'
import type { Platform } from '../../../src/main/platform/platform'

/**
 * The desktop, for tests: file dialogs answer from a queue the test fills (undefined = the user
 * pressed Cancel), and printing uses Chromium's page.pdf() on the same HTML Electron would print.
 */
export class TestPlatform implements Platform {
  private readonly saveAnswers: (string | undefined)[] = []
  private readonly openAnswers: (string | undefined)[] = []
  readonly printed: string[] = []

  constructor(
    private readonly browser: Browser,
    readonly folder: string,
  ) {}

  /** The next save dialog answers with this file name in the test folder (or cancels). */
  willSaveAs(fileName: string | undefined): string | undefined {
    const path = fileName === undefined ? undefined : join(this.folder, fileName)
    this.saveAnswers.push(path)
    return path
  }

  willOpen(path: string | undefined) {
    this.openAnswers.push(path)
  }

  async chooseSavePath() {
    if (this.saveAnswers.length === 0) throw new Error('The test did not expect a save dialog')
    return this.saveAnswers.shift()
  }

  async chooseOpenPath() {
    if (this.openAnswers.length === 0) throw new Error('The test did not expect an open dialog')
    return this.openAnswers.shift()
  }

  async printHtmlToPdf(html: string) {
    this.printed.push(html)
    const page = await this.browser.newPage()
    try {
      await page.setContent(html)
      return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true })
    } finally {
      await page.close()
    }
  }
}
