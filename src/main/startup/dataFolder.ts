import { mkdirSync, readFileSync } from 'node:fs'
import { isAbsolute, join } from 'node:path'
import { writeFileWhole } from '../files'

/**
 * Where the clinic's records are, decided before they open:
 *
 * 1. `RUNNERS_HIP_DATA_DIR`, when set (tests; a clinic's IT keeping data on a given volume);
 * 2. the folder the clinic chose on a start-up screen ("Use another folder"), remembered in a
 *    small settings file in the user-data folder, outside the database
 *    (`runners-hip-settings.json`, readable by this user only);
 * 3. the user-data folder.
 *
 * The file is the only thing in it; a settings file that cannot be read is ignored.
 */
export const SETTINGS_FILE = 'runners-hip-settings.json'
export const DATABASE_FILE = 'runners-hip.sqlite'

export interface DatabaseLocation {
  file: string
  /** The folder was the clinic's choice: its records are expected there. */
  expectRecords: boolean
}

export function rememberedFolder(userData: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(readFileSync(join(userData, SETTINGS_FILE), 'utf8'))
    const folder = (parsed as { dataFolder?: unknown } | null)?.dataFolder
    return typeof folder === 'string' && isAbsolute(folder) ? folder : undefined
  } catch {
    return undefined
  }
}

export function rememberFolder(userData: string, folder: string) {
  mkdirSync(userData, { recursive: true })
  writeFileWhole(join(userData, SETTINGS_FILE), `${JSON.stringify({ dataFolder: folder })}\n`)
}

export function databaseLocation(
  userData: string,
  environment: string | undefined = process.env.RUNNERS_HIP_DATA_DIR,
): DatabaseLocation {
  if (environment) {
    mkdirSync(environment, { recursive: true })
    return { file: join(environment, DATABASE_FILE), expectRecords: false }
  }
  const chosen = rememberedFolder(userData)
  // A remembered folder is never created: if it is gone (a drive not connected), start-up says so.
  if (chosen) return { file: join(chosen, DATABASE_FILE), expectRecords: true }
  mkdirSync(userData, { recursive: true })
  return { file: join(userData, DATABASE_FILE), expectRecords: false }
}
