import { useState } from 'react'
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
  nightPainOptions,
  onsetMechanismLabels,
  onsetMechanisms,
  redFlagQuestions,
  runningBehaviourQuestions,
  snapLocationLabels,
  snapLocations,
  surfaceLabels,
  surfaces,
  trainingChanges,
  type History,
} from '@shared/model/assessment/history'
import { instruments } from '@shared/clinical/outcomeMeasureInfo'
import type { YesNoQuestion } from '@shared/model/assessment/recordedValues'
import type { Sex } from '@shared/model/patient'
import { ChecklistField } from '../fields/ChecklistField'
import { ChoiceField, optionsFrom, YesNoField } from '../fields/ChoiceField'
import { useFieldId, useReadOnly } from '../fields/fieldContext'
import { MeasurementField } from '../fields/MeasurementField'
import { CheckboxField, SelectField } from '../fields/SmallFields'
import { TextField } from '../fields/TextFields'
import { StepSection } from '../StepForm'
import { BodyChart, type PainArea } from './BodyChart'

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

type Duration = { value: number; unit: (typeof durationUnits)[number] }

/** A number and a unit; the unit defaults to weeks and the pair is stored only with a number. */
function DurationField() {
  const { control } = useFormContext()
  const { field, fieldState } = useController({ name: 'onset.duration', control })
  const id = useFieldId('onset.duration')
  const readOnly = useReadOnly()
  const value = field.value as Duration | undefined
  const [chosenUnit, setChosenUnit] = useState<Duration['unit']>(value?.unit ?? 'weeks')
  const unit = value?.unit ?? chosenUnit
  return (
    <div className={['field', fieldState.error ? 'field--invalid' : ''].join(' ').trim()}>
      <label className="field__label" htmlFor={`${id}.value`}>
        How long has it been present?
      </label>
      <div className="measure__row">
        <input
          id={`${id}.value`}
          type="number"
          min={0}
          step="any"
          readOnly={readOnly}
          value={value?.value ?? ''}
          onChange={(e) =>
            field.onChange(
              e.target.value === '' ? undefined : { value: Number(e.target.value), unit },
            )
          }
        />
        <select
          id={`${id}.unit`}
          aria-label="Unit of duration"
          disabled={readOnly}
          value={unit}
          onChange={(e) => {
            const next = e.target.value as Duration['unit']
            setChosenUnit(next)
            if (value) field.onChange({ ...value, unit: next })
          }}
        >
          {durationUnits.map((u) => (
            <option key={u} value={u}>
              {u}
            </option>
          ))}
        </select>
      </div>
      {fieldState.error && <p className="field__error">Enter a number</p>}
    </div>
  )
}

/** The subjective examination, in the order a runner's history is usually taken. */
export function HistoryStep({ sex }: { sex: Sex }) {
  const snapping = useWatch({ name: 'mechanicalSymptoms.snapping' })
  return (
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
          <DurationField />
          <SelectField
            name="onset.mechanism"
            label="How it started"
            options={optionsFrom(onsetMechanisms, onsetMechanismLabels)}
          />
          <YesNoField
            name="onset.feltPop"
            label="Felt a pop or snap at the start"
            alertValue="yes"
          />
          <TextField name="onset.notes" label="Onset notes" multiline />
        </div>
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
        </div>
      </StepSection>

      <StepSection title="Behaviour with running" id="running-behaviour">
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
      </StepSection>

      <StepSection title="Mechanical symptoms" id="mechanical">
        <div className="grid-3">
          {mechanicalSymptomQuestions.map((q) => (
            <YesNoField key={q.key} name={`mechanicalSymptoms.${q.key}`} label={q.label} />
          ))}
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
      </StepSection>

      <StepSection title="Training load" id="training">
        <div className="grid-4">
          <MeasurementField
            name="training.weeklyDistanceKm"
            label="Weekly distance now"
            unit="km"
            min={0}
            max={400}
            allowNotAssessed
          />
          <ChoiceField
            name="training.recentChange"
            label="Recent change"
            options={optionsFrom(trainingChanges, {
              increase: 'Increase',
              decrease: 'Decrease',
              'no-change': 'No change',
            })}
            notAssessedLabel="Not asked"
            compact
          />
          <MeasurementField
            name="training.previousWeeklyDistanceKm"
            label="Weekly distance before the change"
            unit="km"
            min={0}
            max={400}
          />
          <MeasurementField
            name="training.changeOverWeeks"
            label="Change made over"
            unit="weeks"
            min={0}
            max={104}
          />
          <MeasurementField
            name="training.sessionsPerWeek"
            label="Runs per week"
            min={0}
            max={21}
            step={1}
          />
          <YesNoField name="training.hills" label="Hills" />
          <YesNoField name="training.speedwork" label="Speed work" />
          <YesNoField
            name="training.footwearChangedRecently"
            label="New or different shoes recently"
          />
        </div>
        <SurfacesField />
        <div className="grid-3">
          <TextField name="training.racesPlanned" label="Races planned" />
          <TextField name="training.footwear" label="Footwear" />
          <TextField name="training.crossTraining" label="Cross-training" />
        </div>
      </StepSection>

      <StepSection title="Past injuries and imaging" id="past">
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
        </div>
      </StepSection>

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
      </StepSection>

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

      <StepSection title="General health and goals" id="general">
        <div className="grid-2">
          <YesNoField
            name="general.familyHistoryOfArthritis"
            label="Family history of hip arthritis"
          />
          <TextField name="general.medicalHistory" label="Medical history" multiline />
          <TextField name="general.medications" label="Medications" multiline />
          <TextField
            name="general.goals"
            label="The patient's goals"
            multiline
            placeholder="e.g. run the Berlin marathon in September pain-free"
          />
        </div>
      </StepSection>
    </>
  )
}

function SurfacesField() {
  const { control } = useFormContext()
  const { field } = useController({ name: 'training.surfaces', control })
  const id = useFieldId('training.surfaces')
  const readOnly = useReadOnly()
  const chosen = (field.value as string[] | undefined) ?? []
  return (
    <fieldset className="checklist" id={id}>
      <legend className="choice__label">Surfaces</legend>
      <div className="checklist__options">
        {surfaces.map((s) => (
          <label key={s} className="checklist__option">
            <input
              type="checkbox"
              id={`${id}--${s}`}
              checked={chosen.includes(s)}
              disabled={readOnly}
              onChange={() =>
                field.onChange(chosen.includes(s) ? chosen.filter((c) => c !== s) : [...chosen, s])
              }
            />
            <span>{surfaceLabels[s]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}
