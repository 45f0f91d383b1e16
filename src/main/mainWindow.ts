import { BrowserWindow } from 'electron'
import { APP_ORIGIN } from './appProtocol'
import { appIcon, preloadScript } from './appPaths'

/** The one place that decides how a window is built and what its renderer may do. */
export function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 1024,
    minHeight: 680,
    show: false,
    title: "Runner's Hip",
    backgroundColor: '#f4f6f8',
    icon: appIcon(),
    webPreferences: {
      preload: preloadScript(),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // On Linux the spell checker downloads dictionaries from the internet; the app stays offline.
      spellcheck: process.platform !== 'linux',
    },
  })
  window.once('ready-to-show', () => window.show())
  const devServer = process.env.ELECTRON_RENDERER_URL
  void (devServer ? window.loadURL(devServer) : window.loadURL(`${APP_ORIGIN}/index.html`))
  return window
}
