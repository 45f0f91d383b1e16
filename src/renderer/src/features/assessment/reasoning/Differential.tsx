import type {
  AppliedEvidence,
  ConditionResult,
  SuggestedTest,
} from '@shared/clinical/reasoning/engine'
import { differentialEntries } from '@shared/clinical/reasoning/differentialEntries'
import { CitationNote } from '../../../components/CitationNote'
import { formatProbability } from './useReasoning'

function EvidenceList({ title, items }: { title: string; items: AppliedEvidence[] }) {
  return (
    <div className="evidence-list">
      <p className="evidence-list__title">{title}</p>
      {items.length === 0 ? (
        <p className="muted">None recorded.</p>
      ) : (
        <ul>
          {items.map((e) => (
            <li key={e.finding}>
              {e.label}{' '}
              <span
                className="evidence-ratio"
                title={
                  e.basis === 'published'
                    ? 'Published likelihood ratio'
                    : 'Stated weight (no published ratio)'
                }
              >
                ×{e.ratio} {e.basis === 'published' ? 'LR' : 'weight'}
              </span>
              {(e.citation || e.note) && (
                <CitationNote
                  citation={e.citation ?? { sourceIds: [], evidence: 'unchecked' }}
                  label={e.note ?? e.label}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

/**
 * Conditions that are part of the entry's syndrome (trochanteric bursitis within greater
 * trochanteric pain syndrome): listed inside the entry with their own findings, not ranked as
 * rivals and without a likelihood of their own.
 */
function NestedConditions({
  within,
  conditions,
}: {
  within: string
  conditions: ConditionResult[]
}) {
  if (conditions.length === 0) return null
  return (
    <div className="differential__nested">
      <p className="differential__nested-title">Within {within}, not a separate diagnosis:</p>
      {conditions.map((n) => (
        <details key={n.id}>
          <summary>{n.name}</summary>
          <div className="grid-2">
            <EvidenceList title="Findings for" items={n.supporting} />
            <EvidenceList title="Findings against" items={n.opposing} />
          </div>
        </details>
      ))}
    </div>
  )
}

/**
 * The ranked candidates, each opening to the findings for and against it and what to test next.
 * A group of related conditions is one entry, with one likelihood, its members nested inside.
 */
export function Differential({
  conditions,
  limit = 6,
}: {
  conditions: ConditionResult[]
  limit?: number
}) {
  const entries = differentialEntries(conditions).slice(0, limit)
  return (
    <ol className="differential">
      {entries.map(({ lead: c, probability, nested }, index) => (
        <li key={c.id} className="differential__item">
          <details open={index === 0}>
            <summary>
              <span className="differential__rank">{index + 1}</span>
              <span className="differential__name">{c.name}</span>
              <span className="differential__bar" aria-hidden="true">
                <span className="differential__fill" data-level={Math.round(probability * 10)} />
              </span>
              <span className="differential__probability">{formatProbability(probability)}</span>
            </summary>
            <div className="differential__body">
              <p className="muted">
                Starting point {formatProbability(c.priorProbability)}
                {c.priorAdjustments.length > 0 ? ` (${c.priorAdjustments.join(', ')})` : ''}, then
                each finding below.
              </p>
              <div className="grid-2">
                <EvidenceList title="Findings for" items={c.supporting} />
                <EvidenceList title="Findings against" items={c.opposing} />
              </div>
              {c.toDiscriminate.length > 0 && (
                <p className="differential__next">
                  Not yet tested: {c.toDiscriminate.map((t) => `${t.what} (${t.why})`).join('; ')}
                </p>
              )}
              <NestedConditions within={c.group?.name ?? c.name} conditions={nested} />
            </div>
          </details>
        </li>
      ))}
    </ol>
  )
}

export function SuggestedTests({ tests }: { tests: SuggestedTest[] }) {
  if (tests.length === 0)
    return <p className="muted">No further test would change the ranking much.</p>
  return (
    <ul className="suggested-tests">
      {tests.map((t) => (
        <li key={t.finding}>
          <strong>{t.what}</strong> not done: {t.why}
        </li>
      ))}
    </ul>
  )
}
