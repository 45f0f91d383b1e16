import { adherenceLabels, adherenceLevels } from '@shared/model/assessment/followUp'
import './followUp.css'
import { ChoiceField, optionsFrom } from '../fields/ChoiceField'
import { TextField } from '../fields/TextFields'
import { StepSection } from '../StepForm'

/**
 * The start of a follow-up's history: the patient's own account of the change, then pain
 * (`painRatings`, the same fields an initial assessment has under "Onset and pain"), then how
 * much of the home programme was done. The rest of the history is optional at a follow-up.
 */
export function SinceLastVisitSection({ painRatings }: { painRatings: React.ReactNode }) {
  return (
    <StepSection title="Since last visit" id="since-last-visit">
      <TextField
        name="sinceLastVisit.subjectiveChange"
        label="What has changed since last visit?"
        placeholder="In the patient’s words: better, worse, what they can do now"
        multiline
      />
      {painRatings}
      <div className="grid-2">
        <ChoiceField
          name="sinceLastVisit.adherence"
          label="Home programme done"
          options={optionsFrom(adherenceLevels, adherenceLabels)}
          notAssessedLabel="Not asked"
          compact
        />
        <TextField name="sinceLastVisit.adherenceNotes" label="What got in the way (if anything)" />
      </div>
    </StepSection>
  )
}
