import type { ErrorCode, FieldIssue } from '../shared/api/result'

/**
 * An expected failure that the IPC layer turns into `{ ok: false, error }`. Messages must be
 * safe to show and to log: they never contain patient data.
 */
export class AppError extends Error {
  constructor(
    readonly code: Exclude<ErrorCode, 'internal'>,
    message: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message)
    this.name = 'AppError'
  }
}

export const notFound = (what: string) => new AppError('not-found', `${what} was not found.`)
