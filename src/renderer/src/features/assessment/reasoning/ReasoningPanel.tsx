import { independentLikelihoodNote } from '@shared/clinical/presentation/likelihood'
import { differentialEntries } from '@shared/clinical/reasoning/differentialEntries'
import type { ReasoningResult } from '@shared/clinical/reasoning/engine'
import { Likelihood, useLikelihoodNumbers } from './Likelihood'

/** A narrow live view of the reasoning beside the exam: red flags, the top five, what to test next. */
export function ReasoningPanel({ result }: { result: ReasoningResult }) {
  const [showNumbers, toggleNumbers] = useLikelihoodNumbers()
  // A group (GTPS) is one line with one likelihood, as in the full differential.
  const entries = differentialEntries(result.differential).slice(0, 5)
  return (
    <aside className="reasoning-panel" aria-label="Live working diagnosis">
      <p className="reasoning-panel__title">Working diagnosis, live</p>
      <p className="reasoning-panel__caveat">
        Decision support from the findings so far: the diagnosis is yours.{' '}
        {independentLikelihoodNote}
      </p>
      {result.redFlags.length > 0 && (
        <p className="reasoning-panel__flags">
          {result.redFlags.length === 1 ? '1 red flag' : `${result.redFlags.length} red flags`}: see
          the banner above.
        </p>
      )}
      <ol className="reasoning-panel__list">
        {entries.map(({ lead: c, probability }) => (
          <li key={c.id}>
            <span>{c.name}</span>
            <span className="reasoning-panel__p">
              <Likelihood probability={probability} showNumber={showNumbers} />
            </span>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="link-button reasoning-panel__numbers"
        onClick={toggleNumbers}
      >
        {showNumbers ? 'Hide the numbers' : 'Show the numbers'}
      </button>
      {result.suggestedTests.length > 0 && (
        <>
          <p className="reasoning-panel__subtitle">Test next</p>
          <ul className="reasoning-panel__tests">
            {result.suggestedTests.slice(0, 4).map((t) => (
              <li key={t.finding}>
                {t.what}: <span className="muted">{t.why}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {result.notes.map((note) => (
        <p key={note} className="reasoning-panel__note">
          {note}
        </p>
      ))}
    </aside>
  )
}
