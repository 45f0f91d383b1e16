/**
 * What every IPC call returns. Failures are values, never thrown, so that the renderer can put
 * main's validation messages on the right field and nothing depends on how Electron (or the
 * test bridge) transports exceptions.
 */

export type ErrorCode =
  /** The input failed the contract's schema; `issues` says where. */
  | 'invalid-input'
  | 'not-found'
  /** The input is valid but clashes with stored data (e.g. a record number already in use). */
  | 'conflict'
  /** Nobody is signed in, or the app is locked: the screen asks for a passcode. */
  | 'locked'
  /** Something unexpected; the message is safe to show and contains no patient data. */
  | 'internal'

export interface FieldIssue {
  /** Path into the input, e.g. `['fields', 'dateOfBirth']`. */
  path: (string | number)[]
  message: string
}

export interface ApiError {
  code: ErrorCode
  message: string
  issues?: FieldIssue[]
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError }

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })
export const fail = (error: ApiError): Result<never> => ({ ok: false, error })
