import {
  trendelenburgGaitLabels,
  trendelenburgGaits,
  weightBearingLabels,
  weightBearingStatuses,
} from '@shared/model/assessment/physicalExam'
import type { PainSide } from '@shared/model/assessment/recordedValues'
import { ChoiceField, optionsFrom, YesNoField } from '../fields/ChoiceField'
import { MeasurementField } from '../fields/MeasurementField'
import { TextField } from '../fields/TextFields'
import { StepSection } from '../StepForm'
import { PalpationTable } from './PalpationTable'
import { RomTable } from './RomTable'
import { SpecialTestsTable } from './SpecialTestsTable'
import { StrengthTable } from './StrengthTable'

const stanceSideOptions = [
  { value: 'left', label: 'Left stance' },
  { value: 'right', label: 'Right stance' },
  { value: 'both', label: 'Both' },
]

export function ExamStep({
  painSide,
  hipOaCriteria,
}: {
  painSide: PainSide | 'not-assessed' | undefined
  /** Whether the hip-OA criteria concern this patient (the engine's hipOaCriteria.applies). */
  hipOaCriteria: boolean
}) {
  return (
    <>
      <StepSection title="Observation and gait" id="observation">
        <div className="grid-4">
          <MeasurementField
            name="bodyMassKg"
            label="Body mass"
            unit="kg"
            min={10}
            max={300}
            help="Used for dynamometer force per kg."
          />
          <MeasurementField name="heightCm" label="Height" unit="cm" min={50} max={250} />
        </div>
        <div className="grid-2">
          <ChoiceField
            name="observation.weightBearing"
            label="Weight bearing"
            options={optionsFrom(weightBearingStatuses, weightBearingLabels)}
            notAssessedLabel="Not assessed"
            alertValue="unable"
          />
          <YesNoField name="observation.antalgicGait" label="Antalgic gait (limp)" />
          <ChoiceField
            name="observation.trendelenburgGait"
            label="Trendelenburg gait"
            options={optionsFrom(trendelenburgGaits, trendelenburgGaitLabels)}
            notAssessedLabel="Not assessed"
          />
          <ChoiceField
            name="observation.trendelenburgStanceSide"
            label="Seen in stance on"
            options={stanceSideOptions}
            compact
          />
        </div>
        <div className="subgroup">
          <p className="subgroup__title">Single-leg squat</p>
          <div className="grid-4">
            <ChoiceField
              name="observation.singleLegSquat.side"
              label="Leg tested"
              options={[
                { value: 'left', label: 'Left' },
                { value: 'right', label: 'Right' },
              ]}
              compact
            />
            <YesNoField name="observation.singleLegSquat.pelvicDrop" label="Pelvic drop" />
            <YesNoField name="observation.singleLegSquat.kneeValgus" label="Knee valgus" />
            <YesNoField name="observation.singleLegSquat.trunkLean" label="Trunk lean" />
            <YesNoField name="observation.singleLegSquat.pain" label="Reproduces pain" />
          </div>
        </div>
        <p className="field__hint">
          Pain on hopping is recorded with the special tests (single-leg hop).
        </p>
        <TextField name="observation.notes" label="Observation notes" multiline />
      </StepSection>

      <StepSection title="Range of motion" id="rom">
        <RomTable hipOaCriteria={hipOaCriteria} />
      </StepSection>

      <StepSection title="Strength" id="strength">
        <StrengthTable painSide={painSide} />
      </StepSection>

      <StepSection title="Palpation" id="palpation">
        <PalpationTable />
      </StepSection>

      <StepSection title="Special tests" id="special-tests">
        <SpecialTestsTable />
      </StepSection>

      <StepSection title="Exam notes" id="exam-notes">
        <TextField name="notes" label="Other findings" multiline />
      </StepSection>
    </>
  )
}
