import { app, dialog, Menu, session, type BrowserWindow } from 'electron'
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
let mainWindow: BrowserWindow | undefined

function openMainWindow() {
  mainWindow = createMainWindow()
  mainWindow.on('closed', () => (mainWindow = undefined))
}

registerAppScheme()
app.on('web-contents-created', (_event, contents) => lockDownWebContents(contents))

if (!app.requestSingleInstanceLock()) {
  // Two instances writing one database would fight over it; the first one gets focus instead.
  app.quit()
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore()
    mainWindow?.focus()
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
  registerHandlers(createHandlers(db, { platform: electronPlatform(() => mainWindow) }))
  Menu.setApplicationMenu(buildApplicationMenu())
  openMainWindow()
  // macOS: clicking the dock icon with no window open opens one.
  app.on('activate', () => {
    if (!mainWindow) openMainWindow()
  })
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})

app.on('will-quit', () => {
  db?.close()
})
