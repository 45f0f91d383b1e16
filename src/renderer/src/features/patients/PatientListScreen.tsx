import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react'
import type { PatientSummary } from '@shared/api/contract'
import { todayIso } from '@shared/model/calendarDate'
import { patientFullName } from '@shared/model/patient'
import { reviewState } from '@shared/workflow/caseload'
import { formatAge, formatDate } from '../../app/formatting'
import { hrefOf, navigate } from '../../app/router'
import { useShortcut } from '../../app/useShortcut'
import { EmptyState } from '../../components/EmptyState'
import { Notice } from '../../components/Notice'
import { PageHeader } from '../../components/PageHeader'
import { usePatientPages } from './usePatientPages'

const DEBOUNCE_MS = 120

/**
 * The search the user last typed, so that "back to the list" finds it again. A search is often a
 * patient's name: it is kept in this window's memory only, never in its storage (which the
 * browser engine may write to disk, unencrypted), and is gone when the window closes.
 */
let lastSearch = ''
let lastIncludeArchived = false
function useRememberedSearch() {
  const [query, setQuery] = useState(() => lastSearch)
  const [includeArchived, setIncludeArchived] = useState(() => lastIncludeArchived)
  useEffect(() => {
    lastSearch = query
    lastIncludeArchived = includeArchived
  }, [query, includeArchived])
  return { query, setQuery, includeArchived, setIncludeArchived }
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
  const { query, setQuery, includeArchived, setIncludeArchived } = useRememberedSearch()
  const searched = useDebounced(query, DEBOUNCE_MS)
  const search = usePatientPages(searched, includeArchived)
  const today = todayIso()
  const searchBox = useRef<HTMLInputElement>(null)
  const results = useRef<HTMLTableSectionElement>(null)
  const showMore = useRef<HTMLButtonElement>(null)
  const links = () => [...(results.current?.querySelectorAll<HTMLAnchorElement>('a') ?? [])]

  /** Loads the next page and moves the focus to its first patient (keyboard users go on). */
  const focusWhenShown = useRef<number>(undefined)
  const loadMoreAndFocus = () => {
    focusWhenShown.current = links().length
    void search.loadMore()
  }
  const shownCount = search.status === 'ok' ? search.value.patients.length : 0
  useEffect(() => {
    const index = focusWhenShown.current
    if (index === undefined || index >= shownCount) return
    focusWhenShown.current = undefined
    links()[index]?.focus()
  }, [shownCount])
  useLoadWhenSeen(
    showMore,
    search.loadMore,
    search.status === 'ok' ? search.value.patients.length : 0,
  )

  useShortcut('/', () => searchBox.current?.focus())
  useShortcut('mod+f', () => searchBox.current?.focus())

  const focusFirstResult = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'ArrowDown') return
    event.preventDefault()
    results.current?.querySelector<HTMLAnchorElement>('a')?.focus()
  }
  const moveBetweenResults = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return
    const shown = links()
    const index = shown.indexOf(document.activeElement as HTMLAnchorElement)
    if (index < 0) return
    event.preventDefault()
    const next = index + (event.key === 'ArrowDown' ? 1 : -1)
    if (next < 0) searchBox.current?.focus()
    else if (next >= shown.length && search.status === 'ok' && search.value.more) loadMoreAndFocus()
    else shown[Math.min(next, shown.length - 1)]?.focus()
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
      <label className="list-filter">
        <input
          type="checkbox"
          checked={includeArchived}
          onChange={(event) => setIncludeArchived(event.target.checked)}
        />
        Include archived patients
      </label>

      {search.status === 'error' && <Notice tone="error">{search.error.message}</Notice>}
      {search.status === 'ok' && search.value.patients.length === 0 && trimmed === '' && (
        <EmptyState title="No patients yet">
          <p>Add the first patient to start an assessment.</p>
          <a className="button button--primary" href={hrefOf({ name: 'patient-new' })}>
            Add a patient
          </a>
        </EmptyState>
      )}
      {search.status === 'ok' && search.value.patients.length === 0 && trimmed !== '' && (
        <EmptyState title={`No patient matches “${trimmed}”`}>
          <p>Check the spelling, try part of the surname, or add a new patient.</p>
          <a className="button" href={hrefOf({ name: 'patient-new' })}>
            Add a new patient
          </a>
        </EmptyState>
      )}
      {search.status === 'ok' && search.value.patients.length > 0 && (
        <>
          <p className="table-caption" role="status">
            {captionOf(search.value.patients.length, search.value.more, trimmed !== '')}
          </p>
          <table className="table table--rows-link">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Date of birth</th>
                <th scope="col">Record no.</th>
                <th scope="col">Last visit</th>
                <th scope="col">Working diagnosis</th>
                <th scope="col">Next review</th>
                <th scope="col">Draft</th>
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
                    {p.archivedAt && <span className="tag"> Archived</span>}
                  </td>
                  <td>
                    {formatDate(p.dateOfBirth)}{' '}
                    <span className="muted">({formatAge(p.dateOfBirth)})</span>
                  </td>
                  <td>{p.recordNumber ?? '—'}</td>
                  <td className="date-cell">{p.lastVisit ? formatDate(p.lastVisit) : '—'}</td>
                  <td>{p.workingDiagnosis ?? '—'}</td>
                  <td className="date-cell">
                    <NextReview patient={p} today={today} />
                  </td>
                  <td>{p.openDrafts > 0 ? <span className="tag tag--draft">Open</span> : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {search.value.more && (
            <p className="list-more">
              <button
                ref={showMore}
                type="button"
                className="button"
                onClick={() => loadMoreAndFocus()}
                aria-busy={search.loadingMore}
              >
                {search.loadingMore ? 'Loading more patients…' : 'Show more patients'}
              </button>
            </p>
          )}
          {search.moreError && <Notice tone="error">{search.moreError}</Notice>}
        </>
      )}
    </>
  )
}

/** The next review, marked when it is overdue or due this week (workflow/caseload.ts). */
function NextReview({ patient, today }: { patient: PatientSummary; today: string }) {
  if (!patient.nextReview) return <>—</>
  const state = reviewState(patient.nextReview, today)
  return (
    <>
      {formatDate(patient.nextReview)}
      {state === 'overdue' && <span className="tag tag--due"> overdue</span>}
      {state === 'due-this-week' && <span className="tag tag--due"> this week</span>}
    </>
  )
}

function captionOf(shown: number, more: boolean, searching: boolean): string {
  if (!more) return `${shown} ${shown === 1 ? 'patient' : 'patients'}`
  return searching
    ? `${shown} patients shown, more below: scroll down, or type more to narrow the list`
    : `${shown} patients shown, more below as you scroll`
}

/**
 * Calls `load` when the element is in view (the list grows as the user scrolls); looked at again
 * whenever the list changes, so a page that still leaves it in view loads the next.
 */
function useLoadWhenSeen(
  element: RefObject<HTMLElement | null>,
  load: () => Promise<void>,
  listChanged: unknown,
) {
  useEffect(() => {
    const target = element.current
    if (!target || typeof IntersectionObserver === 'undefined') return
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) void load()
    })
    observer.observe(target)
    return () => observer.disconnect()
  }, [element, load, listChanged])
}
