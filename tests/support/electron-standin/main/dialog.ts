import { writeSync } from 'node:fs'
import { requestHost } from './host'
import { BrowserWindow } from './windows'

type Options = Record<string, unknown>

/** `dialog.showXDialog([window, ]options)`: the window argument is optional. */
function split(args: unknown[]): { window?: BrowserWindow; options: Options } {
  const [first, second] = args
  return first instanceof BrowserWindow
    ? { window: first, options: (second ?? {}) as Options }
    : { options: (first ?? {}) as Options }
}

/**
 * Electron's dialog (docs/api/dialog.md). The file dialogs are answered by the test (the
 * host), as a user would answer them; the error box, which Electron allows even before
 * `ready`, is written to stderr on one line the host reads, since main often exits right after.
 */
export const dialog = {
  showSaveDialog(...args: unknown[]) {
    const { window, options } = split(args)
    return requestHost('dialog-save', { windowId: window?.id, options })
  },
  showOpenDialog(...args: unknown[]) {
    const { window, options } = split(args)
    return requestHost('dialog-open', { windowId: window?.id, options })
  },
  showErrorBox(title: string, content: string) {
    writeSync(2, `${ERROR_BOX_MARK}${JSON.stringify({ title, content })}\n`)
  },
}

/** The prefix of the stderr line that carries an error box to the host. */
export const ERROR_BOX_MARK = '[electron-standin] error box: '
