/** The treatment plan section: referrals, phases with their exercises, advice and review. */

import { conditionIds, type ConditionId } from '../../../shared/clinical/conditions/conditionIds'
import {
  currentPhaseNumber,
  type PlanExercise,
  type TreatmentPlan,
} from '../../../shared/model/assessment/plan'
import { formatDate, formatDateTime, html, joinHtml, multiline, type SafeHtml } from '../html'
import { clinicianName, conditionName, referralUrgencyLabels, type ReportData } from '../reportData'
import { bulletList, notRecorded, section } from './fields'

function doseSummary(e: PlanExercise): string {
  const sets = e.sets ?? 1
  if (e.reps !== undefined) {
    return `${sets} × ${e.reps}${e.holdSeconds !== undefined ? `, ${e.holdSeconds} s hold` : ''}`
  }
  if (e.holdSeconds !== undefined) return `${sets} × ${e.holdSeconds} s hold`
  return e.sets !== undefined ? `${sets} ${sets === 1 ? 'set' : 'sets'}` : ''
}

function exerciseTable(exercises: PlanExercise[]): SafeHtml {
  return html`<table>
    <thead>
      <tr>
        <th style="width: 25%">Exercise</th>
        <th style="width: 17%">Dose</th>
        <th style="width: 16%">Frequency</th>
        <th style="width: 20%">Load</th>
        <th>Notes</th>
      </tr>
    </thead>
    <tbody>
      ${exercises.map(
        (e) =>
          html`<tr>
            <td>${e.name}</td>
            <td>${doseSummary(e) || '–'}</td>
            <td>${e.frequency ?? '–'}</td>
            <td class="small">${e.load ?? '–'}</td>
            <td class="small">${e.notes ?? ''}</td>
          </tr>`,
      )}
    </tbody>
  </table>`
}

export function planSection(plan: TreatmentPlan | undefined, data: ReportData) {
  if (!plan) {
    return section(
      'Treatment plan',
      html`<p>Treatment plan: ${notRecorded()} (no plan has been generated or written yet).</p>`,
    )
  }
  const referrals =
    plan.referrals.length > 0
      ? html`<table>
          <thead>
            <tr>
              <th style="width: 14%">Urgency</th>
              <th style="width: 25%">To</th>
              <th>Reason</th>
              <th style="width: 17%">When</th>
            </tr>
          </thead>
          <tbody>
            ${plan.referrals.map(
              (r) =>
                html`<tr>
                  <td>
                    <span class="urgency ${r.urgency}">${referralUrgencyLabels[r.urgency]}</span>
                  </td>
                  <td>${r.to}</td>
                  <td class="small">${r.reason}</td>
                  <td class="small">${r.when ?? ''}</td>
                </tr>`,
            )}
          </tbody>
        </table>`
      : undefined
  const current = currentPhaseNumber(plan)
  const phases = plan.phases.map(
    (p, i) =>
      html`<div class="phase">
        <div class="phase-head">
          <h3>
            Phase ${i + 1}:
            ${p.name}${
              i + 1 === current && plan.phases.length > 1
                ? html` <span class="current">current phase</span>`
                : undefined
            }
          </h3>
          <div class="two-col">
            <div>
              <h4>Goals</h4>
              ${bulletList(p.goals) ?? html`<p class="small muted">None written.</p>`}
            </div>
            <div>
              <h4>Progress when</h4>
              ${bulletList(p.progressWhen) ?? html`<p class="small muted">None written.</p>`}
            </div>
          </div>
        </div>
        ${
          p.exercises.length > 0
            ? exerciseTable(p.exercises)
            : html`<p class="small muted">No exercises in this phase.</p>`
        }
      </div>`,
  )
  const list = (title: string, items: string[]) =>
    items.length > 0
      ? html`<div class="plan-list">
          <h3>${title}</h3>
          ${bulletList(items)}
        </div>`
      : undefined
  return section(
    'Treatment plan',
    plan.basedOn.length > 0
      ? html`<p class="small muted">
          Based on:
          ${plan.basedOn.map((b) => (isConditionId(b) ? conditionName(b) : b)).join('; ')}.
          ${
            plan.carriedOnFrom
              ? `Carried on from the visit of ${formatDate(plan.carriedOnFrom)}`
              : `Generated ${formatDateTime(plan.generatedAt)}`
          },
          then reviewed by ${clinicianName(data) ?? 'the clinician'}.
        </p>`
      : undefined,
    referrals &&
      html`<h3>Referrals</h3>
        ${referrals}`,
    plan.loadingOnHold
      ? html`<p class="hold">
          Loading on hold: no exercise programme until a doctor has assessed the red flag and
          cleared the patient.
        </p>`
      : undefined,
    joinHtml(phases),
    list('Education', plan.education),
    list('Load management', plan.loadManagement),
    list('Running retraining', plan.runningRetraining),
    list('Return to running', plan.returnToRunning),
    list('Manual therapy', plan.manualTherapy),
    html`<p>
      <strong>Review date:</strong> ${plan.reviewDate ? formatDate(plan.reviewDate) : notRecorded()}
    </p>`,
    plan.notes
      ? html`<h3>Plan notes</h3>
          <p>${multiline(plan.notes)}</p>`
      : undefined,
  )
}

const isConditionId = (id: string): id is ConditionId =>
  (conditionIds as readonly string[]).includes(id)
