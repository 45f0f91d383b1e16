import { readFile, stat } from 'node:fs/promises'
import { extname } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The MIME types Chromium's file loader gives the files a web app is made of. */
const mimeTypes: Record<string, string> = {
  '.html': 'text/html',
  '.htm': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain',
  '.pdf': 'application/pdf',
}

/**
 * Electron's net.fetch (docs/api/net.md), which goes through Chromium's network stack and so
 * also reads `file:` URLs: the file's bytes with a Content-Type from its extension, or a
 * rejection naming Chromium's error when there is no such file. Other URLs use Node's fetch.
 */
export const net = {
  async fetch(input: string | Request, init?: RequestInit): Promise<Response> {
    const url = typeof input === 'string' ? input : input.url
    if (!url.startsWith('file:')) return fetch(input, init)
    const path = fileURLToPath(url)
    const info = await stat(path).catch(() => undefined)
    if (!info?.isFile()) throw new TypeError('net::ERR_FILE_NOT_FOUND')
    const type = mimeTypes[extname(path).toLowerCase()] ?? 'application/octet-stream'
    return new Response(new Uint8Array(await readFile(path)), {
      status: 200,
      headers: { 'Content-Type': type, 'Content-Length': String(info.size) },
    })
  },
}
