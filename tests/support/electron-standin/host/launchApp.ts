import type {
  Browser,
  BrowserContext,
  BrowserContextOptions,
  Frame,
  Page,
  Request,
  Route,
} from '@playwright/test'
import { fork, type ChildProcess } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { createCloneCodec } from '../cloneCodec'
import { ERROR_BOX_MARK } from '../main/dialog'
import { INVOKE_BINDING, preloadScripts } from '../renderer/sandboxedPreload'
import {
  isWireMessage,
  WireEnd,
  type HostToMain,
  type HostToMainResults,
  type MainToHost,
  type MainToHostResults,
  type PrintOptions,
  type StandinState,
  type WindowOptions,
} from '../wire'
import { Desktop } from './desktop'
import { isCustomSchemeUrl, toBrowserUrl, toElectronUrl } from './urls'

const REGISTER = resolve(__dirname, '../register.cjs')

export interface LaunchOptions {
  browser: Browser
  /** The user's application-data folder; main's userData is `<appData>/<productName>`. */
  appData: string
  /** The OS key store's folder for safeStorage (default: `keychain` beside appData). */
  keychain?: string
  /** Where the test's file dialogs point (see Desktop). */
  filesFolder: string
  /** The user answering dialogs, when several apps share one (files on a shared drive). */
  desktop?: Desktop
  /** Extra environment for main (e.g. RUNNERS_HIP_DATA_DIR, ELECTRON_STANDIN_PACKAGED). */
  env?: Record<string, string>
  /** Locale, time zone and the like for the app's pages (Electron takes them from the OS). */
  contextOptions?: BrowserContextOptions
  /**
   * What main is told the sending frame's URL is. By default the URL Electron would report
   * (`app://renderer/index.html#/…`); a test of the sender check reports something else.
   */
  reportSenderUrl?: (electronUrl: string) => string
  mainScript?: string
}

interface HostWindow {
  id: number
  webContentsId: number
  options: WindowOptions
  page: Page
  /** The URL main asked for with loadURL: its navigation is not the page's own. */
  loading?: string
  visible: boolean
  closedByMain: boolean
  /** The preload script as the page runs it: its file URL and where its own text starts. */
  preload?: { url: string; offset: number }
}

/** Raw V8 coverage of the preload, collected when RUNNERS_HIP_COVERAGE_DIR is set. */
const coverageDir = process.env.RUNNERS_HIP_COVERAGE_DIR

/**
 * Starts the built main (`out/main/index.js`) in Node with the stand-in as `electron`, and
 * plays Electron's browser side for it: each BrowserWindow is a Playwright page, each request
 * to the app's scheme is answered by main's protocol handler, `ipcRenderer.invoke` in the page
 * reaches main's `ipcMain.handle`, dialogs are answered by the test, printing is Chromium's.
 */
export async function launchApp(options: LaunchOptions): Promise<LaunchedApp> {
  const app = new LaunchedApp(options)
  await app.started
  return app
}

export class LaunchedApp {
  readonly process: ChildProcess
  readonly desktop: Desktop
  readonly context: Promise<BrowserContext>
  /** Error boxes main showed (`dialog.showErrorBox`), in order. */
  readonly errorBoxes: { title: string; content: string }[] = []
  /** Everything that is a bug even when the screen copes: main's internal errors, page errors. */
  readonly problems: string[] = []
  /** Requests the pages sent to the network (anything but the app's own scheme). */
  readonly networkRequests: string[] = []
  /** main's stderr, for a failing test's report. */
  readonly stderr: string[] = []
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
  /** The folder standing for the OS key store (safeStorage's secret). */
  readonly keychain: string
  readonly started: Promise<void>
  private readonly windows = new Map<number, HostWindow>()
  private readonly windowWaiters: ((page: Page) => void)[] = []
  private readonly main: WireEnd<HostToMain, HostToMainResults, MainToHost, MainToHostResults>
  private readonly codec = createCloneCodec()
  private printContext: Promise<BrowserContext> | undefined
  private hasExited = false
  private closing = false

  constructor(private readonly options: LaunchOptions) {
    this.desktop = options.desktop ?? new Desktop(options.filesFolder)
    this.context = this.newContext({})
    this.keychain = options.keychain ?? join(dirname(options.appData), 'keychain')
    const env: Record<string, string> = {
      ...(process.env as Record<string, string>),
      XDG_CONFIG_HOME: options.appData,
      ELECTRON_STANDIN_KEYCHAIN: this.keychain,
      ...options.env,
    }
    delete env.NODE_OPTIONS
    if (coverageDir) env.NODE_V8_COVERAGE = join(coverageDir, 'main')
    this.process = fork(resolve(options.mainScript ?? 'out/main/index.js'), [], {
      execArgv: ['--require', REGISTER],
      env,
      serialization: 'advanced',
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    })
    // Once main's process has gone (it quit, or is quitting: its channel closes before it exits),
    // a late message to it (a page's poll, a navigation) has nowhere to go. Node would raise
    // "Channel closed" on the child process object, with no listener, so in whatever test this
    // worker runs next: it is dropped here instead (Electron's own IPC has no such window).
    this.main = new WireEnd((message) => {
      if (this.process.connected) this.process.send(message)
    }, this.fromMain())
    // The same late message can also find the pipe half closed (EPIPE, ECONNRESET): main gone.
    const mainGone = new Set(['ERR_IPC_CHANNEL_CLOSED', 'EPIPE', 'ECONNRESET'])
    this.process.on('error', (error: NodeJS.ErrnoException) => {
      if (!mainGone.has(error.code ?? ''))
        this.problems.push(`main's process reported an error: ${error.message}`)
    })
    this.process.on('message', (message) => {
      if (isWireMessage(message)) this.main.receive(message)
    })
    this.process.stdout?.resume()
    this.process.stderr?.setEncoding('utf8')
    let partial = ''
    this.process.stderr?.on('data', (chunk: string) => {
      const lines = (partial + chunk).split('\n')
      partial = lines.pop() ?? ''
      for (const line of lines) this.readStderr(line)
    })
    this.exited = new Promise((done) =>
      this.process.on('exit', (code, signal) => {
        this.hasExited = true
        this.main.disconnect('The app has exited')
        done({ code, signal })
      }),
    )
    this.started = new Promise<void>((ready, fail) => {
      this.process.once('spawn', () => ready())
      this.process.once('error', fail)
    })
  }

  private readStderr(line: string) {
    this.stderr.push(line)
    if (line.startsWith(ERROR_BOX_MARK)) {
      this.errorBoxes.push(JSON.parse(line.slice(ERROR_BOX_MARK.length)))
    } else if (/^\[ipc\] .* failed/.test(line)) {
      this.problems.push(`main reported an internal error: ${line}`)
    }
  }

  private newContext(extra: BrowserContextOptions): Promise<BrowserContext> {
    return this.options.browser.newContext({ ...this.options.contextOptions, ...extra })
  }

  /** The page of the first window main opens, once main has loaded it. */
  firstWindow(): Promise<Page> {
    const first = [...this.windows.values()].find((w) => w.options.webPreferences.javascript)
    if (first?.page && first.loading === undefined) return Promise.resolve(first.page)
    return new Promise((resolve) => this.windowWaiters.push(resolve))
  }

  /** What main has set up, as the stand-in recorded it. */
  inspect(): Promise<StandinState> {
    return this.main.request('inspect', {})
  }

  /** A page of the window asks for a permission; resolves with main's answer. */
  async requestPermission(page: Page, permission: string): Promise<boolean> {
    const window = this.windowOf(page)
    const { granted } = await this.main.request('permission-request', {
      webContentsId: window.webContentsId,
      permission,
      requestingUrl: toElectronUrl(page.url()),
    })
    return granted
  }

  /** Takes the problems a test provoked on purpose (a refused script, a 404) off the list. */
  takeProblems(pattern: RegExp): string[] {
    const taken = this.problems.filter((p) => pattern.test(p))
    const kept = this.problems.filter((p) => !pattern.test(p))
    this.problems.splice(0, this.problems.length, ...kept)
    return taken
  }

  /** The user minimises the window. */
  async minimize(page: Page) {
    await this.main.request('window-minimize', { windowId: this.windowOf(page).id })
  }

  /** Whether main is still running. */
  get running() {
    return !this.hasExited
  }

  /** The user closes every window (the close button); resolves with main's exit code. */
  async close(): Promise<number | null> {
    // Requests still in flight when the app goes (a late favicon) fail: that is the shutdown,
    // not a fault of the page.
    this.closing = true
    for (const window of this.windows.values()) {
      if (this.hasExited) break
      await this.main.request('window-close', { windowId: window.id }).catch(() => undefined)
    }
    const { code } = await this.exited
    await this.dispose()
    return code
  }

  /** Ends main as a power cut would. */
  async kill() {
    this.process.kill('SIGKILL')
    await this.exited
    await this.dispose()
  }

  private async dispose() {
    for (const window of this.windows.values()) await this.closePage(window)
    await (await this.context).close()
    if (this.printContext) await (await this.printContext).close()
  }

  private windowOf(page: Page): HostWindow {
    const window = [...this.windows.values()].find((w) => w.page === page)
    if (!window) throw new Error('That page is not one of the app’s windows')
    return window
  }

  // ---- Electron's browser side, as main's requests reach it ----

  private fromMain(): {
    [K in keyof MainToHost]: (
      payload: MainToHost[K],
    ) => MainToHostResults[K] | Promise<MainToHostResults[K]>
  } {
    return {
      'window-create': (request) => this.createWindow(request),
      'window-load': ({ windowId, url }) => this.load(this.window(windowId), url),
      'window-print': ({ windowId, options }) => this.print(this.window(windowId), options),
      'window-state': ({ windowId, visible }) => {
        if (visible !== undefined) this.window(windowId).visible = visible
      },
      'window-destroy': async ({ windowId }) => {
        const window = this.windows.get(windowId)
        if (!window) return
        window.closedByMain = true
        this.windows.delete(windowId)
        await this.closePage(window)
      },
      'dialog-save': ({ options }) => this.desktop.answerSave(options),
      'dialog-open': ({ options }) => this.desktop.answerOpen(options),
      'shell-open-external': () => {},
    }
  }

  private window(id: number): HostWindow {
    const window = this.windows.get(id)
    if (!window) throw new Error(`No window ${id}`)
    return window
  }

  private async createWindow({ windowId, webContentsId, options }: MainToHost['window-create']) {
    const prefs = options.webPreferences
    if (!prefs.sandbox || !prefs.contextIsolation || prefs.nodeIntegration) {
      // The stand-in copies only the sandboxed, isolated renderer the app must use.
      throw new Error('The Electron stand-in shows only sandboxed, context-isolated windows')
    }
    const context = prefs.javascript
      ? await this.context
      : await (this.printContext ??= this.newContext({ javaScriptEnabled: false }))
    const page = await context.newPage()
    await page.setViewportSize({ width: options.width, height: options.height })
    const window: HostWindow = {
      id: windowId,
      webContentsId,
      options,
      page,
      visible: options.show,
      closedByMain: false,
    }
    this.windows.set(windowId, window)
    if (coverageDir && prefs.javascript)
      await page.coverage.startJSCoverage({ resetOnNavigation: false })
    await page.route('**/*', (route, request) => this.answerRequest(window, route, request))
    page.on('pageerror', (error) => {
      if (!this.closing) this.problems.push(`page error: ${error.message}`)
    })
    page.on('console', (message) => {
      // A CSP violation or a React warning is a bug, even when the screen looks right.
      if (message.type() === 'error' && !this.closing)
        this.problems.push(`console error: ${message.text()}`)
    })
    page.on('framenavigated', (frame) => {
      if (frame !== page.mainFrame() || this.hasExited) return
      void this.main
        .request('page-navigated-in-page', { webContentsId, url: toElectronUrl(frame.url()) })
        .catch(() => {})
    })
    page.on('popup', (popup) => void this.windowOpen(window, popup))
    page.on('close', () => {
      if (!window.closedByMain && !this.hasExited)
        void this.main.request('window-close', { windowId }).catch(() => {})
    })
    if (prefs.preload) {
      const scripts = preloadScripts(prefs.preload)
      window.preload = { url: scripts.url, offset: scripts.preloadOffset }
      await page.exposeBinding(INVOKE_BINDING, (source, channel: string, args: string) =>
        this.invoke(window, source.frame, channel, args),
      )
      await page.addInitScript({ content: scripts.runtime })
      await page.addInitScript({ content: scripts.preload })
    }
  }

  private async load(window: HostWindow, url: string) {
    const target = toBrowserUrl(url)
    window.loading = target
    try {
      await window.page.goto(target, { waitUntil: 'load' })
    } finally {
      window.loading = undefined
    }
    if (window.options.webPreferences.javascript)
      for (const resolve of this.windowWaiters.splice(0)) resolve(window.page)
    return { url: toElectronUrl(window.page.url()) }
  }

  /** Electron's PrintToPDFOptions as Chromium's print-to-PDF takes them (inches, Letter). */
  private async print(window: HostWindow, options: PrintOptions): Promise<Uint8Array> {
    const url = window.page.url()
    if (url.startsWith('data:text/html'))
      this.desktop.printed.push(decodeURIComponent(url.slice(url.indexOf(',') + 1)))
    const inches = (value: number | undefined) => `${value ?? 0.3937}in`
    const size = options.pageSize ?? 'Letter'
    return window.page.pdf({
      ...(typeof size === 'string'
        ? { format: size }
        : { width: `${size.width}in`, height: `${size.height}in` }),
      landscape: options.landscape ?? false,
      printBackground: options.printBackground ?? false,
      scale: options.scale ?? 1,
      preferCSSPageSize: options.preferCSSPageSize ?? false,
      displayHeaderFooter: options.displayHeaderFooter ?? false,
      ...(options.headerTemplate ? { headerTemplate: options.headerTemplate } : {}),
      ...(options.footerTemplate ? { footerTemplate: options.footerTemplate } : {}),
      ...(options.pageRanges ? { pageRanges: options.pageRanges } : {}),
      tagged: options.generateTaggedPDF ?? false,
      outline: options.generateDocumentOutline ?? false,
      margin: {
        top: inches(options.margins?.top),
        bottom: inches(options.margins?.bottom),
        left: inches(options.margins?.left),
        right: inches(options.margins?.right),
      },
    })
  }

  /**
   * Every request of a window's page. A navigation the page starts itself (a link, a location
   * change, a redirect) is first offered to main's will-navigate / will-redirect listeners,
   * which may stop it; requests to the app's scheme are answered by main's protocol handler.
   */
  private async answerRequest(window: HostWindow, route: Route, request: Request) {
    const url = request.url()
    if (request.isNavigationRequest() && request.frame() === window.page.mainFrame()) {
      const ownLoad = window.loading === url && !request.redirectedFrom()
      if (!ownLoad) {
        const kind = request.redirectedFrom() ? 'will-redirect' : 'will-navigate'
        const { prevented } = await this.main.request(kind, {
          webContentsId: window.webContentsId,
          url: toElectronUrl(url),
        })
        if (prevented) return route.abort('aborted')
      }
    }
    if (!isCustomSchemeUrl(url)) {
      this.networkRequests.push(url)
      return route.continue()
    }
    try {
      const response = await this.main.request('protocol-request', {
        url: toElectronUrl(url),
        method: request.method(),
        headers: request.headers(),
        ...(request.postDataBuffer() ? { body: new Uint8Array(request.postDataBuffer()!) } : {}),
      })
      const headers = Object.fromEntries(
        response.headers.map(([name, value]) => [
          name,
          name.toLowerCase() === 'location'
            ? toBrowserUrl(new URL(value, toElectronUrl(url)).href)
            : value,
        ]),
      )
      await route.fulfill({ status: response.status, headers, body: Buffer.from(response.body) })
    } catch {
      await route.abort('failed')
    }
  }

  private async invoke(
    window: HostWindow,
    frame: Frame,
    channel: string,
    encodedArgs: string,
  ): Promise<string> {
    const electronUrl = toElectronUrl(frame.url())
    try {
      const value = await this.main.request('ipc-invoke', {
        webContentsId: window.webContentsId,
        frame: {
          url: this.options.reportSenderUrl?.(electronUrl) ?? electronUrl,
          isMainFrame: frame === window.page.mainFrame(),
          name: frame.name(),
        },
        channel,
        args: this.codec.decode(encodedArgs) as unknown[],
      })
      return this.codec.encode({ ok: true, value })
    } catch (error) {
      return this.codec.encode({
        ok: false,
        message: error instanceof Error ? error.message : String(error),
      })
    }
  }

  /** window.open from a page: main's window-open handler decides; the stand-in cannot allow. */
  private async windowOpen(window: HostWindow, popup: Page) {
    const { action } = await this.main
      .request('window-open', {
        webContentsId: window.webContentsId,
        url: toElectronUrl(popup.url()),
        frameName: '',
        features: '',
      })
      .catch(() => ({ action: 'deny' as const }))
    if (action === 'allow')
      this.problems.push('main allowed a new window, which the Electron stand-in cannot open')
    await popup.close()
  }

  private async closePage(window: HostWindow) {
    if (window.page.isClosed()) return
    if (coverageDir && window.options.webPreferences.javascript) {
      const entries = await window.page.coverage.stopJSCoverage().catch(() => [])
      // In the preload file's own offsets: the line that hands it `require` comes first.
      const preload = entries
        .filter((e) => e.url === window.preload?.url)
        .map((entry) => ({
          ...entry,
          functions: entry.functions.map((fn) => ({
            ...fn,
            ranges: fn.ranges.map((range) => ({
              ...range,
              startOffset: Math.max(0, range.startOffset - window.preload!.offset),
              endOffset: Math.max(0, range.endOffset - window.preload!.offset),
            })),
          })),
        }))
      if (preload.length > 0) {
        mkdirSync(join(coverageDir, 'preload'), { recursive: true })
        writeFileSync(
          join(coverageDir, 'preload', `${randomUUID()}.json`),
          JSON.stringify({ result: preload }),
        )
      }
    }
    await window.page.close().catch(() => {})
  }
}
