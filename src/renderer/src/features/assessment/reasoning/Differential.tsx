import type {
  AppliedEvidence,
  ConditionResult,
  SuggestedTest,
} from '@shared/clinical/reasoning/engine'
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

/** The ranked candidates, each opening to the findings for and against it and what to test next. */
export function Differential({
  conditions,
  limit = 6,
}: {
  conditions: ConditionResult[]
  limit?: number
}) {
  return (
    <ol className="differential">
      {conditions.slice(0, limit).map((c, index) => (
        <li key={c.id} className="differential__item">
          <details open={index === 0}>
            <summary>
              <span className="differential__rank">{index + 1}</span>
              <span className="differential__name">{c.name}</span>
              <span className="differential__bar" aria-hidden="true">
                <span className="differential__fill" data-level={Math.round(c.probability * 10)} />
              </span>
              <span className="differential__probability">{formatProbability(c.probability)}</span>
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
