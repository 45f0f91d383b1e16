import { EventEmitter } from 'node:events'
import type { PrintOptions, WebPreferences, WindowOptions } from '../wire'
import { app, StandinEvent } from './app'
import { hasWindowHost, requestHost } from './host'

let nextWindowId = 1
let nextContentsId = 1
const openWindows = new Map<number, BrowserWindow>()

/**
 * The serialised origin Chromium gives a URL: scheme://host[:port] for special schemes and for
 * schemes registered as standard (the app's `app:`), "null" for the rest (about:, data:).
 */
function originOf(url: string, standardSchemes: () => string[]): string {
  try {
    const parsed = new URL(url)
    const scheme = parsed.protocol.slice(0, -1)
    if (parsed.origin !== 'null') return parsed.origin
    return standardSchemes().includes(scheme) ? `${parsed.protocol}//${parsed.host}` : 'null'
  } catch {
    return 'null'
  }
}

let standardSchemesOf: () => string[] = () => []
/** The protocol module tells the frames which schemes are standard. */
export const setStandardSchemes = (lookup: () => string[]) => {
  standardSchemesOf = lookup
}

/** Electron's WebFrameMain (docs/api/web-frame-main.md): what `event.senderFrame` is. */
export class WebFrameMain {
  private static nextRoutingId = 1
  readonly routingId = WebFrameMain.nextRoutingId++
  readonly frameTreeNodeId = this.routingId

  constructor(
    private readonly contents: WebContents,
    readonly parent: WebFrameMain | null,
    private frameUrl = '',
    readonly name = '',
  ) {}

  get url(): string {
    return this.parent ? this.frameUrl : this.contents.getURL()
  }

  get origin(): string {
    return originOf(this.url, standardSchemesOf)
  }

  get top(): WebFrameMain {
    return this.parent ? this.parent.top : this
  }

  get processId(): number {
    return this.contents.id
  }

  isDestroyed = () => this.contents.isDestroyed()
}

type WindowOpenHandler = (details: {
  url: string
  frameName: string
  features: string
  disposition: string
  referrer: { url: string; policy: string }
}) => { action: 'allow' | 'deny'; overrideBrowserWindowOptions?: unknown }

/** Electron's WebContents (docs/api/web-contents.md), for the parts main uses. */
export class WebContents extends EventEmitter {
  readonly id = nextContentsId++
  readonly mainFrame: WebFrameMain = new WebFrameMain(this, null)
  private url = ''
  private destroyed = false
  private openHandler: WindowOpenHandler | undefined

  constructor(readonly window: BrowserWindow) {
    super()
  }

  getURL = () => this.url
  isDestroyed = () => this.destroyed
  getTitle = () => this.window.getTitle()

  get hasWindowOpenHandler() {
    return this.openHandler !== undefined
  }

  /** Resolves when the page has loaded; rejects as Electron does when the load fails. */
  async loadURL(url: string): Promise<void> {
    this.emit('did-start-loading')
    try {
      await this.window.created
      const loaded = await requestHost('window-load', { windowId: this.window.id, url })
      this.url = loaded.url
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      this.emit('did-fail-load', new StandinEvent(), -2, message, url, true)
      throw new Error(`${message} loading '${url}'`, { cause: error })
    }
    this.emit('dom-ready', new StandinEvent())
    this.window.firstRender()
    this.emit('did-finish-load', new StandinEvent())
  }

  setWindowOpenHandler(handler: WindowOpenHandler) {
    this.openHandler = handler
  }

  /** Prints the page through Chromium's PDF printing; resolves with the PDF's bytes. */
  async printToPDF(options: PrintOptions): Promise<Buffer> {
    await this.window.created
    const bytes = await requestHost('window-print', { windowId: this.window.id, options })
    return Buffer.from(bytes)
  }

  send() {
    throw new Error('The Electron stand-in does not carry messages from main to the page.')
  }

  // ---- What the windows' side reports, as Electron's browser side would ----

  /** will-navigate: the page (a link, a location change) wants to leave for `url`. */
  willNavigate(url: string, kind: 'will-navigate' | 'will-redirect'): boolean {
    const event = Object.assign(new StandinEvent(), {
      url,
      isMainFrame: true,
      frame: this.mainFrame,
      initiator: this.mainFrame,
      isSameDocument: false,
    })
    this.emit(kind, event, url, false, true)
    return event.defaultPrevented
  }

  /** Without a handler Electron opens the window (docs/api/window-open.md). */
  windowOpen(details: { url: string; frameName: string; features: string }) {
    const decision = this.openHandler?.({
      ...details,
      disposition: 'new-window',
      referrer: { url: this.url, policy: 'strict-origin-when-cross-origin' },
    })
    return { action: decision?.action ?? ('allow' as const) }
  }

  /** The page's address as the frame that just sent a message reports it. */
  noteUrl(url: string) {
    this.url = url
  }

  navigated(url: string, inPage: boolean) {
    this.url = url
    if (inPage) this.emit('did-navigate-in-page', new StandinEvent(), url, true)
  }

  markDestroyed() {
    this.destroyed = true
    this.emit('destroyed')
  }
}

/** Electron's defaults for what matters to security (docs/api/structures/web-preferences.md). */
function withDefaults(options: Record<string, unknown>): WindowOptions {
  const prefs = (options.webPreferences ?? {}) as Partial<WebPreferences>
  const nodeIntegration = prefs.nodeIntegration ?? false
  return {
    ...options,
    width: (options.width as number | undefined) ?? 800,
    height: (options.height as number | undefined) ?? 600,
    show: (options.show as boolean | undefined) ?? true,
    webPreferences: {
      ...prefs,
      contextIsolation: prefs.contextIsolation ?? true,
      // Since Electron 20 renderers are sandboxed unless Node integration is on.
      sandbox: prefs.sandbox ?? !nodeIntegration,
      nodeIntegration,
      nodeIntegrationInWorker: prefs.nodeIntegrationInWorker ?? false,
      nodeIntegrationInSubFrames: prefs.nodeIntegrationInSubFrames ?? false,
      webSecurity: prefs.webSecurity ?? true,
      allowRunningInsecureContent: prefs.allowRunningInsecureContent ?? false,
      experimentalFeatures: prefs.experimentalFeatures ?? false,
      webviewTag: prefs.webviewTag ?? false,
      javascript: prefs.javascript ?? true,
      navigateOnDragDrop: prefs.navigateOnDragDrop ?? false,
      spellcheck: prefs.spellcheck ?? true,
    },
  }
}

/** Electron's BrowserWindow (docs/api/browser-window.md); its page is the host's to show. */
export class BrowserWindow extends EventEmitter {
  static getAllWindows = (): BrowserWindow[] => [...openWindows.values()]
  static fromId = (id: number) => openWindows.get(id) ?? null
  static fromWebContents = (contents: WebContents) =>
    BrowserWindow.getAllWindows().find((w) => w.webContents === contents) ?? null
  static getFocusedWindow = () => BrowserWindow.getAllWindows().find((w) => w.isFocused()) ?? null

  readonly id = nextWindowId++
  readonly webContents: WebContents
  readonly options: WindowOptions
  /** Settles once the host has the window's page. */
  readonly created: Promise<void>
  private visible: boolean
  private focused = false
  private minimized = false
  private destroyed = false
  private rendered = false
  private title: string

  constructor(options: Record<string, unknown> = {}) {
    super()
    if (!app.isReady()) throw new Error('Cannot create BrowserWindow before app is ready')
    this.options = withDefaults(options)
    this.visible = false
    this.title = this.options.title ?? app.getName()
    this.webContents = new WebContents(this)
    openWindows.set(this.id, this)
    this.created = hasWindowHost()
      ? requestHost('window-create', {
          windowId: this.id,
          webContentsId: this.webContents.id,
          options: this.options,
        })
      : Promise.resolve()
    this.created.catch(() => {}) // a failure is reported by the load that awaits it
    app.emit('browser-window-created', new StandinEvent(), this)
    app.emit('web-contents-created', new StandinEvent(), this.webContents)
    if (this.options.show) this.show()
  }

  loadURL = (url: string) => this.webContents.loadURL(url)

  /** ready-to-show, once: the page has rendered (docs/api/browser-window.md). */
  firstRender() {
    if (this.rendered) return
    this.rendered = true
    this.emit('ready-to-show')
  }

  show() {
    this.visible = true
    this.focused = true
    this.notifyHost({ visible: true, focused: true })
    this.emit('show')
    this.emit('focus')
  }

  hide() {
    this.visible = false
    this.notifyHost({ visible: false })
    this.emit('hide')
  }

  focus() {
    this.focused = true
    this.minimized = false
    this.notifyHost({ focused: true })
    this.emit('focus')
  }

  minimize() {
    this.minimized = true
    this.focused = false
    this.emit('minimize')
  }

  restore() {
    this.minimized = false
    this.emit('restore')
  }

  isVisible = () => this.visible
  isFocused = () => this.focused
  isMinimized = () => this.minimized
  isDestroyed = () => this.destroyed
  getTitle = () => this.title
  setTitle(title: string) {
    this.title = title
    this.notifyHost({ title })
  }

  /** Asks to close: `close` may be prevented; otherwise the window is destroyed. */
  close() {
    void this.tryClose()
  }

  async tryClose(): Promise<boolean> {
    if (this.destroyed) return true
    const event = new StandinEvent()
    this.emit('close', event)
    if (event.defaultPrevented) return false
    this.destroy()
    return true
  }

  closeForQuit = () => this.tryClose()

  /** Closes at once, without `close` (docs/api/browser-window.md, win.destroy()). */
  destroy() {
    if (this.destroyed) return
    this.destroyed = true
    openWindows.delete(this.id)
    if (hasWindowHost())
      void this.created
        .then(() => requestHost('window-destroy', { windowId: this.id }))
        .catch(() => {})
    this.webContents.markDestroyed()
    this.emit('closed')
    app.windowClosed()
  }

  private notifyHost(state: { visible?: boolean; focused?: boolean; title?: string }) {
    if (!hasWindowHost()) return
    void this.created
      .then(() => requestHost('window-state', { windowId: this.id, ...state }))
      .catch(() => {})
  }
}

app.windows = { all: BrowserWindow.getAllWindows }

export const webContentsById = (id: number): WebContents | undefined =>
  BrowserWindow.getAllWindows().find((w) => w.webContents.id === id)?.webContents
