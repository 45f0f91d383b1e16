import { useController, useFormContext } from 'react-hook-form'
import { instruments } from '@shared/clinical/outcomeMeasureInfo'
import { grocLabel } from '@shared/clinical/outcomeScoring'
import type { OutcomeMeasures } from '@shared/model/assessment/outcomeMeasures'
import { NOT_ASSESSED } from '@shared/model/assessment/recordedValues'
import { useFieldId, usePreviousValue, useReadOnly } from '../fields/fieldContext'
import { PreviousValue } from '../fields/PreviousValue'
import { InstrumentFacts } from '../outcomes/InstrumentParts'
import { StepSection } from '../StepForm'

type Groc = OutcomeMeasures['groc']

/** "+5 A good deal better", "0 About the same", "−3 Somewhat worse". */
export function grocInWords(score: number): string {
  const sign = score > 0 ? '+' : score < 0 ? '−' : ''
  return `${sign}${Math.abs(score)} ${grocLabel(score)}`
}

const scores = Array.from({ length: 15 }, (_, i) => 7 - i)

/**
 * The global rating of change, asked at a follow-up: one answer on 15 points, chosen from a
 * list that reads as the question is asked (best first). Choosing an answer records it.
 */
export function GrocField() {
  const { control } = useFormContext()
  const { field } = useController({ name: 'groc', control })
  const id = useFieldId('groc')
  const readOnly = useReadOnly()
  const value = field.value as Groc
  const previous = usePreviousValue('groc') as Groc
  const selected =
    value?.status === NOT_ASSESSED
      ? NOT_ASSESSED
      : typeof value?.score === 'number'
        ? String(value.score)
        : ''
  return (
    <StepSection
      title="Global rating of change"
      id="groc"
      aside={<InstrumentFacts info={instruments.groc} />}
    >
      <div className="field" id={id}>
        <label className="field__label" htmlFor={`${id}.score`}>
          Overall, compared with when treatment started, how is the problem now?
        </label>
        <select
          id={`${id}.score`}
          value={selected}
          disabled={readOnly}
          onChange={(event) => {
            const v = event.target.value
            field.onChange(
              v === ''
                ? undefined
                : v === NOT_ASSESSED
                  ? { status: NOT_ASSESSED }
                  : { status: 'recorded', score: Number(v) },
            )
          }}
          onBlur={field.onBlur}
        >
          <option value="">Not recorded</option>
          {scores.map((s) => (
            <option key={s} value={String(s)}>
              {grocInWords(s)}
            </option>
          ))}
          <option value={NOT_ASSESSED}>Not asked</option>
        </select>
        <PreviousValue
          text={typeof previous?.score === 'number' ? grocInWords(previous.score) : undefined}
        />
      </div>
    </StepSection>
  )
}
