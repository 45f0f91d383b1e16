import type { RedFlagId } from '../../shared/clinical/conditions/conditionIds'
import { summariseFindings } from '../../shared/clinical/findingsSummary'
import { urgencyLabels } from '../../shared/clinical/reasoning/redFlagRules'
import { bodyRegionLabels } from '../../shared/model/assessment/bodyRegions'
import type { ReferralUrgency } from '../../shared/model/assessment/plan'
import { runningEventLabels, sexLabels } from '../../shared/model/patient'
import { css, formatDate, html, htmlDocument, localDate, type SafeHtml } from './html'
import {
  clinicianName,
  diagnosisName,
  footerLine,
  hipOf,
  listInWords,
  patientAge,
  patientName,
  percent,
  referralUrgencyLabels,
  type ReportData,
} from './reportData'

/**
 * The referral letter: to the first referral of the plan (or "Dear Doctor"), with the reason
 * (the red flags first), the key findings and numbers, the working diagnosis and the engine's
 * estimates (labelled as decision support), what the patient has been advised meanwhile, and
 * the question asked of the recipient.
 */

/** The question asked of the recipient for each red flag; `hip` is e.g. "right hip". */
const questionFor: Record<RedFlagId, (hip: string) => string> = {
  'femoral-neck-stress-fracture': (hip) =>
    `Please arrange X-ray and MRI of the ${hip} to exclude a femoral neck stress fracture.`,
  'septic-arthritis': (hip) =>
    `Please assess today for septic arthritis of the ${hip} (blood tests and aspiration as you judge appropriate).`,
  malignancy: () =>
    'Please investigate for a serious underlying cause of the pain, including malignancy.',
  scfe: () =>
    'Please arrange bilateral AP and frog-leg lateral X-rays of the hips to exclude a slipped capital femoral epiphysis, with an orthopaedic opinion.',
  'avascular-necrosis': (hip) =>
    `Please arrange MRI of the ${hip} to exclude avascular necrosis of the femoral head.`,
  'fracture-after-trauma': (hip) =>
    `Please arrange X-ray of the ${hip} to exclude a fracture after the recent injury.`,
  'avulsion-immature': (hip) =>
    `Please arrange X-ray of the pelvis and ${hip} to exclude an apophyseal avulsion fracture, with an orthopaedic opinion if it is displaced.`,
  'red-s': () =>
    'Please assess for low energy availability (RED-S), including bone health, with sports dietitian input, before any return to running.',
  'progressive-neurological-deficit': () =>
    'Please arrange an urgent spinal assessment of the progressive neurological deficit.',
  'cauda-equina': () => 'Please assess as an emergency for cauda equina syndrome.',
}

/** What the patient has been told to do meanwhile, for each red flag. */
const meanwhileFor: Record<RedFlagId, string[]> = {
  'femoral-neck-stress-fracture': [
    'Stop running, jumping and hopping now, until you have cleared it.',
    'Crutches (protected weight bearing) while walking is painful and until imaging is done.',
  ],
  'septic-arthritis': ['Sent to the emergency department now.'],
  malignancy: ['No exercise programme until you have cleared it.'],
  scfe: ['Non-weight-bearing on crutches until seen.'],
  'avascular-necrosis': ['No running or impact meanwhile.'],
  'fracture-after-trauma': ['Not to bear weight until imaged.'],
  'avulsion-immature': ['Relative rest from sprinting and kicking.'],
  'red-s': [
    'Advised that energy intake needs review with a sports doctor and dietitian before running resumes.',
  ],
  'progressive-neurological-deficit': ['Advised to seek help at once if the weakness progresses.'],
  'cauda-equina': ['Sent to the emergency department now.'],
}

const FALLBACK_QUESTION = 'Please assess and advise on further management.'

const flagToReferralUrgency: Record<string, ReferralUrgency> = {
  emergency: 'emergency',
  'same-day': 'same-day',
  urgent: 'urgent',
  soon: 'routine',
}
const urgencyOrder: ReferralUrgency[] = ['emergency', 'same-day', 'urgent', 'routine']

const stylesheet = css`
  body.letter {
    font-size: 10.5pt;
    line-height: 1.45;
  }
  .letterhead {
    display: flex;
    justify-content: space-between;
    align-items: flex-end;
    border-bottom: 1.2pt solid #0b3d5c;
    padding-bottom: 4pt;
    margin-bottom: 12pt;
  }
  .letterhead .from {
    font-weight: 700;
    color: #0b3d5c;
    font-size: 12pt;
  }
  .letterhead .from span {
    display: block;
    font-weight: 400;
    font-size: 9pt;
    color: #444;
  }
  .addressing {
    display: flex;
    justify-content: space-between;
    gap: 20pt;
    margin-bottom: 10pt;
  }
  .urgency-banner {
    display: inline-block;
    color: #fff;
    background: #b00020;
    font-weight: 700;
    letter-spacing: 0.04em;
    padding: 2pt 8pt;
    border-radius: 2pt;
    font-size: 10pt;
    text-transform: uppercase;
  }
  .urgency-banner.routine {
    background: #0b3d5c;
  }
  .re {
    border: 0.8pt solid #b8c6d1;
    background: #f7f9fb;
    padding: 4pt 8pt;
    margin: 0 0 10pt;
  }
  .re td {
    border: none;
    padding: 0.5pt 6pt 0.5pt 0;
    font-size: 10pt;
  }
  .re td:first-child {
    color: #555;
    width: 22%;
  }
  .letter h2 {
    font-size: 11pt;
    margin-top: 10pt;
  }
  .letter ul {
    margin-bottom: 4pt;
  }
  .flag-line {
    margin-bottom: 4pt;
  }
  .question {
    border: 1.5pt solid #0b3d5c;
    border-radius: 3pt;
    padding: 6pt 10pt;
    margin: 12pt 0 10pt;
    font-size: 11.5pt;
    break-inside: avoid;
  }
  .question .label {
    display: block;
    font-size: 9pt;
    text-transform: uppercase;
    letter-spacing: 0.06em;
    color: #0b3d5c;
    font-weight: 700;
    margin-bottom: 2pt;
  }
  .question p {
    margin: 0 0 2pt;
    font-weight: 600;
  }
  .signature {
    margin-top: 14pt;
    break-inside: avoid;
  }
  .signature .space {
    height: 26pt;
  }
  .findings-grid {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 0 16pt;
  }
  .findings-grid h3 {
    font-size: 10pt;
    margin-top: 4pt;
  }
  .ds {
    font-size: 9pt;
    color: #555;
    font-style: italic;
  }
`

function list(items: readonly string[]): SafeHtml | undefined {
  if (items.length === 0) return undefined
  return html`<ul>
    ${items.map((i) => html`<li>${i}</li>`)}
  </ul>`
}

/** The questions asked: one per red flag, or the fallback. */
export function referralQuestions(data: ReportData): string[] {
  const hip = hipOf(data)
  const fromFlags = data.reasoning.redFlags.map((f) => questionFor[f.id](hip))
  return fromFlags.length > 0 ? [...new Set(fromFlags)] : [FALLBACK_QUESTION]
}

function overallUrgency(data: ReportData): ReferralUrgency | undefined {
  const candidates = [
    ...data.reasoning.redFlags.map((f) => flagToReferralUrgency[f.urgency]!),
    ...(data.assessment.plan?.referrals.map((r) => r.urgency) ?? []),
  ]
  return urgencyOrder.find((u) => candidates.includes(u))
}

function openingSentence(data: ReportData): string {
  const p = data.patient
  const h = data.assessment.history
  const areas = [
    ...new Set((h.painAreas ?? []).map((a) => bodyRegionLabels[a.region].toLowerCase())),
  ]
  const side =
    h.painSide === 'left' || h.painSide === 'right'
      ? `${h.painSide}-sided `
      : h.painSide === 'both'
        ? 'bilateral '
        : ''
  const duration = h.onset?.duration ? ` of ${h.onset.duration.value} ${h.onset.duration.unit}` : ''
  const runner = p.mainEvent
    ? `runner (${runningEventLabels[p.mainEvent].toLowerCase()})`
    : 'runner'
  const complaint =
    areas.length > 0 ? `${side}${listInWords(areas)} pain${duration}` : `hip pain${duration}`
  return (
    `Thank you for seeing ${patientName(data)}, a ${patientAge(data)}-year-old ${runner}, whom I ` +
    `assessed on ${formatDate(data.assessment.date)} for ${complaint}.`
  )
}

export function referralLetterHtml(data: ReportData): string {
  const a = data.assessment
  const p = data.patient
  const plan = a.plan
  const flags = data.reasoning.redFlags
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
  const differential = data.reasoning.differential.slice(0, 3)
  const diagnosis = html`
    ${
      wd
        ? html`<p>
            <strong>Working diagnosis:</strong> ${wd.confirmed.map(diagnosisName).join('; ')}.
          </p>`
        : html`<p><strong>Working diagnosis:</strong> not yet confirmed.</p>`
    }
    <p>Differential (decision-support estimates from the recorded findings, not diagnoses):</p>
    <ol>
      ${differential.map((c) => html`<li>${c.name}: ${percent(c.probability)}</li>`)}
    </ol>
    <p class="ds">
      Estimates from the Runner's Hip reasoning engine ${data.reasoning.engineVersion}; no clinical
      test rules these conditions in or out on its own.
    </p>
  `

  const meanwhile = [
    ...new Set([
      ...flags.flatMap((f) => meanwhileFor[f.id]),
      ...(flags.length === 0 ? (plan?.loadManagement ?? []) : []),
      ...(plan?.loadingOnHold ? ['No exercise programme until you have cleared the patient.'] : []),
    ]),
  ]
  const firstPhase = plan?.phases[0]
  if (plan && !plan.loadingOnHold && firstPhase && firstPhase.exercises.length > 0) {
    meanwhile.push(
      `Home exercises started (${firstPhase.name.toLowerCase()} stage): ${firstPhase.exercises
        .map((e) => e.name)
        .join('; ')}.`,
    )
  } else if (plan && flags.some((f) => f.stopRunning)) {
    meanwhile.push('No loading exercise until you have cleared the patient.')
  }
  const advised = [...new Set(meanwhile)]

  const questions = referralQuestions(data)

  const body = html`
    <div class="letterhead">
      <div class="from">
        Runner's Hip
        <span>Physiotherapy · hip and running injuries</span>
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
    </div>
    <p>${recipient ? 'Dear Colleague,' : 'Dear Doctor,'}</p>
    <p>${openingSentence(data)}</p>

    <h2>Reason for referral</h2>
    ${reason}

    <h2>Key findings</h2>
    ${findings}

    <h2>Working diagnosis and differential</h2>
    ${diagnosis}

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
        Physiotherapist
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
