import { useState } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import {
  conditionIds,
  conditionNames,
  type ConditionId,
} from '@shared/clinical/conditions/conditionIds'
import { topEntryIds } from '@shared/clinical/reasoning/differentialEntries'
import type { ReasoningResult } from '@shared/clinical/reasoning/engine'
import type { ApiError } from '@shared/api/result'
import {
  workingDiagnosisInWords,
  type ConfirmDiagnosisInput,
  type ConfirmedDiagnosis,
  type WorkingDiagnosis,
} from '@shared/model/assessment/workingDiagnosis'
import { applyServerError } from '../../../app/serverIssues'
import { formatDateTime } from '../../../app/formatting'
import { Notice } from '../../../components/Notice'
import { formatProbability } from './useReasoning'

interface ConfirmForm {
  selected: string[]
  other: string
  freeText: string
  deferredBecause: string
  reason: string
  note: string
  proposePlan: boolean
}

/** When a finalised record's diagnosis is revised: the addendum's note, and whether to re-plan. */
export interface RevisionNote {
  note: string
  proposePlan: boolean
}

interface ConfirmDiagnosisProps {
  result: ReasoningResult
  current?: WorkingDiagnosis
  editable: boolean
  /** A finalised record: the change becomes an addendum, with a note. */
  revising?: boolean
  /** Sends the choice; returns an error to show, or nothing when it was stored. */
  onConfirm: (
    input: ConfirmDiagnosisInput,
    revision?: RevisionNote,
  ) => Promise<ApiError | undefined>
}

/**
 * The clinician's decision: one or more of the suggestions, another condition, or free text; or
 * no diagnosis yet, deferred with its reason (e.g. awaiting imaging).
 */
export function ConfirmDiagnosis({
  result,
  current,
  editable,
  revising = false,
  onConfirm,
}: ConfirmDiagnosisProps) {
  const suggestions = result.differential.slice(0, 5)
  const [formError, setFormError] = useState<string>()
  const currentIds = (current?.confirmed ?? []).flatMap((d) =>
    'conditionId' in d ? [d.conditionId] : [],
  )
  const { register, handleSubmit, setError, control, formState } = useForm<ConfirmForm>({
    defaultValues: {
      selected: currentIds.filter((id) => suggestions.some((s) => s.id === id)),
      other: currentIds.find((id) => !suggestions.some((s) => s.id === id)) ?? '',
      freeText: current?.confirmed.flatMap((d) => ('freeText' in d ? [d.freeText] : []))[0] ?? '',
      deferredBecause: current?.deferredBecause ?? '',
      reason: current?.reason ?? '',
      note: '',
      proposePlan: true,
    },
  })
  // A group (GTPS) counts once, and choosing its nested member is not an override.
  const topThree: string[] = topEntryIds(result.differential, 3)
  const [selected, other, freeText] = useWatch({ control, name: ['selected', 'other', 'freeText'] })
  const overriding =
    (selected ?? []).some((id) => !topThree.includes(id)) || other !== '' || freeText.trim() !== ''

  const submit = handleSubmit(async (values) => {
    setFormError(undefined)
    const confirmed: ConfirmedDiagnosis[] = [
      ...values.selected.map((id) => ({ conditionId: id as ConditionId })),
      ...(values.other ? [{ conditionId: values.other as ConditionId }] : []),
      ...(values.freeText.trim() ? [{ freeText: values.freeText.trim() }] : []),
    ]
    const deferredBecause = values.deferredBecause.trim()
    if (confirmed.length === 0 && !deferredBecause) {
      setFormError(
        'Tick at least one diagnosis, choose another condition or write one, or defer the diagnosis and say why.',
      )
      return
    }
    if (revising && !values.note.trim()) {
      setError('note', { type: 'required', message: 'Say what changed, for the addendum' })
      return
    }
    const error = await onConfirm(
      {
        confirmed,
        ...(confirmed.length === 0 ? { deferredBecause } : {}),
        ...(values.reason.trim() ? { reason: values.reason.trim() } : {}),
      },
      revising ? { note: values.note.trim(), proposePlan: values.proposePlan } : undefined,
    )
    if (error)
      setFormError(
        applyServerError(
          error,
          setError,
          (name) => name === 'reason' || name === 'deferredBecause',
        ),
      )
  })

  if (!editable && !revising) {
    return current ? (
      <ConfirmedSummary current={current} />
    ) : (
      <p className="muted">No working diagnosis was confirmed.</p>
    )
  }
  return (
    <form
      className="confirm-diagnosis"
      onSubmit={submit}
      noValidate
      aria-label={revising ? 'Revise the working diagnosis' : 'Confirm the working diagnosis'}
    >
      {current && !revising && <ConfirmedSummary current={current} />}
      {formError && <Notice tone="error">{formError}</Notice>}
      <fieldset className="checklist">
        <legend className="choice__label">Working diagnosis: tick one or more</legend>
        {suggestions.map((s) => (
          <label key={s.id} className="checklist__option">
            <input type="checkbox" value={s.id} id={`confirm-${s.id}`} {...register('selected')} />
            <span>
              {s.name} <span className="muted">({formatProbability(s.probability)})</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="grid-2">
        <div className="field">
          <label className="field__label" htmlFor="confirm-other">
            Or another condition
          </label>
          <select id="confirm-other" {...register('other')}>
            <option value="">None</option>
            {conditionIds
              .filter((id) => !suggestions.some((s) => s.id === id))
              .map((id) => (
                <option key={id} value={id}>
                  {conditionNames[id]}
                </option>
              ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="confirm-free-text">
            Or in your own words
          </label>
          <input id="confirm-free-text" autoComplete="off" {...register('freeText')} />
        </div>
      </div>
      <div className="field">
        <label className="field__label" htmlFor="confirm-deferred">
          Or defer the diagnosis: why
        </label>
        <input
          id="confirm-deferred"
          autoComplete="off"
          placeholder="e.g. awaiting MRI; sent to the emergency department"
          {...register('deferredBecause')}
        />
      </div>
      <div className={['field', formState.errors.reason ? 'field--invalid' : ''].join(' ')}>
        <label className="field__label" htmlFor="confirm-reason">
          Reason{' '}
          {overriding ? '(needed: you chose outside the top three suggestions)' : '(optional)'}
        </label>
        <textarea
          id="confirm-reason"
          rows={2}
          aria-invalid={formState.errors.reason ? true : undefined}
          aria-describedby={formState.errors.reason ? 'confirm-reason-error' : undefined}
          {...register('reason')}
        />
        {formState.errors.reason && (
          <p className="field__error" id="confirm-reason-error">
            {formState.errors.reason.message}
          </p>
        )}
      </div>
      {revising && (
        <>
          <div className={['field', formState.errors.note ? 'field--invalid' : ''].join(' ')}>
            <label className="field__label" htmlFor="revise-note">
              Note for the addendum (what changed, and why)
            </label>
            <textarea
              id="revise-note"
              rows={2}
              aria-invalid={formState.errors.note ? true : undefined}
              aria-describedby={formState.errors.note ? 'revise-note-error' : undefined}
              {...register('note')}
            />
            {formState.errors.note && (
              <p className="field__error" id="revise-note-error">
                {formState.errors.note.message}
              </p>
            )}
          </div>
          <label className="checklist__option">
            <input type="checkbox" {...register('proposePlan')} />
            <span>Propose the plan again from the revised diagnosis</span>
          </label>
        </>
      )}
      <button type="submit" className="button button--primary" disabled={formState.isSubmitting}>
        {revising
          ? 'Revise in an addendum'
          : current
            ? 'Update working diagnosis'
            : 'Confirm working diagnosis'}
      </button>
    </form>
  )
}

export function ConfirmedSummary({ current }: { current: WorkingDiagnosis }) {
  return (
    <div className="confirmed-diagnosis" role="status">
      <p className="confirmed-diagnosis__title">
        {current.confirmed.length > 0 ? 'Working diagnosis: ' : ''}
        {workingDiagnosisInWords(current)}
      </p>
      <p className="muted">
        {current.confirmed.length > 0 ? 'Confirmed' : 'Deferred'}{' '}
        {formatDateTime(current.confirmedAt)}. The engine had proposed:{' '}
        {current.proposal.ranked
          .slice(0, 3)
          .map((r) => `${conditionNames[r.conditionId]} (${formatProbability(r.probability)})`)
          .join(', ')}
        {current.proposal.redFlags.length > 0
          ? `; red flags: ${current.proposal.redFlags.join(', ')}`
          : ''}
        .
      </p>
      {current.reason && <p>Reason: {current.reason}</p>}
    </div>
  )
}
