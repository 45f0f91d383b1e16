import { existsSync } from 'node:fs'

/**
 * The Chromium to drive. `npx playwright install` downloads a browser and is not possible on
 * the build machines, so we use Debian's (/usr/bin/chromium). Elsewhere set CHROMIUM_PATH, or
 * leave it unset to use a browser Playwright installed itself.
 */
export function chromiumExecutable(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']
  return candidates.find((path): path is string => !!path && existsSync(path))
}
