/** The addenda section: notes added after the assessment was finalised. */

import { formatDateTime, html, joinHtml, multiline } from '../html'
import { workingDiagnosisInWords } from '../../../shared/model/assessment/workingDiagnosis'
import { signerInWords } from '../../../shared/model/assessment/signature'
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
            <div class="small muted">
              ${formatDateTime(a.at)} ·
              ${a.author ? signerInWords(a.author) : 'author not recorded'}
            </div>
            <div>${multiline(a.text)}</div>
            ${
              a.revised &&
              html`<div class="small">
                ${[
                  a.revised.workingDiagnosis &&
                    `Working diagnosis revised: ${workingDiagnosisInWords(a.revised.workingDiagnosis)}.`,
                  a.revised.plan && 'Treatment plan proposed again (shown above).',
                  a.revised.clearance &&
                    `Clearance recorded: ${a.revised.clearance.excluded} (${a.revised.clearance.clearedBy}).`,
                ]
                  .filter(Boolean)
                  .join(' ')}
              </div>`
            }
          </div>`,
      ),
    ),
  )
}
