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
  diagnosisName,
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
  reason: string
}

interface ConfirmDiagnosisProps {
  result: ReasoningResult
  current?: WorkingDiagnosis
  editable: boolean
  /** Sends the choice; returns an error to show, or nothing when it was stored. */
  onConfirm: (
    confirmed: ConfirmedDiagnosis[],
    reason: string | undefined,
  ) => Promise<ApiError | undefined>
}

/** The clinician's decision: one or more of the suggestions, another condition, or free text. */
export function ConfirmDiagnosis({ result, current, editable, onConfirm }: ConfirmDiagnosisProps) {
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
      reason: current?.reason ?? '',
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
    if (confirmed.length === 0) {
      setFormError('Tick at least one diagnosis, choose another condition, or write one.')
      return
    }
    const error = await onConfirm(confirmed, values.reason.trim() || undefined)
    if (error) setFormError(applyServerError(error, setError, (name) => name === 'reason'))
  })

  if (!editable) {
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
      aria-label="Confirm the working diagnosis"
    >
      {current && <ConfirmedSummary current={current} />}
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
      <button type="submit" className="button button--primary" disabled={formState.isSubmitting}>
        {current ? 'Update working diagnosis' : 'Confirm working diagnosis'}
      </button>
    </form>
  )
}

function ConfirmedSummary({ current }: { current: WorkingDiagnosis }) {
  return (
    <div className="confirmed-diagnosis" role="status">
      <p className="confirmed-diagnosis__title">
        Working diagnosis: {current.confirmed.map(diagnosisName).join('; ')}
      </p>
      <p className="muted">
        Confirmed {formatDateTime(current.confirmedAt)}. The engine had proposed:{' '}
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
