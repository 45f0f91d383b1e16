/** The physical examination's palpation table and special tests block. */

import { specialTests } from '../../../shared/clinical/specialTests'
import { palpationSites, specialTestIds } from '../../../shared/model/assessment/physicalExam'
import { html } from '../html'
import type { ReportData } from '../reportData'
import { block, notAssessed, notRecorded, dash } from './fields'

export function palpationTable(data: ReportData, isRequired: (path: string) => boolean) {
  const palpation = data.assessment.exam.palpation
  const cell = (v: string | undefined, required: boolean) =>
    v === undefined
      ? required
        ? notRecorded()
        : html`–`
      : v === 'tender'
        ? html`<span class="pos">Tender</span>`
        : v === 'not-tender'
          ? html`Not tender`
          : notAssessed()
  const rows = palpationSites.map((site) => {
    const entry = palpation?.[site.id]
    if ('midline' in site && site.midline) {
      return html`<tr>
        <td>${site.label}</td>
        <td colspan="2">
          Midline: ${cell(entry?.midline, isRequired(`exam.palpation.${site.id}.midline`))}
        </td>
      </tr>`
    }
    return html`<tr>
      <td>${site.label}</td>
      <td>${cell(entry?.left, isRequired(`exam.palpation.${site.id}.left`))}</td>
      <td>${cell(entry?.right, isRequired(`exam.palpation.${site.id}.right`))}</td>
    </tr>`
  })
  return block(
    'Palpation',
    html`<table>
      <thead>
        <tr>
          <th>Site</th>
          <th style="width: 22%">Left</th>
          <th style="width: 22%">Right</th>
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>`,
  )
}

export function specialTestsBlock(data: ReportData) {
  const recorded = data.assessment.exam.specialTests ?? {}
  const done = specialTestIds.filter((id) => {
    const r = recorded[id]?.result
    return r === 'positive' || r === 'negative'
  })
  const ordered = [
    ...done.filter((id) => recorded[id]?.result === 'positive'),
    ...done.filter((id) => recorded[id]?.result === 'negative'),
  ]
  const notDone = specialTestIds.filter((id) => !done.includes(id))
  const sideLabels = { left: 'Left', right: 'Right', both: 'Both' }
  const table =
    ordered.length > 0
      ? html`<table>
          <thead>
            <tr>
              <th style="width: 36%">Test</th>
              <th style="width: 11%">Result</th>
              <th style="width: 9%">Side</th>
              <th>Reproduced</th>
            </tr>
          </thead>
          <tbody>
            ${ordered.map((id) => {
              const entry = recorded[id]!
              return html`<tr>
                <td>${specialTests[id].name}</td>
                <td>
                  ${
                    entry.result === 'positive'
                      ? html`<span class="pos">Positive</span>`
                      : html`Negative`
                  }
                </td>
                <td>${entry.side ? sideLabels[entry.side] : dash()}</td>
                <td>${entry.reproduced?.trim() || dash()}</td>
              </tr>`
            })}
          </tbody>
        </table>`
      : html`<p>No special tests were done.</p>`
  const notDoneLine =
    notDone.length > 0 && ordered.length > 0
      ? html`<p class="small">
          <strong>Not tested (${notDone.length}):</strong> ${notDone
            .map((id) => specialTests[id].name)
            .join('; ')}.
        </p>`
      : undefined
  return block('Special tests', table, notDoneLine)
}
