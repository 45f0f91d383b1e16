/** The report's header (title, status, patient and assessment details) and the red-flag box. */

import { urgencyLabels } from '../../../shared/clinical/reasoning/redFlagRules'
import { assessmentTypeLabels } from '../../../shared/model/assessment/assessment'
import {
  missingItemsFor,
  rulesContextOf,
} from '../../../shared/model/assessment/followUpRequiredItems'
import { runningEventLabels, sexLabels } from '../../../shared/model/patient'
import { formatDate, formatDateTime, html, type SafeHtml } from '../html'
import { signerInWords } from '../../../shared/model/assessment/signature'
import {
  changedSinceSigningLine,
  clinicName,
  clinicianName,
  patientAge,
  patientName,
  type ReportData,
} from '../reportData'
import { notRecorded } from './fields'

export const TITLE = 'Hip assessment report'

export function header(data: ReportData): SafeHtml {
  const a = data.assessment
  const p = data.patient
  const draft = a.status === 'draft'
  const missing = draft ? missingItemsFor(a, rulesContextOf(a, { sex: p.sex })).length : 0
  const runningBackground = [
    p.mainEvent ? runningEventLabels[p.mainEvent] : undefined,
    p.yearsRunning !== undefined
      ? `${p.yearsRunning} ${p.yearsRunning === 1 ? 'year' : 'years'} running`
      : undefined,
    p.weeklyDistanceKm !== undefined ? `${p.weeklyDistanceKm} km a week` : undefined,
    p.runsPerWeek !== undefined
      ? `${p.runsPerWeek} ${p.runsPerWeek === 1 ? 'run' : 'runs'} a week`
      : undefined,
  ].filter((x): x is string => x !== undefined)
  const idRow = (label: string, value: SafeHtml | string) =>
    html`<tr>
      <td>${label}</td>
      <td>${value}</td>
    </tr>`
  return html`
    <div class="app-line">
      <span>${clinicName(data)}${data.clinic?.tagline ? ` · ${data.clinic.tagline}` : ''}</span>
      <span>Clinician: ${clinicianName(data) ?? 'Clinician not recorded'}</span>
    </div>
    <div class="title-row">
      <h1>${TITLE}</h1>
      ${
        draft
          ? html`<span class="status draft">DRAFT</span>`
          : html`<span class="status">Finalised</span>`
      }
    </div>
    ${signatureLines(data)}
    ${
      draft &&
      html`<p class="draft-note">
        DRAFT: this assessment has not been finalised and may
        change.${
          missing > 0
            ? ` ${missing} required ${missing === 1 ? 'item is' : 'items are'} not recorded yet.`
            : ''
        }
      </p>`
    }
    <div class="id-grid">
      <table>
        <tbody>
          ${idRow('Patient', html`<strong>${patientName(data)}</strong>`)}
          ${idRow('Date of birth', `${formatDate(p.dateOfBirth)} (age ${patientAge(data)})`)}
          ${idRow('Sex', sexLabels[p.sex])}
          ${idRow('Record number', p.recordNumber?.trim() ? p.recordNumber : notRecorded())}
          ${idRow(
            'Running',
            runningBackground.length ? runningBackground.join(', ') : notRecorded(),
          )}
        </tbody>
      </table>
      <table>
        <tbody>
          ${idRow('Assessment date', formatDate(a.date))}
          ${idRow('Type', assessmentTypeLabels[a.type])}
          ${idRow(
            'Status',
            draft
              ? html`<strong>Draft</strong>`
              : `Finalised${a.finalisedAt ? ` ${formatDateTime(a.finalisedAt)}` : ''}${
                  a.signature ? ', signed' : ' (before records were signed)'
                }`,
          )}
          ${idRow('Clinician', clinicianName(data) ?? 'Clinician not recorded')}
          ${idRow('Report generated', formatDateTime(data.generatedAt))}
        </tbody>
      </table>
    </div>
  `
}

/**
 * Who signed the record, when, and the start of its SHA-256 (enough to compare with the check's
 * or another copy's at a glance); and, when the patient's details have changed since, which.
 */
function signatureLines(data: ReportData): SafeHtml | undefined {
  const signature = data.signature
  if (!signature) return undefined
  const changed = changedSinceSigningLine(data)
  return html`<p class="signature-line">
      Signed by <strong>${signerInWords(signature.signedBy)}</strong> on
      ${formatDateTime(signature.signedAt)}; SHA-256
      <span class="hash">${signature.sha256.slice(0, 16)}…</span>
    </p>
    ${changed && html`<p class="changed-note">${changed}</p>`}`
}

export function redFlagsSection(data: ReportData): SafeHtml | undefined {
  const flags = data.reasoning.redFlags
  if (flags.length === 0) return undefined
  const clearanceOf = (id: string) => data.assessment.clearances?.find((c) => c.redFlag === id)
  return html`<section class="red-flags">
    <h2>RED FLAGS (${flags.length})</h2>
    ${flags.map(
      (f) =>
        html`<div class="flag">
          <div>
            <span class="urgency ${f.urgency}">${urgencyLabels[f.urgency]}</span>
            <span class="flag-name">${f.name}</span>
          </div>
          ${
            clearanceOf(f.id)
              ? html`<div>
                  <strong>Cleared</strong> by ${clearanceOf(f.id)!.clearedBy} on
                  ${formatDate(clearanceOf(f.id)!.clearedOn)}: ${clearanceOf(f.id)!.excluded}
                </div>`
              : html`<div><strong>Action:</strong> ${f.action}</div>
                  ${f.stopRunning && html`<div><strong>Running and impact stop until cleared.</strong></div>`}`
          }
          <div class="small">Raised by: ${f.because.join('; ')}</div>
        </div>`,
    )}
  </section>`
}
