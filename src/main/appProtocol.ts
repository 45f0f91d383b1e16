import { net, protocol } from 'electron'
import { existsSync, statSync } from 'node:fs'
import { isAbsolute, relative, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { rendererRoot } from './appPaths'

/**
 * The packaged renderer is served from app://renderer/, never from arbitrary file:// URLs:
 * the handler only answers for files inside the built renderer folder.
 */
export const APP_SCHEME = 'app'
export const APP_HOST = 'renderer'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`

/** Must run before the app is ready. */
export function registerAppScheme() {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ])
}

/**
 * The file of the built renderer that an `app://renderer/…` URL names, or undefined when the
 * URL is not the app's, escapes the folder (`..`, encoded or not), or names no file (a folder
 * would otherwise be listed by Chromium's file loader).
 */
export function rendererFileFor(root: string, requestUrl: string): string | undefined {
  const url = new URL(requestUrl)
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return undefined
  let path: string
  try {
    path = decodeURIComponent(url.pathname)
  } catch {
    return undefined // malformed %-escapes
  }
  const file = resolve(root, `.${path === '/' ? '/index.html' : path}`)
  const inside = relative(root, file)
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return undefined
  return existsSync(file) && statSync(file).isFile() ? file : undefined
}

export function serveRenderer() {
  const root = rendererRoot()
  protocol.handle(APP_SCHEME, (request) => {
    const file = rendererFileFor(root, request.url)
    return file
      ? net.fetch(pathToFileURL(file).toString())
      : new Response('Not found', { status: 404 })
  })
}
