import type { TreatmentPlan } from '@shared/model/assessment/plan'
import { currentPhaseNumber, referralUrgencyLabels } from '@shared/model/assessment/plan'
import { planProgressionLabels } from '@shared/model/assessment/followUp'
import { formatDate, formatDateTime } from '../../../app/formatting'
import './plan.css'

function Lines({ title, lines }: { title: string; lines: string[] }) {
  if (lines.length === 0) return null
  return (
    <div>
      <h4>{title}</h4>
      <ul>
        {lines.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    </div>
  )
}

function dosage(e: TreatmentPlan['phases'][number]['exercises'][number]): string {
  return [
    e.sets !== undefined && e.reps !== undefined
      ? `${e.sets} × ${e.reps}`
      : e.sets !== undefined
        ? `${e.sets} sets`
        : e.reps !== undefined
          ? `${e.reps} reps`
          : undefined,
    e.holdSeconds !== undefined ? `hold ${e.holdSeconds} s` : undefined,
    e.frequency,
    e.load,
  ]
    .filter(Boolean)
    .join(', ')
}

/**
 * A finalised plan as the record it is: text, not form fields, saying that it is signed and that
 * an addendum is the way to change it. Every part the editor holds is shown, in the same order.
 */
export function PlanRecord({ plan, signedOn }: { plan: TreatmentPlan; signedOn?: string }) {
  const current = currentPhaseNumber(plan)
  return (
    <div className="plan-record" role="group" aria-label="Treatment plan (signed record)">
      <p className="plan-record__signed">
        <strong>Signed{signedOn ? ` on ${formatDateTime(signedOn)}` : ''}.</strong> This plan is
        part of the signed record and cannot be edited; to change it, add an addendum below.
      </p>
      {plan.progression && (
        <p>
          <strong>At this visit:</strong> {planProgressionLabels[plan.progression]}
          {plan.carriedOnFrom ? ` (plan carried on from ${formatDate(plan.carriedOnFrom)})` : ''}
        </p>
      )}
      {plan.referrals.length > 0 && (
        <div>
          <h4>Referrals</h4>
          <ul>
            {plan.referrals.map((r, i) => (
              <li key={i}>
                <strong>{referralUrgencyLabels[r.urgency]}</strong> to {r.to}: {r.reason}
                {r.when ? ` (${r.when})` : ''}
              </li>
            ))}
          </ul>
        </div>
      )}
      {plan.loadingOnHold && <p>No loading programme until the patient is medically cleared.</p>}
      {plan.phases.map((phase, i) => (
        <section
          key={i}
          className={
            i + 1 === current
              ? 'plan-record__phase plan-record__phase--current'
              : 'plan-record__phase'
          }
          aria-label={`Phase ${i + 1}: ${phase.name}`}
        >
          <h4>
            Phase {i + 1}: {phase.name}
            {i + 1 === current ? ' (current)' : ''}
          </h4>
          <div className="plan-record__grid">
            <Lines title="Goals" lines={phase.goals} />
            <Lines title="Move on when" lines={phase.progressWhen} />
          </div>
          {phase.exercises.length > 0 && (
            <ul>
              {phase.exercises.map((e, j) => (
                <li key={j}>
                  <strong>{e.name}</strong>
                  {dosage(e) ? `: ${dosage(e)}` : ''}
                  {e.notes ? `. ${e.notes}` : ''}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
      <div className="plan-record__grid">
        <Lines title="Education" lines={plan.education} />
        <Lines title="Load management" lines={plan.loadManagement} />
        <Lines title="Running retraining" lines={plan.runningRetraining} />
        <Lines title="Return to running" lines={plan.returnToRunning} />
        <Lines title="Manual therapy" lines={plan.manualTherapy} />
        {plan.reviewDate && (
          <div>
            <h4>Review on</h4>
            <p>{formatDate(plan.reviewDate)}</p>
          </div>
        )}
      </div>
      {plan.notes && (
        <div>
          <h4>Notes</h4>
          <p className="plan-record__notes">{plan.notes}</p>
        </div>
      )}
    </div>
  )
}
