import { app, type IpcMainInvokeEvent, type Session, type WebContents } from 'electron'
import { APP_HOST, APP_SCHEME } from './appProtocol'

/**
 * The dev server `npm run dev` starts (electron-vite sets ELECTRON_RENDERER_URL), honoured only
 * when unpackaged: an installed app never loads, or trusts, a page named by an environment
 * variable.
 */
export function devServerUrl(): URL | undefined {
  const dev = process.env.ELECTRON_RENDERER_URL
  if (!dev || app.isPackaged) return undefined
  try {
    return new URL(dev)
  } catch {
    return undefined
  }
}

/**
 * Whether a URL is one of the app's own pages: `app://renderer/…` (any path, query or
 * fragment), or the dev server's origin when unpackaged. Node's URL, which Electron's main
 * process uses, gives every non-special scheme the origin "null", so `app:` URLs are compared
 * by scheme and host, never by origin; a URL with credentials or a port is not the app's.
 */
export function isTrustedUrl(url: string | undefined): boolean {
  if (!url) return false
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (parsed.protocol === `${APP_SCHEME}:`) {
    return parsed.host === APP_HOST && parsed.username === '' && parsed.password === ''
  }
  const dev = devServerUrl()
  return dev !== undefined && parsed.origin === dev.origin
}

/**
 * Whether an IPC call comes from the app's own page: the top frame of a window (never a
 * sub-frame, never a frame that has gone), showing one of the app's URLs.
 */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  try {
    const frame = event.senderFrame
    return !!frame && frame.parent === null && isTrustedUrl(frame.url)
  } catch {
    // Electron throws when a destroyed frame is read.
    return false
  }
}

/** Denies every permission (camera, geolocation, notifications...): the app needs none. */
export function lockDownSession(session: Session) {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}

/** No navigation away from the app, no new windows, no webviews. */
export function lockDownWebContents(contents: WebContents) {
  contents.on('will-navigate', (event, url) => {
    if (!isTrustedUrl(url)) event.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    if (!isTrustedUrl(url)) event.preventDefault()
  })
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  contents.on('will-attach-webview', (event) => event.preventDefault())
}
