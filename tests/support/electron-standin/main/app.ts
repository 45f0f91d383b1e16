import { EventEmitter } from 'node:events'
import { existsSync, mkdirSync, readFileSync, readlinkSync, rmSync, symlinkSync } from 'node:fs'
import { createConnection, createServer, type Server } from 'node:net'
import { homedir, hostname, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

/** Electron's `Event`: listeners may call preventDefault (docs/api/structures/event.md). */
export class StandinEvent {
  defaultPrevented = false
  preventDefault() {
    this.defaultPrevented = true
  }
}

/** The folder holding the app's package.json, as `app.getAppPath()` reports it. */
function findAppPath(): string {
  if (process.env.ELECTRON_STANDIN_APP_PATH) return process.env.ELECTRON_STANDIN_APP_PATH
  let dir = process.argv[1] ? dirname(process.argv[1]) : process.cwd()
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir)
    if (parent === dir) return process.cwd()
    dir = parent
  }
  return dir
}

/** Where each OS keeps per-user application data (Electron's `appData`, docs/api/app.md). */
function defaultAppData(): string {
  if (process.platform === 'win32')
    return process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming')
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support')
  return process.env.XDG_CONFIG_HOME || join(homedir(), '.config')
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

export interface WindowsForQuit {
  all(): { closeForQuit(): Promise<boolean>; destroy(): void }[]
}

/**
 * Electron's `app` (docs/api/app.md): readiness, paths, the single-instance lock and quitting.
 * `exitProcess` is how the stand-in ends the program: `process.exit` when main runs in its own
 * process, a recorded exit code when unit tests load main's modules in theirs.
 */
export class App extends EventEmitter {
  private ready = false
  private readonly readyWaiters: (() => void)[] = []
  private readonly paths = new Map<string, string>()
  private readonly appPath = findAppPath()
  private readonly manifest: { name?: string; productName?: string; version?: string }
  private quitting = false
  private lockServer: Server | undefined
  private lockFile: string | undefined
  private readonly beforeExit: Promise<unknown>[] = []
  windows: WindowsForQuit = { all: () => [] }
  exitCode: number | undefined
  exitProcess: (code: number) => void = (code) => {
    this.exitCode = code
  }

  constructor() {
    super()
    const file = join(this.appPath, 'package.json')
    this.manifest = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {}
  }

  get name(): string {
    return this.manifest.productName ?? this.manifest.name ?? 'Electron'
  }

  /** True when the app runs from an installer's package; the stand-in is told by its launcher. */
  get isPackaged(): boolean {
    return process.env.ELECTRON_STANDIN_PACKAGED === '1'
  }

  getName = () => this.name
  getVersion = () => this.manifest.version ?? '0.0.0'
  getAppPath = () => this.appPath
  getLocale = () => Intl.DateTimeFormat().resolvedOptions().locale
  isReady = () => this.ready

  whenReady(): Promise<void> {
    if (this.ready) return Promise.resolve()
    return new Promise((resolve) => this.readyWaiters.push(resolve))
  }

  /** Electron emits `ready` once it has initialised, after the main script's first run. */
  markReady() {
    if (this.ready) return
    this.emit('will-finish-launching')
    this.ready = true
    this.emit('ready', new StandinEvent(), {})
    for (const resolve of this.readyWaiters.splice(0)) resolve()
  }

  getPath(name: string): string {
    const set = this.paths.get(name)
    if (set) return set
    const home = homedir()
    const userData = () => this.paths.get('userData') ?? join(this.getPath('appData'), this.name)
    const known: Record<string, () => string> = {
      home: () => home,
      appData: defaultAppData,
      userData,
      sessionData: userData,
      temp: tmpdir,
      exe: () => process.execPath,
      module: () => process.execPath,
      desktop: () => join(home, 'Desktop'),
      documents: () => join(home, 'Documents'),
      downloads: () => join(home, 'Downloads'),
      music: () => join(home, 'Music'),
      pictures: () => join(home, 'Pictures'),
      videos: () => join(home, 'Videos'),
      logs: () => join(userData(), 'logs'),
      crashDumps: () => join(userData(), 'Crashpad'),
    }
    const path = known[name]
    if (!path) throw new Error(`Failed to get '${name}' path`)
    return path()
  }

  setPath(name: string, path: string) {
    this.paths.set(name, path)
  }

  /**
   * Chromium's process singleton on Linux and macOS: a `SingletonLock` symlink in the
   * user-data folder naming `host-pid`, and a socket beside it on which the first instance
   * hears the others. A lock left by a process that died is taken over.
   */
  requestSingleInstanceLock(additionalData?: Record<string, unknown>): boolean {
    if (this.lockFile) return true
    const dir = this.getPath('userData')
    mkdirSync(dir, { recursive: true })
    const lock = join(dir, 'SingletonLock')
    const me = `${hostname()}-${process.pid}`
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        symlinkSync(me, lock)
        this.lockFile = lock
        this.listenForOtherInstances(join(dir, 'SingletonSocket'))
        return true
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      }
      const owner = readlinkSync(lock)
      const pid = Number(owner.slice(owner.lastIndexOf('-') + 1))
      if (owner.startsWith(`${hostname()}-`) && isAlive(pid)) {
        this.beforeExit.push(this.tellFirstInstance(join(dir, 'SingletonSocket'), additionalData))
        return false
      }
      rmSync(lock, { force: true })
    }
    return false
  }

  hasSingleInstanceLock = () => this.lockFile !== undefined

  releaseSingleInstanceLock() {
    if (!this.lockFile) return
    this.lockServer?.close()
    rmSync(this.lockFile, { force: true })
    this.lockFile = undefined
  }

  private listenForOtherInstances(socketPath: string) {
    rmSync(socketPath, { force: true })
    this.lockServer = createServer((socket) => {
      let text = ''
      socket.setEncoding('utf8')
      socket.on('data', (chunk) => (text += chunk))
      socket.on('end', () => {
        const { argv, cwd, additionalData } = JSON.parse(text)
        this.emit('second-instance', new StandinEvent(), argv, cwd, additionalData)
      })
    })
    this.lockServer.listen(socketPath)
    this.lockServer.unref()
  }

  private tellFirstInstance(socketPath: string, additionalData?: Record<string, unknown>) {
    return new Promise<void>((resolve) => {
      const socket = createConnection(socketPath, () =>
        socket.end(JSON.stringify({ argv: process.argv, cwd: process.cwd(), additionalData })),
      )
      socket.on('close', () => resolve())
      socket.on('error', () => resolve())
    })
  }

  /**
   * before-quit (may be prevented), then every window is asked to close (a window that
   * refuses cancels the quit), then will-quit (may be prevented), quit, and the end. When
   * quitting, window-all-closed is not emitted (docs/api/app.md, "Event: window-all-closed").
   */
  quit() {
    if (this.quitting) return
    const before = new StandinEvent()
    this.emit('before-quit', before)
    if (before.defaultPrevented) return
    this.quitting = true
    void (async () => {
      for (const window of this.windows.all()) {
        if (!(await window.closeForQuit())) {
          this.quitting = false
          return
        }
      }
      const willQuit = new StandinEvent()
      this.emit('will-quit', willQuit)
      if (willQuit.defaultPrevented) {
        this.quitting = false
        return
      }
      this.emit('quit', new StandinEvent(), 0)
      await this.end(0)
    })()
  }

  get isQuitting() {
    return this.quitting
  }

  /** Ends at once: windows destroyed, no before-quit or will-quit (docs/api/app.md, app.exit). */
  exit(code = 0) {
    for (const window of this.windows.all()) window.destroy()
    void this.end(code)
  }

  /** Called when a window has closed outside a quit: the last one ends the app by default. */
  windowClosed() {
    if (this.quitting || this.windows.all().length > 0) return
    if (this.listenerCount('window-all-closed') > 0) this.emit('window-all-closed')
    else this.quit()
  }

  private async end(code: number) {
    await Promise.all(this.beforeExit)
    this.releaseSingleInstanceLock()
    this.exitProcess(code)
  }

  focus() {}
  relaunch() {}
  setAppUserModelId() {}
}

/** The one `app` of the process, as `require('electron').app` is. */
export const app = new App()
