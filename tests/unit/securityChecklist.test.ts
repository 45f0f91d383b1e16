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

  it("keeps no patient data in the window's own storage: only the preferences listed here", () => {
    // localStorage and sessionStorage are not encrypted, and Chromium writes them to disk. The
    // write-ahead copy of a draft lives in main's encrypted database (draftCopyRepository.ts);
    // the patient search is kept in memory. What may stay is the clinician's own choices.
    const allowed = [
      "'runners-hip:clinician-name'", // the clinician's name, for new assessments
      "'runners-hip:likelihood-numbers'", // whether the differential shows its numbers
      "'runners-hip:reasoning-panel'", // whether the live diagnosis panel is open
    ]
    const users = sources('src/renderer').filter((file) =>
      /\b(localStorage|sessionStorage|indexedDB)\b/.test(readFileSync(file, 'utf8')),
    )
    for (const file of users) {
      const text = readFileSync(file, 'utf8')
      expect(text, file).not.toMatch(/\b(sessionStorage|indexedDB)\b/)
      const keys = [...text.matchAll(/localStorage\.(?:get|set|remove)Item\(([^,)]+)/g)].map((m) =>
        m[1]!.trim(),
      )
      const constants = Object.fromEntries(
        [...text.matchAll(/const (\w+) = ('[^']*')/g)].map((m) => [m[1], m[2]]),
      )
      for (const key of keys) expect(allowed, `${file}: ${key}`).toContain(constants[key] ?? key)
    }
    expect(users.length).toBeGreaterThan(0)
  })
})
