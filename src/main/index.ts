import { app, dialog, Menu, safeStorage, session, type BrowserWindow } from 'electron'
import { isStartupChannel } from '../shared/api/channels'
import { clinicLocation, electronNativeBinding, userDataFolder } from './appPaths'
import { registerAppScheme, serveRenderer } from './appProtocol'
import { buildApplicationMenu } from './applicationMenu'
import { backupCallsFor } from './backup/backupCalls'
import { createHandlers, type ClinicHandlers } from './ipc/handlers'
import { registerHandlers } from './ipc/registerHandlers'
import { createStartupHandlers } from './ipc/startupHandlers'
import { createMainWindow } from './mainWindow'
import { electronPlatform } from './platform/electronPlatform'
import { lockDownSession, lockDownWebContents } from './security'
import { ClinicStartup } from './startup/clinicStartup'
import { rememberFolder } from './startup/dataFolder'

// Every file the app writes (database, key, backups, exports) is readable by this user only.
process.umask(0o077)

let startup: ClinicStartup | undefined
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
  const platform = electronPlatform(() => mainWindow)
  const location = clinicLocation()
  const opening: ClinicStartup = new ClinicStartup({
    file: location.file,
    expectRecords: location.expectRecords,
    store: safeStorage,
    nativeBinding: electronNativeBinding(),
    onOpen: (db, { readOnly, backups }) => {
      clinic = createHandlers(db, {
        platform,
        readOnly,
        backups: backupCallsFor(opening, backups),
      })
    },
    onClose: () => (clinic = undefined),
    rememberFolder: (folder) => rememberFolder(userDataFolder(), folder),
    chooseFolder: () =>
      platform.chooseFolder({ title: 'Choose the folder for the clinic’s records' }),
    chooseBackupFile: () =>
      platform.chooseOpenPath({
        title: 'Restore the clinic’s records from a backup file',
        filters: [{ name: 'Runner’s Hip backup', extensions: ['sqlite'] }],
      }),
  })
  startup = opening
  const startupHandlers = createStartupHandlers(opening, { quit: () => app.quit() })
  // The start-up screens' calls are always answered; the clinic's once its records are open.
  registerHandlers((name) => (isStartupChannel(name) ? startupHandlers[name] : clinic?.[name]))
  Menu.setApplicationMenu(buildApplicationMenu())
  try {
    opening.start()
  } catch (error) {
    // Start-up turns every problem it knows into a screen; this is for what it cannot foresee.
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
  startup?.close()
})
