import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * The database driver in an installer. better-sqlite3 is not N-API, so the build in node_modules
 * (for Node, used by the tests) cannot be shipped: `npm run native:electron` builds one for
 * Electron into native/electron/, electron-builder copies it into the app's resources folder
 * (extraResources), and main loads it from there (electronNativeBinding in src/main/appPaths.ts).
 */
export const nativeDriverSource = 'native/electron/better_sqlite3.node'
/** Relative to the packaged app's resources folder (process.resourcesPath). */
export const nativeDriverInResources = 'native/better_sqlite3.node'
/** Written by scripts/native-electron.mjs next to the driver: the Electron version it is for. */
export const nativeDriverVersionFile = 'native/electron/version.json'

export interface BinaryTarget {
  platform: string
  arch: string
}

const elfMachines: Record<number, string> = {
  0x03: 'ia32',
  0x28: 'armv7l',
  0x3e: 'x64',
  0xb7: 'arm64',
}
const peMachines: Record<number, string> = {
  0x014c: 'ia32',
  0x01c4: 'armv7l',
  0x8664: 'x64',
  0xaa64: 'arm64',
}
const machOCpus: Record<number, string> = { 0x01000007: 'x64', 0x0100000c: 'arm64' }

/**
 * Which platform and CPU a native module was built for, read from its header (ELF on Linux, PE
 * on Windows, Mach-O on macOS), with Node's names (process.platform, process.arch). Undefined
 * when the bytes are none of those.
 */
export function nativeBinaryTarget(bytes: Uint8Array): BinaryTarget | undefined {
  if (bytes.length < 64) return undefined
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const named = (platform: string, table: Record<number, string>, code: number) => ({
    platform,
    arch: table[code] ?? `unknown (0x${code.toString(16)})`,
  })
  if (view.getUint32(0) === 0x7f454c46) {
    // "\x7fELF"; byte 5 is the byte order, e_machine follows the 16-byte ident and e_type.
    return named('linux', elfMachines, view.getUint16(18, bytes[5] === 1))
  }
  if (view.getUint16(0) === 0x4d5a) {
    // "MZ": the PE header's offset is at 0x3c; the machine follows its "PE\0\0" signature.
    const pe = view.getUint32(0x3c, true)
    if (pe + 6 > bytes.length || view.getUint32(pe) !== 0x50450000) return undefined
    return named('win32', peMachines, view.getUint16(pe + 4, true))
  }
  const magic = view.getUint32(0, true)
  if (magic === 0xfeedfacf || magic === 0xfeedface) {
    return named('darwin', machOCpus, view.getUint32(4, true))
  }
  if (view.getUint32(0) === 0xcafebabe) return { platform: 'darwin', arch: 'universal' }
  return undefined
}

/** What the afterPack hook needs to know about the package being made. */
export interface DriverCheck {
  /** The packaged app's resources folder. */
  resourcesDir: string
  projectDir: string
  /** Node's names for the target: win32, darwin, linux; x64, arm64, ... */
  platform: string
  arch: string
  electronVersion: string
}

/**
 * Refuses a package whose database driver is missing or was built for another platform, CPU or
 * Electron version: such an app installs fine and then fails on the first database access.
 * scripts/native-electron.mjs builds for the machine it runs on, so `npm run dist` makes
 * installers for that machine's platform and CPU only.
 */
export function checkNativeDriver(check: DriverCheck): void {
  const file = join(check.resourcesDir, nativeDriverInResources)
  const wanted = `${check.platform}-${check.arch}`
  if (!existsSync(file)) {
    throw new Error(
      `The database driver is not in the package (${file}). Run \`npm run native:electron\` ` +
        'before electron-builder; `npm run dist` does both.',
    )
  }
  const found = nativeBinaryTarget(readFileSync(file))
  if (found === undefined || found.platform !== check.platform || found.arch !== check.arch) {
    const built = found ? `${found.platform}-${found.arch}` : 'an unknown platform'
    throw new Error(
      `The database driver was built for ${built}, but this package is for ${wanted}. ` +
        `\`npm run dist\` makes installers for the machine it runs on only: run it on a ${wanted} machine.`,
    )
  }
  const versionFile = join(check.projectDir, nativeDriverVersionFile)
  const builtFor = existsSync(versionFile)
    ? (JSON.parse(readFileSync(versionFile, 'utf8')) as { electron?: unknown }).electron
    : undefined
  if (builtFor !== check.electronVersion) {
    throw new Error(
      `The database driver was built for Electron ${String(builtFor ?? 'unknown')}, but the ` +
        `package uses Electron ${check.electronVersion}. Run \`npm run native:electron\` again.`,
    )
  }
}
