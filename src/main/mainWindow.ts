import { BrowserWindow } from 'electron'
import { APP_ORIGIN } from './appProtocol'
import { appIcon, preloadScript } from './appPaths'
import { devServerUrl } from './security'

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
  window.loadURL(devServerUrl()?.href ?? `${APP_ORIGIN}/index.html`).catch((error: unknown) => {
    // Our own bundled page failed to load: an incomplete installation. The URL is ours; no patient data.
    console.error(`[window] the app's page did not load: ${String(error)}`)
  })
  return window
}
