import type { Page } from '@playwright/test'
import { channelNames } from '../../../src/shared/api/channels'
import type { HandlerTable } from '../../../src/main/ipc/defineHandlers'

/**
 * Installs `window.api` in the page from main's handler table, standing in for the preload
 * and Electron's IPC. It is at least as strict as Electron:
 * - in the page, the input goes through structuredClone (Electron's IPC serialisation), so
 *   functions, DOM nodes and the like are refused with a DataCloneError as in the app;
 * - it also refuses values that Electron would carry but Playwright's binding would silently
 *   change (Map, Set, Date, typed arrays...): the contract is plain data only;
 * - in Node, the handler's result goes through structuredClone before it is returned.
 */
export async function installApiBridge(page: Page, handlers: HandlerTable) {
  await page.exposeBinding('__apiBridge', async (_source, name: string, input: unknown) => {
    if (!(channelNames as readonly string[]).includes(name))
      throw new Error(`No handler registered for 'api:${name}'`)
    const result = await handlers[name as keyof HandlerTable](input)
    return structuredClone(result)
  })
  await page.addInitScript((names: readonly string[]) => {
    const assertPlainData = (value: unknown, path: string): void => {
      if (value === null || value === undefined) return
      const type = typeof value
      if (type === 'string' || type === 'boolean') return
      if (type === 'number') {
        if (!Number.isFinite(value)) throw new TypeError(`${path} is not a finite number`)
        return
      }
      if (Array.isArray(value)) {
        value.forEach((item, i) => assertPlainData(item, `${path}[${i}]`))
        return
      }
      if (type === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
        for (const [key, item] of Object.entries(value as object))
          assertPlainData(item, `${path}.${key}`)
        return
      }
      throw new TypeError(`${path} is not plain data (${Object.prototype.toString.call(value)})`)
    }
    type Bridge = (name: string, input: unknown) => Promise<unknown>
    const bridge = (window as unknown as { __apiBridge: Bridge }).__apiBridge
    const api = Object.fromEntries(
      names.map((name) => [
        name,
        async (input: unknown) => {
          const cloned = structuredClone(input) // throws DataCloneError like Electron's IPC
          assertPlainData(cloned, 'input')
          return bridge(name, cloned)
        },
      ]),
    )
    Object.defineProperty(window, 'api', { value: Object.freeze(api), enumerable: true })
  }, channelNames)
}
