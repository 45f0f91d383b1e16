import { net, protocol } from 'electron'
import { relative, resolve, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import { rendererRoot } from './appPaths'

/**
 * The packaged renderer is served from app://renderer/, never from arbitrary file:// URLs:
 * the handler only answers for files inside the built renderer folder.
 */
export const APP_ORIGIN = 'app://renderer'

/** Must run before the app is ready. */
export function registerAppScheme() {
  protocol.registerSchemesAsPrivileged([
    { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ])
}

export function serveRenderer() {
  const root = rendererRoot()
  protocol.handle('app', (request) => {
    const url = new URL(request.url)
    if (url.host !== 'renderer') return new Response('Not found', { status: 404 })
    const file = resolve(
      root,
      `.${decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname)}`,
    )
    const inside = relative(root, file)
    if (inside.startsWith('..') || inside.includes(`..${sep}`)) {
      return new Response('Not found', { status: 404 })
    }
    return net.fetch(pathToFileURL(file).toString())
  })
}
