/**
 * Chromium cannot load a custom scheme such as `app://renderer/` without Electron's C++, so the
 * stand-in shows those pages at a loopback name that Chromium treats as a secure context:
 * `app://renderer/index.html` is `http://renderer.app.standin.localhost/index.html` in the
 * browser. Every request to such a name is answered by main's own protocol handler, and every
 * URL main sees (sender frames, navigation events, loaded pages) is mapped back, so main only
 * ever sees the `app://` URLs Electron would report.
 */
const SUFFIX = '.standin.localhost'
const ELECTRON_SCHEMES = new Set([
  'http:',
  'https:',
  'file:',
  'data:',
  'about:',
  'blob:',
  'ws:',
  'wss:',
])

export function toBrowserUrl(electronUrl: string): string {
  const url = new URL(electronUrl)
  if (ELECTRON_SCHEMES.has(url.protocol)) return electronUrl
  const scheme = url.protocol.slice(0, -1)
  const port = url.port ? `:${url.port}` : ''
  return `http://${url.hostname}.${scheme}${SUFFIX}${port}${url.pathname}${url.search}${url.hash}`
}

export function toElectronUrl(browserUrl: string): string {
  let url: URL
  try {
    url = new URL(browserUrl)
  } catch {
    return browserUrl
  }
  if (url.protocol !== 'http:' || !url.hostname.endsWith(SUFFIX)) return browserUrl
  const name = url.hostname.slice(0, -SUFFIX.length)
  const dot = name.lastIndexOf('.')
  const scheme = name.slice(dot + 1)
  const host = name.slice(0, dot)
  const port = url.port ? `:${url.port}` : ''
  return `${scheme}://${host}${port}${url.pathname}${url.search}${url.hash}`
}

/** True for the browser URLs that stand for a custom scheme (answered by main's handler). */
export const isCustomSchemeUrl = (browserUrl: string) => {
  try {
    const url = new URL(browserUrl)
    return url.protocol === 'http:' && url.hostname.endsWith(SUFFIX)
  } catch {
    return false
  }
}
