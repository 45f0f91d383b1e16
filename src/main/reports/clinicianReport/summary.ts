/** The clinician report's first page: the whole assessment at a glance, before the detail. */

import { likelihoodText } from '../../../shared/clinical/presentation/likelihood'
import { findingsBehindDiagnosis } from '../../../shared/clinical/presentation/diagnosisFindings'
import { currentPhaseNumber } from '../../../shared/model/assessment/plan'
import { workingDiagnosisInWords } from '../../../shared/model/assessment/workingDiagnosis'
import { redFlagStatement } from '../../../shared/workflow/referralLetter'
import { formatDate, html, type SafeHtml } from '../html'
import { conditionName, referralUrgencyLabels, type ReportData } from '../reportData'
import { letterFactsOf } from '../referralLetter/letterFacts'
import { bulletList } from './fields'

const row = (label: string, content: SafeHtml | string) =>
  html`<tr>
    <th scope="row">${label}</th>
    <td>${content}</td>
  </tr>`

/**
 * Red flags (raised with their urgency, or the screen's result: "screened: negative" only when
 * every question was answered no), the working diagnosis with the engine's ranking as the record
 * holds it, the findings behind it, the plan (stage, key exercises, load advice, referrals) and the
 * next review. Everything here is repeated in the detail that follows on the next pages.
 */
export function summaryPage(data: ReportData): SafeHtml {
  const a = data.assessment
  const wd = a.workingDiagnosis
  const plan = a.plan
  const screen = redFlagStatement(letterFactsOf(data))
  const behind = wd
    ? findingsBehindDiagnosis(wd.confirmed, data.reasoning, a)
    : { supporting: [], relevantNegatives: [] }

  const redFlags =
    screen.kind === 'raised'
      ? html`<div class="summary-flags">
          ${screen.flags.map(
            (f) => html`<div><strong>${f.name}</strong> — ${f.urgencyLabel.toUpperCase()}</div>`,
          )}
        </div>`
      : html`<strong>${screen.text}</strong>`

  const diagnosis = wd
    ? html`<strong>${workingDiagnosisInWords(wd)}</strong>
        <div class="small">
          Engine ranking when confirmed:
          ${wd.proposal.ranked
            .slice(0, 3)
            .map(
              (c, i) =>
                `${i + 1}. ${conditionName(c.conditionId)} — ${likelihoodText(c.probability)}`,
            )
            .join('; ')}
        </div>`
    : html`<strong>Not confirmed yet.</strong>
        <div class="small">
          Engine ranking now:
          ${data.reasoning.differential
            .slice(0, 3)
            .map((c, i) => `${i + 1}. ${c.name} — ${likelihoodText(c.probability)}`)
            .join('; ')}
        </div>`

  const findings =
    behind.supporting.length > 0
      ? html`${bulletList(behind.supporting.slice(0, 8))}
        ${
          behind.relevantNegatives.length > 0 &&
          html`<div class="small">
            <strong>Relevant negatives:</strong> ${behind.relevantNegatives.join('; ')}
          </div>`
        }`
      : html`<span class="muted">See the history and examination below.</span>`

  const phase = plan ? plan.phases[currentPhaseNumber(plan) - 1] : undefined
  const planCell = plan
    ? html`${
        plan.loadingOnHold
          ? html`<strong>No loading until a doctor has cleared the patient.</strong>`
          : phase &&
            html`<strong
              >Stage ${currentPhaseNumber(plan)} of ${plan.phases.length}: ${phase.name}</strong
            >`
      }
      ${
        !plan.loadingOnHold &&
        phase &&
        phase.exercises.length > 0 &&
        html`<div><em>Key exercises:</em> ${phase.exercises.map((e) => e.name).join('; ')}</div>`
      }
      ${
        plan.loadManagement.length > 0 &&
        html`<div><em>Load advice:</em> ${plan.loadManagement.join(' ')}</div>`
      }
      ${
        plan.referrals.length > 0 &&
        html`<div>
          <em>Referral:</em>
          ${plan.referrals
            .map((r) => `${r.to} (${referralUrgencyLabels[r.urgency].toLowerCase()})`)
            .join('; ')}
        </div>`
      }`
    : html`<span class="muted">No plan yet.</span>`

  return html`<section class="summary-page">
    <h2>Summary</h2>
    <table class="summary">
      <tbody>
        ${row('Red flags', redFlags)} ${row('Working diagnosis', diagnosis)}
        ${row('Key findings', findings)} ${row('Plan', planCell)}
        ${row(
          'Next review',
          plan?.reviewDate ? html`<strong>${formatDate(plan.reviewDate)}</strong>` : 'not set',
        )}
      </tbody>
    </table>
    <p class="small muted">The assessment in full follows from the next page.</p>
  </section>`
}
