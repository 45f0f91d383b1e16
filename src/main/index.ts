import { app, BrowserWindow, dialog, Menu, session } from 'electron'
import type { Database } from 'better-sqlite3'
import { databaseFile, electronNativeBinding } from './appPaths'
import { registerAppScheme, serveRenderer } from './appProtocol'
import { buildApplicationMenu } from './applicationMenu'
import { openDatabase } from './db/connection'
import { DatabaseTooNewError } from './db/migrate'
import { createHandlers } from './ipc/handlers'
import { registerHandlers } from './ipc/registerHandlers'
import { createMainWindow } from './mainWindow'
import { electronPlatform } from './platform/electronPlatform'
import { lockDownSession, lockDownWebContents } from './security'

let db: Database | undefined

registerAppScheme()
app.on('web-contents-created', (_event, contents) => lockDownWebContents(contents))

if (!app.requestSingleInstanceLock()) {
  // Two instances writing one database would fight over it; the first one gets focus instead.
  app.quit()
} else {
  app.on('second-instance', () => {
    const window = BrowserWindow.getAllWindows()[0]
    if (window?.isMinimized()) window.restore()
    window?.focus()
  })
  void app.whenReady().then(start)
}

function start() {
  lockDownSession(session.defaultSession)
  try {
    db = openDatabase(databaseFile(), { nativeBinding: electronNativeBinding() })
  } catch (error) {
    dialog.showErrorBox(
      "Runner's Hip cannot open its data",
      error instanceof DatabaseTooNewError
        ? error.message
        : 'The clinic database could not be opened. No data has been changed. ' +
            `(${error instanceof Error ? error.name : 'unknown error'})`,
    )
    app.exit(1)
    return
  }
  serveRenderer()
  registerHandlers(
    createHandlers(db, { platform: electronPlatform(() => BrowserWindow.getAllWindows()[0]) }),
  )
  Menu.setApplicationMenu(buildApplicationMenu())
  createMainWindow()
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow()
  })
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})

app.on('will-quit', () => {
  db?.close()
})
