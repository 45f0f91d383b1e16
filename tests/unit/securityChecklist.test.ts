import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * The items of Electron's security checklist (docs/security.md) that are facts about the code
 * or the dependencies rather than about the running app.
 */

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : []
  })
}

describe('Electron security checklist', () => {
  it('#15: nothing hands a URL to the OS (shell.openExternal needs an allow-list first)', () => {
    const callers = sources('src').filter((file) =>
      /\bopenExternal\b|\bshell\.openPath\b/.test(readFileSync(file, 'utf8')),
    )
    expect(callers).toEqual([])
  })

  it('#16: Electron is the version package.json pins, a supported major', () => {
    const pinned = JSON.parse(readFileSync('package.json', 'utf8')).devDependencies.electron
    const installed = JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')).version
    expect(installed).toBe(pinned)
    // Electron supports its latest three majors; 45 was the current one in November 2026.
    expect(Number(installed.split('.')[0])).toBeGreaterThanOrEqual(45)
  })

  it('#7: the renderer declares a strict Content-Security-Policy', () => {
    const html = readFileSync('src/renderer/index.html', 'utf8')
    const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? ''
    const directives = Object.fromEntries(
      policy.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/)
        return [name, values.join(' ')]
      }),
    )
    expect(directives).toMatchObject({
      'default-src': "'none'",
      'script-src': "'self'",
      'connect-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'none'",
      'form-action': "'none'",
      'frame-src': "'none'",
    })
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/)
  })
})
