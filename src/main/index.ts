import { app, dialog, Menu, safeStorage, session, type BrowserWindow } from 'electron'
import type { Database } from 'better-sqlite3'
import { isStartupChannel } from '../shared/api/channels'
import { databaseFile, electronNativeBinding } from './appPaths'
import { registerAppScheme, serveRenderer } from './appProtocol'
import { buildApplicationMenu } from './applicationMenu'
import { createHandlers, type ClinicHandlers } from './ipc/handlers'
import { registerHandlers } from './ipc/registerHandlers'
import { createStartupHandlers } from './ipc/startupHandlers'
import { createMainWindow } from './mainWindow'
import { electronPlatform } from './platform/electronPlatform'
import { lockDownSession, lockDownWebContents } from './security'
import { ClinicStartup } from './startup/clinicStartup'
// electron-vite builds the import's worker as a bundle of its own and gives its path.
import importWorker from './transfer/importWorker?modulePath'

// Every file the app writes (database, key, backups, exports) is readable by this user only.
process.umask(0o077)

let db: Database | undefined
let clinic: ClinicHandlers | undefined
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
  serveRenderer()
  const startup = new ClinicStartup({
    file: databaseFile(),
    store: safeStorage,
    nativeBinding: electronNativeBinding(),
    onOpen: (opened) => {
      db = opened
      clinic = createHandlers(opened, {
        platform: electronPlatform(() => mainWindow),
        importWorker,
      })
    },
  })
  const startupHandlers = createStartupHandlers(startup)
  // The start-up screens' calls are always answered; the clinic's once its records are open.
  registerHandlers((name) => (isStartupChannel(name) ? startupHandlers[name] : clinic?.[name]))
  Menu.setApplicationMenu(buildApplicationMenu())
  try {
    startup.start()
  } catch (error) {
    // Creating the key or the first files failed (a read-only folder, a full disk): say so.
    dialog.showErrorBox(
      "Runner's Hip cannot start",
      `The clinic's records could not be set up. No data has been changed. (${
        error instanceof Error ? error.name : 'unknown error'
      })`,
    )
    app.exit(1)
    return
  }
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
