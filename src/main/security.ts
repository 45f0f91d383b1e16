import { app, type Session, type WebContents } from 'electron'
import { APP_ORIGIN } from './appProtocol'

/** The only origins whose pages may call the API: the packaged renderer or the dev server. */
export function trustedOrigins(): string[] {
  const dev = process.env.ELECTRON_RENDERER_URL
  return [APP_ORIGIN, ...(dev && !app.isPackaged ? [new URL(dev).origin] : [])]
}

export function isTrustedUrl(url: string | undefined): boolean {
  if (!url) return false
  try {
    return trustedOrigins().includes(new URL(url).origin)
  } catch {
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
