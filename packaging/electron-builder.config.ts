import type { Configuration } from 'electron-builder'
import { afterPack } from './afterPack'
import { nativeDriverInResources, nativeDriverSource } from './nativeDriver'

// Who publishes the installers: the Windows installer's publisher, the deb's maintainer (deb
// packages must name one, with an email address, and a homepage). These are the project's own;
// a clinic or distributor publishing the installers puts its own here.
const publisher = {
  author: { name: "Runner's Hip", email: 'dev@runners-hip.local' },
  homepage: 'https://runners-hip.local',
}

// Installer file names without the apostrophe and space of the product name.
const artifactName = 'runners-hip-${version}-${arch}.${ext}'

/**
 * Installers a clinic can double-click: NSIS on Windows, dmg on macOS, AppImage and deb on Linux.
 * `npm run dist` builds the app and the database driver for Electron, then runs electron-builder
 * with this file for the machine it runs on (see "Installers" in the README). Paths are relative
 * to the project folder, which is where npm runs scripts.
 */
const config: Configuration = {
  appId: 'com.runnership.app',
  productName: "Runner's Hip",
  directories: { output: 'dist', buildResources: 'packaging' },
  icon: 'resources/icon.png',
  // Written into the packaged package.json. On Linux, Electron takes the window's app id from
  // desktopName, and syncDesktopName names the .desktop file to match, so the desktop links the
  // running window to its launcher.
  extraMetadata: { ...publisher, desktopName: 'runners-hip.desktop' },

  // Only what the app needs at run time goes into app.asar: the built main, preload and renderer,
  // the window icon (src/main/appPaths.ts), package.json, the clinic hub's command (out/cli/hub.cjs
  // and the chunks it shares with the other commands; packaging/hub/README.md), and the production
  // dependencies. Anything not listed (src, tests, docs, bench, scripts, native, coverage,
  // test-results, the developer commands diagnose and audit-verify) stays out. electron-builder adds the production dependencies from node_modules itself (with
  // better-sqlite3 come bindings and prebuild-install, about 1 MB of install-time code; leaving it
  // in is safer than a list of module names that a new dependency could need) and applies the
  // exclusions below there too.
  files: [
    'out/main/**/*',
    'out/preload/**/*',
    'out/renderer/**/*',
    'out/cli/**/*.cjs',
    '!out/cli/{diagnose,audit-verify}.cjs',
    'resources/icon.png',
    'package.json',
    '!**/*.map',
    // better-sqlite3's JavaScript is all the app loads from it; its Node build, SQLite sources and
    // C++ sources stay out (the Electron build comes in through extraResources below).
    '!node_modules/better-sqlite3/{build,deps,src}{,/**/*}',
  ],
  asar: true,

  // Never rebuild native modules in node_modules: that build is Node's, for the tests. The driver
  // for Electron is built beside it (npm run native:electron) and shipped next to app.asar, where
  // main loads it through better-sqlite3's nativeBinding option.
  npmRebuild: false,
  extraResources: [{ from: nativeDriverSource, to: nativeDriverInResources }],

  // Checks the driver is for the target and writes Electron's fuses (packaging/fuses.ts).
  afterPack,

  win: { target: ['nsis'] },
  nsis: {
    artifactName: 'runners-hip-setup-${version}-${arch}.${ext}',
    // One click, per user, no administrator rights needed.
    oneClick: true,
    perMachine: false,
    // Uninstalling the app must never delete the clinic's records.
    deleteAppDataOnUninstall: false,
  },

  mac: {
    target: ['dmg'],
    category: 'public.app-category.medical',
    // Ready for a Developer ID signature and notarisation. electron-builder signs when it finds a
    // certificate (keychain or CSC_LINK) and notarises when APPLE_ID, APPLE_APP_SPECIFIC_PASSWORD
    // and APPLE_TEAM_ID (or an App Store Connect API key) are set; without them it warns and
    // builds an unsigned app. No credentials live in this file.
    hardenedRuntime: true,
    entitlements: 'packaging/entitlements.mac.plist',
    entitlementsInherit: 'packaging/entitlements.mac.plist',
    notarize: true,
  },
  dmg: { artifactName },

  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    executableName: 'runners-hip',
    syncDesktopName: true,
  },
  appImage: { artifactName },
}

export default config
