import type { ReactNode } from 'react'
import { useWatch } from 'react-hook-form'
import {
  cadenceGuide,
  runningChecklist,
  videoTips,
  type ChecklistGuide,
} from '@shared/clinical/runningChecklist'
import {
  footStrikeLabels,
  footStrikes,
  hipExtensionLabels,
  hipExtensions,
  stanceFaultLabels,
  stanceFaults,
  trunkLeanLabels,
  trunkLeans,
  type RunningTechnique,
} from '@shared/model/assessment/runningTechnique'
import { NOT_ASSESSED } from '@shared/model/assessment/recordedValues'
import { ChoiceField, optionsFrom, YesNoField } from '../fields/ChoiceField'
import { MeasurementField } from '../fields/MeasurementField'
import { TextField } from '../fields/TextFields'
import { CitationNote } from '../../../components/CitationNote'
import { StepSection } from '../StepForm'
import { CadenceHelper } from './CadenceHelper'

const guideFor = (item: ChecklistGuide['item']) => runningChecklist.find((g) => g.item === item)!

/** One checklist observation: its field, then what to look at and the threshold with its source. */
function ChecklistItem({
  item,
  children,
  after,
}: {
  item: ChecklistGuide['item']
  children: ReactNode
  /** Extra help shown below the guide (the cadence calculator). */
  after?: ReactNode
}) {
  const guide = guideFor(item)
  return (
    <div className="checklist-item">
      {children}
      <p className="guide">
        <span className="guide__look">Look at: {guide.lookAt}</span>
        <span className="guide__threshold">
          {guide.threshold} <CitationNote citation={guide.citation} label={guide.label} />
        </span>
      </p>
      {after}
    </div>
  )
}

const stanceOptions = optionsFrom(stanceFaults, stanceFaultLabels)

export function RunningStep() {
  const status = useWatch({ name: 'status' }) as RunningTechnique['status']
  return (
    <>
      <StepSection title="Running assessed?" id="running-status">
        <ChoiceField
          name="status"
          label="Running technique"
          options={[{ value: 'recorded', label: 'Assessed today' }]}
          notAssessedLabel="Not assessed"
          help="Skip it when running is contraindicated (e.g. suspected bone stress injury) or too painful, and say why."
          compact
        />
        {status === NOT_ASSESSED && (
          <TextField name="notAssessedReason" label="Why running was not assessed" multiline />
        )}
      </StepSection>

      {status === 'recorded' && (
        <>
          <StepSection title="Conditions" id="running-conditions">
            <div className="grid-3">
              <ChoiceField
                name="conditions.mode"
                label="Where"
                options={[
                  { value: 'treadmill', label: 'Treadmill' },
                  { value: 'overground', label: 'Overground' },
                ]}
                compact
              />
              <MeasurementField
                name="conditions.speedKmh"
                label="Speed"
                unit="km/h"
                min={1}
                max={40}
              />
              <TextField name="conditions.shoes" label="Shoes" />
            </div>
            <details className="facts">
              <summary>Video tips</summary>
              <ul>
                {videoTips.map((tip) => (
                  <li key={tip}>{tip}</li>
                ))}
              </ul>
            </details>
          </StepSection>

          <StepSection title="Checklist" id="running-checklist">
            <ChecklistItem
              item="cadenceSpm"
              after={
                <>
                  <p className="field__hint">
                    Recreational runners often run at {cadenceGuide.typicalRange.min}-
                    {cadenceGuide.typicalRange.max} steps/min; a {cadenceGuide.increasePercent.min}-
                    {cadenceGuide.increasePercent.max}% increase is the usual retraining step.
                  </p>
                  <CadenceHelper />
                </>
              }
            >
              <MeasurementField
                name="cadenceSpm"
                label="Cadence"
                unit="steps/min"
                min={100}
                max={240}
                step={1}
                allowNotAssessed
              />
            </ChecklistItem>
            <ChecklistItem item="trunkLean">
              <ChoiceField
                name="trunkLean"
                label="Trunk lean"
                options={optionsFrom(trunkLeans, trunkLeanLabels)}
                notAssessedLabel="Not assessed"
                compact
              />
            </ChecklistItem>
            <ChecklistItem item="footStrike">
              <ChoiceField
                name="footStrike"
                label="Foot strike"
                options={optionsFrom(footStrikes, footStrikeLabels)}
                notAssessedLabel="Not assessed"
                compact
              />
            </ChecklistItem>
            <ChecklistItem item="overstride">
              <YesNoField
                name="overstride"
                label="Overstriding (foot lands well ahead of the body)"
              />
            </ChecklistItem>
            <ChecklistItem item="pelvicDrop">
              <ChoiceField
                name="pelvicDrop"
                label="Contralateral pelvic drop"
                options={stanceOptions}
                notAssessedLabel="Not assessed"
                compact
              />
            </ChecklistItem>
            <ChecklistItem item="hipAdductionKneeValgus">
              <ChoiceField
                name="hipAdductionKneeValgus"
                label="Hip adduction / knee valgus"
                options={stanceOptions}
                notAssessedLabel="Not assessed"
                compact
              />
            </ChecklistItem>
            <ChecklistItem item="crossover">
              <YesNoField name="crossover" label="Crossover / narrow step width" />
            </ChecklistItem>
            <ChecklistItem item="hipExtensionAtToeOff">
              <ChoiceField
                name="hipExtensionAtToeOff"
                label="Hip extension at toe-off"
                options={optionsFrom(hipExtensions, hipExtensionLabels)}
                notAssessedLabel="Not assessed"
                compact
              />
            </ChecklistItem>
            <TextField name="notes" label="Other observations" multiline />
          </StepSection>
        </>
      )}
    </>
  )
}
