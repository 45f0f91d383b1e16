import type { ProtocolResponse } from '../wire'
import { app } from './app'
import { setStandardSchemes } from './windows'

interface CustomScheme {
  scheme: string
  privileges?: Record<string, boolean>
}

type ProtocolHandler = (request: Request) => Response | Promise<Response>

/**
 * Electron's protocol module (docs/api/protocol.md): schemes registered as privileged before
 * `ready`, and `handle`, whose handler gets a standard Request and returns a Response for
 * every request the page makes to that scheme (documents, scripts, styles, images, fetch).
 */
export class Protocol {
  private privileged: CustomScheme[] | undefined
  private readonly handlers = new Map<string, ProtocolHandler>()

  constructor() {
    setStandardSchemes(() => this.standardSchemes())
  }

  registerSchemesAsPrivileged(schemes: CustomScheme[]) {
    // Electron: "can only be used before the ready event of the app module gets emitted and can
    // be called only once". The stand-in refuses a misuse loudly instead of ignoring it.
    if (app.isReady())
      throw new Error('protocol.registerSchemesAsPrivileged must be called before app is ready')
    if (this.privileged)
      throw new Error('protocol.registerSchemesAsPrivileged can be called only once')
    this.privileged = schemes.map((s) => ({ scheme: s.scheme, privileges: { ...s.privileges } }))
  }

  handle(scheme: string, handler: ProtocolHandler) {
    if (!app.isReady()) throw new Error('protocol.handle cannot be used before app is ready')
    if (this.handlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`)
    this.handlers.set(scheme, handler)
  }

  unhandle(scheme: string) {
    this.handlers.delete(scheme)
  }

  isProtocolHandled = (scheme: string) => this.handlers.has(scheme)

  privilegedSchemes = () => this.privileged ?? []

  handledSchemes = () => [...this.handlers.keys()]

  standardSchemes = () =>
    this.privilegedSchemes()
      .filter((s) => s.privileges?.standard)
      .map((s) => s.scheme)

  /** One request from the page, answered by main's handler. */
  async serve(request: {
    url: string
    method: string
    headers: Record<string, string>
    body?: Uint8Array
  }): Promise<ProtocolResponse> {
    const scheme = new URL(request.url).protocol.slice(0, -1)
    const handler = this.handlers.get(scheme)
    if (!handler) throw new Error('net::ERR_UNKNOWN_URL_SCHEME')
    const hasBody = request.body && !['GET', 'HEAD'].includes(request.method)
    const response = await handler(
      new Request(request.url, {
        method: request.method,
        headers: request.headers,
        ...(hasBody ? { body: new Uint8Array(request.body!) } : {}),
      }),
    )
    if (!(response instanceof Response)) throw new Error('net::ERR_UNEXPECTED')
    return {
      status: response.status,
      statusText: response.statusText,
      headers: [...response.headers],
      body: new Uint8Array(await response.arrayBuffer()),
    }
  }
}

export const protocol = new Protocol()
