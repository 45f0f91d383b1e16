import { useCallback, useEffect, useRef, useState } from 'react'
import type { PatientCursor, PatientSearchResult, PatientSummary } from '@shared/api/contract'
import { useApiQuery, type QueryState } from '../../app/useApiQuery'

interface MorePages {
  /** The first page these follow; pages for an older search are dropped. */
  after: PatientSearchResult
  patients: PatientSummary[]
  next?: PatientCursor
}

export type PatientPages = QueryState<{
  patients: PatientSummary[]
  /** More patients match than are shown. */
  more: boolean
}> & {
  loadingMore: boolean
  moreError?: string
  /** Fetches the next page (once at a time); resolves when it is shown or failed. */
  loadMore: () => Promise<void>
}

/**
 * The patients matching `query`, a page at a time in list order: the first page when the query
 * changes (the previous answer stays on screen meanwhile), then each next page on request, from
 * where the last one ended (main's cursor).
 */
export function usePatientPages(query: string, includeArchived = false): PatientPages {
  const first = useApiQuery(
    () => window.api.findPatients({ query, includeArchived }),
    `${includeArchived ? 'with archived' : 'caseload'}|${query}`,
    { keepPreviousWhileLoading: true },
  )
  const firstPage = first.status === 'ok' ? first.value : undefined
  const [more, setMore] = useState<MorePages>()
  const [loadingMore, setLoadingMore] = useState(false)
  const [moreError, setMoreError] = useState<string>()
  const inFlight = useRef<Promise<void>>(undefined)
  const current = useRef({ query, includeArchived, firstPage, more })
  useEffect(() => {
    current.current = { query, includeArchived, firstPage, more }
  }, [query, includeArchived, firstPage, more])

  const loadMore = useCallback((): Promise<void> => {
    // One page at a time: a second caller waits for the page already on its way.
    if (inFlight.current) return inFlight.current
    const {
      query: asked,
      includeArchived: archived,
      firstPage: base,
      more: shown,
    } = current.current
    if (!base) return Promise.resolve()
    const extra = shown?.after === base ? shown : undefined
    const after = extra ? extra.next : base.next
    if (!after) return Promise.resolve()
    setLoadingMore(true)
    setMoreError(undefined)
    const load = (async () => {
      try {
        const result = await window.api.findPatients({
          query: asked,
          after,
          includeArchived: archived,
        })
        if (current.current.firstPage !== base) return
        if (!result.ok) {
          setMoreError(result.error.message)
          return
        }
        const next = {
          after: base,
          patients: [...(extra?.patients ?? []), ...result.value.patients],
          ...(result.value.next ? { next: result.value.next } : {}),
        }
        // The next call reads it at once, before React has rendered it.
        current.current = { ...current.current, more: next }
        setMore(next)
      } catch {
        setMoreError('The app did not answer. Please try again.')
      } finally {
        inFlight.current = undefined
        setLoadingMore(false)
      }
    })()
    inFlight.current = load
    return load
  }, [])

  if (first.status !== 'ok') return { ...first, loadingMore: false, loadMore }
  const extra = more?.after === first.value ? more : undefined
  return {
    status: 'ok',
    value: {
      patients: extra ? [...first.value.patients, ...extra.patients] : first.value.patients,
      more: (extra ? extra.next : first.value.next) !== undefined,
    },
    loadingMore,
    ...(moreError ? { moreError } : {}),
    loadMore,
  }
}
