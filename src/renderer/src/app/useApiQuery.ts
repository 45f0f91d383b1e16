import { useCallback, useEffect, useState } from 'react'
import type { ApiError, Result } from '@shared/api/result'

export type QueryState<T> =
  { status: 'loading' } | { status: 'ok'; value: T } | { status: 'error'; error: ApiError }

const loading = { status: 'loading' } as const

/**
 * Runs an API call when `key` changes and keeps the latest answer. Answers to superseded calls
 * are dropped, so a slow early search cannot overwrite a later one.
 *
 * While a new key loads, the answer for the old key is not shown: a screen moving from one
 * patient or assessment to another must not show the first one's record under the second's
 * name. A search sets `keepPreviousWhileLoading` so the list does not blank at each keystroke.
 * `reload()` keeps the current answer on screen until the fresh one arrives.
 */
export function useApiQuery<T>(
  call: () => Promise<Result<T>>,
  key: string,
  { keepPreviousWhileLoading = false }: { keepPreviousWhileLoading?: boolean } = {},
): QueryState<T> & { reload: () => void } {
  const [answer, setAnswer] = useState<{ key: string; state: QueryState<T> }>({
    key,
    state: loading,
  })
  const [generation, setGeneration] = useState(0)
  const reload = useCallback(() => setGeneration((g) => g + 1), [])

  useEffect(() => {
    let current = true
    call().then(
      (result) => {
        if (!current) return
        setAnswer({
          key,
          state: result.ok
            ? { status: 'ok', value: result.value }
            : { status: 'error', error: result.error },
        })
      },
      () => {
        if (current) {
          setAnswer({
            key,
            state: {
              status: 'error',
              error: { code: 'internal', message: 'The app did not answer. Please try again.' },
            },
          })
        }
      },
    )
    return () => {
      current = false
    }
    // `call` is recreated on every render; `key` says when it asks for something new.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, generation])

  const state = answer.key === key || keepPreviousWhileLoading ? answer.state : loading
  return { ...state, reload }
}
