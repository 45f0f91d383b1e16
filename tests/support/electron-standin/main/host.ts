import type { MainToHost, MainToHostResults } from '../wire'

/**
 * The windows' side as main's half of the stand-in sees it. In the end-to-end tests it is the
 * test process, reached over the child process channel; in unit tests that load main's modules
 * in one process there is none, and anything that needs a window says so.
 */
export interface WindowHost {
  request<K extends keyof MainToHost & string>(
    kind: K,
    payload: MainToHost[K],
  ): Promise<MainToHostResults[K]>
}

let current: WindowHost | undefined

export function setWindowHost(host: WindowHost | undefined) {
  current = host
}

export function requestHost<K extends keyof MainToHost & string>(
  kind: K,
  payload: MainToHost[K],
): Promise<MainToHostResults[K]> {
  if (!current) {
    return Promise.reject(
      new Error(`The Electron stand-in has no window host here: '${kind}' needs one.`),
    )
  }
  return current.request(kind, payload)
}

export const hasWindowHost = () => current !== undefined
