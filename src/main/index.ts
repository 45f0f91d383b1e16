import { app, dialog, Menu, safeStorage, session, type BrowserWindow } from 'electron'
import type { Database } from 'better-sqlite3'
import { databaseFile, electronNativeBinding } from './appPaths'
import { registerAppScheme, serveRenderer } from './appProtocol'
import { buildApplicationMenu } from './applicationMenu'
import { AuditTrail } from './audit/auditTrail'
import { ClinicianRepository } from './db/clinicianRepository'
import { SettingsRepository } from './db/settingsRepository'
import { createHandlers } from './ipc/handlers'
import { registerHandlers } from './ipc/registerHandlers'
import { routeCalls, type OpenClinic } from './ipc/routes'
import { createSessionHandlers } from './ipc/sessionHandlers'
import { createStartupHandlers } from './ipc/startupHandlers'
import { createMainWindow } from './mainWindow'
import { electronPlatform } from './platform/electronPlatform'
import { lockDownSession, lockDownWebContents } from './security'
import { ClinicianSession } from './session/clinicianSession'
import { ClinicStartup } from './startup/clinicStartup'

// Every file the app writes (database, key, backups, exports) is readable by this user only.
process.umask(0o077)

let db: Database | undefined
let clinic: OpenClinic | undefined
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
      const author = (): string | undefined => session.activeClinician()?.id
      // One audit trail for the session's entries (sign-in, lock) and the records' (every call):
      // the backups record theirs here too (audit.record, src/main/audit/auditTrail.ts).
      const audit: AuditTrail = new AuditTrail(opened, { author })
      const session: ClinicianSession = new ClinicianSession(
        new ClinicianRepository(opened),
        new SettingsRepository(opened),
        undefined,
        audit,
      )
      clinic = {
        session,
        sessionHandlers: createSessionHandlers(session),
        handlers: createHandlers(opened, {
          platform: electronPlatform(() => mainWindow),
          author,
          audit,
        }),
      }
    },
  })
  // The start-up screens' calls are always answered; signing in once the records are open; the
  // records themselves to a signed-in clinician whose session is not locked.
  registerHandlers(routeCalls(createStartupHandlers(startup), () => clinic))
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
