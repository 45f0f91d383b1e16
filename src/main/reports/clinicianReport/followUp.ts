/**
 * A short follow-up's note in the clinician report: the patient's account of the change, the
 * global rating of change, pain, home-programme adherence, the key signs retested and what the
 * plan does now. Only for a follow-up started as a short note (it has `followUpDue`).
 */

import { grocLabel, scoreGroc } from '../../../shared/clinical/outcomeScoring'
import {
  adherenceLabels,
  planProgressionHelp,
  planProgressionLabels,
} from '../../../shared/model/assessment/followUp'
import { keySignValueText } from '../../../shared/workflow/keySigns'
import { html, multiline } from '../html'
import type { ReportData } from '../reportData'
import { choice, field, fieldsTable, measured, notAssessed, section } from './fields'

/** "+5 (a good deal better)". */
export function grocInWords(score: number): string {
  return `${score > 0 ? '+' : score < 0 ? '−' : ''}${Math.abs(score)} (${grocLabel(score).toLowerCase()})`
}

export function followUpSection(data: ReportData) {
  const a = data.assessment
  if (a.type !== 'follow-up' || !a.followUpDue) return undefined
  const since = a.history.sinceLastVisit
  const groc = scoreGroc(a.outcomes.groc)
  const note = fieldsTable(
    [
      field(
        'In the patient’s words',
        since?.subjectiveChange ? html`${multiline(since.subjectiveChange)}` : undefined,
        true,
      ),
      field(
        'Global rating of change',
        groc.kind === 'score'
          ? html`<strong>${grocInWords(groc.value)}</strong> on −7 to +7`
          : groc.kind === 'not-assessed'
            ? notAssessed()
            : undefined,
        true,
      ),
      field('Pain now', measured(a.history.pain?.now, '/10'), true),
      field('Home programme done', choice(since?.adherence, adherenceLabels), true),
      field(
        'What got in the way',
        since?.adherenceNotes ? html`${since.adherenceNotes}` : undefined,
        false,
      ),
      field(
        'Plan at this visit',
        a.plan?.progression
          ? html`<strong>${planProgressionLabels[a.plan.progression]}</strong>:
              ${planProgressionHelp[a.plan.progression]}`
          : undefined,
        true,
      ),
    ],
    true,
  )
  const signs = a.followUpDue.signs
  const retested =
    signs.length === 0
      ? undefined
      : html`<table>
          <thead>
            <tr>
              <th>Key sign (abnormal last visit)</th>
              <th>Today</th>
            </tr>
          </thead>
          <tbody>
            ${signs.map(
              (s) =>
                html`<tr>
                  <td>${s.label}</td>
                  <td>
                    ${keySignValueText(a, s.path) ?? html`<span class="nr">not recorded</span>`}
                  </td>
                </tr>`,
            )}
          </tbody>
        </table>`
  return section('Since last visit', note, retested)
}
