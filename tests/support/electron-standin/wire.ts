/**
 * The line between the stand-in's two halves. In Electron, the main process and the renderer's
 * browser side are one program; here main runs in a Node child process (with the stand-in as
 * its `electron`) and the windows are Playwright pages in the test process. They talk over the
 * child process channel with `serialization: 'advanced'`, which is V8's structured clone, the
 * same serialisation Electron's IPC uses.
 *
 * Each side answers the other's requests by kind; a request's answer carries its id back.
 */

/** Requests main makes of the windows' side (the test process). */
export interface MainToHost {
  'window-create': { windowId: number; webContentsId: number; options: WindowOptions }
  'window-load': { windowId: number; url: string }
  'window-print': { windowId: number; options: PrintOptions }
  'window-state': { windowId: number; visible?: boolean; focused?: boolean; title?: string }
  'window-destroy': { windowId: number }
  'dialog-save': { windowId?: number; options: Record<string, unknown> }
  'dialog-open': { windowId?: number; options: Record<string, unknown> }
  'shell-open-external': { url: string }
}

export interface MainToHostResults {
  'window-create': void
  'window-load': { url: string }
  'window-print': Uint8Array
  'window-state': void
  'window-destroy': void
  'dialog-save': { canceled: boolean; filePath: string }
  'dialog-open': { canceled: boolean; filePaths: string[] }
  'shell-open-external': void
}

/** What a frame in a window is, as main's `event.senderFrame` reports it. */
export interface FrameInfo {
  /** The URL Electron would report: `app://renderer/...` for pages of the app's scheme. */
  url: string
  isMainFrame: boolean
  name: string
}

/** Requests the windows' side makes of main. */
export interface HostToMain {
  'ipc-invoke': { webContentsId: number; frame: FrameInfo; channel: string; args: unknown[] }
  'protocol-request': {
    url: string
    method: string
    headers: Record<string, string>
    body?: Uint8Array
  }
  'will-navigate': { webContentsId: number; url: string }
  'will-redirect': { webContentsId: number; url: string }
  'window-open': { webContentsId: number; url: string; frameName: string; features: string }
  'page-loaded': { webContentsId: number; url: string }
  'page-navigated-in-page': { webContentsId: number; url: string }
  'permission-request': { webContentsId: number; permission: string; requestingUrl: string }
  'window-close': { windowId: number }
  'window-minimize': { windowId: number }
  'app-quit': Record<string, never>
  inspect: Record<string, never>
}

export interface HostToMainResults {
  'ipc-invoke': unknown
  'protocol-request': ProtocolResponse
  'will-navigate': { prevented: boolean }
  'will-redirect': { prevented: boolean }
  'window-open': { action: 'allow' | 'deny' }
  'page-loaded': void
  'page-navigated-in-page': void
  'permission-request': { granted: boolean }
  'window-close': { closed: boolean }
  'window-minimize': void
  'app-quit': void
  inspect: StandinState
}

export interface ProtocolResponse {
  status: number
  statusText: string
  headers: [string, string][]
  body: Uint8Array
}

/** The BrowserWindow options main passed, with Electron's defaults filled in where they matter. */
export interface WindowOptions {
  width: number
  height: number
  show: boolean
  title?: string
  webPreferences: WebPreferences
  [key: string]: unknown
}

export interface WebPreferences {
  preload?: string
  contextIsolation: boolean
  sandbox: boolean
  nodeIntegration: boolean
  nodeIntegrationInWorker: boolean
  nodeIntegrationInSubFrames: boolean
  webSecurity: boolean
  allowRunningInsecureContent: boolean
  experimentalFeatures: boolean
  enableBlinkFeatures?: string
  webviewTag: boolean
  javascript: boolean
  navigateOnDragDrop: boolean
  spellcheck: boolean
  [key: string]: unknown
}

/** Electron's PrintToPDFOptions (docs/api/structures/print-to-pdf-options.md). */
export interface PrintOptions {
  landscape?: boolean
  displayHeaderFooter?: boolean
  printBackground?: boolean
  scale?: number
  pageSize?: string | { width: number; height: number }
  margins?: { top?: number; bottom?: number; left?: number; right?: number }
  pageRanges?: string
  headerTemplate?: string
  footerTemplate?: string
  preferCSSPageSize?: boolean
  generateTaggedPDF?: boolean
  generateDocumentOutline?: boolean
}

/** What the stand-in knows of main's set-up, for tests of its security settings. */
export interface StandinState {
  ready: boolean
  isPackaged: boolean
  userData: string
  privilegedSchemes: { scheme: string; privileges: Record<string, boolean> }[]
  handledProtocols: string[]
  ipcChannels: string[]
  windows: {
    id: number
    webContentsId: number
    options: WindowOptions
    visible: boolean
    focused: boolean
    minimized: boolean
    url: string
    hasWindowOpenHandler: boolean
    listeners: Record<string, number>
  }[]
  session: { permissionRequestHandler: boolean; permissionCheckHandler: boolean }
  permissionChecks: { permission: string; granted: boolean }[]
  applicationMenu: MenuItemState[] | null
  openedExternally: string[]
}

export interface MenuItemState {
  role?: string
  label?: string
  type?: string
  submenu?: MenuItemState[]
}

type Kinds<T> = keyof T & string

interface RequestMessage {
  standin: 'request'
  id: number
  kind: string
  payload: unknown
}
interface ReplyMessage {
  standin: 'reply'
  id: number
  ok: boolean
  value?: unknown
  error?: string
}
export type WireMessage = RequestMessage | ReplyMessage

export const isWireMessage = (message: unknown): message is WireMessage =>
  typeof message === 'object' &&
  message !== null &&
  ((message as WireMessage).standin === 'request' || (message as WireMessage).standin === 'reply')

/**
 * One end of the line: `request` sends and awaits the other side's answer; `serve` answers the
 * other side's requests. A failed answer comes back as an Error with the other side's message.
 */
export class WireEnd<Out, OutResults extends Record<Kinds<Out>, unknown>, In, InResults> {
  private nextId = 1
  private readonly pending = new Map<
    number,
    { resolve: (v: unknown) => void; reject: (e: Error) => void }
  >()

  constructor(
    private readonly send: (message: WireMessage) => void,
    private readonly handlers: {
      [K in Kinds<In>]: (
        payload: In[K],
      ) => K extends keyof InResults ? InResults[K] | Promise<InResults[K]> : unknown
    },
  ) {}

  request<K extends Kinds<Out>>(kind: K, payload: Out[K]): Promise<OutResults[K]> {
    const id = this.nextId++
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject })
      try {
        this.send({ standin: 'request', id, kind, payload })
      } catch (error) {
        this.pending.delete(id)
        reject(error instanceof Error ? error : new Error(String(error)))
      }
    })
  }

  /** Every request still waiting fails: the other side has gone. */
  disconnect(reason: string) {
    for (const { reject } of this.pending.values()) reject(new Error(reason))
    this.pending.clear()
  }

  receive(message: WireMessage) {
    if (message.standin === 'reply') {
      const waiting = this.pending.get(message.id)
      if (!waiting) return
      this.pending.delete(message.id)
      if (message.ok) waiting.resolve(message.value)
      else waiting.reject(new Error(message.error))
      return
    }
    const handler = (this.handlers as Record<string, (payload: unknown) => unknown>)[message.kind]
    const reply = (ok: boolean, value?: unknown, error?: string) => {
      try {
        this.send({ standin: 'reply', id: message.id, ok, value, error })
      } catch (sendError) {
        // The value could not be cloned (as Electron's IPC would refuse it): say so instead.
        this.send({
          standin: 'reply',
          id: message.id,
          ok: false,
          error: sendError instanceof Error ? sendError.message : String(sendError),
        })
      }
    }
    if (!handler) {
      reply(false, undefined, `The stand-in has no handler for '${message.kind}'`)
      return
    }
    Promise.resolve()
      .then(() => handler(message.payload))
      .then(
        (value) => reply(true, value),
        (error: unknown) =>
          reply(false, undefined, error instanceof Error ? error.message : String(error)),
      )
  }
}
