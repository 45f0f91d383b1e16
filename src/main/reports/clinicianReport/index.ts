/** The clinician report as a whole: its sections in order, wrapped in the printable document. */

import {
  requiredItemsFor,
  rulesContextOf,
} from '../../../shared/model/assessment/followUpRequiredItems'
import { formatDate, formatDateTime, html, htmlDocument } from '../html'
import { clinicianName, footerLine, patientName, type ReportData } from '../reportData'
import { addendaSection } from './addenda'
import { diagnosisSection } from './diagnosis'
import { header, redFlagsSection, TITLE } from './header'
import { historySection } from './history'
import { outcomesSection } from './outcomes'
import { examSection } from './physicalExam'
import { followUpSection } from './followUp'
import { planSection } from './plan'
import { runningSection } from './running'
import { stylesheet } from './styles'
import { summaryPage } from './summary'

/**
 * The clinician's report: everything recorded in the assessment, section by section, with red
 * flags first, then the working diagnosis (with the engine's decision support), the treatment
 * plan and any addenda. Required items never recorded say "not recorded"; items marked "not
 * assessed" say so; optional items that were never filled in are left out.
 */
export function clinicianReportHtml(data: ReportData): string {
  const a = data.assessment
  const required = new Set(
    requiredItemsFor(a, rulesContextOf(a, { sex: data.patient.sex })).map((i) => i.path),
  )
  const isRequired = (path: string) => required.has(path)
  const body = html`
    ${header(data)} ${summaryPage(data)} ${redFlagsSection(data)} ${followUpSection(data)}
    ${historySection(data, isRequired)} ${outcomesSection(data)} ${examSection(data, isRequired)}
    ${runningSection(data, isRequired)} ${diagnosisSection(data)} ${planSection(a.plan, data)}
    ${addendaSection(data)}
    <p class="closing">
      Assessed by ${clinicianName(data) ?? 'Clinician not recorded'}. Report generated
      ${formatDateTime(data.generatedAt)} by Runner's Hip. Probabilities are decision-support
      estimates, not diagnoses.
    </p>
  `
  return htmlDocument({
    title: `${TITLE}: ${patientName(data)}, ${formatDate(a.date)}`,
    footer: footerLine(data),
    runningHeader: `${a.status === 'draft' ? 'DRAFT · ' : ''}${TITLE} · ${patientName(data)}`,
    body,
    stylesheet,
  })
}
