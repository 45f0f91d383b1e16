import type { z } from 'zod'
import { contract, type OutputOf, type ParsedInputOf } from '../../shared/api/contract'
import type { ChannelName } from '../../shared/api/channels'
import type { FieldIssue, Result } from '../../shared/api/result'
import { AppError } from '../errors'

/** One call as main registers it with ipcMain: any input in, always a Result out. */
export type Handler<K extends ChannelName> = (input: unknown) => Promise<Result<OutputOf<K>>>

/** Handlers for some of the contract's calls (the start-up screens', or the clinic's). */
export type Handlers<K extends ChannelName> = { [P in K]: Handler<P> }

/** Every call of the contract. */
export type HandlerTable = Handlers<ChannelName>

/** The business side of each call: receives input already parsed by the contract's schema. */
export type Implementations<K extends ChannelName = ChannelName> = {
  [P in K]: (input: ParsedInputOf<P>) => OutputOf<P> | Promise<OutputOf<P>>
}

export type ErrorReporter = (channel: ChannelName, error: unknown) => void

/**
 * Wraps each implementation so that it only ever sees valid input and only ever returns a
 * Result: schema failures become `invalid-input` with field paths, AppErrors keep their code,
 * anything else becomes a generic `internal` error whose details go to `report` (which must not
 * log patient data) and never to the renderer.
 */
export function defineHandlers<K extends ChannelName>(
  impl: Implementations<K>,
  report: ErrorReporter,
): Handlers<K> {
  const table: Partial<Record<ChannelName, (input: unknown) => Promise<Result<unknown>>>> = {}
  for (const name of Object.keys(impl) as K[]) {
    const schema: z.ZodType = contract[name].input
    const run = impl[name] as (input: unknown) => unknown
    table[name] = async (input: unknown) => {
      const parsed = schema.safeParse(input)
      if (!parsed.success) {
        return {
          ok: false,
          error: {
            code: 'invalid-input',
            message: 'Some of the information is not valid.',
            issues: issuesOf(parsed.error),
          },
        }
      }
      try {
        return { ok: true, value: await run(parsed.data) }
      } catch (error) {
        if (error instanceof AppError) {
          return {
            ok: false,
            error: {
              code: error.code,
              message: error.message,
              ...(error.issues ? { issues: error.issues } : {}),
            },
          }
        }
        report(name, error)
        return {
          ok: false,
          error: {
            code: 'internal',
            message: 'Something went wrong and nothing was saved. Please try again.',
          },
        }
      }
    }
  }
  return table as Handlers<K>
}

function issuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.filter((p): p is string | number => typeof p !== 'symbol'),
    message: issue.message,
  }))
}
