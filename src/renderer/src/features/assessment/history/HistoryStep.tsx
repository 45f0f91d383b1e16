import { useController, useFormContext, useWatch } from 'react-hook-form'
import { bodyRegionLabels, bodyRegions } from '@shared/model/assessment/bodyRegions'
import {
  aggravatingFactorLabels,
  aggravatingFactors,
  dailyPatternLabels,
  dailyPatterns,
  durationUnits,
  energyAvailabilityQuestions,
  mechanicalSymptomQuestions,
  menstrualStatusLabels,
  menstrualStatuses,
  LEGACY_ONSET_MECHANISM,
  nightPainOptions,
  onsetMechanismLabels,
  onsetMechanisms,
  runningBehaviourQuestions,
  snapLocationLabels,
  snapLocations,
  type History,
} from '@shared/model/assessment/history'
import {
  kneePainLabels,
  kneePainTypes,
  menopauseStatuses,
  menopauseStatusLabels,
  symptomFrequencies,
  symptomFrequencyLabels,
} from '@shared/model/assessment/historyScreening'
import { instruments } from '@shared/clinical/outcomeMeasureInfo'
import type { YesNoQuestion } from '@shared/model/assessment/recordedValues'
import type { Sex } from '@shared/model/patient'
import { ChecklistField } from '../fields/ChecklistField'
import { ChoiceField, optionsFrom, YesNoField } from '../fields/ChoiceField'
import { DurationField } from '../fields/DurationField'
import { useFieldId, useReadOnly } from '../fields/fieldContext'
import { MeasurementField } from '../fields/MeasurementField'
import { CheckboxField, SelectField } from '../fields/SmallFields'
import { TextField } from '../fields/TextFields'
import { FoldingSection } from '../FoldingSection'
import { StepSection } from '../StepForm'
import { BodyChart, type PainArea } from './BodyChart'
import { PsychosocialSection, RedFlagScreen } from './ScreeningSections'
import { TrainingSection } from './TrainingSection'
import { SinceLastVisitSection } from '../followUp/SinceLastVisitSection'

const painSideOptions = [
  { value: 'left', label: 'Left' },
  { value: 'right', label: 'Right' },
  { value: 'both', label: 'Both' },
]

// The four NPRS ratings, in the order a clinician asks them.
const painRatings: { key: keyof NonNullable<History['pain']>; label: string }[] = [
  { key: 'now', label: 'Pain now' },
  { key: 'best24h', label: 'Best in 24 h' },
  { key: 'worst24h', label: 'Worst in 24 h' },
  { key: 'duringRunning', label: 'During running' },
]

function PainAreasField() {
  const { control } = useFormContext()
  const { field } = useController({ name: 'painAreas', control })
  const readOnly = useReadOnly()
  const id = useFieldId('painAreas')
  return (
    <div id={id} className={readOnly ? 'body-chart--read-only' : undefined}>
      <BodyChart
        idPrefix={id}
        value={(field.value as PainArea[] | undefined) ?? []}
        onChange={(next) => (readOnly ? undefined : field.onChange(next))}
      />
    </div>
  )
}

/**
 * The subjective examination, in the order a runner's history is usually taken. At a follow-up it opens with what has changed since last visit (pain
 * included) and keeps the rest of the history, optional then, one click away.
 */
export function HistoryStep({ sex, followUp = false }: { sex: Sex; followUp?: boolean }) {
  const [snapping, mechanism, injected] = useWatch({
    name: ['mechanicalSymptoms.snapping', 'onset.mechanism', 'pastHistory.hipInjection'],
  }) as [string | undefined, string | undefined, string | undefined]
  // Version 1's single trauma answer is shown only on records that hold it.
  const mechanisms = onsetMechanisms.filter(
    (m) => m !== LEGACY_ONSET_MECHANISM || mechanism === LEGACY_ONSET_MECHANISM,
  )
  const pain = <PainRatings />
  const rest = (
    <>
      <StepSection title="Where it hurts" id="where">
        <div className="grid-2">
          <ChoiceField
            name="painSide"
            label="Side of the pain"
            options={painSideOptions}
            notAssessedLabel="Not recorded"
            compact
          />
          <SelectField
            name="mainArea"
            label="Where it hurts most"
            options={optionsFrom(bodyRegions, bodyRegionLabels)}
          />
        </div>
        <PainAreasField />
        <div className="grid-3">
          <YesNoField
            name="painBelowKnee"
            label="Pain travels below the knee"
            help="Suggests referral from the lumbar spine."
            alertValue="yes"
          />
          <YesNoField name="deepPoorlyLocalised" label="Deep, hard to pin down" />
          <YesNoField
            name="pointsWithCSign"
            label="Shows the pain with a C-grip (C-sign)"
            help="Typical of pain from inside the hip joint."
          />
          <ChoiceField
            name="kneePain"
            label="Knee pain (other than the outside of the knee)"
            options={optionsFrom(kneePainTypes, kneePainLabels)}
            notAssessedLabel="Not asked"
            help="A growing child with hip trouble often points to the knee (SCFE)."
            compact
          />
          <YesNoField
            name="thighNumbness"
            label="Burning, tingling or numbness over the front or outside of the thigh"
            help="The lateral femoral cutaneous nerve (meralgia paraesthetica)."
          />
        </div>
      </StepSection>

      <StepSection title="Onset and pain" id="onset">
        <div className="grid-3">
          <ChoiceField
            name="onset.type"
            label="Onset"
            options={[
              { value: 'sudden', label: 'Sudden' },
              { value: 'gradual', label: 'Gradual' },
            ]}
            notAssessedLabel="Not recorded"
            compact
          />
          <TextField name="onset.date" label="Date it started" type="date" />
          <DurationField
            name="onset.duration"
            label="How long has it been present?"
            units={durationUnits}
            defaultUnit="weeks"
          />
          <SelectField
            name="onset.mechanism"
            label="How it started"
            options={optionsFrom(mechanisms, onsetMechanismLabels)}
          />
          <YesNoField
            name="onset.feltPop"
            label="Felt a pop or snap at the start"
            alertValue="yes"
          />
          <YesNoField name="onset.catchAtOnset" label="Felt a catch in the hip at the start" />
          <TextField name="onset.notes" label="Onset notes" multiline />
        </div>
        {!followUp && pain}
      </StepSection>

      <StepSection title="24-hour pattern" id="pattern">
        <div className="grid-3">
          <SelectField
            name="dailyPattern"
            label="Pattern over the day"
            options={optionsFrom(dailyPatterns, dailyPatternLabels)}
          />
          <ChoiceField
            name="nightPain"
            label="Night pain"
            options={nightPainOptions}
            notAssessedLabel="Not asked"
            alertValue="unrelenting"
            help="Constant night pain needs a medical review; with previous cancer, weight loss, night sweats or age over 50 it is a malignancy red flag."
          />
          <MeasurementField
            name="morningStiffnessMinutes"
            label="Morning stiffness"
            unit="min"
            min={0}
            max={1440}
            step={1}
            allowNotAssessed
            help="0 if none."
          />
          <YesNoField
            name="weightBearingPain"
            label="Pain on standing and walking (weight bearing)"
            help="Ordinary standing and walking, not only walking fast."
            alertValue="yes"
          />
        </div>
      </StepSection>

      <FoldingSection
        title="Behaviour with running"
        id="running-behaviour"
        holds={['runningBehaviour', 'aggravating']}
        summary="Optional"
      >
        <div className="grid-2">
          {runningBehaviourQuestions.map((q: YesNoQuestion) => (
            <YesNoField
              key={q.key}
              name={`runningBehaviour.${q.key}`}
              label={q.label}
              help={q.help}
            />
          ))}
        </div>
        <ChecklistField
          name="aggravating"
          label="What makes it worse?"
          options={optionsFrom(aggravatingFactors, aggravatingFactorLabels)}
        />
      </FoldingSection>

      <FoldingSection
        title="Mechanical symptoms"
        id="mechanical"
        holds={['mechanicalSymptoms', 'mechanicalFrequency', 'snap']}
        summary="Optional"
      >
        <div className="grid-3">
          {mechanicalSymptomQuestions.map((q) => (
            <YesNoField key={q.key} name={`mechanicalSymptoms.${q.key}`} label={q.label} />
          ))}
          <SelectField
            name="mechanicalFrequency.locking"
            label="How often it locks"
            options={optionsFrom(symptomFrequencies, symptomFrequencyLabels)}
          />
          <SelectField
            name="mechanicalFrequency.givingWay"
            label="How often it gives way"
            options={optionsFrom(symptomFrequencies, symptomFrequencyLabels)}
          />
        </div>
        {snapping === 'yes' && (
          <div className="subgroup">
            <p className="subgroup__title">The snap is…</p>
            <div className="inline-ticks">
              <CheckboxField name="snap.felt" label="Felt" />
              <CheckboxField name="snap.heard" label="Heard" />
              <CheckboxField name="snap.seen" label="Seen" />
            </div>
            <ChoiceField
              name="snap.location"
              label="Where"
              options={optionsFrom(snapLocations, snapLocationLabels)}
              compact
            />
          </div>
        )}
      </FoldingSection>

      <TrainingSection />

      <FoldingSection
        title="Past injuries and imaging"
        id="past"
        holds={['pastHistory']}
        summary="Optional"
      >
        <div className="grid-2">
          <YesNoField
            name="pastHistory.previousBoneStressInjury"
            label="Previous bone stress injury or stress fracture"
            help="Raises the risk of another (odds ratio about 5)."
            alertValue="yes"
          />
          <YesNoField
            name="pastHistory.previousHamstringInjury"
            label="Previous hamstring injury"
          />
          <TextField
            name="pastHistory.previousInjuries"
            label="Other previous injuries"
            multiline
          />
          <TextField
            name="pastHistory.imagingDone"
            label="Imaging already done, and results"
            multiline
          />
          <MeasurementField
            name="pastHistory.esrMmPerHour"
            label="ESR from blood tests, if known"
            unit="mm/h"
            min={0}
            max={200}
            help="Used by the ACR hip osteoarthritis criteria; without it, hip flexion stands in."
          />
          <YesNoField name="pastHistory.hipInjection" label="Injection into the hip region" />
          {injected === 'yes' && (
            <TextField
              name="pastHistory.hipInjectionDetails"
              label="What was injected, where and when"
              multiline
            />
          )}
        </div>
      </FoldingSection>

      {!followUp && <RedFlagScreen />}

      <StepSection title="Energy availability (RED-S)" id="energy">
        <div className="grid-3">
          {sex === 'female' && (
            <ChoiceField
              name="energyAvailability.menstrualStatus"
              label="Periods"
              options={optionsFrom(menstrualStatuses, menstrualStatusLabels)}
              notAssessedLabel="Not asked"
              help="Missed or absent periods are a sign of low energy availability."
            />
          )}
          {energyAvailabilityQuestions.map((q: YesNoQuestion) => (
            <YesNoField
              key={q.key}
              name={`energyAvailability.${q.key}`}
              label={q.label}
              help={q.help}
              alertValue="yes"
            />
          ))}
        </div>
      </StepSection>

      <PsychosocialSection />

      <FoldingSection
        title="General health and goals"
        id="general"
        holds={['general']}
        summary="Optional"
      >
        <div className="grid-2">
          <YesNoField
            name="general.familyHistoryOfArthritis"
            label="Family history of hip arthritis"
          />
          {sex === 'female' && (
            <>
              <ChoiceField
                name="general.menopauseStatus"
                label="Menopause"
                options={optionsFrom(menopauseStatuses, menopauseStatusLabels)}
                notAssessedLabel="Not asked"
              />
              <YesNoField name="general.hormoneTherapy" label="Hormone replacement therapy (HRT)" />
            </>
          )}
          <TextField name="general.medicalHistory" label="Medical history" multiline />
          <TextField name="general.medications" label="Medications" multiline />
          <TextField
            name="general.goals"
            label="The patient's goals"
            multiline
            placeholder="e.g. run the Berlin marathon in September pain-free"
          />
        </div>
      </FoldingSection>
    </>
  )
  if (!followUp) return rest
  return (
    <>
      <SinceLastVisitSection painRatings={pain} />
      {/* Red flags are asked again at every visit: one raised since must not wait unseen. */}
      <RedFlagScreen />
      <details className="step-more">
        <summary>The rest of the history (optional at a follow-up)</summary>
        {rest}
      </details>
    </>
  )
}

/** The four NPRS ratings and what a meaningful change is. */
function PainRatings() {
  return (
    <>
      <div className="grid-4">
        {painRatings.map(({ key, label }) => (
          <MeasurementField
            key={key}
            name={`pain.${key}`}
            label={label}
            unit="/10"
            min={0}
            max={10}
            step={1}
            allowNotAssessed
          />
        ))}
      </div>
      <p className="field__hint">
        Numeric pain rating scale: 0 no pain, 10 worst imaginable. A change of{' '}
        {instruments.nprs.mcid} points is clinically important.
      </p>
    </>
  )
}
