import { readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { createCloneCodec } from '../cloneCodec'

/** The page binding that carries `ipcRenderer.invoke` to the host; hidden from the page. */
export const INVOKE_BINDING = '__electronStandinInvoke'
const REQUIRE_GLOBAL = '__electronStandinPreloadRequire'

/**
 * The renderer half of the stand-in, run in the page before anything else: what a sandboxed
 * preload's `require` gives (docs/tutorial/sandbox.md: `electron` with contextBridge and
 * ipcRenderer; nothing from Node). It runs as text in the page, so it takes the codec's source
 * and keeps no reference outside its body.
 */
function installRendererSide(
  createCodec: typeof createCloneCodec,
  names: { binding: string; require: string },
) {
  // The page's window; typed loosely, as this file is also compiled for Node.
  const scope = globalThis as unknown as Record<string, unknown>
  if (scope !== scope.top) return // Electron runs preloads in the top frame only
  const codec = createCodec()
  const invoke = scope[names.binding] as (channel: string, args: string) => Promise<string>
  delete scope[names.binding]

  const ipcRenderer = {
    // docs/api/ipc-renderer.md: arguments are structured-cloned; what cannot be cloned throws.
    invoke(channel: string, ...args: unknown[]): Promise<unknown> {
      let cloned: unknown[]
      try {
        cloned = structuredClone(args)
      } catch {
        return Promise.reject(new Error('An object could not be cloned.'))
      }
      return invoke(channel, codec.encode(cloned)).then((text) => {
        const reply = codec.decode(text) as { ok: boolean; value?: unknown; message?: string }
        if (reply.ok) return reply.value
        throw new Error(reply.message)
      })
    },
  }

  // docs/api/context-bridge.md: functions are proxied, every other value is copied and frozen;
  // arguments and results crossing a proxied function are copied too.
  const copy = (value: unknown): unknown => {
    if (typeof value === 'function') {
      const fn = value as (...args: unknown[]) => unknown
      return (...args: unknown[]) => {
        const result = fn(...args.map(copy))
        return result instanceof Promise ? result.then(copy) : copy(result)
      }
    }
    if (value === null || typeof value !== 'object') return value
    if (Array.isArray(value)) return Object.freeze(value.map(copy))
    if (Object.getPrototypeOf(value) !== Object.prototype) return structuredClone(value)
    return Object.freeze(
      Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, copy(v)])),
    )
  }
  const contextBridge = {
    exposeInMainWorld(key: string, api: unknown) {
      if (key in scope)
        throw new Error('Cannot bind an API on top of an existing property on the window object')
      Object.defineProperty(scope, key, { value: copy(api), enumerable: true })
    },
  }

  const modules: Record<string, unknown> = { electron: { contextBridge, ipcRenderer } }
  Object.defineProperty(scope, names.require, {
    configurable: true,
    value: (name: string) => {
      if (name in modules) return modules[name]
      throw new Error(`module not found: ${name}`)
    },
  })
}

/** The first line of the script that runs the preload; coverage offsets skip it. */
const PRELOAD_PREFIX = `if (window === window.top) (function (require) {`

/**
 * The scripts a window with `webPreferences.preload` runs before its page: the renderer half
 * above, then the built preload itself (its own text, named by its file URL so coverage and
 * stack traces point at it), given the sandbox's `require`, which is then removed.
 */
export function preloadScripts(preloadPath: string) {
  const runtime = `(${installRendererSide.toString()})(${createCloneCodec.toString()}, ${JSON.stringify(
    { binding: INVOKE_BINDING, require: REQUIRE_GLOBAL },
  )});`
  const url = pathToFileURL(preloadPath).href
  const preload =
    `${PRELOAD_PREFIX}${readFileSync(preloadPath, 'utf8')}\n})(window.${REQUIRE_GLOBAL});\n` +
    `delete window.${REQUIRE_GLOBAL};\n//# sourceURL=${url}\n`
  return { runtime, preload, url, preloadOffset: PRELOAD_PREFIX.length }
}
