/** The outcome measures section: questionnaire scores with their range and meaningful change. */

import { instruments, type InstrumentInfo } from '../../../shared/clinical/outcomeMeasureInfo'
import {
  scoreGroc,
  scoreHagos,
  scoreIhot12,
  scoreLefs,
  scorePsfs,
  scoreVisaG,
  type Score,
} from '../../../shared/clinical/outcomeScoring'
import {
  hagosSubscales,
  type HagosSubscale,
} from '../../../shared/model/assessment/outcomeMeasures'
import { html, type SafeHtml } from '../html'
import { psfsActivitiesList } from './psfs'
import type { ReportData } from '../reportData'
import { notAssessed, notRecorded, section } from './fields'
import { grocInWords } from './followUp'

function scoreCell(score: Score, info: InstrumentInfo): SafeHtml {
  switch (score.kind) {
    case 'score':
      // The GROC is a signed rating, not a score out of its maximum.
      return info.id === 'groc'
        ? html`<strong>${grocInWords(score.value)}</strong>`
        : html`<strong>${score.value}</strong> / ${info.range.max}`
    case 'incomplete':
      return html`<span class="nr">incomplete (${score.answered} of ${score.of} answered)</span>`
    case 'not-assessed':
      return notAssessed()
    case 'not-recorded':
      return notRecorded()
  }
}

const hagosLabels: Record<HagosSubscale, string> = {
  pain: 'Pain',
  symptoms: 'Symptoms',
  adl: 'Daily living',
  sport: 'Sport and recreation',
  physicalActivity: 'Physical activity',
  qualityOfLife: 'Quality of life',
}

export function outcomesSection(data: ReportData) {
  const o = data.assessment.outcomes
  const row = (label: string, score: Score, info: InstrumentInfo, showInfo = true) =>
    html`<tr>
      <td>${label}</td>
      <td class="nowrap">${scoreCell(score, info)}</td>
      <td class="nowrap">${showInfo && `${info.range.min}–${info.range.max}`}</td>
      <td class="nowrap">
        ${showInfo && `${info.betterWhen === 'higher' ? 'Higher' : 'Lower'} is better`}
      </td>
      <td class="small">${showInfo && info.mcidLabel}</td>
    </tr>`
  const hagos = scoreHagos(o.hagos)
  const hagosScores = hagosSubscales.map((s) => hagos[s])
  const hagosAllSame =
    hagosScores.every((s) => s.kind === 'not-assessed') ||
    hagosScores.every((s) => s.kind === 'not-recorded')
  const table = html`<table>
    <thead>
      <tr>
        <th style="width: 19%">Questionnaire</th>
        <th style="width: 15%">Score</th>
        <th style="width: 9%">Range</th>
        <th style="width: 16%">Direction</th>
        <th>Meaningful change</th>
      </tr>
    </thead>
    <tbody>
      ${
        o.groc?.status !== undefined &&
        row('Global rating of change', scoreGroc(o.groc), instruments.groc)
      }
      ${row('LEFS', scoreLefs(o.lefs), instruments.lefs)}
      ${row('iHOT-12', scoreIhot12(o.ihot12), instruments.ihot12)}
      ${row('VISA-G', scoreVisaG(o.visaG), instruments.visaG)}
      ${
        hagosAllSame
          ? row('HAGOS (6 subscales)', hagosScores[0]!, instruments.hagos)
          : hagosSubscales.map((s, i) =>
              row(`HAGOS ${hagosLabels[s].toLowerCase()}`, hagos[s], instruments.hagos, i === 0),
            )
      }
      ${row('PSFS (mean of activities)', scorePsfs(o.psfs), instruments.psfs)}
    </tbody>
  </table>`
  return section('Outcome measures', html`${table}${psfsActivitiesList(o.psfs)}`)
}
