import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { patientFullName, sexLabels } from '@shared/model/patient'
import { formatAge, formatDate, formatDateTime } from '../../app/formatting'
import { hrefOf, navigate } from '../../app/router'
import { useApiQuery } from '../../app/useApiQuery'
import { useShortcut } from '../../app/useShortcut'
import { EmptyState } from '../../components/EmptyState'
import { Notice } from '../../components/Notice'
import { PageHeader } from '../../components/PageHeader'

const DEBOUNCE_MS = 120

/**
 * The search the user last typed, so that "back to the list" finds it again. A search is often a
 * patient's name: it is kept in this window's memory only, never in its storage (which the
 * browser engine may write to disk, unencrypted), and is gone when the window closes.
 */
let lastSearch = ''
function useRememberedSearch() {
  const [query, setQuery] = useState(() => lastSearch)
  useEffect(() => {
    lastSearch = query
  }, [query])
  return [query, setQuery] as const
}

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms)
    return () => clearTimeout(timer)
  }, [value, ms])
  return debounced
}

export function PatientListScreen() {
  const [query, setQuery] = useRememberedSearch()
  const searched = useDebounced(query, DEBOUNCE_MS)
  const search = useApiQuery(() => window.api.findPatients({ query: searched }), searched, {
    keepPreviousWhileLoading: true,
  })
  const searchBox = useRef<HTMLInputElement>(null)
  const results = useRef<HTMLTableSectionElement>(null)

  useShortcut('/', () => searchBox.current?.focus())
  useShortcut('mod+f', () => searchBox.current?.focus())

  const focusFirstResult = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'ArrowDown') return
    event.preventDefault()
    results.current?.querySelector<HTMLAnchorElement>('a')?.focus()
  }
  const moveBetweenResults = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return
    const links = [...(results.current?.querySelectorAll<HTMLAnchorElement>('a') ?? [])]
    const index = links.indexOf(document.activeElement as HTMLAnchorElement)
    if (index < 0) return
    event.preventDefault()
    const next = index + (event.key === 'ArrowDown' ? 1 : -1)
    if (next < 0) searchBox.current?.focus()
    else links[Math.min(next, links.length - 1)]?.focus()
  }

  const trimmed = searched.trim()
  return (
    <>
      <PageHeader
        title="Patients"
        actions={
          <a className="button button--primary" href={hrefOf({ name: 'patient-new' })}>
            New patient
          </a>
        }
      />
      <div className="search">
        <label htmlFor="patient-search" className="search__label">
          Find a patient
        </label>
        <input
          ref={searchBox}
          id="patient-search"
          className="search__input"
          type="search"
          placeholder="Part of a name, a date of birth (12/03/1981) or a record number"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={focusFirstResult}
          autoFocus
          autoComplete="off"
          spellCheck={false}
          aria-describedby="patient-search-help"
        />
        <p id="patient-search-help" className="search__help">
          Press <kbd>/</kbd> to search from anywhere on this page, <kbd>↓</kbd> to move into the
          results.
        </p>
      </div>

      {search.status === 'error' && <Notice tone="error">{search.error.message}</Notice>}
      {search.status === 'ok' && search.value.total === 0 && trimmed === '' && (
        <EmptyState title="No patients yet">
          <p>Add the first patient to start an assessment.</p>
          <a className="button button--primary" href={hrefOf({ name: 'patient-new' })}>
            Add a patient
          </a>
        </EmptyState>
      )}
      {search.status === 'ok' && search.value.total === 0 && trimmed !== '' && (
        <EmptyState title={`No patient matches “${trimmed}”`}>
          <p>Check the spelling, try part of the surname, or add a new patient.</p>
          <a className="button" href={hrefOf({ name: 'patient-new' })}>
            Add a new patient
          </a>
        </EmptyState>
      )}
      {search.status === 'ok' && search.value.total > 0 && (
        <>
          <p className="table-caption" role="status">
            {search.value.total === search.value.patients.length
              ? `${search.value.total} ${search.value.total === 1 ? 'patient' : 'patients'}`
              : `Showing ${search.value.patients.length} of ${search.value.total} patients: type more to narrow the list`}
          </p>
          <table className="table table--rows-link">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Date of birth</th>
                <th scope="col">Age</th>
                <th scope="col">Sex</th>
                <th scope="col">Record no.</th>
                <th scope="col">Last updated</th>
              </tr>
            </thead>
            <tbody ref={results} onKeyDown={moveBetweenResults}>
              {search.value.patients.map((p) => (
                <tr key={p.id} onClick={() => navigate({ name: 'patient', patientId: p.id })}>
                  <td>
                    <a
                      href={hrefOf({ name: 'patient', patientId: p.id })}
                      className="table__primary-link"
                    >
                      <span className="sort-name">{p.familyName}</span>, {p.givenName}
                    </a>
                    <span className="visually-hidden"> ({patientFullName(p)})</span>
                  </td>
                  <td>{formatDate(p.dateOfBirth)}</td>
                  <td>{formatAge(p.dateOfBirth)}</td>
                  <td>{sexLabels[p.sex]}</td>
                  <td>{p.recordNumber ?? '—'}</td>
                  <td className="muted">{formatDateTime(p.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </>
  )
}
