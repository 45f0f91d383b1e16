import { join } from 'node:path'

/**
 * The user at the desktop, for dialogs main opens: file dialogs answer from queues the test
 * fills beforehand (undefined = the user pressed Cancel), in the shape Electron resolves them.
 * A dialog the test did not expect fails main's call, so the test sees it.
 */
export class Desktop {
  private readonly saveAnswers: (string | undefined)[] = []
  private readonly openAnswers: (string | undefined)[] = []
  /** The HTML of every page main printed to PDF, in order. */
  readonly printed: string[] = []
  /** The title of every file dialog shown, in order. */
  readonly dialogTitles: string[] = []

  constructor(readonly folder: string) {}

  /** The next save dialog answers with this file name in the test folder (or cancels). */
  willSaveAs(fileName: string | undefined): string | undefined {
    const path = fileName === undefined ? undefined : join(this.folder, fileName)
    this.saveAnswers.push(path)
    return path
  }

  /** The next open dialog answers with this path (or cancels). */
  willOpen(path: string | undefined) {
    this.openAnswers.push(path)
  }

  answerSave(options: Record<string, unknown>): { canceled: boolean; filePath: string } {
    this.dialogTitles.push(String(options.title ?? ''))
    if (this.saveAnswers.length === 0) throw new Error('The test did not expect a save dialog')
    const path = this.saveAnswers.shift()
    return path === undefined
      ? { canceled: true, filePath: '' }
      : { canceled: false, filePath: path }
  }

  answerOpen(options: Record<string, unknown>): { canceled: boolean; filePaths: string[] } {
    this.dialogTitles.push(String(options.title ?? ''))
    if (this.openAnswers.length === 0) throw new Error('The test did not expect an open dialog')
    const path = this.openAnswers.shift()
    return path === undefined
      ? { canceled: true, filePaths: [] }
      : { canceled: false, filePaths: [path] }
  }
}
