/** The addenda section: notes added after the assessment was finalised. */

import { formatDateTime, html, joinHtml, multiline } from '../html'
import type { ReportData } from '../reportData'
import { section } from './fields'

export function addendaSection(data: ReportData) {
  const addenda = data.assessment.addenda
  if (addenda.length === 0) return undefined
  return section(
    'Addenda',
    joinHtml(
      addenda.map(
        (a) =>
          html`<div class="addendum">
            <div class="small muted">${formatDateTime(a.at)}</div>
            <div>${multiline(a.text)}</div>
          </div>`,
      ),
    ),
  )
}
