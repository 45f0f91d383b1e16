import Database from 'better-sqlite3'
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, resolve } from 'node:path'
import { channelNames } from '../../src/shared/api/channels'
import { newcomerPath, type RunningApp } from './harness/newcomerPath'
import { tempFolder } from '../support/tempDatabase'
import type { LaunchedApp } from '../support/electron-standin/host/launchApp'
import { expectAccessible } from './harness/accessibility'
import { databaseOf, expect, patientListOf, test } from './harness/fixtures'
import { signInAsClinician } from './harness/signIn'

/**
 * Main's own start-up, glue and security settings, as the built app runs them: out/main/index.js
 * under the Electron stand-in (see tests/support/electron-standin/README.md). Each test names
 * the item of Electron's security checklist it checks (docs/security.md).
 */

test('the app opens its window, its page served and answered by main', async ({
  app,
  electronApp,
  db,
}) => {
  const state = await electronApp.inspect()
  // #18: the page is the app's own custom scheme, never file://.
  expect(state.windows).toHaveLength(1)
  // Loaded at index.html; the clinician went from the home screen to the patient list.
  expect(state.windows[0]!.url).toBe('app://renderer/index.html#/patients')
  expect(state.privilegedSchemes).toEqual([
    { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ])
  expect(state.handledProtocols).toEqual(['app'])
  // Shown once rendered (ready-to-show), not before.
  expect(state.windows[0]!.options.show).toBe(false)
  expect(state.windows[0]!.visible).toBe(true)
  // Every contract call is registered, and nothing else.
  expect(state.ipcChannels.sort()).toEqual(channelNames.map((n) => `api:${n}`).sort())
  // The database main created in the user-data folder is the one the screen reads.
  expect(state.userData.endsWith("Runner's Hip")).toBe(true)
  expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
  await expect(app.getByText('No patients yet')).toBeVisible()
  // Moving between screens moves the hash; main sees the page's address as Electron reports it.
  await app.getByRole('link', { name: 'Add a patient' }).click()
  await expect(app.getByRole('heading', { name: 'New patient' })).toBeVisible()
  await expect
    .poll(async () => (await electronApp.inspect()).windows[0]!.url)
    .toBe('app://renderer/index.html#/patients/new')
  // #1: nothing was fetched from the network.
  expect(electronApp.networkRequests).toEqual([])
})

test('the window’s settings follow the security checklist', async ({ app: _app, electronApp }) => {
  const [window] = (await electronApp.inspect()).windows
  const prefs = window!.options.webPreferences
  expect(prefs).toMatchObject({
    nodeIntegration: false, // #2
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    contextIsolation: true, // #3
    sandbox: true, // #4
    webSecurity: true, // #6
    allowRunningInsecureContent: false, // #8
    experimentalFeatures: false, // #9
    webviewTag: false, // #11, #12
    navigateOnDragDrop: false,
  })
  expect(prefs.enableBlinkFeatures).toBeUndefined() // #10
  expect(prefs.preload).toBe(resolve('out/preload/index.js'))
  // #13, #14, #12: navigation, new windows and webviews are watched on every web contents.
  expect(window!.hasWindowOpenHandler).toBe(true)
  expect(window!.listeners).toEqual({
    'will-navigate': 1,
    'will-redirect': 1,
    'will-attach-webview': 1,
  })
})

test('the page has the contract’s calls and nothing of Node or Electron (#4, #20)', async ({
  app,
}) => {
  const page = await app.evaluate(() => {
    const scope = window as unknown as Record<string, unknown>
    return {
      require: typeof scope.require,
      process: typeof scope.process,
      module: typeof scope.module,
      Buffer: typeof scope.Buffer,
      ipcRenderer: typeof scope.ipcRenderer,
      standinLeftovers: Object.keys(window).filter((key) => key.includes('Standin')),
      api: Object.keys(window.api).sort(),
      apiTypes: [...new Set(Object.values(window.api).map((value) => typeof value))],
      frozen: Object.isFrozen(window.api),
      replaceable: (() => {
        try {
          ;(window as unknown as { api: unknown }).api = {}
        } catch {
          // strict-mode assignment to a read-only property
        }
        return window.api.findPatients === undefined
      })(),
    }
  })
  expect(page).toEqual({
    require: 'undefined',
    process: 'undefined',
    module: 'undefined',
    Buffer: 'undefined',
    ipcRenderer: 'undefined',
    standinLeftovers: [],
    api: [...channelNames].sort(),
    apiTypes: ['function'],
    frozen: true,
    replaceable: false,
  })
})

test('a page that is not the app’s gets no answer from main, and the screen says so (#17)', async ({
  launch,
}) => {
  // What the stand-in reports as the sending frame: another app:// host, as a page that had
  // got into the window would be.
  const launched = await launch({ reportSenderUrl: () => 'app://evil/index.html' })
  const page = await launched.firstWindow()
  await expect(page.getByRole('heading', { name: 'The app could not start' })).toBeVisible()
  await expect(page.getByText('This request did not come from the app.')).toBeVisible()
  const db = await databaseOf(launched)
  expect(db.prepare('SELECT COUNT(*) FROM patients').pluck().get()).toBe(0)
  db.close()
})

test('the page cannot navigate away, open windows, run inline script or get permissions (#5, #7, #13, #14)', async ({
  app,
  electronApp,
}) => {
  // #13: a link to elsewhere and a location change are both stopped by main.
  const viaLink = app.waitForEvent('requestfailed', (r) => r.url() === 'https://example.com/')
  await app.evaluate(() => {
    const link = document.createElement('a')
    link.href = 'https://example.com/'
    document.body.append(link)
    link.click()
    link.remove()
  })
  await viaLink
  const viaLocation = app.waitForEvent(
    'requestfailed',
    (r) => r.url() === 'https://example.org/phish',
  )
  await app.evaluate(() => {
    window.location.href = 'https://example.org/phish'
  })
  await viaLocation
  await expect(app.getByRole('heading', { name: 'Patients', level: 1 })).toBeVisible()
  expect((await electronApp.inspect()).windows[0]!.url).toMatch(/^app:\/\/renderer\//)

  // #14: window.open is refused by main's handler; the app keeps one window.
  const popup = app.waitForEvent('popup')
  await app.evaluate(() => window.open('https://example.com/popup'))
  await (await popup).waitForEvent('close')
  expect((await electronApp.inspect()).windows).toHaveLength(1)

  // #7: the Content-Security-Policy refuses inline script.
  const refused = await app.evaluate(() => {
    const script = document.createElement('script')
    script.textContent = 'window.__inline = true'
    document.head.append(script)
    return (window as unknown as { __inline?: boolean }).__inline === undefined
  })
  expect(refused).toBe(true)
  expect(electronApp.takeProblems(/Content Security Policy/).length).toBeGreaterThan(0)

  // #5: every permission is refused by main's handler.
  for (const permission of ['geolocation', 'media', 'notifications', 'clipboard-read'])
    expect(await electronApp.requestPermission(app, permission)).toBe(false)
  const { session } = await electronApp.inspect()
  expect(session).toEqual({ permissionRequestHandler: true, permissionCheckHandler: true })
})

test('main’s protocol handler serves the built renderer and nothing else', async ({
  app,
  electronApp,
}) => {
  const statuses = await app.evaluate(async () => {
    const status = async (path: string) => {
      const response = await fetch(path)
      return [path, response.status, response.headers.get('content-type')]
    }
    return Promise.all(
      [
        '/index.html',
        '/',
        '/favicon.svg',
        '/assets/',
        '/missing.js',
        '/%2e%2e/%2e%2e/package.json',
      ].map(status),
    )
  })
  expect(statuses).toEqual([
    ['/index.html', 200, 'text/html'],
    ['/', 200, 'text/html'],
    ['/favicon.svg', 200, 'image/svg+xml'],
    ['/assets/', 404, 'text/plain;charset=UTF-8'],
    ['/missing.js', 404, 'text/plain;charset=UTF-8'],
    ['/%2e%2e/%2e%2e/package.json', 404, 'text/plain;charset=UTF-8'],
  ])
  expect(electronApp.takeProblems(/status of 404/)).toHaveLength(3)
})

test('a second start hands over to the first window and quits (single-instance lock)', async ({
  launch,
}) => {
  const first = await launch()
  const window = await patientListOf(first)
  await first.minimize(window)
  expect((await first.inspect()).windows[0]).toMatchObject({ minimized: true })
  const { userData } = await first.inspect()
  const second = await launch({ appData: resolve(userData, '..') })
  expect(await second.exited).toEqual({ code: 0, signal: null })
  expect(second.errorBoxes).toEqual([])
  await expect
    .poll(async () => (await first.inspect()).windows[0])
    .toMatchObject({
      minimized: false,
      focused: true,
    })
})

test('closing the window quits and closes the database; the next start finds everything', async ({
  launch,
}) => {
  const first = await launch()
  const window = await patientListOf(first)
  await window.getByRole('link', { name: 'Add a patient' }).click()
  await window.getByLabel('First name').fill('Ines')
  await window.getByLabel('Surname').fill('Carvalho')
  await window.getByLabel('Date of birth').fill('1979-05-02')
  await window.getByLabel('Sex').selectOption('Female')
  await window.getByRole('button', { name: 'Save patient' }).click()
  await expect(window.getByRole('heading', { level: 1, name: 'Ines Carvalho' })).toBeVisible()
  const { userData } = await first.inspect()
  expect(await first.close()).toBe(0)
  // will-quit closed the database: its write-ahead log was folded back into the file.
  expect(existsSync(join(userData, 'runners-hip.sqlite-wal'))).toBe(false)

  const again = await launch({ appData: resolve(userData, '..') })
  const page = await patientListOf(again)
  await expect(page.getByRole('link', { name: /Carvalho, Ines/ })).toBeVisible()
})

test('a database from a newer version of the app is refused with a message, untouched', async ({
  launch,
}) => {
  const folder = tempFolder('runners-hip-newer-')
  const userData = join(folder.dir, 'config', "Runner's Hip")
  mkdirSync(userData, { recursive: true })
  const file = join(userData, 'runners-hip.sqlite')
  const newer = new Database(file)
  newer.exec('CREATE TABLE future (x); PRAGMA user_version = 999')
  newer.close()
  const before = readFileSync(file)

  const launched = await launch({ appData: join(folder.dir, 'config') })
  const page = await launched.firstWindow()
  await expect(page.getByRole('heading', { name: 'Written by a newer version' })).toBeVisible()
  await expect(page.getByText(/newer version of the app.*It has not been changed/)).toBeVisible()
  expect(readFileSync(file).equals(before)).toBe(true)
  expect(existsSync(join(userData, 'runners-hip.key'))).toBe(false)
  await launched.close()
  expect(readFileSync(file).equals(before)).toBe(true)
  folder.cleanup()
})

test('an installed app has no developer menu items and ignores a dev-server address', async ({
  launch,
}) => {
  const launched = await launch({
    env: {
      ELECTRON_STANDIN_PACKAGED: '1',
      ELECTRON_STANDIN_RESOURCES_PATH: resolve('resources'),
      ELECTRON_RENDERER_URL: 'https://example.com/',
    },
  })
  await patientListOf(launched)
  const state = await launched.inspect()
  expect(state.isPackaged).toBe(true)
  expect(state.windows[0]!.url).toMatch(/^app:\/\/renderer\//)
  const roles = JSON.stringify(state.applicationMenu)
  expect(roles).not.toMatch(/toggleDevTools|"reload"/)
  expect(roles).toMatch(/editMenu/)
  expect(launched.networkRequests).toEqual([])
})

test('npm run dev: the unpackaged app loads the dev server and trusts it alone', async ({
  launch,
}) => {
  const root = resolve('out/renderer')
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname
    const file = join(root, path === '/' ? 'index.html' : path)
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end()
      return
    }
    const types: Record<string, string> = {
      '.html': 'text/html',
      '.js': 'text/javascript',
      '.css': 'text/css',
      '.svg': 'image/svg+xml',
    }
    response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' })
    createReadStream(file).pipe(response)
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const devUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
  try {
    const launched = await launch({ env: { ELECTRON_RENDERER_URL: devUrl } })
    const page = await patientListOf(launched)
    await expect(page.getByText('No patients yet')).toBeVisible()
    expect((await launched.inspect()).windows[0]!.url.startsWith(devUrl)).toBe(true)
    await launched.close()
  } finally {
    await new Promise((done) => server.close(done))
  }
})

test("a newcomer's first day (the Electron smoke test's path): a patient, a finalised assessment, a PDF, and all of it after a restart", async ({
  launch,
}) => {
  test.setTimeout(240_000)
  let again: { appData: string; desktop: LaunchedApp['desktop'] } | undefined
  const start = async (): Promise<RunningApp> => {
    const launched = await launch(again ?? {})
    again ??= {
      appData: resolve((await launched.inspect()).userData, '..'),
      desktop: launched.desktop,
    }
    return {
      window: await launched.firstWindow(),
      willSaveAs: async (fileName) => launched.desktop.willSaveAs(fileName)!,
      quit: async () => expect(await launched.close()).toBe(0),
    }
  }
  await newcomerPath(start)
})

test('on a computer with no secure key store, the clinic chooses a passphrase and types it at each start', async ({
  launch,
}) => {
  const noKeyStore = { ELECTRON_STANDIN_SECRET_STORE: 'none' }
  const first = await launch({ env: noKeyStore })
  const page = await first.firstWindow()
  await expect(page.getByRole('heading', { name: 'Choose the clinic’s passphrase' })).toBeVisible()
  await expectAccessible(page, 'choosing the passphrase')
  await expect(page.getByText(/no secure key store/)).toBeVisible()
  await page.getByLabel('Passphrase', { exact: true }).fill('short')
  await page.getByLabel('The same passphrase again').fill('shorter')
  await page.getByRole('button', { name: 'Encrypt and open' }).click()
  await expect(page.getByLabel('Passphrase', { exact: true })).toHaveAccessibleDescription(
    /at least 12 characters/,
  )
  await expect(page.getByLabel('The same passphrase again')).toHaveAccessibleDescription(
    'The two passphrases are not the same',
  )
  const passphrase = 'kettle orchard gravel lantern'
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase)
  await page.getByLabel('The same passphrase again').fill(passphrase)
  await page.getByRole('button', { name: 'Encrypt and open' }).click()
  await signInAsClinician(page)
  const { userData } = await first.inspect()
  expect(existsSync(join(userData, 'runners-hip.key'))).toBe(false)
  expect(await first.close()).toBe(0)

  const again = await launch({ appData: resolve(userData, '..'), env: noKeyStore })
  const next = await again.firstWindow()
  await expect(next.getByRole('heading', { name: 'Open the clinic’s records' })).toBeVisible()
  await next.getByLabel('Passphrase', { exact: true }).fill('kettle orchard gravel lanterns')
  await next.getByRole('button', { name: 'Open' }).click()
  await expect(next.getByLabel('Passphrase', { exact: true })).toHaveAccessibleDescription(
    'That passphrase does not open the clinic’s records',
  )
  await expectAccessible(next, 'a wrong passphrase')
  await next.getByLabel('Passphrase', { exact: true }).fill(passphrase)
  await next.getByRole('button', { name: 'Open' }).click()
  await expect(next.getByRole('heading', { name: 'Sign in' })).toBeVisible()
  await expectAccessible(next, 'sign in')
  await signInAsClinician(next)
})
