/**
 * What main needs from the desktop: file dialogs and printing. Electron provides it in the app
 * (electronPlatform.ts); the end-to-end tests provide the same interface over temp folders and
 * Chromium, so the handler table under test is the one the app registers.
 */
export interface FileFilter {
  name: string
  extensions: string[]
}

export interface Platform {
  /** Where to save; undefined when the user cancels. */
  chooseSavePath(options: {
    title: string
    defaultName: string
    filters: FileFilter[]
  }): Promise<string | undefined>
  /** Which file to open; undefined when the user cancels. */
  chooseOpenPath(options: { title: string; filters: FileFilter[] }): Promise<string | undefined>
  /** Which folder to use (one may be created in the dialog); undefined when the user cancels. */
  chooseFolder(options: { title: string }): Promise<string | undefined>
  /** A standalone HTML document printed to PDF (A4, CSS page size and margins honoured). */
  printHtmlToPdf(html: string): Promise<Uint8Array>
}

/** For contexts without a desktop (unit tests): every request says it is not available. */
export const noDesktopPlatform: Platform = {
  chooseSavePath: () => Promise.reject(new Error('No file dialogs in this context')),
  chooseOpenPath: () => Promise.reject(new Error('No file dialogs in this context')),
  chooseFolder: () => Promise.reject(new Error('No file dialogs in this context')),
  printHtmlToPdf: () => Promise.reject(new Error('No printing in this context')),
}
