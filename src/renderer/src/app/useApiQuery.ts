import { useCallback, useEffect, useState } from 'react'
import type { ApiError, Result } from '@shared/api/result'

export type QueryState<T> =
  { status: 'loading' } | { status: 'ok'; value: T } | { status: 'error'; error: ApiError }

/**
 * Runs an API call when `key` changes and keeps the latest answer. Answers to superseded calls
 * are dropped, so a slow early search cannot overwrite a later one.
 */
export function useApiQuery<T>(
  call: () => Promise<Result<T>>,
  key: string,
): QueryState<T> & { reload: () => void } {
  const [state, setState] = useState<QueryState<T>>({ status: 'loading' })
  const [generation, setGeneration] = useState(0)
  const reload = useCallback(() => setGeneration((g) => g + 1), [])

  useEffect(() => {
    let current = true
    call().then(
      (result) => {
        if (!current) return
        setState(
          result.ok
            ? { status: 'ok', value: result.value }
            : { status: 'error', error: result.error },
        )
      },
      () => {
        if (current) {
          setState({
            status: 'error',
            error: { code: 'internal', message: 'The app did not answer. Please try again.' },
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

  return { ...state, reload }
}
