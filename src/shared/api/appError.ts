import type { ErrorCode, FieldIssue } from './result'

/**
 * An expected failure that the IPC layer turns into `{ ok: false, error }`: a record that is not
 * there, a rule the change breaks. Workflow rules (src/shared/workflow) and main's repositories
 * throw it. Messages must be safe to show and to log: they never contain patient data.
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
