import { chromium, type Browser } from '@playwright/test'
import { existsSync, readFileSync } from 'node:fs'
import { extname, join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { SessionState } from '../../src/shared/model/clinician'
import { chromiumExecutable } from '../../tests/e2e/harness/chromium'
import type { BenchContext } from './benchContext'
import { notMeasured, row, single, type Row } from './results'
import { statsOf } from './timing'

/*
 * The renderer as built (out/renderer, from `npm run build`): the size of the JavaScript and CSS
 * the window loads first, and the time from navigation to the first frame showing a row of the
 * patient list, in Debian's Chromium (as the end-to-end tests use), with a stand-in window.api
 * that answers from this clinic through the same handler table (findPatients and the rest) and
 * says the records are open and a clinician signed in. Each repetition is a new page, as at
 * start-up. The calls travel over Playwright's page binding, not Electron's IPC, which adds its
 * own latency to every call (three are made before the list shows).
 *
 * Raw: the same first 50 rows as a static HTML table with no script, timed the same way in the
 * same browser: the floor for putting that list on screen.
 */

const ORIGIN = 'http://renderer.bench.localhost'
const RENDERER = resolve('out/renderer')
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
}

/** The first frame after a list row is in the document (the rAF callback runs just before it). */
const FIRST_ROW_PROBE = `
  new MutationObserver((_, observer) => {
    if (!document.querySelector('table tbody tr')) return
    observer.disconnect()
    requestAnimationFrame(() => { window.__benchFirstRowFrame = performance.now() })
  }).observe(document, { childList: true, subtree: true })
`
const API_STAND_IN = `
  window.api = new Proxy({}, { get: (_, name) => (input) => window.__benchInvoke(String(name), input) })
`

const CLINICIAN = {
  id: '00000000-0000-4000-8000-00000000be9c',
  name: 'Bench Clinician',
  profession: 'physiotherapist' as const,
}
const SESSION: SessionState = {
  clinicians: [CLINICIAN],
  signedIn: CLINICIAN,
  locked: false,
  lockAfterMinutes: 120,
}

/** The scripts and stylesheets index.html loads, gzipped as a web server would send them. */
export function initialAssetSizes():
  { jsGzipKb: number; jsKb: number; cssGzipKb: number } | undefined {
  const index = join(RENDERER, 'index.html')
  if (!existsSync(index)) return undefined
  const html = readFileSync(index, 'utf8')
  const assets = (pattern: RegExp) =>
    [...html.matchAll(pattern)].map((m) =>
      readFileSync(join(RENDERER, m[1]!.replace(/^\.?\//, ''))),
    )
  // Chunks a split build preloads are part of the first load too.
  const scripts = [
    ...assets(/<script[^>]*src="([^"]+)"/g),
    ...assets(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ]
  const styles = assets(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)
  const kb = (buffers: Buffer[], gzip: boolean) =>
    buffers.reduce((sum, b) => sum + (gzip ? gzipSync(b).length : b.length), 0) / 1024
  return { jsGzipKb: kb(scripts, true), jsKb: kb(scripts, false), cssGzipKb: kb(styles, true) }
}

function staticList(ctx: BenchContext): string {
  const rows = ctx.db
    .prepare(
      'SELECT given_name, family_name, date_of_birth, sex, record_number FROM patients ORDER BY family_folded, search_name, date_of_birth LIMIT 50',
    )
    .all() as Record<string, string | null>[]
  const cell = (v: string | null | undefined) =>
    `<td>${(v ?? '—').replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'))}</td>`
  return `<!doctype html><html lang="en-GB"><head><meta charset="UTF-8"><title>Patients</title></head><body>
<h1>Patients</h1><table><thead><tr><th>Name</th><th>Date of birth</th><th>Sex</th><th>Record no.</th></tr></thead><tbody>
${rows.map((r) => `<tr>${cell(`${r.family_name}, ${r.given_name}`)}${cell(r.date_of_birth)}${cell(r.sex)}${cell(r.record_number)}</tr>`).join('\n')}
</tbody></table></body></html>`
}

async function firstRowTimes(browser: Browser, ctx: BenchContext, path: string, rounds: number) {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 860 },
    locale: 'en-GB',
  })
  const staticPage = staticList(ctx)
  try {
    await context.route(`${ORIGIN}/**`, async (route) => {
      const url = new URL(route.request().url())
      if (url.pathname === '/static-list.html')
        return route.fulfill({ status: 200, contentType: 'text/html', body: staticPage })
      const file = join(RENDERER, decodeURIComponent(url.pathname))
      if (!file.startsWith(RENDERER) || !existsSync(file))
        return route.fulfill({ status: 404, body: '' })
      return route.fulfill({
        status: 200,
        contentType: TYPES[extname(file)] ?? 'application/octet-stream',
        body: readFileSync(file),
      })
    })
    await context.exposeBinding('__benchInvoke', async (_source, name: string, input: unknown) => {
      if (name === 'getStartupState') return { ok: true, value: { state: 'ready' } }
      if (['getSession', 'touchSession', 'lockSession'].includes(name))
        return { ok: true, value: SESSION }
      const handler = (ctx.handlers as unknown as Record<string, (i: unknown) => Promise<unknown>>)[
        name
      ]
      if (!handler)
        return { ok: false, error: { code: 'internal', message: `No stand-in for ${name}` } }
      return handler(input)
    })
    await context.addInitScript({ content: API_STAND_IN + FIRST_ROW_PROBE })
    const samples: number[] = []
    for (let r = 0; r < rounds + 1; r++) {
      const page = await context.newPage()
      try {
        await page.goto(`${ORIGIN}${path}`)
        const at = await page.waitForFunction(
          () => (globalThis as { __benchFirstRowFrame?: number }).__benchFirstRowFrame,
          undefined,
          {
            timeout: 60_000,
          },
        )
        // The first page load warms Chromium's own caches: it is not counted.
        if (r > 0) samples.push((await at.jsonValue()) as number)
      } finally {
        await page.close()
      }
    }
    return statsOf(samples)
  } finally {
    await context.close()
  }
}

export async function measureRenderer(ctx: BenchContext): Promise<Row[]> {
  const sizes = initialAssetSizes()
  if (!sizes) {
    const why = 'no built renderer in out/renderer: run `npm run build` first'
    return [
      notMeasured('renderer.initialJs', 'renderer: initial JS (gzip)', why),
      notMeasured('renderer.firstPaint', 'renderer: first paint of the patient list', why),
    ]
  }
  const rows: Row[] = [
    single('renderer.initialJs', 'renderer: initial JS (gzip)', sizes.jsGzipKb, 'kB', {
      extra: { jsKb: sizes.jsKb, cssGzipKb: sizes.cssGzipKb },
    }),
  ]
  const executablePath = chromiumExecutable()
  let browser: Browser
  try {
    browser = await chromium.launch({
      ...(executablePath ? { executablePath } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    })
  } catch (error) {
    rows.push(
      notMeasured(
        'renderer.firstPaint',
        'renderer: first paint of the patient list',
        `Chromium did not start (${error instanceof Error ? error.message.split('\n')[0] : 'unknown'})`,
      ),
    )
    return rows
  }
  try {
    const rounds = ctx.rounds(10)
    const app = await firstRowTimes(browser, ctx, '/index.html#/patients', rounds)
    const raw = await firstRowTimes(browser, ctx, '/static-list.html', rounds)
    rows.push(
      row('renderer.firstPaint', 'renderer: first paint of the patient list', app, {
        raw: { ...raw, what: 'the same 50 rows as static HTML, no script, same browser' },
        note: 'navigation to the first frame with a list row; window.api over a Playwright binding',
      }),
    )
  } finally {
    await browser.close()
  }
  return rows
}
