import { formatRatio } from '@shared/clinical/presentation/likelihood'
import type {
  AppliedEvidence,
  ConditionResult,
  SuggestedTest,
} from '@shared/clinical/reasoning/engine'
import { CitationNote } from '../../../components/CitationNote'
import { Likelihood, LikelihoodBar, LikelihoodNote, useLikelihoodNumbers } from './Likelihood'

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
                {formatRatio(e.ratio)} {e.basis === 'published' ? 'LR' : 'weight'}
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

interface DifferentialProps {
  conditions: ConditionResult[]
  limit?: number
}

/** The ranked candidates in words, under the note that each is for that condition alone. */
export function Differential(props: DifferentialProps) {
  const [showNumbers, toggleNumbers] = useLikelihoodNumbers()
  return (
    <>
      <LikelihoodNote shown={showNumbers} onToggle={toggleNumbers} />
      <DifferentialList {...props} showNumbers={showNumbers} />
    </>
  )
}

/** The ranked candidates, each opening to the findings for and against it and what to test next. */
function DifferentialList({
  conditions,
  limit = 6,
  showNumbers,
}: DifferentialProps & { showNumbers: boolean }) {
  return (
    <ol className="differential">
      {conditions.slice(0, limit).map((c, index) => (
        <li key={c.id} className="differential__item">
          <details open={index === 0}>
            <summary>
              <span className="differential__rank">{index + 1}</span>
              <span className="differential__name">{c.name}</span>
              <LikelihoodBar probability={c.probability} />
              <Likelihood probability={c.probability} showNumber={showNumbers} />
            </summary>
            <div className="differential__body">
              <p className="muted">
                Starting point before the findings:{' '}
                <Likelihood probability={c.priorProbability} showNumber={showNumbers} />
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
