/** The referral letter as a whole: addressing, reason, findings, diagnosis, advice and question. */

import { summariseFindings } from '../../../shared/clinical/findingsSummary'
import { findingsBehindDiagnosis } from '../../../shared/clinical/presentation/diagnosisFindings'
import { urgencyLabels } from '../../../shared/clinical/reasoning/redFlagRules'
import { professionLabels } from '../../../shared/model/clinician'
import type { LetterAuthor, LetterContent } from '../../../shared/model/referralLetter'
import { redFlagStatement } from '../../../shared/workflow/referralLetter'
import { currentPhaseNumber } from '../../../shared/model/assessment/plan'
import { sexLabels } from '../../../shared/model/patient'
import { workingDiagnosisInWords } from '../../../shared/model/assessment/workingDiagnosis'
import { formatDate, html, htmlDocument, localDate, type SafeHtml } from '../html'
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
import { letterFactsOf } from './letterFacts'
import { referralQuestions } from './questionsAndAdvice'
import { stylesheet } from './styles'

export { referralQuestions }

/** What the clinician edited, who wrote it and when: a letter from the letter editor. */
export interface EditedLetter {
  content: LetterContent
  author: LetterAuthor
  writtenAt: string
}

/**
 * The referral letter. Edited (from the letter editor): to the recipient chosen, with the
 * clinician's question and words, signed with their registration number. Not edited: to the
 * plan's first referral (or "Dear Doctor"), with the prefilled question. Either way: the red flags
 * first and prominently (or the screen's result, e.g. "Red flags screened: negative"), the
 * confirmed working diagnosis and the findings behind it, the key findings, what the patient was
 * advised meanwhile. One clinician writing to another: the engine's likelihoods, ratios and notes
 * stay in the clinician report. Laid out to fit one A4 page where the content allows.
 */
export function referralLetterHtml(data: ReportData, edited?: EditedLetter): string {
  const a = data.assessment
  const p = data.patient
  const plan = a.plan
  const flags = data.activeRedFlags
  const referral = plan?.referrals[0]
  const urgency = overallUrgency(data)
  const author = edited?.author
  const clinician = author?.name ?? clinicianName(data)
  const summary = summariseFindings(a)
  const screen = redFlagStatement(letterFactsOf(data))
  const recipient = edited?.content.recipient

  const redFlagBlock =
    screen.kind === 'raised'
      ? html`<div class="red-flags" role="note">
          <div class="label">
            ${screen.flags.length === 1 ? 'Red flag raised' : 'Red flags raised'}
          </div>
          ${flags.map(
            (f) =>
              html`<div class="flag-line">
                <strong>${f.name}</strong> — ${urgencyLabels[f.urgency]}. ${f.action} <br /><span
                  class="small"
                  >Raised by: ${f.because.join('; ')}.</span
                >
              </div>`,
          )}
        </div>`
      : html`<p class="screen screen--${screen.kind}">${screen.text}.</p>`

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

  // One flow in two balanced columns (not two fixed columns of unequal length): fits the page.
  const findings = html`<div class="findings-columns">
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
          // Run-in lists: the findings behind the diagnosis in a few lines, not two columns.
          html`<p class="runin">
              <strong>Supported by</strong>
              ${
                behind.supporting.length > 0
                  ? `${behind.supporting.join('; ')}.`
                  : 'see the key findings below.'
              }
            </p>
            <p class="runin">
              <strong>Relevant negatives</strong>
              ${
                behind.relevantNegatives.length > 0
                  ? `${behind.relevantNegatives.join('; ')}.`
                  : 'none recorded.'
              }
            </p>`
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

  const questions = edited
    ? edited.content.question.split(/\n+/).filter((q) => q.trim())
    : referralQuestions(data)
  const paragraphs = (edited?.content.freeText ?? '').split(/\n\s*\n/).filter((t) => t.trim())

  const contact = clinicContactLine(data)
  const addressee: SafeHtml = recipient
    ? html`<div class="recipient">
        <strong>${recipient.name}</strong><br />
        ${recipient.role}${recipient.practice && html`, ${recipient.practice}`}
        ${recipient.address && html`<br />${lines(recipient.address)}`}
        ${
          (recipient.phone || recipient.secureEmail) &&
          html`<br /><span class="small"
              >${[recipient.phone, recipient.secureEmail].filter((x) => !!x).join(' · ')}</span
            >`
        }
      </div>`
    : html`<div><strong>${referral?.to ?? 'The doctor'}</strong></div>`
  const salutation = recipient
    ? `Dear ${recipient.name},`
    : referral
      ? 'Dear Colleague,'
      : 'Dear Doctor,'
  const signedBy = author
    ? [
        author.profession ? professionLabels[author.profession] : 'Physiotherapist',
        author.registrationNumber ? `registration ${author.registrationNumber}` : undefined,
      ]
        .filter((x) => !!x)
        .join(', ')
    : 'Physiotherapist'

  const body = html`
    <div class="letterhead">
      <div class="from">
        ${clinicName(data)} ${data.clinic?.tagline && html`<span>${data.clinic.tagline}</span>`}
        ${contact && html`<span>${contact}</span>`}
      </div>
      <div>${formatDate(localDate(edited?.writtenAt ?? data.generatedAt))}</div>
    </div>
    <div class="addressing">
      <div>
        <div class="muted small">To</div>
        ${addressee}
      </div>
      <div>
        ${
          urgency &&
          html`<div class="urgency">
            <span class="urgency-banner ${urgency}"
              >${referralUrgencyLabels[urgency]} referral</span
            >
          </div>`
        }
        <div class="re">
          <table>
            <tbody>
              <tr>
                <td>Re</td>
                <td>
                  <strong>${patientName(data)}</strong>, born ${formatDate(p.dateOfBirth)} (age
                  ${patientAge(data)}), ${sexLabels[p.sex].toLowerCase()}
                </td>
              </tr>
              <tr>
                <td>Record number</td>
                <td>${p.recordNumber?.trim() || 'not recorded'}</td>
              </tr>
              <tr>
                <td>Assessed</td>
                <td>
                  ${formatDate(a.date)}${clinicianName(data) ? ` by ${clinicianName(data)}` : ''}
                </td>
              </tr>
            </tbody>
          </table>
          ${
            // The letter prints the details the record was signed with; the reader is told when
            // the clinic's records hold newer ones (an address or a phone number changed since).
            changedSinceSigningLine(data) &&
            html`<p class="small muted">${changedSinceSigningLine(data)}</p>`
          }
        </div>
      </div>
    </div>
    ${redFlagBlock}
    <p>${salutation}</p>
    <p>${openingSentence(data)}</p>

    <div class="question">
      <span class="label"
        >${flags.length > 0 ? 'Reason for referral and question' : 'Question'}</span
      >
      ${questions.map((q) => html`<p>${q}</p>`)}
    </div>
    ${paragraphs.map((t) => html`<p class="own-words">${t}</p>`)}

    <h2>Working diagnosis</h2>
    ${diagnosis}

    <h2>Key findings</h2>
    ${findings}

    <h2>Advised meanwhile</h2>
    ${
      advised.length > 0
        ? html`<div class="advised">${list(advised)}</div>`
        : html`<p>No specific advice beyond the home programme.</p>`
    }

    <div class="closing">
      <p>
        I would be grateful for a copy of your findings. Please contact me if you need any further
        information.
      </p>
      <div class="signature">
        <p>Yours sincerely,</p>
        <div class="space"></div>
        <p>
          <strong>${clinician ?? 'Clinician not recorded'}</strong><br />
          ${signedBy}<br />${clinicName(data)}
        </p>
      </div>
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

/** Text with line breaks kept (an address). */
function lines(text: string): SafeHtml {
  const parts = text.split(/\s*\n\s*/).filter((l) => l)
  return html`${parts.map((l, i) => html`${i > 0 && html`<br />`}${l}`)}`
}
