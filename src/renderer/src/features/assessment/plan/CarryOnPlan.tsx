import { useState } from 'react'
import type { ApiError } from '@shared/api/result'
import type { Assessment } from '@shared/model/assessment/assessment'
import {
  planProgressionHelp,
  planProgressionLabels,
  planProgressions,
  type PlanProgression,
} from '@shared/model/assessment/followUp'
import { currentPhaseNumber } from '@shared/model/assessment/plan'
import { diagnosisName, type WorkingDiagnosis } from '@shared/model/assessment/workingDiagnosis'
import { formatDate } from '../../../app/formatting'

interface CarryOnPlanProps {
  /** The visit this follow-up follows; nothing is offered unless it had a diagnosis and plan. */
  previous: Assessment
  /**
   * Confirms last visit's diagnosis and copies its plan, moved as `progression` says when given;
   * returns an error to show.
   */
  onCarryOn: (
    last: WorkingDiagnosis,
    progression?: PlanProgression,
  ) => Promise<ApiError | undefined>
  /** A short follow-up decides what the plan does now in the same click. */
  askProgression?: boolean
}

/**
 * At a follow-up, the runner is usually part-way through last visit's plan: carrying it on keeps
 * the clinician's edits and the phase reached, instead of starting again from the template.
 */
export function CarryOnPlan({ previous, onCarryOn, askProgression = false }: CarryOnPlanProps) {
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const { plan, workingDiagnosis } = previous
  if (!plan || !workingDiagnosis) return null
  const phase = currentPhaseNumber(plan)
  const where = plan.loadingOnHold
    ? 'loading on hold until medically cleared'
    : phase > 0
      ? `phase ${phase} of ${plan.phases.length}, ${plan.phases[phase - 1]!.name}`
      : 'no phases'
  const carryOn = async (progression?: PlanProgression) => {
    setBusy(true)
    const failed = await onCarryOn(workingDiagnosis, progression)
    setError(failed?.message)
    setBusy(false)
  }
  return (
    <div className="carry-on">
      <p>
        Last visit ({formatDate(previous.date)}):{' '}
        <strong>{workingDiagnosis.confirmed.map(diagnosisName).join('; ')}</strong>, {where}.
      </p>
      {askProgression ? (
        <div role="group" aria-labelledby="carry-on-title">
          <p id="carry-on-title">
            <strong>Carry on with last visit’s diagnosis and plan, and:</strong>
          </p>
          <div className="progression">
            {planProgressions.map((p) => (
              <button
                key={p}
                type="button"
                className="button"
                disabled={busy}
                onClick={() => void carryOn(p)}
              >
                {planProgressionLabels[p]}
                <small>{planProgressionHelp[p]}</small>
              </button>
            ))}
          </div>
        </div>
      ) : (
        <button type="button" className="button" disabled={busy} onClick={() => void carryOn()}>
          Carry on with last visit’s diagnosis and plan
        </button>
      )}
      <p className="muted">
        Last visit’s edits and the phase reached are kept; move the runner on below when ready. Or
        confirm a diagnosis above for a fresh proposal.
      </p>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  )
}
