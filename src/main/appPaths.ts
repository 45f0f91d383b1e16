import { app } from 'electron'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { databaseLocation, type DatabaseLocation } from './startup/dataFolder'

/**
 * Where the clinic's data lives: one SQLite file in the user-data folder (on Windows
 * %APPDATA%\Runner's Hip, on macOS ~/Library/Application Support/Runner's Hip, on Linux
 * ~/.config/Runner's Hip), unless the clinic chose another folder at start-up (remembered in
 * the user-data folder) or RUNNERS_HIP_DATA_DIR names one (tests; clinics that keep data on a
 * particular encrypted volume). See startup/dataFolder.ts.
 */
export const clinicLocation = (): DatabaseLocation => databaseLocation(app.getPath('userData'))

/** The user-data folder, where the chosen folder is remembered. */
export const userDataFolder = (): string => app.getPath('userData')

/**
 * better-sqlite3 is not N-API: the build that Node (and the unit tests) load cannot be loaded by
 * Electron. `npm run native:electron` puts an Electron build in native/electron; a packaged app
 * carries it in its resources. Undefined means "use the default build", for a developer who ran
 * @electron/rebuild instead.
 */
export function electronNativeBinding(): string | undefined {
  const candidates = app.isPackaged
    ? [join(process.resourcesPath, 'native', 'better_sqlite3.node')]
    : [join(app.getAppPath(), 'native', 'electron', 'better_sqlite3.node')]
  return candidates.find((file) => existsSync(file))
}

/** The window icon (Windows and Linux; macOS takes it from the app bundle). */
export const appIcon = (): string => join(app.getAppPath(), 'resources', 'icon.png')

/** The built preload script and renderer, next to the built main script. */
export const preloadScript = (): string => join(__dirname, '../preload/index.js')
export const rendererRoot = (): string => join(__dirname, '../renderer')
