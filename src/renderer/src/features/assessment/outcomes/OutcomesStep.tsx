import { useController, useFormContext, useWatch } from 'react-hook-form'
import { instruments, lefsItems, lefsResponseLabels } from '@shared/clinical/outcomeMeasureInfo'
import { scoreIhot12, scoreLefs, scoreVisaG } from '@shared/clinical/outcomeScoring'
import type { AssessmentSections } from '@shared/model/assessment/assessment'
import {
  hagosSubscales,
  IHOT12_ITEM_COUNT,
  LEFS_ITEM_COUNT,
  type HagosSubscale,
  type OutcomeMeasures,
} from '@shared/model/assessment/outcomeMeasures'
import { NOT_ASSESSED } from '@shared/model/assessment/recordedValues'
import { useFieldId, usePreviousValue, useReadOnly } from '../fields/fieldContext'
import { GrocField } from '../followUp/GrocField'
import { MeasurementField } from '../fields/MeasurementField'
import { StepSection } from '../StepForm'
import { InstrumentFacts, InstrumentStatus, ScoreBadge } from './InstrumentParts'
import { PsfsSection } from './PsfsSection'

const hagosLabels: Record<HagosSubscale, string> = {
  pain: 'Pain',
  symptoms: 'Symptoms',
  adl: 'Activities of daily living',
  sport: 'Sport and recreation',
  physicalActivity: 'Physical activity participation',
  qualityOfLife: 'Quality of life',
}

function LefsItems() {
  const { control } = useFormContext()
  const { field } = useController({ name: 'lefs.items', control })
  const readOnly = useReadOnly()
  const id = useFieldId('lefs.items')
  const items = (field.value as (number | null)[] | undefined) ?? []
  const setItem = (index: number, value: number) => {
    const next = Array.from({ length: LEFS_ITEM_COUNT }, (_, i) => items[i] ?? null)
    next[index] = value
    field.onChange(next)
  }
  return (
    <table className="table table--compact lefs">
      <caption className="visually-hidden">
        LEFS items: today, do you have any difficulty with…
      </caption>
      <thead>
        <tr>
          <th scope="col">Today, do you have any difficulty with…</th>
          {lefsResponseLabels.map((label, score) => (
            <th scope="col" key={label} className="lefs__score" title={label}>
              {score}
              <span className="lefs__score-label">{label}</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {lefsItems.map((item, index) => (
          <tr key={item}>
            <th scope="row">
              {index + 1}. {item}
            </th>
            {lefsResponseLabels.map((label, score) => (
              <td key={label} className="lefs__cell">
                <input
                  type="radio"
                  id={`${id}.${index}--${score}`}
                  name={`${id}.${index}`}
                  aria-label={`${item}: ${score}, ${label}`}
                  checked={items[index] === score}
                  disabled={readOnly}
                  onChange={() => setItem(index, score)}
                />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function Ihot12Items() {
  const { control } = useFormContext()
  const { field } = useController({ name: 'ihot12.items', control })
  const id = useFieldId('ihot12.items')
  const readOnly = useReadOnly()
  const items = (field.value as (number | null)[] | undefined) ?? []
  const setItem = (index: number, value: number | null) => {
    const next = Array.from({ length: IHOT12_ITEM_COUNT }, (_, i) => items[i] ?? null)
    next[index] = value
    field.onChange(next.every((v) => v === null) ? undefined : next)
  }
  return (
    <div className="item-grid">
      {Array.from({ length: IHOT12_ITEM_COUNT }, (_, index) => (
        <label key={index} className="item-grid__item">
          <span>Item {index + 1}</span>
          <input
            type="number"
            min={0}
            max={100}
            id={`${id}.${index}`}
            readOnly={readOnly}
            value={items[index] ?? ''}
            onChange={(e) => setItem(index, e.target.value === '' ? null : Number(e.target.value))}
          />
        </label>
      ))}
    </div>
  )
}

/** Pain scores live in the history; shown here with the NPRS facts so the outcome picture is whole. */
function NprsSummary({ history }: { history: AssessmentSections['history'] }) {
  const pain = history.pain ?? {}
  const show = (v: unknown) =>
    typeof v === 'number' ? `${v}/10` : v === NOT_ASSESSED ? 'not assessed' : '—'
  return (
    <StepSection title="Pain (NPRS)" id="nprs" aside={<InstrumentFacts info={instruments.nprs} />}>
      <dl className="nprs">
        <div>
          <dt>Now</dt>
          <dd>{show(pain.now)}</dd>
        </div>
        <div>
          <dt>Best in 24 h</dt>
          <dd>{show(pain.best24h)}</dd>
        </div>
        <div>
          <dt>Worst in 24 h</dt>
          <dd>{show(pain.worst24h)}</dd>
        </div>
        <div>
          <dt>During running</dt>
          <dd>{show(pain.duringRunning)}</dd>
        </div>
      </dl>
      <p className="field__hint">Recorded on the History step.</p>
    </StepSection>
  )
}

export function OutcomesStep({
  history,
  lateralHipPain,
  followUp = false,
}: {
  history: AssessmentSections['history']
  lateralHipPain: boolean
  /** A follow-up asks the global rating of change first. */
  followUp?: boolean
}) {
  const values = useWatch() as OutcomeMeasures
  const previous = {
    lefs: usePreviousValue('lefs') as OutcomeMeasures['lefs'],
    ihot12: usePreviousValue('ihot12') as OutcomeMeasures['ihot12'],
    visaG: usePreviousValue('visaG') as OutcomeMeasures['visaG'],
  }
  return (
    <>
      {followUp && <GrocField />}
      <NprsSummary history={history} />

      <StepSection
        title="LEFS: Lower Extremity Functional Scale"
        id="lefs"
        aside={<InstrumentFacts info={instruments.lefs} />}
      >
        <InstrumentStatus name="lefs" label="LEFS" />
        <ScoreBadge
          score={scoreLefs(values.lefs)}
          info={instruments.lefs}
          previous={previous.lefs ? scoreLefs(previous.lefs) : undefined}
        />
        {values.lefs?.status === 'recorded' && <LefsItems />}
      </StepSection>

      <PsfsSection recorded={values.psfs?.status === 'recorded'} />

      <StepSection
        title="iHOT-12: International Hip Outcome Tool"
        id="ihot12"
        aside={<InstrumentFacts info={instruments.ihot12} />}
      >
        <InstrumentStatus name="ihot12" label="iHOT-12" />
        <ScoreBadge
          score={scoreIhot12(values.ihot12)}
          info={instruments.ihot12}
          previous={previous.ihot12 ? scoreIhot12(previous.ihot12) : undefined}
        />
        {values.ihot12?.status === 'recorded' && (
          <>
            <p className="field__hint">
              Enter the 12 item scores (0-100) from the patient's form, or only the total if it was
              scored already.
            </p>
            <Ihot12Items />
            <MeasurementField
              name="ihot12.total"
              label="Total, if scored on the form"
              min={0}
              max={100}
            />
          </>
        )}
      </StepSection>

      <StepSection
        title="VISA-G: gluteal tendinopathy"
        id="visaG"
        aside={<InstrumentFacts info={instruments.visaG} />}
      >
        {!lateralHipPain && (
          <p className="field__hint">For lateral hip pain; mark it not assessed otherwise.</p>
        )}
        <InstrumentStatus name="visaG" label="VISA-G" />
        <ScoreBadge
          score={scoreVisaG(values.visaG)}
          info={instruments.visaG}
          previous={previous.visaG ? scoreVisaG(previous.visaG) : undefined}
        />
        {values.visaG?.status === 'recorded' && (
          <MeasurementField name="visaG.total" label="VISA-G total" unit="/100" min={0} max={100} />
        )}
      </StepSection>

      <StepSection
        title="HAGOS: Copenhagen Hip and Groin Outcome Score"
        id="hagos"
        aside={<InstrumentFacts info={instruments.hagos} />}
      >
        <InstrumentStatus name="hagos" label="HAGOS" />
        <p className="field__hint">
          Six subscale scores from the scoring sheet; HAGOS has no total score.
        </p>
        {values.hagos?.status === 'recorded' && (
          <div className="grid-3">
            {hagosSubscales.map((s) => (
              <MeasurementField
                key={s}
                name={`hagos.${s}`}
                label={hagosLabels[s]}
                unit="/100"
                min={0}
                max={100}
              />
            ))}
          </div>
        )}
      </StepSection>
    </>
  )
}
