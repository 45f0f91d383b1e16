import { BrowserWindow, dialog } from 'electron'
import type { Platform } from './platform'

/** The desktop side of main: native dialogs, and printing in a hidden, locked-down window. */
export function electronPlatform(parent: () => BrowserWindow | undefined): Platform {
  return {
    async chooseSavePath({ title, defaultName, filters }) {
      const window = parent()
      const options = { title, defaultPath: defaultName, filters }
      const result = window
        ? await dialog.showSaveDialog(window, options)
        : await dialog.showSaveDialog(options)
      return result.canceled ? undefined : result.filePath
    },
    async chooseOpenPath({ title, filters }) {
      const window = parent()
      const options = { title, filters, properties: ['openFile' as const] }
      const result = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options)
      return result.canceled ? undefined : result.filePaths[0]
    },
    async chooseFolder({ title }) {
      const window = parent()
      const options = {
        title,
        properties: ['openDirectory' as const, 'createDirectory' as const],
      }
      const result = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options)
      return result.canceled ? undefined : result.filePaths[0]
    },
    async printHtmlToPdf(html) {
      // The report is our own HTML with its own strict CSP; it gets no preload and no Node.
      const printer = new BrowserWindow({
        show: false,
        webPreferences: {
          sandbox: true,
          contextIsolation: true,
          nodeIntegration: false,
          javascript: false,
        },
      })
      try {
        await printer.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`)
        return await printer.webContents.printToPDF({
          pageSize: 'A4',
          printBackground: true,
          preferCSSPageSize: true,
        })
      } finally {
        printer.destroy()
      }
    },
  }
}
