/**
 * The stand-in for the `electron` module in main's process: what `require('electron')` gives
 * main when it runs in Node under the stand-in (see ../README.md and ../register.cjs).
 */
import {
  isWireMessage,
  WireEnd,
  type HostToMain,
  type HostToMainResults,
  type MainToHost,
  type MainToHostResults,
  type MenuItemState,
  type StandinState,
} from '../wire'
import { app } from './app'
import { dialog } from './dialog'
import { setWindowHost } from './host'
import { ipcMain } from './ipcMain'
import { Menu, MenuItem } from './menu'
import { net } from './net'
import { protocol } from './protocol'
import { safeStorage } from './safeStorage'
import { session } from './session'
import { openedExternally, shell } from './shell'
import { BrowserWindow, WebContents, webContentsById } from './windows'

export {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  MenuItem,
  net,
  protocol,
  safeStorage,
  session,
  shell,
  WebContents,
}

export const webContents = {
  getAllWebContents: () => BrowserWindow.getAllWindows().map((w) => w.webContents),
  fromId: (id: number) => webContentsById(id) ?? null,
}

function contentsOf(id: number): WebContents {
  const contents = webContentsById(id)
  if (!contents) throw new Error(`No web contents ${id}`)
  return contents
}

const menuState = (menu: Menu | null): MenuItemState[] | null =>
  menu?.items.map((item) => ({
    ...(item.role ? { role: item.role } : {}),
    ...(item.label ? { label: item.label } : {}),
    type: item.type,
    ...(item.submenu ? { submenu: menuState(item.submenu) ?? [] } : {}),
  })) ?? null

function inspect(): StandinState {
  const defaultSession = app.isReady() ? session.defaultSession : undefined
  return {
    ready: app.isReady(),
    isPackaged: app.isPackaged,
    userData: app.getPath('userData'),
    privilegedSchemes: protocol
      .privilegedSchemes()
      .map((s) => ({ scheme: s.scheme, privileges: s.privileges ?? {} })),
    handledProtocols: protocol.handledSchemes(),
    ipcChannels: ipcMain.channels(),
    windows: BrowserWindow.getAllWindows().map((w) => ({
      id: w.id,
      webContentsId: w.webContents.id,
      options: w.options,
      visible: w.isVisible(),
      focused: w.isFocused(),
      minimized: w.isMinimized(),
      url: w.webContents.getURL(),
      hasWindowOpenHandler: w.webContents.hasWindowOpenHandler,
      listeners: Object.fromEntries(
        ['will-navigate', 'will-redirect', 'will-attach-webview'].map((name) => [
          name,
          w.webContents.listenerCount(name),
        ]),
      ),
    })),
    session: defaultSession?.handlers ?? {
      permissionRequestHandler: false,
      permissionCheckHandler: false,
    },
    permissionChecks: defaultSession?.checks ?? [],
    applicationMenu: menuState(Menu.getApplicationMenu()),
    openedExternally: [...openedExternally],
  }
}

/** What the windows' side may ask of main, as Electron's browser side would tell it. */
const fromHost: {
  [K in keyof HostToMain]: (
    payload: HostToMain[K],
  ) => HostToMainResults[K] | Promise<HostToMainResults[K]>
} = {
  'ipc-invoke': ({ webContentsId, frame, channel, args }) =>
    ipcMain.invoke(contentsOf(webContentsId), frame, channel, args),
  'protocol-request': (request) => protocol.serve(request),
  'will-navigate': ({ webContentsId, url }) => ({
    prevented: contentsOf(webContentsId).willNavigate(url, 'will-navigate'),
  }),
  'will-redirect': ({ webContentsId, url }) => ({
    prevented: contentsOf(webContentsId).willNavigate(url, 'will-redirect'),
  }),
  'window-open': ({ webContentsId, ...details }) => contentsOf(webContentsId).windowOpen(details),
  'page-loaded': ({ webContentsId, url }) => webContentsById(webContentsId)?.navigated(url, false),
  'page-navigated-in-page': ({ webContentsId, url }) =>
    webContentsById(webContentsId)?.navigated(url, true),
  'permission-request': async ({ webContentsId, permission, requestingUrl }) => ({
    granted: await session.defaultSession.requestPermission(
      contentsOf(webContentsId),
      permission,
      requestingUrl,
    ),
  }),
  'window-close': async ({ windowId }) => ({
    closed: (await BrowserWindow.fromId(windowId)?.tryClose()) ?? true,
  }),
  'window-minimize': ({ windowId }) => BrowserWindow.fromId(windowId)?.minimize(),
  'app-quit': () => app.quit(),
  inspect,
}

/**
 * Not part of Electron: how the stand-in's launcher (register.cjs) and unit tests drive it.
 */
export const standin = {
  markReady: () => app.markReady(),
  inspect,
  /** Main runs in its own process: windows live on the other end of the process channel. */
  connectToProcessChannel() {
    const send = process.send?.bind(process)
    if (!send) throw new Error('The stand-in was started without a process channel')
    const end = new WireEnd<MainToHost, MainToHostResults, HostToMain, HostToMainResults>(
      (message) => send(message),
      fromHost,
    )
    process.on('message', (message) => {
      if (isWireMessage(message)) end.receive(message)
    })
    // The windows' side has gone (the test ended or failed): end as a closed app would.
    process.on('disconnect', () => app.exit(0))
    setWindowHost(end)
    app.exitProcess = (code) => process.exit(code)
  },
}
