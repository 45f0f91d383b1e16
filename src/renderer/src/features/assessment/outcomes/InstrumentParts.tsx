import { useController, useFormContext } from 'react-hook-form'
import type { InstrumentInfo } from '@shared/clinical/outcomeMeasureInfo'
import type { Score } from '@shared/clinical/outcomeScoring'
import { sources } from '@shared/clinical/sources'
import type { OutcomeMeasures } from '@shared/model/assessment/outcomeMeasures'
import { NOT_ASSESSED } from '@shared/model/assessment/recordedValues'
import { useFieldId, useReadOnly } from '../fields/fieldContext'
import { scoreText } from './scoreText'

/** The parts every questionnaire on the Outcomes step has: facts, recorded switch, score. */

/** Range, direction and minimal clinically important difference, with the source a click away. */
export function InstrumentFacts({ info }: { info: InstrumentInfo }) {
  return (
    <details className="facts">
      <summary>
        {info.range.min}-{info.range.max}, {info.betterWhen} is better · {info.mcidLabel}
      </summary>
      <p>{info.interpretation}</p>
      {info.termsNote && <p className="muted">{info.termsNote}</p>}
      <ul className="facts__sources">
        {info.citation.sourceIds.map((id) => (
          <li key={id}>{sources[id].citation}</li>
        ))}
      </ul>
    </details>
  )
}

/** "Recorded" / "Not assessed" switch at the head of each questionnaire. */
export function InstrumentStatus({ name, label }: { name: keyof OutcomeMeasures; label: string }) {
  const { control } = useFormContext()
  const { field } = useController({ name: `${name}.status`, control })
  const id = useFieldId(`${name}.status`)
  const readOnly = useReadOnly()
  return (
    <div className="choice__options" role="radiogroup" aria-label={`${label}: recorded or not`}>
      {[
        { value: 'recorded', label: 'Recorded' },
        { value: NOT_ASSESSED, label: 'Not assessed' },
      ].map((o) => (
        <label key={o.value} className="choice__option">
          <input
            type="radio"
            id={`${id}--${o.value}`}
            name={id}
            checked={field.value === o.value}
            disabled={readOnly}
            onChange={() => field.onChange(o.value)}
          />
          <span>{o.label}</span>
        </label>
      ))}
    </div>
  )
}

export function ScoreBadge({
  score,
  info,
  previous,
}: {
  score: Score
  info: InstrumentInfo
  previous?: Score
}) {
  return (
    <p className="score" role="status">
      <span className="score__value">{scoreText(score, info)}</span>
      {previous?.kind === 'score' && (
        <span className="previous-value">Last time: {previous.value}</span>
      )}
    </p>
  )
}
