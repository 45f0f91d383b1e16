import { app, dialog, Menu, safeStorage, session, type BrowserWindow } from 'electron'
import { clinicLocation, electronNativeBinding, userDataFolder } from './appPaths'
import { registerAppScheme, serveRenderer } from './appProtocol'
import { buildApplicationMenu } from './applicationMenu'
import { AuditTrail } from './audit/auditTrail'
import { backupCallsFor } from './backup/backupCalls'
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
import { ClinicSync } from './sync/clinicSync'
import { AssessmentRepository } from './db/assessmentRepository'
import { PatientRepository } from './db/patientRepository'
import { recordOpening } from './audit/recordOpening'
import { rememberFolder } from './startup/dataFolder'
// electron-vite builds the import's worker as a bundle of its own and gives its path.
import importWorker from './transfer/importWorker?modulePath'
import exportWorker from './transfer/exportWorker?modulePath'

// Every file the app writes (database, key, backups, exports) is readable by this user only.
process.umask(0o077)

let startup: ClinicStartup | undefined
let clinic: OpenClinic | undefined
let sync: ClinicSync | undefined
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
  const nativeBinding = electronNativeBinding()
  const opening: ClinicStartup = new ClinicStartup({
    file: location.file,
    expectRecords: location.expectRecords,
    store: safeStorage,
    nativeBinding,
    onOpen: (db, { readOnly, backups, events, key }) => {
      const author = (): string | undefined => session.activeClinician()?.id
      // One audit trail for the session's entries (sign-in, lock) and the records' (every call).
      const audit: AuditTrail = new AuditTrail(db, { author })
      const session: ClinicianSession = new ClinicianSession(
        new ClinicianRepository(db),
        new SettingsRepository(db),
        undefined,
        audit,
      )
      recordOpening(audit, events)
      // Sharing with the clinic's hub, when this laptop has joined one; never while read-only.
      const shared = readOnly
        ? undefined
        : new ClinicSync(db, {
            audit,
            assessments: new AssessmentRepository(
              db,
              new PatientRepository(db, author, audit),
              () => new Date(),
              author,
              audit,
            ),
          })
      shared?.start()
      sync = shared
      clinic = {
        session,
        sessionHandlers: createSessionHandlers(session, undefined, { readOnly }),
        handlers: createHandlers(db, {
          platform,
          readOnly,
          backups: backupCallsFor(opening, backups),
          author,
          audit,
          ...(shared ? { sync: shared } : {}),
          importWorker,
          ...(key
            ? {
                exportWorker: {
                  key,
                  script: exportWorker,
                  ...(nativeBinding ? { nativeBinding } : {}),
                },
              }
            : {}),
        }),
      }
    },
    onClose: () => {
      // Stopped before the records close: a round in flight finds the loop stopped, not a closed
      // database.
      void sync?.stop()
      sync = undefined
      clinic = undefined
    },
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
  // The start-up screens' calls are always answered; signing in once the records are open; the
  // records themselves to a signed-in clinician whose session is not locked.
  registerHandlers(
    routeCalls(createStartupHandlers(opening, { quit: () => app.quit() }), () => clinic),
  )
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
