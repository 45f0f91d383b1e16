import { FuseState, FuseV1Options, FuseVersion, getCurrentFuseWire } from '@electron/fuses'
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config'
import * as fileMatcher from 'app-builder-lib/out/fileMatcher'
import type { DebugLogger } from 'builder-util'
import { Arch, type Configuration } from 'electron-builder'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { createAfterPack, type FusesModule, type PackedApp } from '../../packaging/afterPack'
import { electronFuses } from '../../packaging/fuses'
import { nativeBinaryTarget, nativeDriverInResources } from '../../packaging/nativeDriver'
import { electronNativeBinding } from '../../src/main/appPaths'

// The packaged app's main process, as far as appPaths.ts sees it.
vi.mock('electron', () => ({ app: { isPackaged: true, getAppPath: () => '/nowhere' } }))

// The configuration is loaded the way `electron-builder --config` loads it (TypeScript through
// electron-builder's own loader) and checked against electron-builder's schema. app-builder-lib
// is electron-builder's engine (pinned with it); its file matchers decide what goes into app.asar.
const root = process.cwd()
const configFile = 'packaging/electron-builder.config.ts'
const quietLogger = { isEnabled: false, add: () => undefined } as unknown as DebugLogger
const electronVersion = (
  JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')) as { version: string }
).version

let config: Configuration
beforeAll(async () => {
  config = await getConfig(root, configFile, null)
})

const scratch: string[] = []
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'packaging-'))
  scratch.push(dir)
  return dir
}
beforeEach(() => {
  // The hook reports each binary it changes; keep the test output quiet.
  vi.spyOn(console, 'log').mockImplementation(() => undefined)
})
afterEach(() => {
  vi.restoreAllMocks()
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true })
})

describe('electron-builder configuration', () => {
  it("passes electron-builder's schema validation", async () => {
    await expect(validateConfiguration(config, quietLogger)).resolves.toBeUndefined()
  })

  it('fails validation with a misspelt option, so the check above means something', async () => {
    const misspelt = { ...config, nsis: { ...config.nsis, oneClik: true } } as Configuration
    await expect(validateConfiguration(misspelt, quietLogger)).rejects.toThrow(/nsis/)
  })

  it('names the app', () => {
    expect(config.appId).toBe('com.runnership.app')
    expect(config.productName).toBe("Runner's Hip")
  })

  it('makes NSIS on Windows, a dmg on macOS, AppImage and deb on Linux', () => {
    expect(config.win?.target).toEqual(['nsis'])
    expect(config.mac?.target).toEqual(['dmg'])
    expect(config.linux?.target).toEqual(['AppImage', 'deb'])
  })

  it('names the Linux executable and its .desktop file alike, so windows find their launcher', () => {
    expect(config.linux?.executableName).toBe('runners-hip')
    expect(config.linux?.syncDesktopName).toBe(true)
    expect(config.extraMetadata?.desktopName).toBe('runners-hip.desktop')
  })

  it('keeps the clinic’s data when the app is uninstalled on Windows', () => {
    expect(config.nsis?.deleteAppDataOnUninstall).toBe(false)
  })

  it('names a publisher with an email address and a homepage, which deb packages require', () => {
    expect(config.extraMetadata?.author).toEqual({
      name: expect.any(String),
      email: expect.stringMatching(/^[^@\s]+@[^@\s]+$/),
    })
    expect(config.extraMetadata?.homepage).toMatch(/^https:\/\//)
  })

  it('installer file names have no apostrophe or space', () => {
    for (const name of [
      config.nsis?.artifactName,
      config.dmg?.artifactName,
      config.appImage?.artifactName,
    ]) {
      expect(name).toMatch(/^runners-hip-[\w${}.-]+\$\{ext\}$/)
    }
  })

  describe('macOS', () => {
    const mac = () => config.mac ?? {}

    it('signs with the hardened runtime and entitlements that exist', () => {
      expect(mac().hardenedRuntime).toBe(true)
      expect(mac().entitlements).toBe('packaging/entitlements.mac.plist')
      expect(mac().entitlementsInherit).toBe(mac().entitlements)
      expect(existsSync(resolve(root, mac().entitlements ?? ''))).toBe(true)
    })

    it('grants JIT, which V8 needs under the hardened runtime, and nothing it does not need', () => {
      const plist = readFileSync(resolve(root, mac().entitlements ?? ''), 'utf8')
      expect(plist).toMatch(/^<\?xml[^]*<plist version="1.0">\s*<dict>[^]*<\/dict>\s*<\/plist>\s*$/)
      const granted = [...plist.matchAll(/<key>([^<]+)<\/key>\s*<true\/>/g)].map((m) => m[1])
      expect(granted).toEqual(['com.apple.security.cs.allow-jit'])
    })

    it('notarises from environment variables only: no credentials in the configuration', () => {
      expect(mac().notarize).toBe(true)
      const text = JSON.stringify(config)
      expect(text).not.toMatch(/password|appleId|cscLink|cscKey|identity|APPLE_|CSC_/i)
    })
  })

  it('uses an icon large enough for macOS (at least 512 × 512)', () => {
    const icon = readFileSync(resolve(root, String(config.icon)))
    expect(icon.subarray(1, 4).toString('latin1')).toBe('PNG')
    const width = icon.readUInt32BE(16)
    const height = icon.readUInt32BE(20)
    expect(width).toBe(height)
    expect(width).toBeGreaterThanOrEqual(512)
  })

  it('packs the app into an asar archive and leaves native modules in node_modules alone', () => {
    expect(config.asar).toBe(true)
    expect(config.npmRebuild).toBe(false)
    // The asar integrity fuse needs electron-builder's integrity hash in the package.
    expect(config.disableAsarIntegrity).not.toBe(true)
    // Fuses are written by our hook, not by electron-builder's older @electron/fuses.
    expect(config.electronFuses).toBeUndefined()
  })
})

describe('files in app.asar', () => {
  type Matcher = InstanceType<typeof fileMatcher.FileMatcher>
  // getMainFileMatchers and getNodeModuleFileMatcher are what electron-builder calls when it
  // packs; they are internal to app-builder-lib (not in its type declarations).
  const internals = fileMatcher as unknown as {
    getMainFileMatchers: (...args: unknown[]) => Matcher[]
    getNodeModuleFileMatcher: (...args: unknown[]) => Matcher
  }
  const same = (pattern: string) => pattern
  const stat = (isDirectory: boolean, moduleFullFilePath?: string) =>
    ({ isDirectory: () => isDirectory, moduleFullFilePath }) as never

  // A file is packed when it and every folder above it pass electron-builder's filter.
  const ancestors = (path: string) =>
    path
      .split('/')
      .slice(0, -1)
      .map((_, i, parts) => parts.slice(0, i + 1).join('/'))

  function appFilter() {
    const info = {
      projectDir: root,
      buildResourcesDir: config.directories?.buildResources,
      isPrepackedAppAsar: false,
      config,
      debugLogger: quietLogger,
    }
    const matchers = internals.getMainFileMatchers(
      root,
      '/app',
      same,
      {},
      { info },
      resolve(root, config.directories?.output ?? 'dist'),
      false,
    )
    expect(matchers).toHaveLength(1)
    const filter = matchers[0]!.createFilter()
    return (path: string) =>
      ancestors(path).every((dir) => filter(join(root, dir), stat(true))) &&
      filter(join(root, path), stat(false))
  }

  function moduleFilter(moduleName: string) {
    const info = { config, debugLogger: quietLogger }
    const patterns = internals.getNodeModuleFileMatcher(root, '/app', same, {}, info).patterns
    const source = join(root, 'node_modules', moduleName)
    const matcher = new fileMatcher.FileMatcher(
      source,
      `/app/node_modules/${moduleName}`,
      same,
      patterns,
    )
    const filter = matcher.createFilter()
    const inPackage = (path: string) => `node_modules/${moduleName}/${path}`
    return (path: string) =>
      ancestors(path).every((dir) => filter(join(source, dir), stat(true, inPackage(dir)))) &&
      filter(join(source, path), stat(false, inPackage(path)))
  }

  it('has the built main, preload and renderer, the window icon and package.json', () => {
    const packed = appFilter()
    for (const path of [
      'out/main/index.js',
      'out/preload/index.js',
      'out/renderer/index.html',
      'out/renderer/favicon.svg',
      'out/renderer/assets/index-DUS9dXeu.css',
      'out/renderer/assets/index-odqi3t2T.js',
      'resources/icon.png',
      'package.json',
    ]) {
      expect(packed(path), path).toBe(true)
    }
  })

  it("has the clinic hub's command and the chunks it loads, not the developer commands", () => {
    const packed = appFilter()
    expect(packed('out/cli/hub.cjs')).toBe(true)
    expect(packed('out/cli/connection-BZ7GmKi9.cjs')).toBe(true)
    expect(packed('out/cli/rolldown-runtime-CmQyd0Gu.cjs')).toBe(true)
    expect(packed('out/cli/audit-verify.cjs')).toBe(false)
  })

  it('leaves out sources, tests, docs, source maps, build folders and other output', () => {
    const packed = appFilter()
    for (const path of [
      'out/main/index.js.map',
      'out/renderer/assets/index-odqi3t2T.js.map',
      'out/cli/diagnose.cjs',
      'src/main/index.ts',
      'src/renderer/src/App.tsx',
      'src/shared/model/patient.ts',
      'tests/unit/packaging.test.ts',
      'tests/e2e/patients.spec.ts',
      'tests/fixtures/vignettes/V03.json',
      'docs/export-format.md',
      'bench/engine.bench.ts',
      'scripts/native-electron.mjs',
      'native/.build/better-sqlite3/build/Release/better_sqlite3.node',
      'native/electron/better_sqlite3.node',
      'coverage/index.html',
      'test-results/screens/patients.png',
      'dist/linux-unpacked/resources/app.asar',
      'packaging/electron-builder.config.ts',
      'resources/icon.svg',
      'README.md',
      'package-lock.json',
      'tsconfig.json',
      '.git/config',
    ]) {
      expect(packed(path), path).toBe(false)
    }
  })

  it("has better-sqlite3's JavaScript but not its Node build, SQLite or C++ sources", () => {
    const packed = moduleFilter('better-sqlite3')
    for (const path of [
      'package.json',
      'lib/index.js',
      'lib/database.js',
      'lib/methods/transaction.js',
    ]) {
      expect(packed(path), path).toBe(true)
    }
    for (const path of [
      'build/Release/better_sqlite3.node',
      'build/Release/obj.target/better_sqlite3/src/better_sqlite3.o',
      'deps/sqlite3/sqlite3.c',
      'deps/download.sh',
      'src/better_sqlite3.cpp',
      'lib/index.js.map',
    ]) {
      expect(packed(path), path).toBe(false)
    }
  })

  it('has the other production modules whole', () => {
    expect(moduleFilter('bindings')('bindings.js')).toBe(true)
  })
})

describe('the database driver for Electron', () => {
  it('is copied from native/electron into the resources folder, where main looks for it', () => {
    expect(config.extraResources).toEqual([
      { from: 'native/electron/better_sqlite3.node', to: 'native/better_sqlite3.node' },
    ])
    const resources = tempDir()
    const file = join(resources, nativeDriverInResources)
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, '')
    Object.defineProperty(process, 'resourcesPath', { value: resources, configurable: true })
    try {
      expect(electronNativeBinding()).toBe(file)
    } finally {
      Reflect.deleteProperty(process, 'resourcesPath')
    }
  })

  it('reads the platform and CPU a native module was built for', () => {
    expect(nativeBinaryTarget(nativeModule('linux', 'x64'))).toEqual({
      platform: 'linux',
      arch: 'x64',
    })
    expect(nativeBinaryTarget(nativeModule('linux', 'arm64'))).toEqual({
      platform: 'linux',
      arch: 'arm64',
    })
    expect(nativeBinaryTarget(nativeModule('win32', 'x64'))).toEqual({
      platform: 'win32',
      arch: 'x64',
    })
    expect(nativeBinaryTarget(nativeModule('win32', 'arm64'))).toEqual({
      platform: 'win32',
      arch: 'arm64',
    })
    expect(nativeBinaryTarget(nativeModule('darwin', 'arm64'))).toEqual({
      platform: 'darwin',
      arch: 'arm64',
    })
    expect(nativeBinaryTarget(nativeModule('darwin', 'x64'))).toEqual({
      platform: 'darwin',
      arch: 'x64',
    })
    expect(nativeBinaryTarget(Buffer.alloc(256))).toBeUndefined()
  })

  it("matches this machine's own Node build, read the same way", () => {
    const build = 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'
    if (!existsSync(build)) return
    expect(nativeBinaryTarget(readFileSync(build))).toEqual({
      platform: process.platform,
      arch: process.arch,
    })
  })
})

// --- The afterPack hook ------------------------------------------------------------------------

const productFilename = "Runner's Hip"

/** Just enough of a native module's header for nativeBinaryTarget. */
function nativeModule(platform: string, arch: string): Buffer {
  const bytes = Buffer.alloc(256)
  if (platform === 'linux') {
    bytes.write('\x7fELF', 0, 'latin1')
    bytes[4] = 2
    bytes[5] = 1
    bytes.writeUInt16LE({ x64: 0x3e, arm64: 0xb7 }[arch as 'x64']!, 18)
  } else if (platform === 'win32') {
    bytes.write('MZ', 0, 'latin1')
    bytes.writeUInt32LE(0x80, 0x3c)
    bytes.write('PE\0\0', 0x80, 'latin1')
    bytes.writeUInt16LE({ x64: 0x8664, arm64: 0xaa64 }[arch as 'x64']!, 0x84)
  } else {
    bytes.writeUInt32LE(0xfeedfacf, 0)
    bytes.writeUInt32LE({ x64: 0x01000007, arm64: 0x0100000c }[arch as 'x64']!, 4)
  }
  return bytes
}

/**
 * A packed app in a temp folder, as electron-builder hands it to afterPack: the context, and the
 * database driver in its resources, built for `driver` (the target unless said otherwise).
 */
function packedApp(
  platform: 'win32' | 'darwin' | 'linux',
  arch: Arch,
  driver: { platform?: string; arch?: string; electron?: string; missing?: boolean } = {},
): PackedApp {
  const appOutDir = tempDir()
  const projectDir = tempDir()
  const resourcesDir =
    platform === 'darwin'
      ? join(appOutDir, `${productFilename}.app`, 'Contents', 'Resources')
      : join(appOutDir, 'resources')
  if (!driver.missing) {
    const file = join(resourcesDir, nativeDriverInResources)
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, nativeModule(driver.platform ?? platform, driver.arch ?? Arch[arch]))
  }
  mkdirSync(join(projectDir, 'native', 'electron'), { recursive: true })
  writeFileSync(
    join(projectDir, 'native', 'electron', 'version.json'),
    JSON.stringify({ electron: driver.electron ?? electronVersion }),
  )
  return {
    appOutDir,
    electronPlatformName: platform,
    arch,
    packager: {
      projectDir,
      appInfo: { productFilename },
      ...(platform === 'linux' ? { executableName: 'runners-hip' } : {}),
      getResourcesDir: () => resourcesDir,
      info: { framework: { version: electronVersion } },
    },
  }
}

/** The hook with a stand-in for @electron/fuses' flipFuses that records its calls. */
function hookWithStandIn() {
  const flipFuses = vi.fn<FusesModule['flipFuses']>(async () => 1)
  const afterPack = createAfterPack(async () => ({ FuseV1Options, FuseVersion, flipFuses }))
  return { afterPack, flipFuses }
}

const expectedWire = {
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  [FuseV1Options.WasmTrapHandlers]: true,
}

describe('Electron fuses', () => {
  it('are exactly the chosen list', () => {
    expect(electronFuses).toStrictEqual({
      RunAsNode: false,
      EnableCookieEncryption: true,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      LoadBrowserProcessSpecificV8Snapshot: false,
      GrantFileProtocolExtraPrivileges: false,
      WasmTrapHandlers: true,
    })
  })

  it('decide every fuse @electron/fuses knows', () => {
    const known = Object.keys(FuseV1Options).filter((key) => Number.isNaN(Number(key)))
    expect(Object.keys(electronFuses).sort()).toEqual(known.sort())
  })

  it.each([
    ['win32', 'x64', `${productFilename}.exe`, false],
    ['darwin', 'arm64', `${productFilename}.app`, true],
    ['darwin', 'x64', `${productFilename}.app`, false],
    ['linux', 'x64', 'runners-hip', false],
  ] as const)(
    'are written by afterPack into the %s %s binary, with the shared list',
    async (platform, arch, binary, resetAdHocDarwinSignature) => {
      const { afterPack, flipFuses } = hookWithStandIn()
      const context = packedApp(platform, Arch[arch])
      await afterPack(context)
      expect(flipFuses).toHaveBeenCalledTimes(1)
      expect(flipFuses).toHaveBeenCalledWith(join(context.appOutDir, binary), {
        version: FuseVersion.V1,
        strictlyRequireAllFuses: true,
        resetAdHocDarwinSignature,
        ...expectedWire,
      })
    },
  )

  it("are flipped in an Electron binary's fuse wire by the hook electron-builder loads", async () => {
    const hook = config.afterPack
    if (typeof hook !== 'function') throw new Error('afterPack is not a function')
    const context = packedApp('linux', Arch.x64)
    // Electron's default wire, behind its sentinel: the fuses in the order of FuseV1Options.
    const binary = join(context.appOutDir, 'runners-hip')
    writeFileSync(binary, fuseWire('101100011'))

    await hook(context as never)

    const wire = await getCurrentFuseWire(binary)
    for (const [option, on] of Object.entries(expectedWire)) {
      expect(wire[Number(option) as FuseV1Options], FuseV1Options[Number(option)]).toBe(
        on ? FuseState.ENABLE : FuseState.DISABLE,
      )
    }
  })

  it('stop the package when Electron has a fuse the list does not decide', async () => {
    const afterPack = createAfterPack()
    const context = packedApp('linux', Arch.x64)
    writeFileSync(join(context.appOutDir, 'runners-hip'), fuseWire('1011000110'))
    await expect(afterPack(context)).rejects.toThrow(/strictlyRequireAllFuses/)
  })
})

describe('afterPack refuses a package whose database driver', () => {
  it('is missing', async () => {
    const { afterPack, flipFuses } = hookWithStandIn()
    await expect(afterPack(packedApp('linux', Arch.x64, { missing: true }))).rejects.toThrow(
      /driver is not in the package.*npm run native:electron/,
    )
    expect(flipFuses).not.toHaveBeenCalled()
  })

  it.each([
    ['win32', 'x64', { platform: 'linux', arch: 'x64' }, /built for linux-x64.*for win32-x64/],
    ['darwin', 'arm64', { arch: 'x64' }, /built for darwin-x64.*for darwin-arm64/],
    ['linux', 'arm64', { arch: 'x64' }, /built for linux-x64.*for linux-arm64/],
  ] as const)(
    'was built for another platform or CPU (%s %s)',
    async (platform, arch, driver, message) => {
      const { afterPack, flipFuses } = hookWithStandIn()
      await expect(afterPack(packedApp(platform, Arch[arch], driver))).rejects.toThrow(message)
      expect(flipFuses).not.toHaveBeenCalled()
    },
  )

  it('was built for another Electron', async () => {
    const { afterPack } = hookWithStandIn()
    await expect(afterPack(packedApp('linux', Arch.x64, { electron: '1.0.0' }))).rejects.toThrow(
      `built for Electron 1.0.0, but the package uses Electron ${electronVersion}`,
    )
  })
})

/** Bytes around a fuse wire as Electron lays it out: sentinel, version 1, length, states. */
function fuseWire(states: string): Buffer {
  const sentinel = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
  return Buffer.concat([
    Buffer.alloc(1024, 0xcc),
    Buffer.from(sentinel, 'latin1'),
    Buffer.from([1, states.length]),
    Buffer.from(states, 'latin1'),
    Buffer.alloc(1024, 0xcc),
  ])
}
