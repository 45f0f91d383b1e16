import { useWatch } from 'react-hook-form'
import { redFlagQuestions } from '@shared/model/assessment/history'
import {
  legPositionOptions,
  psychosocialQuestions,
  TEMPERATURE_RANGE_C,
  weightLossPeriodUnits,
} from '@shared/model/assessment/historyScreening'
import type { YesNoQuestion } from '@shared/model/assessment/recordedValues'
import { ChoiceField, YesNoField } from '../fields/ChoiceField'
import { DurationField } from '../fields/DurationField'
import { MeasurementField } from '../fields/MeasurementField'
import { TextField } from '../fields/TextFields'
import { StepSection } from '../StepForm'

/**
 * The red-flag screen with what makes its answers measurable (temperature today, how much
 * weight was lost and over how long, which cancer and when), the leg at rest, and the
 * psychosocial questions. The details of a "yes" appear under it once it is answered.
 */
export function RedFlagScreen() {
  const [weightLoss, cancer] = useWatch({
    name: ['redFlags.unexplainedWeightLoss', 'redFlags.cancerHistory'],
  }) as [string | undefined, string | undefined]
  return (
    <StepSection
      title="Red-flag screen"
      id="red-flags"
      aside={<span className="badge badge--danger">Ask every patient</span>}
    >
      <div className="grid-2">
        {redFlagQuestions.map((q: YesNoQuestion) => (
          <YesNoField
            key={q.key}
            name={`redFlags.${q.key}`}
            label={q.label}
            help={q.help}
            alertValue="yes"
          />
        ))}
      </div>
      {weightLoss === 'yes' && (
        <div className="subgroup">
          <p className="subgroup__title">The weight loss</p>
          <div className="grid-3">
            <MeasurementField
              name="weightLoss.kg"
              label="Weight lost without trying"
              unit="kg"
              min={0}
              max={100}
              help="5% of body weight or 4.5 kg within 6-12 months warrants investigation."
            />
            <DurationField
              name="weightLoss.duration"
              label="Over how long"
              units={weightLossPeriodUnits}
              defaultUnit="months"
            />
          </div>
        </div>
      )}
      {cancer === 'yes' && (
        <div className="subgroup">
          <p className="subgroup__title">The previous cancer</p>
          <div className="grid-3">
            <TextField name="previousCancer.type" label="Type of cancer" />
            <MeasurementField
              name="previousCancer.yearDiagnosed"
              label="Year diagnosed"
              min={1900}
              max={2100}
              step={1}
            />
          </div>
        </div>
      )}
      <div className="grid-3">
        <MeasurementField
          name="temperatureC"
          label="Temperature today"
          unit="°C"
          min={TEMPERATURE_RANGE_C.min}
          max={TEMPERATURE_RANGE_C.max}
          step={0.1}
          allowNotAssessed
          help="38 °C or more with hip pain: infection must be excluded."
        />
        <ChoiceField
          name="legAtRest.position"
          label="Leg at rest"
          options={legPositionOptions}
          notAssessedLabel="Not assessed"
          alertValue="shortened-externally-rotated"
          help="Shortened and turned out after a fall: fracture. Held bent, out and turned out: a swollen joint."
        />
        <YesNoField
          name="legAtRest.apparentShortening"
          label="The leg looks shorter"
          alertValue="yes"
        />
      </div>
    </StepSection>
  )
}

/** Fear, beliefs, sleep and mood: they shape the plan's education and pacing. */
export function PsychosocialSection() {
  return (
    <StepSection title="Psychosocial factors" id="psychosocial">
      <div className="grid-2">
        {psychosocialQuestions.map((q: YesNoQuestion) => (
          <YesNoField key={q.key} name={`psychosocial.${q.key}`} label={q.label} help={q.help} />
        ))}
        <TextField name="psychosocial.notes" label="Psychosocial notes" multiline />
      </div>
    </StepSection>
  )
}
