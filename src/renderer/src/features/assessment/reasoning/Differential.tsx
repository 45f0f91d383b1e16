import { formatRatio } from '@shared/clinical/presentation/likelihood'
import type {
  AppliedEvidence,
  ConditionResult,
  SuggestedTest,
} from '@shared/clinical/reasoning/engine'
import { differentialEntries } from '@shared/clinical/reasoning/differentialEntries'
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

/**
 * The ranked candidates, each opening to the findings for and against it and what to test next.
 * A group of related conditions is one entry, with one likelihood, its members nested inside.
 */
function DifferentialList({
  conditions,
  limit = 6,
  showNumbers,
}: DifferentialProps & { showNumbers: boolean }) {
  const entries = differentialEntries(conditions).slice(0, limit)
  return (
    <ol className="differential">
      {entries.map(({ lead: c, probability, nested }, index) => (
        <li key={c.id} className="differential__item">
          <details open={index === 0}>
            <summary>
              <span className="differential__rank">{index + 1}</span>
              <span className="differential__name">{c.name}</span>
              <LikelihoodBar probability={probability} />
              <Likelihood probability={probability} showNumber={showNumbers} />
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
