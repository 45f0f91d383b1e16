import type { FuseV1Options } from '@electron/fuses'

/**
 * Electron's fuses for the packaged app: feature switches written into the Electron binary at
 * packaging time, before it is signed, so the signature protects them. The afterPack hook
 * (packaging/afterPack.ts) writes exactly this list and tests/unit/packaging.test.ts checks it.
 *
 * Every fuse @electron/fuses knows must be listed (`satisfies` fails type-checking otherwise), and
 * the hook sets `strictlyRequireAllFuses`, so a newer Electron with a fuse this list does not
 * decide stops the packaging instead of inheriting a default nobody chose.
 */
export const electronFuses = {
  // ELECTRON_RUN_AS_NODE would turn the signed app into a plain Node.js interpreter for any
  // script. The app never runs itself as Node (no child_process.fork, no utility process).
  RunAsNode: false,
  // Encrypts Chromium's cookie store with the OS key store. The app keeps no cookies; on is the
  // safe default and costs nothing. (One-way: once on, it must stay on.)
  EnableCookieEncryption: true,
  // NODE_OPTIONS could inject code (--require) or flags into the main process from the
  // environment. The app needs none.
  EnableNodeOptionsEnvironmentVariable: false,
  // --inspect and friends would let anyone attach a debugger to the main process, which holds
  // the database. Off in the packaged app; development runs are not packaged.
  EnableNodeCliInspectArguments: false,
  // Electron checks app.asar against the hash electron-builder embeds (Info.plist on macOS, a
  // resource of the .exe on Windows; Linux has no support yet), so the code cannot be swapped
  // after signing.
  EnableEmbeddedAsarIntegrityValidation: true,
  // Load the app only from app.asar (the one integrity checks), never from a loose app/ folder
  // placed next to it.
  OnlyLoadAppFromAsar: true,
  // The app ships no custom V8 snapshot for the browser process: keep Electron's shared one.
  LoadBrowserProcessSpecificV8Snapshot: false,
  // The renderer is served from app:// (src/main/appProtocol.ts), never from file://, so pages
  // loaded over file:// need none of the privileges this fuse would grant them. Main's own
  // net.fetch of files inside the app is not affected.
  GrantFileProtocolExtraPrivileges: false,
  // V8's WebAssembly trap handlers are Electron's default and make bounds checks cheap; turning
  // them off only saves address space on memory-starved machines and gains no security.
  WasmTrapHandlers: true,
} as const satisfies Record<keyof typeof FuseV1Options, boolean>

export type FuseName = keyof typeof electronFuses
