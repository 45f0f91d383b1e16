/** The referral letter as a whole: addressing, reason, findings, diagnosis, advice and question. */

import { summariseFindings } from '../../../shared/clinical/findingsSummary'
import { findingsBehindDiagnosis } from '../../../shared/clinical/presentation/diagnosisFindings'
import { urgencyLabels } from '../../../shared/clinical/reasoning/redFlagRules'
import { currentPhaseNumber } from '../../../shared/model/assessment/plan'
import { sexLabels } from '../../../shared/model/patient'
import { workingDiagnosisInWords } from '../../../shared/model/assessment/workingDiagnosis'
import { formatDate, html, htmlDocument, localDate } from '../html'
import {
  changedSinceSigningLine,
  clinicContactLine,
  clinicName,
  clinicianName,
  footerLine,
  patientAge,
  patientName,
  referralUrgencyLabels,
  type ReportData,
} from '../reportData'
import { list, openingSentence, overallUrgency } from './letterParts'
import { protectivePlans } from '../../../shared/clinical/plan/protectivePlans'
import { referralQuestions } from './questionsAndAdvice'
import { stylesheet } from './styles'

export { referralQuestions }

/**
 * The referral letter: to the first referral of the plan (or "Dear Doctor"), with the reason
 * (the red flags first), the clinician's confirmed working diagnosis and the findings behind it,
 * the key findings and numbers, what the patient has been advised meanwhile, and the question
 * asked of the recipient. It is one clinician writing to another: the engine's likelihoods,
 * ratios and notes stay in the clinician report.
 */
export function referralLetterHtml(data: ReportData): string {
  const a = data.assessment
  const p = data.patient
  const plan = a.plan
  const flags = data.activeRedFlags
  const referral = plan?.referrals[0]
  const recipient = referral?.to
  const urgency = overallUrgency(data)
  const clinician = clinicianName(data)
  const summary = summariseFindings(a)

  const reason =
    flags.length > 0
      ? html`${flags.map(
          (f) =>
            html`<div class="flag-line">
              <strong>${f.name}</strong> (${urgencyLabels[f.urgency].toLowerCase()}). ${f.action}
              <br /><span class="small">Raised by: ${f.because.join('; ')}.</span>
            </div>`,
        )}`
      : referral
        ? html`<p>
            ${referral.reason}${referral.when ? ` (${referral.when.replace(/\.$/, '')}).` : ''}
          </p>`
        : html`<p>Further assessment and advice on the management of the hip pain.</p>`

  const medical = [
    a.history.pastHistory?.imagingDone?.trim()
      ? `Imaging so far: ${a.history.pastHistory.imagingDone.trim()}`
      : undefined,
    a.history.general?.medicalHistory?.trim()
      ? `Medical history: ${a.history.general.medicalHistory.trim()}`
      : undefined,
    a.history.general?.medications?.trim()
      ? `Medications: ${a.history.general.medications.trim()}`
      : undefined,
    a.history.general?.goals?.trim() ? `Goal: ${a.history.general.goals.trim()}` : undefined,
  ].filter((x): x is string => x !== undefined)

  const findings = html`<div class="findings-grid">
    <div>
      <h3>History</h3>
      ${list(summary.history) ?? html`<p class="muted">No notable history findings.</p>`}
      ${
        summary.redFlagAnswers.length > 0 &&
        html`<h3>Risk factors and red-flag screen</h3>
          ${list(summary.redFlagAnswers)}`
      }
      ${
        medical.length > 0 &&
        html`<h3>Background and goals</h3>
          ${list(medical)}`
      }
    </div>
    <div>
      <h3>Examination</h3>
      ${list(summary.exam) ?? html`<p class="muted">No notable examination findings.</p>`}
      ${
        summary.running.length > 0 &&
        html`<h3>Running</h3>
          ${list(summary.running)}`
      }
    </div>
  </div>`

  const wd = a.workingDiagnosis
  const behind = wd
    ? findingsBehindDiagnosis(wd.confirmed, data.reasoning, a)
    : { supporting: [], relevantNegatives: [] }
  const diagnosis = wd
    ? html`<p class="diagnosis">${workingDiagnosisInWords(wd)}</p>
        ${wd.reason && html`<p>${wd.reason}</p>`}
        ${
          (behind.supporting.length > 0 || behind.relevantNegatives.length > 0) &&
          html`<div class="findings-grid">
            <div>
              <h3>Supported by</h3>
              ${list(behind.supporting) ?? html`<p class="muted">See the key findings below.</p>`}
            </div>
            <div>
              <h3>Relevant negatives</h3>
              ${list(behind.relevantNegatives) ?? html`<p class="muted">None recorded.</p>`}
            </div>
          </div>`
        }`
    : html`<p class="diagnosis">Working diagnosis not yet confirmed.</p>`

  const meanwhile = [
    ...new Set([
      ...flags.flatMap((f) => protectivePlans[f.id].meanwhile),
      ...(flags.length === 0 ? (plan?.loadManagement ?? []) : []),
      ...(plan?.loadingOnHold ? ['No exercise programme until you have cleared the patient.'] : []),
    ]),
  ]
  const phaseNow = plan ? plan.phases[currentPhaseNumber(plan) - 1] : undefined
  if (plan && !plan.loadingOnHold && phaseNow && phaseNow.exercises.length > 0) {
    meanwhile.push(
      `Home exercises (${phaseNow.name.toLowerCase()} stage): ${phaseNow.exercises
        .map((e) => e.name)
        .join('; ')}.`,
    )
  } else if (plan && flags.some((f) => f.stopRunning)) {
    meanwhile.push('No loading exercise until you have cleared the patient.')
  }
  const advised = [...new Set(meanwhile)]

  const questions = referralQuestions(data)

  const contact = clinicContactLine(data)
  const body = html`
    <div class="letterhead">
      <div class="from">
        ${clinicName(data)} ${data.clinic?.tagline && html`<span>${data.clinic.tagline}</span>`}
        ${contact && html`<span>${contact}</span>`}
      </div>
      <div>${formatDate(localDate(data.generatedAt))}</div>
    </div>
    <div class="addressing">
      <div>
        <div class="muted small">To</div>
        <div><strong>${recipient ?? 'The doctor'}</strong></div>
      </div>
      <div>
        ${
          urgency &&
          html`<span class="urgency-banner ${urgency}"
            >${referralUrgencyLabels[urgency]} referral</span
          >`
        }
      </div>
    </div>
    <div class="re">
      <table>
        <tbody>
          <tr>
            <td>Re</td>
            <td><strong>${patientName(data)}</strong></td>
          </tr>
          <tr>
            <td>Date of birth</td>
            <td>
              ${formatDate(p.dateOfBirth)} (age ${patientAge(data)}),
              ${sexLabels[p.sex].toLowerCase()}
            </td>
          </tr>
          <tr>
            <td>Record number</td>
            <td>${p.recordNumber?.trim() || 'not recorded'}</td>
          </tr>
          <tr>
            <td>Assessed</td>
            <td>${formatDate(a.date)}${clinician ? ` by ${clinician}` : ''}</td>
          </tr>
        </tbody>
      </table>
      ${
        // The letter prints the details the record was signed with; the reader is told when the
        // clinic's records hold newer ones (an address or a phone number changed since).
        changedSinceSigningLine(data) &&
        html`<p class="small muted">${changedSinceSigningLine(data)}</p>`
      }
    </div>
    <p>${recipient ? 'Dear Colleague,' : 'Dear Doctor,'}</p>
    <p>${openingSentence(data)}</p>

    <h2>Reason for referral</h2>
    ${reason}

    <h2>Working diagnosis</h2>
    ${diagnosis}

    <h2>Key findings</h2>
    ${findings}

    <h2>Advised meanwhile</h2>
    ${list(advised) ?? html`<p>No specific advice beyond the home programme.</p>`}

    <div class="question">
      <span class="label">Question</span>
      ${questions.map((q) => html`<p>${q}</p>`)}
    </div>

    <p>
      I would be grateful for a copy of your findings. Please contact me if you need any further
      information.
    </p>
    <div class="signature">
      <p>Yours sincerely,</p>
      <div class="space"></div>
      <p>
        <strong>${clinician ?? 'Clinician not recorded'}</strong><br />
        Physiotherapist, ${clinicName(data)}
      </p>
    </div>
  `
  return htmlDocument({
    title: `Referral letter: ${patientName(data)}`,
    footer: footerLine(data),
    runningHeader: `Referral letter · ${patientName(data)}`,
    body,
    stylesheet,
    bodyClass: 'letter',
  })
}
