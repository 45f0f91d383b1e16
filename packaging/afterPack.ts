import type * as Fuses from '@electron/fuses'
import { Arch } from 'electron-builder'
import { join } from 'node:path'
import { electronFuses, type FuseName } from './fuses'
import { checkNativeDriver } from './nativeDriver'

/** @electron/fuses is ESM-only: the hook imports it when it runs. */
export type FusesModule = Pick<typeof Fuses, 'flipFuses' | 'FuseV1Options' | 'FuseVersion'>

/**
 * The part of electron-builder's AfterPackContext the hook reads (the real context has more).
 * `executableName` exists on the Linux packager only.
 */
export interface PackedApp {
  readonly appOutDir: string
  readonly electronPlatformName: string
  readonly arch: Arch
  readonly packager: {
    readonly projectDir: string
    readonly appInfo: { readonly productFilename: string }
    readonly executableName?: string
    getResourcesDir(appOutDir: string): string
    readonly info: { readonly framework: { readonly version: string } }
  }
}

/**
 * The file whose fuses are flipped, named as electron-builder names it: the .app bundle on macOS
 * (@electron/fuses finds the Electron Framework inside), the .exe on Windows, the executable
 * (linux.executableName) on Linux.
 */
export function fusedBinaryPath(context: PackedApp): string {
  const { appOutDir, electronPlatformName, packager } = context
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      return join(appOutDir, `${packager.appInfo.productFilename}.app`)
    case 'win32':
      return join(appOutDir, `${packager.appInfo.productFilename}.exe`)
    case 'linux':
      if (!packager.executableName) throw new Error('The Linux packager has no executableName.')
      return join(appOutDir, packager.executableName)
    default:
      throw new Error(`No Electron binary known for platform ${electronPlatformName}.`)
  }
}

/** packaging/fuses.ts in @electron/fuses' terms, for one package. */
export function fuseConfig(fuses: FusesModule, context: PackedApp): Fuses.FuseConfig {
  const wire = {} as Record<(typeof fuses.FuseV1Options)[FuseName], boolean>
  for (const [name, on] of Object.entries(electronFuses) as [FuseName, boolean][]) {
    wire[fuses.FuseV1Options[name]] = on
  }
  return {
    version: fuses.FuseVersion.V1,
    // A fuse in the Electron binary that packaging/fuses.ts does not set stops the build.
    strictlyRequireAllFuses: true,
    // Flipping fuses breaks the ad-hoc signature Electron ships with, and Apple silicon runs no
    // unsigned code: re-sign ad hoc (a Developer ID signature, if any, replaces it afterwards).
    resetAdHocDarwinSignature:
      context.electronPlatformName === 'darwin' &&
      (context.arch === Arch.arm64 || context.arch === Arch.universal),
    ...wire,
  }
}

/**
 * electron-builder's afterPack hook: runs once the app's files are in place and before signing.
 * Checks that the database driver in the package is for its platform, CPU and Electron, then
 * writes the fuses. electron-builder's own `electronFuses` option is not used: it flips fuses
 * with its bundled, older @electron/fuses, which does not know every fuse of current Electron.
 */
export function createAfterPack(
  loadFuses: () => Promise<FusesModule> = () => import('@electron/fuses'),
) {
  return async function afterPack(context: PackedApp): Promise<void> {
    const { packager } = context
    checkNativeDriver({
      resourcesDir: packager.getResourcesDir(context.appOutDir),
      projectDir: packager.projectDir,
      platform: context.electronPlatformName === 'mas' ? 'darwin' : context.electronPlatformName,
      arch: Arch[context.arch],
      electronVersion: packager.info.framework.version,
    })
    const fuses = await loadFuses()
    const binary = fusedBinaryPath(context)
    await fuses.flipFuses(binary, fuseConfig(fuses, context))
    console.log(`  • Electron fuses set  file=${binary}`)
  }
}

export const afterPack = createAfterPack()
