import { useController, useFormContext } from 'react-hook-form'
import { surfaceLabels, surfaces, trainingChanges } from '@shared/model/assessment/history'
import { surfaceHardnesses, surfaceHardnessLabels } from '@shared/model/assessment/historyScreening'
import { ChoiceField, optionsFrom, YesNoField } from '../fields/ChoiceField'
import { useFieldId, useReadOnly } from '../fields/fieldContext'
import { MeasurementField } from '../fields/MeasurementField'
import { TextField } from '../fields/TextFields'
import { FoldingSection } from '../FoldingSection'

/** Training load: distance and its recent change, surfaces and their hardness, shoes. */
export function TrainingSection() {
  return (
    <FoldingSection title="Training load" id="training" holds={['training']} summary="Optional">
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
          name="training.increasePercent"
          label="Increase, if the distances are not known"
          unit="%"
          min={0}
          max={500}
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
      <ChoiceField
        name="training.surfaceHardness"
        label="Surface hardness"
        options={optionsFrom(surfaceHardnesses, surfaceHardnessLabels)}
        notAssessedLabel="Not asked"
        compact
      />
      <div className="grid-3">
        <TextField name="training.racesPlanned" label="Races planned" />
        <TextField name="training.footwear" label="Footwear" />
        <TextField name="training.crossTraining" label="Cross-training" />
      </div>
    </FoldingSection>
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
