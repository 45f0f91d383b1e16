import { useFormContext, useWatch } from 'react-hook-form'
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
import { useReadOnly } from '../fields/fieldContext'
import { FoldingSection } from '../FoldingSection'
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
      <AllNegative />
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

/**
 * "Red flags: all negative" in one action, once each question has been asked: records "no" for
 * every question not answered yet, after a confirmation that names them. It never changes an
 * answer already given, so a "yes" stays recorded and on screen (and the button says it leaves it).
 */
function AllNegative() {
  const { setValue } = useFormContext()
  const readOnly = useReadOnly()
  const answers = useWatch({ name: 'redFlags' }) as Record<string, string | undefined> | undefined
  if (readOnly) return null
  const unanswered = redFlagQuestions.filter((q) => answers?.[q.key] === undefined)
  const yes = redFlagQuestions.filter((q) => answers?.[q.key] === 'yes')
  if (unanswered.length === 0) return null
  const label =
    yes.length === 0
      ? 'Red flags: all negative'
      : `The other ${unanswered.length} red flags: negative`
  return (
    <div className="all-negative">
      <button
        type="button"
        className="button button--small"
        onClick={() => {
          const asked =
            `Record "No" for ${unanswered.length === 1 ? 'this red-flag question' : `these ${unanswered.length} red-flag questions`}? ` +
            `Only if you asked each one and the answer was no:\n\n` +
            unanswered.map((q) => `• ${q.label}`).join('\n') +
            (yes.length > 0
              ? `\n\nAnswered yes, and kept: ${yes.map((q) => q.label).join('; ')}.`
              : '')
          if (!window.confirm(asked)) return
          for (const q of unanswered)
            setValue(`redFlags.${q.key}`, 'no', { shouldDirty: true, shouldValidate: true })
        }}
      >
        {label}
      </button>
      <span className="field__hint">
        {yes.length > 0
          ? `Leaves the ${yes.length === 1 ? 'yes' : `${yes.length} yes answers`} as recorded.`
          : 'Records “No” for each question, after you confirm.'}
      </span>
    </div>
  )
}

/** Fear, beliefs, sleep and mood: they shape the plan's education and pacing. */
export function PsychosocialSection() {
  return (
    <FoldingSection
      title="Psychosocial factors"
      id="psychosocial"
      holds={['psychosocial']}
      summary="Optional"
    >
      <div className="grid-2">
        {psychosocialQuestions.map((q: YesNoQuestion) => (
          <YesNoField key={q.key} name={`psychosocial.${q.key}`} label={q.label} help={q.help} />
        ))}
        <TextField name="psychosocial.notes" label="Psychosocial notes" multiline />
      </div>
    </FoldingSection>
  )
}
