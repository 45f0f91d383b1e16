import type { Api } from '../shared/api/contract'

declare global {
  interface Window {
    /** The contract's calls, exposed by the preload (or by the end-to-end harness). */
    readonly api: Api
  }
}

export {}
