import { useEffect, useState } from 'react'
import {
  auditActionLabels,
  auditActions,
  auditRecordTypeLabels,
  type AuditAction,
  type AuditEntryView,
  type AuditFilter,
  type ChainCheck,
  type SignatureCheck,
} from '@shared/audit/auditEntry'
import { formatDate, formatDateTime } from '../../app/formatting'
import { hrefOf } from '../../app/router'
import { EmptyState } from '../../components/EmptyState'
import { Notice } from '../../components/Notice'
import { PageHeader } from '../../components/PageHeader'
import { useSession } from '../session/sessionContext'

const PAGE = 200

/** The start of a local calendar day (an `<input type=date>` value) as an instant. */
const startOfDay = (day: string, plusDays = 0) => {
  const d = new Date(`${day}T00:00:00`)
  d.setDate(d.getDate() + plusDays)
  return d.toISOString()
}

interface Filters {
  /** Set by the patient screen's link: entries about one patient and their assessments. */
  patientId: string
  /** Another laptop of the clinic (its trail as copied here); '' for this laptop's own. */
  laptopId: string
  from: string
  to: string
  clinicianId: string
  action: '' | AuditAction
  recordId: string
}

const noFilters: Filters = {
  patientId: '',
  laptopId: '',
  from: '',
  to: '',
  clinicianId: '',
  action: '',
  recordId: '',
}

function filterOf(f: Filters): AuditFilter {
  const recordId = f.recordId.trim()
  return {
    ...(f.patientId ? { patientId: f.patientId } : {}),
    ...(f.laptopId ? { laptopId: f.laptopId } : {}),
    ...(f.from ? { from: startOfDay(f.from) } : {}),
    ...(f.to ? { to: startOfDay(f.to, 1) } : {}),
    ...(f.clinicianId ? { clinicianId: f.clinicianId } : {}),
    ...(f.action ? { action: f.action } : {}),
    ...(recordId ? { recordId } : {}),
  }
}

/**
 * The audit trail: who did what to which record and when, newest first, filtered by date,
 * clinician, action and record. It shows record ids, never names or clinical content (the trail
 * holds none). Two checks: the hash chain (the first broken link, or intact) and every signature.
 */
export function AuditScreen({ patientId }: { patientId?: string }) {
  const { state } = useSession()
  const [filters, setFilters] = useState<Filters>({ ...noFilters, patientId: patientId ?? '' })
  const [entries, setEntries] = useState<AuditEntryView[]>([])
  const [total, setTotal] = useState(0)
  const [laptops, setLaptops] = useState<{ id: string; name: string }[]>([])
  const [error, setError] = useState<string>()
  const [loaded, setLoaded] = useState(false)
  const [generation, setGeneration] = useState(0)
  const [chain, setChain] = useState<ChainCheck>()
  const [signatures, setSignatures] = useState<SignatureCheck>()
  const key = JSON.stringify(filterOf(filters))

  useEffect(() => {
    let current = true
    void window.api.listAuditTrail({ ...filterOf(filters), limit: PAGE }).then((result) => {
      if (!current) return
      setLoaded(true)
      if (!result.ok) return setError(result.error.issues?.[0]?.message ?? result.error.message)
      setError(undefined)
      setEntries(result.value.entries)
      setTotal(result.value.total)
      setLaptops(result.value.laptops)
    })
    return () => {
      current = false
    }
    // `key` is the filter as sent; `generation` asks again after a check added its entry.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, generation])

  const showOlder = async () => {
    const last = entries.at(-1)
    if (!last) return
    const result = await window.api.listAuditTrail({
      ...filterOf(filters),
      beforeSeq: last.seq,
      limit: PAGE,
    })
    if (!result.ok) return setError(result.error.message)
    setEntries([...entries, ...result.value.entries])
  }
  const checkChain = async () => {
    const result = await window.api.verifyAuditTrail({})
    if (!result.ok) return setError(result.error.message)
    setChain(result.value)
    setGeneration((g) => g + 1)
  }
  const checkSignatures = async () => {
    const result = await window.api.verifySignatures({})
    if (!result.ok) return setError(result.error.message)
    setSignatures(result.value)
    setGeneration((g) => g + 1)
  }
  const set = (change: Partial<Filters>) => setFilters({ ...filters, ...change })
  const cleared: Filters = { ...noFilters, patientId: filters.patientId }

  return (
    <>
      <PageHeader
        title="Audit trail"
        subtitle="Who did what, to which record, and when. Records are named by their id only: the trail holds no patient details or clinical content."
        actions={
          <>
            <button type="button" className="button" onClick={() => void checkChain()}>
              Check the chain
            </button>
            <button type="button" className="button" onClick={() => void checkSignatures()}>
              Check the signatures
            </button>
          </>
        }
      />
      {filters.patientId && (
        <Notice tone="info" title="One patient’s entries">
          Showing the entries about this patient and their assessments.{' '}
          <a href={hrefOf({ name: 'patient', patientId: filters.patientId })}>
            Back to the patient
          </a>{' '}
          · <a href={hrefOf({ name: 'audit' })}>Show the whole trail</a>
        </Notice>
      )}
      {chain && <ChainResult check={chain} />}
      {signatures && <SignatureResult check={signatures} />}
      <form
        className="audit-filters"
        aria-label="Filter the audit trail"
        onSubmit={(e) => e.preventDefault()}
      >
        {laptops.length > 0 && (
          <div className="field">
            <label className="field__label" htmlFor="audit-laptop">
              Laptop
            </label>
            <select
              id="audit-laptop"
              value={filters.laptopId}
              onChange={(e) => set({ laptopId: e.target.value })}
            >
              <option value="">This laptop</option>
              {laptops.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label className="field__label" htmlFor="audit-from">
            From
          </label>
          <input
            id="audit-from"
            type="date"
            value={filters.from}
            onChange={(e) => set({ from: e.target.value })}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="audit-to">
            To
          </label>
          <input
            id="audit-to"
            type="date"
            value={filters.to}
            onChange={(e) => set({ to: e.target.value })}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="audit-clinician">
            Clinician
          </label>
          <select
            id="audit-clinician"
            value={filters.clinicianId}
            onChange={(e) => set({ clinicianId: e.target.value })}
          >
            <option value="">Everyone</option>
            {state.clinicians.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="audit-action">
            Action
          </label>
          <select
            id="audit-action"
            value={filters.action}
            onChange={(e) => set({ action: e.target.value as Filters['action'] })}
          >
            <option value="">Any</option>
            {auditActions.map((a) => (
              <option key={a} value={a}>
                {auditActionLabels[a]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="audit-record">
            Record id
          </label>
          <input
            id="audit-record"
            value={filters.recordId}
            placeholder="the first characters are enough"
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => set({ recordId: e.target.value })}
          />
        </div>
        <button
          type="button"
          className="button audit-filters__clear"
          // The patient is part of the address (their screen's link), not of the form: kept.
          disabled={JSON.stringify(filters) === JSON.stringify(cleared)}
          onClick={() => setFilters(cleared)}
        >
          Clear filters
        </button>
      </form>
      {error && <Notice tone="error">{error}</Notice>}
      {loaded && !error && entries.length === 0 && (
        <EmptyState title="No entries match">
          <p>Change or clear the filters to see more of the trail.</p>
        </EmptyState>
      )}
      {entries.length > 0 && (
        <>
          <p className="muted" aria-live="polite">
            {total === entries.length
              ? `${total} ${total === 1 ? 'entry' : 'entries'}, newest first.`
              : `The newest ${entries.length} of ${total} entries.`}
          </p>
          <table className="table audit-table">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">Action</th>
                <th scope="col">Record</th>
                <th scope="col">Detail</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.seq}>
                  <td className="audit-table__seq">{e.seq}</td>
                  <td className="nowrap">{formatDateTime(e.at)}</td>
                  <td>{e.clinicianName ?? <span className="muted">nobody signed in</span>}</td>
                  <td>{auditActionLabels[e.action]}</td>
                  <td>
                    {auditRecordTypeLabels[e.recordType]}
                    {e.recordId && (
                      <>
                        {' '}
                        <button
                          type="button"
                          className="link-button audit-table__id"
                          title={`Show every entry about ${e.recordId}`}
                          onClick={() => set({ recordId: e.recordId! })}
                        >
                          {e.recordId.slice(0, 8)}
                        </button>
                      </>
                    )}
                  </td>
                  <td className="audit-table__detail">{e.detail}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {entries.length < total && (
            <button type="button" className="button" onClick={() => void showOlder()}>
              Show older entries
            </button>
          )}
        </>
      )}
    </>
  )
}

function ChainResult({ check }: { check: ChainCheck }) {
  if (check.intact) {
    return (
      <Notice tone="success" title="The chain is intact">
        {check.entries} {check.entries === 1 ? 'entry' : 'entries'} checked
        {check.last ? `, the last #${check.last.seq} of ${formatDateTime(check.last.at)}` : ''}:
        none was changed, removed or inserted.
      </Notice>
    )
  }
  return (
    <Notice tone="error" title={`The chain is broken at entry #${check.brokenAt.seq}`}>
      Entry #{check.brokenAt.seq} of {formatDateTime(check.brokenAt.at)}: {check.problem}. The{' '}
      {check.entries} {check.entries === 1 ? 'entry' : 'entries'} before it are intact.
    </Notice>
  )
}

function SignatureResult({ check }: { check: SignatureCheck }) {
  const unsigned =
    check.unsigned > 0
      ? ` ${check.unsigned} ${check.unsigned === 1 ? 'record was' : 'records were'} finalised before records were signed and ${check.unsigned === 1 ? 'has' : 'have'} no signature.`
      : ''
  if (check.mismatches.length === 0) {
    return (
      <Notice tone="success" title="Every signature matches">
        {check.checked} signed {check.checked === 1 ? 'record matches' : 'records match'} what was
        signed, addenda included.{unsigned}
      </Notice>
    )
  }
  return (
    <Notice
      tone="error"
      title={`${check.mismatches.length} ${check.mismatches.length === 1 ? 'record does' : 'records do'} not match ${check.mismatches.length === 1 ? 'its signature' : 'their signatures'}`}
    >
      <ul className="plain-list">
        {check.mismatches.map((m) => (
          <li key={m.assessmentId}>
            Assessment <code>{m.assessmentId}</code>
            {m.date ? ` of ${formatDate(m.date)}` : ''}: {m.problem}.
          </li>
        ))}
      </ul>
      <p>
        {check.checked} signed records checked.{unsigned}
      </p>
    </Notice>
  )
}
