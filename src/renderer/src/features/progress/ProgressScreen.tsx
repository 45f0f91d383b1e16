import { useMemo, type ComponentProps } from 'react'
import {
  categoricalChanges,
  compareMeasures,
  type Judgement,
  type MeasureChange,
} from '@shared/clinical/comparison'
import type { ProgressView } from '@shared/api/contract'
import { assessmentTypeLabels } from '@shared/model/assessment/assessment'
import { romMotionLabels } from '@shared/model/assessment/physicalExam'
import { patientFullName } from '@shared/model/patient'
import { formatDate } from '../../app/formatting'
import { hrefOf, navigate } from '../../app/router'
import { useApiQuery } from '../../app/useApiQuery'
import { EmptyState } from '../../components/EmptyState'
import { Notice } from '../../components/Notice'
import { PageHeader } from '../../components/PageHeader'
import { CitationNote } from '../../components/CitationNote'
import { TrendChart, type TrendSeries } from './TrendChart'
import { atLeast, cadenceAxis, romAxisTop } from './chartAxes'
import './progress.css'

const judgementLabels: Record<Judgement, string> = {
  improved: 'Improved',
  'no-meaningful-change': 'No meaningful change',
  worse: 'Worse',
  'no-threshold': 'No threshold',
}

function Change({
  change,
  judgement,
  unit,
}: {
  change?: number
  judgement?: Judgement
  unit: string
}) {
  if (change === undefined || judgement === undefined) return <span className="muted">—</span>
  return (
    <span className={`change change--${judgement}`}>
      {change > 0 ? '+' : ''}
      {change} {unit} <span className="change__label">{judgementLabels[judgement]}</span>
    </span>
  )
}

const show = (v: number | undefined, unit: string) => (v === undefined ? '—' : `${v} ${unit}`)

const groups: { title: string; test: (c: MeasureChange) => boolean }[] = [
  { title: 'Pain (NPRS)', test: (c) => c.id.startsWith('pain.') },
  { title: 'Outcome measures', test: (c) => c.id.startsWith('outcome.') },
  { title: 'Range of motion', test: (c) => c.id.startsWith('rom.') },
  {
    title: 'Strength and symmetry',
    test: (c) => c.id.startsWith('strength.') || c.id.startsWith('symmetry.'),
  },
  { title: 'Running', test: (c) => c.id.startsWith('running.') },
]

function ComparisonTable({
  changes: all,
  hasPrevious,
}: {
  changes: MeasureChange[]
  hasPrevious: boolean
}) {
  // A measure taken before but not at this visit has nothing to compare: named once, below.
  const changes = all.filter((c) => c.current !== undefined)
  const notRetaken = all.filter((c) => c.current === undefined).map((c) => c.label)
  return (
    <>
      <div className="comparison-scroll">
        <table className="table table--compact comparison">
          <thead>
            <tr>
              <th scope="col">Measure</th>
              <th scope="col">Baseline</th>
              {hasPrevious && <th scope="col">Previous</th>}
              <th scope="col">This visit</th>
              {hasPrevious && <th scope="col">Since previous</th>}
              <th scope="col">Since baseline</th>
              <th scope="col">Meaningful change</th>
            </tr>
          </thead>
          {groups.map((group) => {
            const rows = changes.filter(group.test)
            if (rows.length === 0) return null
            return (
              <tbody key={group.title}>
                <tr className="group-row">
                  <th scope="rowgroup" colSpan={hasPrevious ? 7 : 5}>
                    {group.title}
                  </th>
                </tr>
                {rows.map((c) => (
                  <tr key={c.id}>
                    <th scope="row">{c.label}</th>
                    <td className="numeric">{show(c.baseline, c.unit)}</td>
                    {hasPrevious && <td className="numeric">{show(c.previous, c.unit)}</td>}
                    <td className="numeric">{show(c.current, c.unit)}</td>
                    {hasPrevious && (
                      <td>
                        <Change
                          change={c.sincePrevious}
                          judgement={c.judgementSincePrevious}
                          unit={c.unit}
                        />
                      </td>
                    )}
                    <td>
                      <Change
                        change={c.sinceBaseline}
                        judgement={c.judgementSinceBaseline}
                        unit={c.unit}
                      />
                    </td>
                    <td className="muted">
                      {c.threshold ? (
                        <>
                          {c.threshold.label}{' '}
                          <CitationNote citation={c.threshold.citation} label={c.threshold.label} />
                        </>
                      ) : (
                        'No established threshold'
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            )
          })}
        </table>
      </div>
      {notRetaken.length > 0 && (
        <p className="muted not-retaken">Not retaken at this visit: {notRetaken.join(', ')}.</p>
      )}
    </>
  )
}

function Trends({ visits, painSide }: Pick<ProgressView, 'visits' | 'painSide'>) {
  const rows = visits.map((v) => ({ date: v.date, ...v.measures }))
  const side = painSide === 'left' || painSide === 'right' ? painSide : 'right'
  const rom: TrendSeries[] = (
    ['flexion', 'internalRotation', 'externalRotation', 'abduction', 'extension'] as const
  ).map((m) => ({ id: `rom.${m}.${side}`, label: `${romMotionLabels[m]} (${side})` }))
  const charts: Omit<ComponentProps<typeof TrendChart>, 'rows'>[] = [
    {
      title: 'Pain',
      unit: '0-10',
      domain: [0, 10],
      series: [
        { id: 'pain.now', label: 'Now' },
        { id: 'pain.worst24h', label: 'Worst in 24 h' },
        { id: 'pain.duringRunning', label: 'During running' },
      ],
    },
    {
      title: 'LEFS',
      unit: 'points of 80',
      domain: [0, 80],
      series: [{ id: 'outcome.lefs', label: 'LEFS' }],
    },
    {
      title: 'Hip scores',
      unit: 'points of 100',
      domain: [0, 100],
      series: [
        { id: 'outcome.ihot12', label: 'iHOT-12' },
        { id: 'outcome.visaG', label: 'VISA-G' },
        { id: 'outcome.hagos.pain', label: 'HAGOS pain' },
        { id: 'outcome.hagos.sport', label: 'HAGOS sport' },
      ],
    },
    {
      title: 'Global rating of change',
      unit: '−7 to +7',
      domain: [-7, 7],
      ticks: [-7, -4, 0, 4, 7],
      series: [{ id: 'outcome.groc', label: 'GROC' }],
    },
    {
      title: 'Range of motion, painful side',
      unit: 'degrees',
      domain: atLeast(0, romAxisTop),
      series: rom,
    },
    {
      title: 'Limb symmetry',
      unit: '%',
      domain: [0, 120],
      series: [
        { id: 'symmetry.hipAbductors', label: 'Hip abductors' },
        { id: 'symmetry.hipAdductors', label: 'Hip adductors' },
        { id: 'symmetry.kneeFlexors', label: 'Knee flexors' },
      ],
    },
    {
      title: 'Cadence',
      unit: 'steps/min',
      domain: atLeast(cadenceAxis.min, cadenceAxis.max),
      series: [{ id: 'running.cadence', label: 'Cadence' }],
    },
  ]
  return (
    <div className="trend-grid">
      {charts.map((chart) => (
        <TrendChart key={chart.title} {...chart} rows={rows} />
      ))}
    </div>
  )
}

/** A follow-up against the baseline and the previous visit, and every numeric measure over time. */
export function ProgressScreen({
  patientId,
  assessmentId,
}: {
  patientId: string
  assessmentId?: string
}) {
  const patient = useApiQuery(() => window.api.getPatient({ id: patientId }), patientId)
  // Main reads every visit's measures and, in full, only the visits compared (db/progressView.ts).
  const history = useApiQuery(
    () => window.api.getProgressView({ patientId, ...(assessmentId ? { assessmentId } : {}) }),
    `${patientId}/${assessmentId ?? ''}`,
    { keepPreviousWhileLoading: true },
  )
  const view = useMemo(() => {
    if (history.status !== 'ok' || !history.value.current) return undefined
    const { visits, painSide, current, baseline, previous } = history.value
    return {
      visits,
      painSide,
      current,
      baseline,
      previous,
      changes: compareMeasures(baseline, previous, current),
      categorical: baseline ? categoricalChanges(previous ?? baseline, current) : [],
    }
  }, [history])

  if (patient.status === 'error' || history.status === 'error') {
    return (
      <Notice tone="error">
        {patient.status === 'error'
          ? patient.error.message
          : history.status === 'error'
            ? history.error.message
            : ''}
      </Notice>
    )
  }
  if (patient.status !== 'ok' || history.status !== 'ok') return null
  const name = patientFullName(patient.value)
  return (
    <>
      <PageHeader
        breadcrumb={
          <>
            <a href={hrefOf({ name: 'patients' })}>Patients</a> /{' '}
            <a href={hrefOf({ name: 'patient', patientId })}>{name}</a>
          </>
        }
        title="Progress"
        subtitle={
          view
            ? `${view.visits.length} ${view.visits.length === 1 ? 'visit' : 'visits'} since ${formatDate(view.visits[0]!.date)}`
            : undefined
        }
      />
      {!view ? (
        <EmptyState title="No assessments yet">
          <p>Progress appears once the patient has been assessed.</p>
        </EmptyState>
      ) : (
        <>
          <div className="progress-controls">
            <label htmlFor="progress-visit" className="field__label">
              Visit
            </label>
            <select
              id="progress-visit"
              value={view.current.id}
              onChange={(e) =>
                navigate({ name: 'progress', patientId, assessmentId: e.target.value })
              }
            >
              {[...view.visits].reverse().map((a) => (
                <option key={a.id} value={a.id}>
                  {formatDate(a.date)}: {assessmentTypeLabels[a.type]}
                  {a.status === 'draft' ? ' (draft)' : ''}
                </option>
              ))}
            </select>
            <span className="muted">
              {view.baseline
                ? `compared with the baseline of ${formatDate(view.baseline.date)}${view.previous ? ` and the previous visit of ${formatDate(view.previous.date)}` : ''}`
                : 'the first visit: nothing to compare with yet'}
            </span>
          </div>
          <section className="section" aria-labelledby="comparison-heading">
            <h2 id="comparison-heading" className="section__title">
              Comparison
            </h2>
            <ComparisonTable changes={view.changes} hasPrevious={view.previous !== undefined} />
            {view.categorical.length > 0 && (
              <>
                <h3 className="review-card__subtitle">
                  Tests and checklist items that changed since{' '}
                  {formatDate((view.previous ?? view.baseline)!.date)}
                </h3>
                <ul className="categorical-changes">
                  {view.categorical.map((c) => (
                    <li key={c.label}>
                      {c.label}: {c.before} → <strong>{c.after}</strong>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
          <section className="section" aria-labelledby="trends-heading">
            <h2 id="trends-heading" className="section__title">
              Over all visits
            </h2>
            <Trends visits={view.visits} painSide={view.painSide} />
          </section>
        </>
      )}
    </>
  )
}
