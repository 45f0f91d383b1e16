import { BrowserWindow, ipcMain, session, standin } from '../support/electron-standin/main'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { rendererFileFor } from '../../src/main/appProtocol'
import { registerHandlers } from '../../src/main/ipc/registerHandlers'
import type { HandlerTable } from '../../src/main/ipc/defineHandlers'
import {
  isTrustedSender,
  isTrustedUrl,
  lockDownSession,
  lockDownWebContents,
} from '../../src/main/security'
import { channelNames } from '../../src/shared/api/channels'

/**
 * Main's security checks, with the exact URL strings Electron reports for frames and
 * navigations, through the Electron stand-in (vitest.config.mts aliases `electron` to it).
 */

// The URLs Electron reports for the app's own window: its document, and after the hash router moved.
const appUrls = [
  'app://renderer/index.html',
  'app://renderer/index.html#/patients',
  'app://renderer/index.html#/patients/3f2c/assessments/9a1b/review',
  'app://renderer/',
  'app://renderer/index.html?x=1',
]
const foreignUrls = [
  'app://evil/',
  'app://evil/index.html',
  'app://renderer.evil.com/index.html',
  'app://evil.renderer/index.html',
  'app://renderer:8080/index.html',
  'app://user@renderer/index.html',
  'app://user:pass@renderer/index.html',
  'app:renderer/index.html',
  'file:///work/main/out/renderer/index.html',
  'file:///etc/passwd',
  'about:blank',
  'about:srcdoc',
  'data:text/html,<script>alert(1)</script>',
  'javascript:alert(1)',
  'https://renderer/index.html',
  'http://localhost:5173/',
  'devtools://devtools/bundled/inspector.html',
  'chrome-error://chromewebdata/',
  '',
  'not a url',
]

const env = { ...process.env }
afterEach(() => {
  process.env = { ...env }
})

describe('the app’s own pages', () => {
  it.each(appUrls)('trusts %s', (url) => expect(isTrustedUrl(url)).toBe(true))
  it.each(foreignUrls)('does not trust %j', (url) => expect(isTrustedUrl(url)).toBe(false))
  it('does not trust a missing URL', () => expect(isTrustedUrl(undefined)).toBe(false))

  it('trusts the dev server only while unpackaged, and only its own origin', () => {
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173'
    expect(isTrustedUrl('http://localhost:5173/#/patients')).toBe(true)
    expect(isTrustedUrl('http://localhost:5174/')).toBe(false)
    expect(isTrustedUrl('http://127.0.0.1:5173/')).toBe(false)
    process.env.ELECTRON_STANDIN_PACKAGED = '1'
    expect(isTrustedUrl('http://localhost:5173/#/patients')).toBe(false)
    expect(isTrustedUrl('app://renderer/index.html')).toBe(true)
  })
})

describe('the sender of an IPC call', () => {
  const top = (url: string) => ({ url, parent: null })
  it('is trusted when it is the top frame of an app page', () => {
    expect(
      isTrustedSender({ senderFrame: top('app://renderer/index.html#/patients') } as never),
    ).toBe(true)
  })
  it('is not trusted from a sub-frame, even one showing an app page', () => {
    const frame = { url: 'app://renderer/index.html', parent: top('app://renderer/index.html') }
    expect(isTrustedSender({ senderFrame: frame } as never)).toBe(false)
  })
  it('is not trusted when the frame has gone (null) or cannot be read (destroyed)', () => {
    expect(isTrustedSender({ senderFrame: null } as never)).toBe(false)
    const destroyed = {
      get url(): string {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed')
      },
      parent: null,
    }
    expect(isTrustedSender({ senderFrame: destroyed } as never)).toBe(false)
  })
})

describe('registered handlers, called through ipcMain as a window would', () => {
  let window: BrowserWindow
  const calls: string[] = []
  beforeAll(() => {
    standin.markReady()
    const table = Object.fromEntries(
      channelNames.map((name) => [
        name,
        async (input: unknown) => {
          calls.push(name)
          return { ok: true, value: { echoed: input } }
        },
      ]),
    ) as unknown as HandlerTable
    registerHandlers((name) => table[name])
    window = new BrowserWindow({ show: false })
  })
  afterAll(() => window.destroy())

  const invoke = (url: string, isMainFrame = true) =>
    ipcMain.invoke(window.webContents, { url, isMainFrame, name: '' }, 'api:findPatients', [
      { query: 'ab' },
    ])

  it('registers one handler per contract call', () => {
    expect(ipcMain.channels().sort()).toEqual(channelNames.map((n) => `api:${n}`).sort())
  })

  it.each(appUrls)('answers the app’s page at %s', async (url) => {
    await expect(invoke(url)).resolves.toEqual({ ok: true, value: { echoed: { query: 'ab' } } })
  })

  it.each(foreignUrls)('refuses a page at %j without calling the handler', async (url) => {
    calls.length = 0
    await expect(invoke(url)).resolves.toEqual({
      ok: false,
      error: { code: 'internal', message: 'This request did not come from the app.' },
    })
    expect(calls).toEqual([])
  })

  it('refuses a sub-frame of the app’s own page', async () => {
    await expect(invoke('app://renderer/index.html', false)).resolves.toMatchObject({ ok: false })
  })
})

describe('the window’s navigation, new windows and permissions', () => {
  let window: BrowserWindow
  beforeAll(() => {
    standin.markReady()
    window = new BrowserWindow({ show: false })
    lockDownWebContents(window.webContents as unknown as Electron.WebContents)
    lockDownSession(session.defaultSession as unknown as Electron.Session)
  })
  afterAll(() => window.destroy())

  it.each(appUrls)('lets the page move within the app: %s', (url) => {
    expect(window.webContents.willNavigate(url, 'will-navigate')).toBe(false)
    expect(window.webContents.willNavigate(url, 'will-redirect')).toBe(false)
  })
  it.each(foreignUrls)('stops navigation and redirects to %j', (url) => {
    expect(window.webContents.willNavigate(url, 'will-navigate')).toBe(true)
    expect(window.webContents.willNavigate(url, 'will-redirect')).toBe(true)
  })
  it('opens no new window, whatever the URL', () => {
    for (const url of [...appUrls, 'https://example.com/'])
      expect(window.webContents.windowOpen({ url, frameName: '', features: '' })).toEqual({
        action: 'deny',
      })
  })
  it('attaches no webview', () => {
    const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) }
    window.webContents.emit('will-attach-webview', event, {}, {})
    expect(event.defaultPrevented).toBe(true)
  })
  it.each(['geolocation', 'media', 'notifications', 'clipboard-read', 'openExternal'])(
    'denies the %s permission when asked and when checked',
    async (permission) => {
      await expect(
        session.defaultSession.requestPermission(
          window.webContents,
          permission,
          'app://renderer/index.html',
        ),
      ).resolves.toBe(false)
      expect(
        session.defaultSession.checkPermission(window.webContents, permission, 'app://renderer'),
      ).toBe(false)
    },
  )
})

describe('the files the app:// protocol serves', () => {
  const root = mkdtempSync(join(tmpdir(), 'renderer-'))
  mkdirSync(join(root, 'assets'))
  writeFileSync(join(root, 'index.html'), '<!doctype html>')
  writeFileSync(join(root, 'assets', 'index-abc.js'), '')
  writeFileSync(join(root, 'assets', 'a b.css'), '')
  writeFileSync(join(tmpdir(), 'outside-renderer.txt'), 'secret')
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  it.each([
    ['app://renderer/', 'index.html'],
    ['app://renderer/index.html', 'index.html'],
    ['app://renderer/index.html#/patients', 'index.html'],
    ['app://renderer/assets/index-abc.js', join('assets', 'index-abc.js')],
    ['app://renderer/assets/a%20b.css', join('assets', 'a b.css')],
  ])('serves %s from the built renderer', (url, file) => {
    expect(rendererFileFor(root, url)).toBe(join(root, file))
  })

  it.each([
    'app://renderer/../outside-renderer.txt',
    'app://renderer/%2e%2e/outside-renderer.txt',
    'app://renderer/assets/..%2f..%2foutside-renderer.txt',
    'app://renderer/assets/%2e%2e%2f%2e%2e%2foutside-renderer.txt',
    'app://renderer/assets/',
    'app://renderer/assets',
    'app://renderer/missing.js',
    'app://renderer/%E0%A4%A',
    'app://evil/index.html',
    'app://renderer.evil.com/index.html',
  ])('serves nothing for %s', (url) => {
    expect(rendererFileFor(root, url)).toBeUndefined()
  })
})
