import { zodResolver } from '@hookform/resolvers/zod'
import { memo, useEffect } from 'react'
import {
  FormProvider,
  useController,
  useFieldArray,
  useForm,
  useFormContext,
  useWatch,
} from 'react-hook-form'
import {
  currentPhaseAfterMove,
  currentPhaseAfterRemove,
  treatmentPlanSchema,
  type TreatmentPlan,
} from '@shared/model/assessment/plan'
import { conditionNames, type ConditionId } from '@shared/clinical/conditions/conditionIds'
import { formatDate } from '../../../app/formatting'
import { LinesField } from './LinesField'
import { ItemActions } from './ItemActions'
import { PhaseExercises } from './PhaseExercises'
import { PlanRecord } from './PlanRecord'
import { Referrals } from './Referrals'
import './plan.css'
import {
  planProgressionLabels,
  planProgressions,
  type PlanProgression,
} from '@shared/model/assessment/followUp'

interface PlanEditorProps {
  plan: TreatmentPlan
  readOnly: boolean
  onChange: (plan: unknown) => void
  /** A short follow-up: the plan says whether it progresses, continues, regresses, discharges or refers. */
  followUp?: boolean
  /** When the record was signed (a finalised plan is shown as the record, not as a form). */
  signedOn?: string
}

const basedOnName = (d: string) => conditionNames[d as ConditionId] ?? d

function Phases({ readOnly }: { readOnly: boolean }) {
  const { control, register } = useFormContext()
  const { fields, append, remove, move } = useFieldArray({ control, name: 'phases' })
  const { field: currentField } = useController({ control, name: 'currentPhase' })
  const current = Math.min((currentField.value as number | undefined) ?? 1, fields.length)
  const movePhase = (from: number, to: number) => {
    move(from, to)
    currentField.onChange(currentPhaseAfterMove(current, from, to))
  }
  const removePhase = (index: number) => {
    remove(index)
    currentField.onChange(currentPhaseAfterRemove(current, index, fields.length - 1))
  }
  return (
    <section className="plan-block" aria-labelledby="plan-phases">
      <h4 id="plan-phases" className="plan-block__title">
        Phases
      </h4>
      {fields.length > 1 && (
        <p className="muted">
          Mark the phase the runner is in now: the patient handout gives its exercises.
        </p>
      )}
      {fields.map((f, i) => (
        <div
          key={f.id}
          className={i + 1 === current ? 'plan-phase plan-phase--current' : 'plan-phase'}
        >
          <div className="plan-phase__header">
            <span className="plan-phase__number">{i + 1}</span>
            <input
              className="plan-phase__name"
              aria-label={`Phase ${i + 1}: name`}
              readOnly={readOnly}
              {...register(`phases.${i}.name`)}
            />
            <label className="plan-phase__current">
              <input
                type="radio"
                name="plan-current-phase"
                aria-label={`Phase ${i + 1} is the current phase`}
                checked={i + 1 === current}
                disabled={readOnly}
                onChange={() => currentField.onChange(i + 1)}
              />
              <span aria-hidden="true">Current</span>
            </label>
            {!readOnly && (
              <span className="plan-phase__actions">
                <ItemActions
                  index={i}
                  count={fields.length}
                  labels={{
                    up: `Move phase ${i + 1} up`,
                    down: `Move phase ${i + 1} down`,
                    remove: `Remove phase ${i + 1}`,
                  }}
                  onMove={movePhase}
                  onRemove={removePhase}
                />
              </span>
            )}
          </div>
          <div className="grid-2">
            <LinesField
              name={`phases.${i}.goals`}
              id={`plan-phase-${i}-goals`}
              label="Goals"
              readOnly={readOnly}
            />
            <LinesField
              name={`phases.${i}.progressWhen`}
              id={`plan-phase-${i}-progress`}
              label="Move on when"
              readOnly={readOnly}
            />
          </div>
          <PhaseExercises phaseIndex={i} readOnly={readOnly} />
        </div>
      ))}
      {!readOnly && (
        <button
          type="button"
          className="button button--small"
          onClick={() =>
            append({
              name: `Phase ${fields.length + 1}`,
              goals: [],
              progressWhen: [],
              exercises: [],
            })
          }
        >
          Add a phase
        </button>
      )}
    </section>
  )
}

/** At a follow-up: what the plan does now. */
function Progression() {
  const { register } = useFormContext()
  const [chosen, referrals] = useWatch({ name: ['progression', 'referrals'] }) as [
    PlanProgression | undefined,
    unknown[] | undefined,
  ]
  return (
    <fieldset className="choice choice--compact" id="plan-progression">
      <legend className="choice__label">At this visit</legend>
      <div className="choice__options" role="radiogroup" aria-label="At this visit">
        {planProgressions.map((p) => (
          <label key={p} className="choice__option">
            <input type="radio" value={p} {...register('progression')} />
            <span>{planProgressionLabels[p]}</span>
          </label>
        ))}
      </div>
      {chosen === 'refer' && (referrals ?? []).length === 0 && (
        <p className="field__hint">Add the referral below.</p>
      )}
    </fieldset>
  )
}

/**
 * The treatment plan, every part editable: referrals, phases and their exercises with dosage,
 * advice lists, review date. Changes go to the draft and are autosaved like the rest. A
 * finalised plan is shown as the signed record it is (PlanRecord).
 */
export const PlanEditor = memo(
  function PlanEditor(props: PlanEditorProps) {
    return props.readOnly ? (
      <PlanRecord plan={props.plan} signedOn={props.signedOn} />
    ) : (
      <PlanForm {...props} />
    )
  },
  (before, after) =>
    before.readOnly === after.readOnly &&
    before.onChange === after.onChange &&
    before.followUp === after.followUp,
)

// The form owns the plan once open: later values from the parent are its own echoes (see the
// memo above), so it reads `plan` only to start.
function PlanForm({ plan, readOnly, onChange, followUp = false }: PlanEditorProps) {
  const form = useForm<TreatmentPlan>({
    resolver: zodResolver(treatmentPlanSchema),
    defaultValues: plan,
    mode: 'onChange',
  })
  useEffect(
    () =>
      form.subscribe({
        formState: { values: true },
        callback: ({ values }) => onChange(structuredClone(values)),
      }),
    [form, onChange],
  )
  return (
    <FormProvider {...form}>
      <form
        className="plan-editor"
        noValidate
        onSubmit={(e) => e.preventDefault()}
        aria-label="Treatment plan"
      >
        <p className="muted">
          {plan.carriedOnFrom
            ? `Carried on from the visit of ${formatDate(plan.carriedOnFrom)}`
            : 'Proposed'}{' '}
          for {plan.basedOn.map(basedOnName).join('; ') || 'the working diagnosis'}: edit anything.
          One line per item in the lists.
        </p>
        {followUp && <Progression />}
        <Referrals readOnly={readOnly} />
        <Phases readOnly={readOnly} />
        <div className="grid-2">
          <LinesField name="education" id="plan-education" label="Education" readOnly={readOnly} />
          <LinesField
            name="loadManagement"
            id="plan-load"
            label="Load management"
            readOnly={readOnly}
          />
          <LinesField
            name="runningRetraining"
            id="plan-running"
            label="Running retraining"
            readOnly={readOnly}
          />
          <LinesField
            name="returnToRunning"
            id="plan-return"
            label="Return to running"
            readOnly={readOnly}
          />
          <LinesField
            name="manualTherapy"
            id="plan-manual"
            label="Manual therapy"
            readOnly={readOnly}
          />
          <div className="field">
            <label className="field__label" htmlFor="plan-review-date">
              Review on
            </label>
            <input
              id="plan-review-date"
              type="date"
              readOnly={readOnly}
              {...form.register('reviewDate', {
                setValueAs: (v: unknown) => (v === '' ? undefined : v),
              })}
            />
          </div>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="plan-notes">
            Notes
          </label>
          <textarea
            id="plan-notes"
            className="autogrow"
            rows={3}
            readOnly={readOnly}
            {...form.register('notes', {
              setValueAs: (v: unknown) => (v === '' ? undefined : v),
            })}
          />
        </div>
      </form>
    </FormProvider>
  )
}
