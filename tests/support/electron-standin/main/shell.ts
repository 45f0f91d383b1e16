import { requestHost, hasWindowHost } from './host'

export const openedExternally: string[] = []

/** Electron's shell (docs/api/shell.md): what main hands to the OS is recorded, never opened. */
export const shell = {
  async openExternal(url: string) {
    openedExternally.push(url)
    if (hasWindowHost()) await requestHost('shell-open-external', { url })
  },
  async openPath(path: string) {
    openedExternally.push(path)
    return ''
  },
  showItemInFolder(path: string) {
    openedExternally.push(path)
  },
}
