import { useFieldArray, useFormContext, useWatch } from 'react-hook-form'
import { instruments } from '@shared/clinical/outcomeMeasureInfo'
import { scorePsfs } from '@shared/clinical/outcomeScoring'
import {
  PSFS_MAX_ACTIVITIES,
  type OutcomeMeasures,
  type PsfsActivity,
} from '@shared/model/assessment/outcomeMeasures'
import { carriedPsfsActivities } from '@shared/workflow/patientMode'
import { useFieldId, usePreviousValue, useReadOnly } from '../fields/fieldContext'
import { StepSection } from '../StepForm'
import { InstrumentFacts, InstrumentStatus, ScoreBadge } from './InstrumentParts'

/**
 * The Patient-Specific Functional Scale as the clinician records it: the activities in the
 * patient's words, each rated 0-10. At a follow-up last visit's activities are offered again,
 * with their earlier ratings beside today's, so that the same activities are compared.
 */
export function PsfsSection({ recorded }: { recorded: boolean }) {
  const psfs = useWatch({ name: 'psfs' }) as OutcomeMeasures['psfs']
  const previous = usePreviousValue('psfs') as OutcomeMeasures['psfs']
  return (
    <StepSection
      title="PSFS: Patient-Specific Functional Scale"
      id="psfs"
      aside={<InstrumentFacts info={instruments.psfs} />}
    >
      <InstrumentStatus name="psfs" label="PSFS" />
      <ScoreBadge
        score={scorePsfs(psfs)}
        info={instruments.psfs}
        previous={previous ? scorePsfs(previous) : undefined}
      />
      {recorded && <PsfsActivities previous={previous} />}
    </StepSection>
  )
}

function PsfsActivities({ previous }: { previous: OutcomeMeasures['psfs'] }) {
  const { control, register, getFieldState, formState } = useFormContext()
  const { fields, append, remove, replace } = useFieldArray({ control, name: 'psfs.activities' })
  const id = useFieldId('psfs.activities')
  const readOnly = useReadOnly()
  const carried = carriedPsfsActivities(previous ? { psfs: previous } : undefined)
  const lastRating = (activity: string) =>
    previous?.activities?.find((a) => a.activity === activity)?.score
  const names = (useWatch({ name: 'psfs.activities' }) ?? []) as PsfsActivity[]
  const error = (path: string) => getFieldState(`psfs.activities.${path}`, formState).error?.message
  return (
    <div className="psfs">
      <p className="field__hint" id={`${id}--help`}>
        Up to {PSFS_MAX_ACTIVITIES} activities the patient cannot do or finds hard because of the
        problem, in their words; each rated 0 (unable) to 10 (able as before the problem).
      </p>
      {fields.length === 0 && carried.length > 0 && !readOnly && (
        <button
          type="button"
          className="button"
          onClick={() => replace(carried.map((activity) => ({ activity, score: null })))}
        >
          Rate last visit’s activities again ({carried.length})
        </button>
      )}
      {fields.length > 0 && (
        <ol className="psfs__list">
          {fields.map((f, i) => {
            const last = lastRating(names[i]?.activity ?? '')
            return (
              <li key={f.id} className="psfs__row">
                <div className={`field${error(`${i}.activity`) ? ' field--invalid' : ''}`}>
                  <label className="field__label" htmlFor={`${id}.${i}.activity`}>
                    Activity {i + 1}
                  </label>
                  <input
                    id={`${id}.${i}.activity`}
                    autoComplete="off"
                    readOnly={readOnly}
                    aria-invalid={error(`${i}.activity`) ? true : undefined}
                    {...register(`psfs.activities.${i}.activity`)}
                  />
                  {error(`${i}.activity`) && (
                    <p className="field__error">{error(`${i}.activity`)}</p>
                  )}
                </div>
                <div className={`field psfs__score${error(`${i}.score`) ? ' field--invalid' : ''}`}>
                  <label className="field__label" htmlFor={`${id}.${i}.score`}>
                    Rating 0-10
                  </label>
                  <input
                    id={`${id}.${i}.score`}
                    type="number"
                    min={0}
                    max={10}
                    step={1}
                    readOnly={readOnly}
                    aria-invalid={error(`${i}.score`) ? true : undefined}
                    {...register(`psfs.activities.${i}.score`, {
                      // An empty box is "not rated yet", which the record keeps as null.
                      setValueAs: (v: unknown) => (v === '' || v === null ? null : Number(v)),
                    })}
                  />
                  {error(`${i}.score`) && <p className="field__error">{error(`${i}.score`)}</p>}
                  {typeof last === 'number' && <p className="previous-value">Last time: {last}</p>}
                </div>
                {!readOnly && (
                  <button
                    type="button"
                    className="button button--small psfs__remove"
                    aria-label={`Remove activity ${i + 1}`}
                    onClick={() => remove(i)}
                  >
                    Remove
                  </button>
                )}
              </li>
            )
          })}
        </ol>
      )}
      {!readOnly && fields.length < PSFS_MAX_ACTIVITIES && (
        <button
          type="button"
          className="button button--small"
          onClick={() => append({ activity: '', score: null })}
        >
          Add an activity
        </button>
      )}
    </div>
  )
}
