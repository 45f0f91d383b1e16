import { app } from './app'
import type { WebContents } from './windows'

type PermissionRequestHandler = (
  contents: WebContents,
  permission: string,
  callback: (granted: boolean) => void,
  details: { requestingUrl: string; isMainFrame: boolean },
) => void
type PermissionCheckHandler = (
  contents: WebContents | null,
  permission: string,
  requestingOrigin: string,
  details: { requestingUrl?: string; isMainFrame?: boolean },
) => boolean

/**
 * Electron's Session (docs/api/session.md), for its permission handlers. Without handlers
 * Electron grants every permission, which is why the security checklist asks for them.
 */
export class Session {
  private requestHandler: PermissionRequestHandler | null = null
  private checkHandler: PermissionCheckHandler | null = null
  readonly checks: { permission: string; granted: boolean }[] = []

  setPermissionRequestHandler(handler: PermissionRequestHandler | null) {
    this.requestHandler = handler
  }

  setPermissionCheckHandler(handler: PermissionCheckHandler | null) {
    this.checkHandler = handler
  }

  get handlers() {
    return {
      permissionRequestHandler: this.requestHandler !== null,
      permissionCheckHandler: this.checkHandler !== null,
    }
  }

  /** A page asks for a permission, as Chromium would ask Electron. */
  requestPermission(contents: WebContents, permission: string, requestingUrl: string) {
    return new Promise<boolean>((resolve) => {
      if (!this.requestHandler) return resolve(true)
      this.requestHandler(contents, permission, resolve, { requestingUrl, isMainFrame: true })
    }).then((granted) => {
      this.checks.push({ permission, granted })
      return granted
    })
  }

  /** A page checks a permission (most web APIs check before they request). */
  checkPermission(contents: WebContents | null, permission: string, requestingOrigin: string) {
    const granted = this.checkHandler
      ? this.checkHandler(contents, permission, requestingOrigin, {})
      : true
    this.checks.push({ permission, granted })
    return granted
  }
}

const defaultSession = new Session()

export const session = {
  get defaultSession(): Session {
    if (!app.isReady()) throw new Error('Session can only be received when app is ready')
    return defaultSession
  },
}
