import { conditionIds, type ConditionId } from '../../shared/clinical/conditions/conditionIds'
import { instruments, type InstrumentInfo } from '../../shared/clinical/outcomeMeasureInfo'
import {
  scoreHagos,
  scoreIhot12,
  scoreLefs,
  scoreVisaG,
  type Score,
} from '../../shared/clinical/outcomeScoring'
import type { ConditionResult, AppliedEvidence } from '../../shared/clinical/reasoning/engine'
import { urgencyLabels } from '../../shared/clinical/reasoning/redFlagRules'
import { romFlags, sideDifference } from '../../shared/clinical/romAssessment'
import { specialTests } from '../../shared/clinical/specialTests'
import { forcePerKg, limbSymmetryIndex } from '../../shared/clinical/strengthAnalysis'
import { limbSymmetry } from '../../shared/clinical/strengthNorms'
import { assessmentTypeLabels } from '../../shared/model/assessment/assessment'
import { bodyRegionLabels } from '../../shared/model/assessment/bodyRegions'
import {
  aggravatingFactorLabels,
  dailyPatternLabels,
  energyAvailabilityQuestions,
  mechanicalSymptomQuestions,
  menstrualStatusLabels,
  nightPainOptions,
  onsetMechanismLabels,
  redFlagQuestions,
  runningBehaviourQuestions,
  snapLocationLabels,
  surfaceLabels,
} from '../../shared/model/assessment/history'
import { hagosSubscales, type HagosSubscale } from '../../shared/model/assessment/outcomeMeasures'
import {
  palpationSites,
  romMotionLabels,
  romMotions,
  rotationPositionLabels,
  specialTestIds,
  strengthGroupLabels,
  strengthGroups,
  trendelenburgGaitLabels,
  weightBearingLabels,
  type RomMotion,
} from '../../shared/model/assessment/physicalExam'
import type { PlanExercise, TreatmentPlan } from '../../shared/model/assessment/plan'
import { NOT_ASSESSED, type YesNoQuestion } from '../../shared/model/assessment/recordedValues'
import { missingItems, requiredItems } from '../../shared/model/assessment/requiredItems'
import { runningEventLabels, sexLabels } from '../../shared/model/patient'
import {
  css,
  formatDate,
  formatDateTime,
  html,
  htmlDocument,
  joinHtml,
  multiline,
  type SafeHtml,
} from './html'
import {
  clinicianName,
  conditionName,
  diagnosisName,
  footerLine,
  patientAge,
  patientName,
  percent,
  referralUrgencyLabels,
  type ReportData,
} from './reportData'

/**
 * The clinician's report: everything recorded in the assessment, section by section, with red
 * flags first, then the working diagnosis (with the engine's decision support), the treatment
 * plan and any addenda. Required items never recorded say "not recorded"; items marked "not
 * assessed" say so; optional items that were never filled in are left out.
 */

const TITLE = 'Hip assessment report'

const stylesheet = css`
  .app-line {
    display: flex;
    justify-content: space-between;
    font-size: 8.5pt;
    color: #555;
    border-bottom: 0.6pt solid #cfd6dc;
    padding-bottom: 3pt;
    margin-bottom: 8pt;
  }
  .title-row {
    display: flex;
    align-items: baseline;
    justify-content: space-between;
    gap: 10pt;
    margin-bottom: 6pt;
  }
  .status {
    font-size: 9pt;
    font-weight: 600;
    padding: 2pt 7pt;
    border-radius: 3pt;
    border: 0.8pt solid #2e6b3a;
    color: #2e6b3a;
    white-space: nowrap;
  }
  .status.draft {
    border: 1.5pt solid #b00020;
    color: #fff;
    background: #b00020;
    font-size: 12pt;
    letter-spacing: 0.08em;
  }
  .draft-note {
    color: #b00020;
    font-weight: 600;
    margin: 0 0 6pt;
  }
  .id-grid {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 0 14pt;
    border: 0.8pt solid #b8c6d1;
    border-radius: 3pt;
    padding: 5pt 8pt;
    background: #f7f9fb;
  }
  .id-grid table {
    margin: 0;
  }
  .id-grid td {
    border: none;
    padding: 1pt 4pt 1pt 0;
  }
  .id-grid td:first-child {
    color: #555;
    width: 38%;
  }
  .red-flags {
    border: 1.6pt solid #b00020;
    border-radius: 3pt;
    padding: 6pt 9pt 4pt;
    margin-top: 10pt;
    background: #fff5f6;
  }
  .red-flags h2 {
    color: #b00020;
    border-bottom-color: #b00020;
    margin-top: 0;
  }
  .flag {
    margin-bottom: 5pt;
    break-inside: avoid;
  }
  .flag-name {
    font-weight: 700;
    font-size: 10.5pt;
  }
  .urgency {
    display: inline-block;
    font-size: 8pt;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: #fff;
    background: #b00020;
    border-radius: 2pt;
    padding: 0.5pt 4pt;
    margin-right: 4pt;
    vertical-align: 1pt;
    white-space: nowrap;
  }
  .urgency.routine,
  .urgency.soon {
    background: #8a5a00;
  }
  .two-col {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 0 14pt;
  }
  .two-col > .block,
  .keep-block {
    break-inside: avoid;
  }
  table.pairs td:nth-child(odd) {
    width: 37%;
    color: #333;
  }
  table.pairs td:nth-child(even) {
    width: 13%;
  }
  table.pairs td:nth-child(3) {
    border-left: 0.6pt solid #cfd6dc;
  }
  td.span-note {
    text-align: center;
  }
  th.group {
    text-align: center;
    border-bottom: 0.6pt solid #8fa3b3;
  }
  .phase-head {
    break-inside: avoid;
  }
  .phase-head .two-col ul {
    font-size: 9pt;
  }
  .phase-head h4 {
    font-size: 9pt;
    margin: 2pt 0 1pt;
    color: #444;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .plan-list li {
    font-size: 9.5pt;
  }
  table.fields td:first-child {
    width: 48%;
    color: #333;
  }
  table.fields.wide td:first-child {
    width: 37%;
  }
  .nr {
    color: #9a5b00;
    font-style: italic;
  }
  .na {
    color: #666;
    font-style: italic;
  }
  .yes {
    font-weight: 700;
  }
  .pos {
    font-weight: 700;
    color: #8a1020;
  }
  .caption {
    font-size: 8.5pt;
    color: #555;
    margin: -2pt 0 6pt;
  }
  .candidate {
    border-left: 2.5pt solid #8fa3b3;
    padding: 1pt 0 1pt 7pt;
    margin: 0 0 6pt;
    break-inside: avoid;
  }
  .candidate .name {
    font-weight: 700;
  }
  .decision-support {
    font-size: 8.5pt;
    color: #555;
    font-style: italic;
  }
  .confirmed {
    font-size: 11pt;
    font-weight: 700;
  }
  .hold {
    border: 1pt solid #b00020;
    color: #8a1020;
    padding: 3pt 6pt;
    font-weight: 600;
    margin: 4pt 0 6pt;
  }
  .phase {
    break-inside: auto;
  }
  .phase h3 {
    margin-top: 8pt;
  }
  .closing {
    margin-top: 16pt;
    padding-top: 5pt;
    border-top: 0.6pt solid #cfd6dc;
    font-size: 9pt;
    color: #333;
  }
  .addendum {
    margin-bottom: 5pt;
  }
`

// ---------------------------------------------------------------------------------------------
// Values: recorded, "not assessed" or "not recorded".

const notRecorded = () => html`<span class="nr">not recorded</span>`
const notAssessed = () => html`<span class="na">not assessed</span>`

type Value = SafeHtml | undefined

function yesNo(v: string | undefined): Value {
  if (v === undefined) return undefined
  if (v === 'yes') return html`<span class="yes">Yes</span>`
  if (v === 'no') return html`No`
  return notAssessed()
}

function choice<T extends string>(
  v: T | typeof NOT_ASSESSED | undefined,
  labels: Record<T, string>,
) {
  if (v === undefined) return undefined
  if (v === NOT_ASSESSED) return notAssessed()
  return html`${labels[v as T] ?? v}`
}

function measured(v: number | typeof NOT_ASSESSED | undefined, unit: string): Value {
  if (v === undefined) return undefined
  if (v === NOT_ASSESSED) return notAssessed()
  return html`${v}${unit}`
}

function text(v: string | undefined): Value {
  return v && v.trim() ? multiline(v.trim()) : undefined
}

interface Field {
  label: string
  value: SafeHtml
}

/** A field: a missing required item says "not recorded"; a missing optional one is left out. */
function field(label: string, value: Value, required: boolean): Field | undefined {
  if (value !== undefined) return { label, value }
  return required ? { label, value: notRecorded() } : undefined
}

/** Short answers (yes / no) two to a row, to keep long question lists compact. */
function pairsTable(rows: (Field | undefined)[]): SafeHtml | undefined {
  const shown = rows.filter((r): r is Field => r !== undefined)
  if (shown.length === 0) return undefined
  const lines: Field[][] = []
  for (let i = 0; i < shown.length; i += 2) lines.push(shown.slice(i, i + 2))
  return html`<table class="pairs">
    <tbody>
      ${lines.map(
        (line) =>
          html`<tr>
            ${line.map(
              (r) =>
                html`<td>${r.label}</td>
                  <td>${r.value}</td>`,
            )}
            ${
              line.length === 1 &&
              html`<td></td>
                <td></td>`
            }
          </tr>`,
      )}
    </tbody>
  </table>`
}

function fieldsTable(rows: (Field | undefined)[], wide = false): SafeHtml | undefined {
  const shown = rows.filter((r): r is Field => r !== undefined)
  if (shown.length === 0) return undefined
  return html`<table class="fields${wide ? ' wide' : ''}">
    <tbody>
      ${shown.map(
        (r) =>
          html`<tr>
            <td>${r.label}</td>
            <td>${r.value}</td>
          </tr>`,
      )}
    </tbody>
  </table>`
}

/** A titled block; nothing at all (no heading) when it has no content. */
function block(title: string, ...content: (SafeHtml | undefined)[]): SafeHtml | undefined {
  const parts = content.filter((c): c is SafeHtml => c !== undefined)
  if (parts.length === 0) return undefined
  return html`<div class="block">
    <h3>${title}</h3>
    ${parts}
  </div>`
}

function section(title: string, ...content: (SafeHtml | undefined)[]): SafeHtml | undefined {
  const parts = content.filter((c): c is SafeHtml => c !== undefined)
  if (parts.length === 0) return undefined
  return html`<section>
    <h2>${title}</h2>
    ${parts}
  </section>`
}

function bulletList(items: readonly string[]): SafeHtml | undefined {
  if (items.length === 0) return undefined
  return html`<ul>
    ${items.map((i) => html`<li>${i}</li>`)}
  </ul>`
}

// ---------------------------------------------------------------------------------------------
// Header, patient and red flags

function header(data: ReportData): SafeHtml {
  const a = data.assessment
  const p = data.patient
  const draft = a.status === 'draft'
  const missing = draft ? missingItems(a, { sex: p.sex }).length : 0
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
      <span>Runner's Hip · Hip and running injury clinic</span>
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
              : `Finalised${a.finalisedAt ? ` ${formatDateTime(a.finalisedAt)}` : ''}`,
          )}
          ${idRow('Clinician', clinicianName(data) ?? 'Clinician not recorded')}
          ${idRow('Report generated', formatDateTime(data.generatedAt))}
        </tbody>
      </table>
    </div>
  `
}

function redFlagsSection(data: ReportData): SafeHtml | undefined {
  const flags = data.reasoning.redFlags
  if (flags.length === 0) return undefined
  return html`<section class="red-flags">
    <h2>RED FLAGS (${flags.length})</h2>
    ${flags.map(
      (f) =>
        html`<div class="flag">
          <div>
            <span class="urgency ${f.urgency}">${urgencyLabels[f.urgency]}</span>
            <span class="flag-name">${f.name}</span>
          </div>
          <div><strong>Action:</strong> ${f.action}</div>
          ${f.stopRunning && html`<div><strong>Running and impact stop until cleared.</strong></div>`}
          <div class="small">Raised by: ${f.because.join('; ')}</div>
        </div>`,
    )}
  </section>`
}

// ---------------------------------------------------------------------------------------------
// History

function yesNoFields(
  questions: readonly YesNoQuestion[],
  answers: Record<string, string | undefined> | undefined,
  pathPrefix: string,
  isRequired: (path: string) => boolean,
) {
  return questions.map((q) =>
    field(q.label, yesNo(answers?.[q.key]), isRequired(`${pathPrefix}.${q.key}`)),
  )
}

function historySection(data: ReportData, isRequired: (path: string) => boolean) {
  const h = data.assessment.history
  const req = (p: string) => isRequired(`history.${p}`)
  const painSideLabels = { left: 'Left', right: 'Right', both: 'Both sides' }

  const where = fieldsTable([
    field('Side of the pain', choice(h.painSide, painSideLabels), req('painSide')),
    field(
      'Painful areas (body chart)',
      h.painAreas?.length
        ? html`${h.painAreas.map((a) => `${bodyRegionLabels[a.region]} (${a.side})`).join('; ')}`
        : undefined,
      req('painAreas'),
    ),
    field('Main area', h.mainArea ? html`${bodyRegionLabels[h.mainArea]}` : undefined, false),
    field('Pain travels below the knee', yesNo(h.painBelowKnee), req('painBelowKnee')),
    field('Deep, poorly localised pain', yesNo(h.deepPoorlyLocalised), false),
    field('Points with a C-sign', yesNo(h.pointsWithCSign), false),
  ])

  const o = h.onset
  const onset = fieldsTable([
    field('Onset', choice(o?.type, { sudden: 'Sudden', gradual: 'Gradual' }), req('onset.type')),
    field('Date of onset', o?.date ? html`${formatDate(o.date)}` : undefined, false),
    field(
      'Mechanism',
      o?.mechanism ? html`${onsetMechanismLabels[o.mechanism]}` : undefined,
      false,
    ),
    field('Felt a pop', yesNo(o?.feltPop), false),
    field(
      'Duration',
      o?.duration ? html`${o.duration.value} ${o.duration.unit}` : undefined,
      req('onset.duration'),
    ),
  ])
  const onsetNotes = o?.notes?.trim()
    ? html`<p class="small"><strong>Notes:</strong> ${multiline(o.notes.trim())}</p>`
    : undefined

  const pain = h.pain ?? {}
  const painCell = (v: number | typeof NOT_ASSESSED | undefined, required: boolean) =>
    v === undefined
      ? required
        ? notRecorded()
        : html`<span class="muted">–</span>`
      : v === NOT_ASSESSED
        ? notAssessed()
        : html`<strong>${v}</strong>/10`
  const nprs = instruments.nprs
  const painTable = html`<table>
      <thead>
        <tr>
          <th>Now</th>
          <th>Best in 24 h</th>
          <th>Worst in 24 h</th>
          <th>During running</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <td>${painCell(pain.now, req('pain.now'))}</td>
          <td>${painCell(pain.best24h, req('pain.best24h'))}</td>
          <td>${painCell(pain.worst24h, req('pain.worst24h'))}</td>
          <td>${painCell(pain.duringRunning, req('pain.duringRunning'))}</td>
        </tr>
      </tbody>
    </table>
    <p class="caption">
      ${nprs.name}: ${nprs.range.min}–${nprs.range.max}, lower is better; ${nprs.mcidLabel}.
    </p>`

  const stiffness = h.morningStiffnessMinutes
  const pattern = fieldsTable([
    field('Daily pattern', choice(h.dailyPattern, dailyPatternLabels), req('dailyPattern')),
    field(
      'Night pain',
      choice(
        h.nightPain,
        Object.fromEntries(nightPainOptions.map((n) => [n.value, n.label])) as Record<
          (typeof nightPainOptions)[number]['value'],
          string
        >,
      ),
      req('nightPain'),
    ),
    field(
      'Morning stiffness',
      stiffness === 0 ? html`None (0 min)` : measured(stiffness, ' min'),
      req('morningStiffnessMinutes'),
    ),
  ])

  const running = pairsTable(
    yesNoFields(
      runningBehaviourQuestions,
      h.runningBehaviour,
      'history.runningBehaviour',
      isRequired,
    ),
  )

  const ag = h.aggravating
  const aggravating = fieldsTable(
    [
      field(
        'Aggravating factors',
        ag === undefined
          ? undefined
          : ag.status === NOT_ASSESSED
            ? notAssessed()
            : ag.present.length === 0
              ? html`None of the listed factors`
              : html`${ag.present.map((f) => aggravatingFactorLabels[f]).join('; ')}`,
        req('aggravating'),
      ),
    ],
    true,
  )

  const snap = h.snap
  const snapParts = [snap?.felt && 'felt', snap?.heard && 'heard', snap?.seen && 'seen'].filter(
    (x): x is string => typeof x === 'string',
  )
  const mechanical = fieldsTable([
    ...yesNoFields(
      mechanicalSymptomQuestions,
      h.mechanicalSymptoms,
      'history.mechanicalSymptoms',
      isRequired,
    ),
    field(
      'Snap',
      snapParts.length || snap?.location
        ? html`${[
            snapParts.length ? capitaliseFirst(snapParts.join(', ')) : undefined,
            snap?.location ? snapLocationLabels[snap.location] : undefined,
          ]
            .filter(Boolean)
            .join('; ')}`
        : undefined,
      false,
    ),
  ])

  const t = h.training
  const changeLabels = { increase: 'Increase', decrease: 'Decrease', 'no-change': 'No change' }
  const changeDetail =
    t?.recentChange === 'increase' || t?.recentChange === 'decrease'
      ? [
          t.previousWeeklyDistanceKm !== undefined
            ? `from ${t.previousWeeklyDistanceKm} km/week`
            : undefined,
          t.changeOverWeeks !== undefined ? `over ${t.changeOverWeeks} weeks` : undefined,
        ]
          .filter(Boolean)
          .join(' ')
      : ''
  const training = fieldsTable([
    field(
      'Weekly distance',
      measured(t?.weeklyDistanceKm, ' km a week'),
      req('training.weeklyDistanceKm'),
    ),
    field(
      'Recent change',
      t?.recentChange === undefined
        ? undefined
        : html`${choice(t.recentChange, changeLabels)}${changeDetail ? ` ${changeDetail}` : ''}`,
      req('training.recentChange'),
    ),
    field(
      'Sessions a week',
      t?.sessionsPerWeek !== undefined ? html`${t.sessionsPerWeek}` : undefined,
      false,
    ),
    field(
      'Surfaces',
      t?.surfaces?.length ? html`${t.surfaces.map((s) => surfaceLabels[s]).join(', ')}` : undefined,
      false,
    ),
    field('Hills', yesNo(t?.hills), false),
    field('Speed work', yesNo(t?.speedwork), false),
    field('Races planned', text(t?.racesPlanned), false),
    field('Footwear', text(t?.footwear), false),
    field('Footwear changed recently', yesNo(t?.footwearChangedRecently), false),
    field('Cross-training', text(t?.crossTraining), false),
  ])

  const ph = h.pastHistory
  const past = fieldsTable([
    field(
      'Previous bone stress injury',
      yesNo(ph?.previousBoneStressInjury),
      req('pastHistory.previousBoneStressInjury'),
    ),
    field('Previous hamstring injury', yesNo(ph?.previousHamstringInjury), false),
    field('Previous injuries', text(ph?.previousInjuries), false),
    field('Imaging done', text(ph?.imagingDone), false),
    field('ESR', ph?.esrMmPerHour !== undefined ? html`${ph.esrMmPerHour} mm/h` : undefined, false),
  ])

  const redFlagScreen = pairsTable(
    yesNoFields(redFlagQuestions, h.redFlags, 'history.redFlags', isRequired),
  )

  const e = h.energyAvailability
  const energy = fieldsTable([
    field(
      'Menstrual history',
      choice(e?.menstrualStatus, menstrualStatusLabels),
      req('energyAvailability.menstrualStatus'),
    ),
    ...yesNoFields(energyAvailabilityQuestions, e, 'history.energyAvailability', isRequired),
  ])

  const g = h.general
  const general = fieldsTable(
    [
      field('Family history of arthritis', yesNo(g?.familyHistoryOfArthritis), false),
      field('Medical history', text(g?.medicalHistory), false),
      field('Medications', text(g?.medications), false),
      field("Patient's goals", text(g?.goals), req('general.goals')),
    ],
    true,
  )

  return section(
    'History',
    html`<div class="two-col">
      ${block('Where it hurts', where)} ${block('Onset', onset, onsetNotes)}
    </div>`,
    block('Pain scores (NPRS, 0–10)', painTable),
    html`<div class="two-col">
      ${block('24-hour pattern', pattern)} ${block('Training load', training)}
    </div>`,
    block('Behaviour with running', running, aggravating),
    html`<div class="two-col">
      ${block('Mechanical symptoms', mechanical)} ${block('Past injuries', past)}
    </div>`,
    block('Red-flag screen', redFlagScreen),
    html`<div class="two-col">
      ${block('Energy availability (RED-S)', energy)} ${block('General health and goals', general)}
    </div>`,
  )
}

const isConditionId = (id: string): id is ConditionId =>
  (conditionIds as readonly string[]).includes(id)

const capitaliseFirst = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s)

// ---------------------------------------------------------------------------------------------
// Outcome measures

function scoreCell(score: Score, info: InstrumentInfo): SafeHtml {
  switch (score.kind) {
    case 'score':
      return html`<strong>${score.value}</strong> / ${info.range.max}`
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

function outcomesSection(data: ReportData) {
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
    </tbody>
  </table>`
  return section('Outcome measures', table)
}

// ---------------------------------------------------------------------------------------------
// Physical examination

function romTable(data: ReportData, isRequired: (path: string) => boolean) {
  const rom = data.assessment.exam.rom
  const motions = romMotions.filter(
    (m) =>
      m !== 'straightLegRaise' ||
      rom?.motions?.[m]?.left !== undefined ||
      rom?.motions?.[m]?.right !== undefined,
  )
  const rows = motions.map((m: RomMotion) => {
    const entry = rom?.motions?.[m]
    const required = isRequired(`exam.rom.motions.${m}.left`)
    const sideCell = (v: number | typeof NOT_ASSESSED | undefined, pain: boolean | undefined) =>
      v === undefined
        ? required
          ? notRecorded()
          : html`<span class="muted">–</span>`
        : v === NOT_ASSESSED
          ? notAssessed()
          : html`${v}°${pain ? html` <span class="pos">painful</span>` : ''}`
    const bothMissing =
      (entry?.left === undefined || entry.left === NOT_ASSESSED) &&
      (entry?.right === undefined || entry.right === NOT_ASSESSED)
    const comments = [
      ...romFlags(m, entry?.left, entry?.right, rom?.rotationPosition).map((f) => f.text),
      ...[
        entry?.painLeft && 'Pain at end of range (left)',
        entry?.painRight && 'Pain at end of range (right)',
      ].filter((x): x is string => typeof x === 'string'),
    ]
    if (bothMissing && entry?.left === entry?.right) {
      const status =
        entry?.left === NOT_ASSESSED
          ? html`${notAssessed()} (both sides)`
          : required
            ? html`${notRecorded()} (both sides)`
            : html`–`
      return html`<tr>
        <td>${romMotionLabels[m]}</td>
        <td colspan="3" class="span-note">${status}</td>
        <td class="small">${comments.join('; ')}</td>
      </tr>`
    }
    const diff = sideDifference(entry?.left, entry?.right)
    return html`<tr>
      <td>${romMotionLabels[m]}</td>
      <td class="num">${sideCell(entry?.left, entry?.painLeft)}</td>
      <td class="num">${sideCell(entry?.right, entry?.painRight)}</td>
      <td class="num">${diff === undefined ? '–' : `${diff}°`}</td>
      <td class="small">${comments.join('; ')}</td>
    </tr>`
  })
  const rotationMeasured = (['internalRotation', 'externalRotation'] as const).some((m) =>
    (['left', 'right'] as const).some((s) => typeof rom?.motions?.[m]?.[s] === 'number'),
  )
  const position = rom?.rotationPosition
    ? html`<p class="caption">
        Rotation measured: ${rotationPositionLabels[rom.rotationPosition]}.
      </p>`
    : rotationMeasured
      ? html`<p class="caption">Position used for rotation: ${notRecorded()}.</p>`
      : undefined
  return block(
    'Range of motion',
    html`<table>
      <thead>
        <tr>
          <th style="width: 24%">Motion</th>
          <th class="num" style="width: 11%">Left</th>
          <th class="num" style="width: 11%">Right</th>
          <th class="num" style="width: 11%">Difference</th>
          <th>Comment</th>
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>`,
    position,
  )
}

function strengthTable(data: ReportData, isRequired: (path: string) => boolean) {
  const exam = data.assessment.exam
  const strength = exam.strength
  const painSide = data.assessment.history.painSide
  const anyForce = strengthGroups.some(
    (g) => strength?.[g]?.left?.forceN !== undefined || strength?.[g]?.right?.forceN !== undefined,
  )
  const perKg = anyForce && exam.bodyMassKg !== undefined
  const rows = strengthGroups.map((g) => {
    const entry = strength?.[g]
    const required = isRequired(`exam.strength.${g}.left`)
    const grade = (side: 'left' | 'right') => {
      const s = entry?.[side]
      if (!s || (s.oxford === undefined && s.forceN === undefined))
        return required ? notRecorded() : html`–`
      const pain = s.pain ? html` <span class="pos">painful</span>` : ''
      if (s.oxford === undefined) return html`<span class="muted">–</span>${pain}`
      if (s.oxford === NOT_ASSESSED) return html`${notAssessed()}${pain}`
      return html`${s.oxford}/5${pain}`
    }
    const force = (side: 'left' | 'right') => {
      const f = entry?.[side]?.forceN
      return f === undefined ? '–' : `${f}`
    }
    const kg = (side: 'left' | 'right') => {
      const v = forcePerKg(entry?.[side]?.forceN, exam.bodyMassKg)
      return v === undefined ? '–' : v.toFixed(2)
    }
    const lsi = limbSymmetryIndex(entry?.left?.forceN, entry?.right?.forceN, painSide)
    const symmetry = lsi
      ? html`<span class="${lsi.deficit ? 'pos' : ''}">${lsi.percent}%</span>${
            lsi.involved
              ? html` <span class="small muted"
                  >(${lsi.involved} ÷ ${lsi.involved === 'left' ? 'right' : 'left'})</span
                >`
              : ''
          }`
      : html`–`
    return html`<tr>
      <td>${strengthGroupLabels[g]}</td>
      <td class="nowrap">${grade('left')}</td>
      <td class="nowrap">${grade('right')}</td>
      ${
        anyForce &&
        html`<td class="num">${force('left')}</td>
          <td class="num">${force('right')}</td>
          ${
            perKg &&
            html`<td class="num">${kg('left')}</td>
              <td class="num">${kg('right')}</td>`
          }
          <td class="num">${symmetry}</td>`
      }
    </tr>`
  })
  const bodyMass =
    exam.bodyMassKg !== undefined
      ? `Body mass ${exam.bodyMassKg} kg${exam.heightCm !== undefined ? `, height ${exam.heightCm} cm` : ''}.`
      : undefined
  const caption = anyForce
    ? html`<p class="caption">
        Oxford scale 0–5; hand-held dynamometer peak force in
        newtons${perKg ? ' and per kg body mass' : ''}. Limb symmetry = involved ÷ uninvolved × 100;
        below ${limbSymmetry.deficitBelowPercent}% is read as a deficit. ${bodyMass}
        ${
          exam.bodyMassKg === undefined && isRequired('exam.bodyMassKg')
            ? html`Body mass: ${notRecorded()}.`
            : ''
        }
      </p>`
    : html`<p class="caption">Oxford scale 0–5. Dynamometry not done. ${bodyMass}</p>`
  return block(
    'Strength',
    html`<table>
      <thead>
        <tr>
          <th rowspan="2">Muscle group</th>
          <th colspan="2" class="group">Oxford grade</th>
          ${
            anyForce &&
            html`<th colspan="2" class="group">Force (N)</th>
              ${perKg && html`<th colspan="2" class="group">Force (N/kg)</th>`}
              <th rowspan="2" class="num">Symmetry</th>`
          }
        </tr>
        <tr>
          <th>Left</th>
          <th>Right</th>
          ${
            anyForce &&
            html`<th class="num">Left</th>
              <th class="num">Right</th>
              ${
                perKg &&
                html`<th class="num">Left</th>
                  <th class="num">Right</th>`
              }`
          }
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>`,
    caption,
  )
}

function palpationTable(data: ReportData, isRequired: (path: string) => boolean) {
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

function specialTestsBlock(data: ReportData) {
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
                <td>${entry.side ? sideLabels[entry.side] : html`<span class="muted">–</span>`}</td>
                <td>${entry.reproduced?.trim() || html`<span class="muted">–</span>`}</td>
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

function examSection(data: ReportData, isRequired: (path: string) => boolean) {
  const o = data.assessment.exam.observation
  const req = (p: string) => isRequired(`exam.${p}`)
  const stanceLabels = { left: 'left', right: 'right', both: 'both sides' }
  const sls = o?.singleLegSquat
  const observation = fieldsTable(
    [
      field(
        'Weight bearing',
        choice(o?.weightBearing, weightBearingLabels),
        req('observation.weightBearing'),
      ),
      field('Antalgic gait', yesNo(o?.antalgicGait), req('observation.antalgicGait')),
      field(
        'Trendelenburg gait',
        o?.trendelenburgGait === undefined
          ? undefined
          : html`${choice(o.trendelenburgGait, trendelenburgGaitLabels)}${
              o.trendelenburgStanceSide && o.trendelenburgGait !== 'none'
                ? `, ${stanceLabels[o.trendelenburgStanceSide]} stance`
                : ''
            }`,
        req('observation.trendelenburgGait'),
      ),
      field(
        `Single-leg squat${sls?.side ? ` (${sls.side})` : ''}: pelvic drop`,
        yesNo(sls?.pelvicDrop),
        req('observation.singleLegSquat.pelvicDrop'),
      ),
      field('Single-leg squat: knee valgus', yesNo(sls?.kneeValgus), false),
      field('Single-leg squat: trunk lean', yesNo(sls?.trunkLean), false),
      field('Single-leg squat: reproduces pain', yesNo(sls?.pain), false),
      field('Notes', text(o?.notes), false),
    ],
    true,
  )
  return section(
    'Physical examination',
    block('Observation and gait', observation),
    romTable(data, isRequired),
    strengthTable(data, isRequired),
    palpationTable(data, isRequired),
    specialTestsBlock(data),
    block('Examination notes', text(data.assessment.exam.notes)),
  )
}

// ---------------------------------------------------------------------------------------------
// Running technique

function runningSection(data: ReportData, isRequired: (path: string) => boolean) {
  const r = data.assessment.running
  if (r.status === NOT_ASSESSED) {
    return section(
      'Running technique',
      html`<p>
        Running technique: <span class="na">not assessed</span>${
          r.notAssessedReason?.trim()
            ? html` — ${r.notAssessedReason.trim()}`
            : html` (reason ${notRecorded()})`
        }
      </p>`,
      block('Notes', text(r.notes)),
    )
  }
  if (r.status === undefined && isRequired('running.status')) {
    const anything = Object.keys(r).length > 0
    if (!anything)
      return section('Running technique', html`<p>Running technique: ${notRecorded()}</p>`)
  }
  const req = (p: string) => isRequired(`running.${p}`)
  const stance = {
    none: 'None',
    'left-stance': 'In left stance',
    'right-stance': 'In right stance',
    both: 'On both sides',
  }
  const c = r.conditions
  const conditions = [
    c?.mode ? (c.mode === 'treadmill' ? 'Treadmill' : 'Overground') : undefined,
    c?.speedKmh !== undefined ? `${c.speedKmh} km/h` : undefined,
    c?.shoes?.trim() ? `shoes: ${c.shoes.trim()}` : undefined,
  ].filter((x): x is string => x !== undefined)
  const fields = fieldsTable(
    [
      field('Conditions', conditions.length ? html`${conditions.join(', ')}` : undefined, false),
      field('Cadence', measured(r.cadenceSpm, ' steps/min'), req('cadenceSpm')),
      field(
        'Trunk lean',
        choice(r.trunkLean, {
          upright: 'Upright',
          'slight-forward': 'Slight forward lean',
          'excessive-forward': 'Excessive forward lean',
          backward: 'Backward lean',
        }),
        req('trunkLean'),
      ),
      field(
        'Foot strike',
        choice(r.footStrike, { rearfoot: 'Rearfoot', midfoot: 'Midfoot', forefoot: 'Forefoot' }),
        req('footStrike'),
      ),
      field('Overstriding', yesNo(r.overstride), req('overstride')),
      field('Contralateral pelvic drop', choice(r.pelvicDrop, stance), req('pelvicDrop')),
      field(
        'Hip adduction / knee valgus',
        choice(r.hipAdductionKneeValgus, stance),
        req('hipAdductionKneeValgus'),
      ),
      field('Crossover / narrow step width', yesNo(r.crossover), req('crossover')),
      field(
        'Hip extension at toe-off',
        choice(r.hipExtensionAtToeOff, { adequate: 'Adequate', reduced: 'Reduced' }),
        req('hipExtensionAtToeOff'),
      ),
      field('Notes', text(r.notes), false),
    ],
    true,
  )
  return section('Running technique', fields)
}

// ---------------------------------------------------------------------------------------------
// Working diagnosis and decision support

function evidenceList(items: AppliedEvidence[], max: number): string {
  const shown = items.slice(0, max).map((e) => `${e.label} (×${e.ratio})`)
  const more = items.length - shown.length
  return shown.length === 0
    ? 'none recorded'
    : `${shown.join('; ')}${more > 0 ? `; and ${more} more` : ''}`
}

function candidate(c: ConditionResult, rank: number): SafeHtml {
  return html`<div class="candidate">
    <div>
      <span class="name">${rank}. ${c.name}</span> — estimated probability
      <strong>${percent(c.probability)}</strong>
      <span class="muted small">(prior ${percent(c.priorProbability)})</span>
    </div>
    <div class="small"><strong>For:</strong> ${evidenceList(c.supporting, 8)}</div>
    <div class="small"><strong>Against:</strong> ${evidenceList(c.opposing, 6)}</div>
  </div>`
}

function diagnosisSection(data: ReportData) {
  const wd = data.assessment.workingDiagnosis
  const r = data.reasoning
  const confirmed = wd
    ? html`<p class="confirmed">
          ${joinHtml(
            wd.confirmed.map((d) => diagnosisName(d)),
            '; ',
          )}
        </p>
        <p class="small">
          Confirmed by ${clinicianName(data) ?? 'the clinician'} on
          ${formatDateTime(wd.confirmedAt)}.
          ${wd.reason && html`<br /><strong>Reason for the choice:</strong> ${wd.reason}`}
        </p>
        <p class="small">
          <strong>Engine proposal at that time</strong> (engine ${wd.proposal.engineVersion}):
          ${wd.proposal.ranked
            .slice(0, 3)
            .map((c) => `${conditionName(c.conditionId)} ${percent(c.probability)}`)
            .join('; ')}${
            wd.proposal.redFlags.length > 0 ? `. Red flags: ${wd.proposal.redFlags.length}` : ''
          }.
        </p>`
    : html`<p><strong>Working diagnosis: not confirmed yet.</strong></p>`
  const suggested = r.suggestedTests.slice(0, 4)
  return section(
    'Working diagnosis',
    confirmed,
    html`<h3>Decision support: most likely conditions</h3>
      <p class="decision-support">
        Decision support only, not a diagnosis: estimated probabilities from the recorded findings
        (engine ${r.engineVersion}); each finding's factor on the odds is shown in brackets.
      </p>`,
    joinHtml(r.differential.slice(0, 3).map((c, i) => candidate(c, i + 1))),
    r.notes.length > 0 ? bulletList(r.notes) : undefined,
    suggested.length > 0
      ? html`<p class="small">
          <strong>Tests that would help discriminate:</strong>
          ${suggested.map((s) => s.what).join('; ')}.
        </p>`
      : undefined,
    r.hipOaCriteria.met === 'present'
      ? html`<p class="small">
          ACR clinical classification criteria for hip osteoarthritis met (branch
          ${r.hipOaCriteria.branch ?? '?'}).
        </p>`
      : undefined,
  )
}

// ---------------------------------------------------------------------------------------------
// Treatment plan

function doseSummary(e: PlanExercise): string {
  const sets = e.sets ?? 1
  if (e.reps !== undefined) {
    return `${sets} × ${e.reps}${e.holdSeconds !== undefined ? `, ${e.holdSeconds} s hold` : ''}`
  }
  if (e.holdSeconds !== undefined) return `${sets} × ${e.holdSeconds} s hold`
  return e.sets !== undefined ? `${sets} ${sets === 1 ? 'set' : 'sets'}` : ''
}

function exerciseTable(exercises: PlanExercise[]): SafeHtml {
  return html`<table>
    <thead>
      <tr>
        <th style="width: 25%">Exercise</th>
        <th style="width: 17%">Dose</th>
        <th style="width: 16%">Frequency</th>
        <th style="width: 20%">Load</th>
        <th>Notes</th>
      </tr>
    </thead>
    <tbody>
      ${exercises.map(
        (e) =>
          html`<tr>
            <td>${e.name}</td>
            <td>${doseSummary(e) || '–'}</td>
            <td>${e.frequency ?? '–'}</td>
            <td class="small">${e.load ?? '–'}</td>
            <td class="small">${e.notes ?? ''}</td>
          </tr>`,
      )}
    </tbody>
  </table>`
}

function planSection(plan: TreatmentPlan | undefined, data: ReportData) {
  if (!plan) {
    return section(
      'Treatment plan',
      html`<p>Treatment plan: ${notRecorded()} (no plan has been generated or written yet).</p>`,
    )
  }
  const referrals =
    plan.referrals.length > 0
      ? html`<table>
          <thead>
            <tr>
              <th style="width: 14%">Urgency</th>
              <th style="width: 25%">To</th>
              <th>Reason</th>
              <th style="width: 17%">When</th>
            </tr>
          </thead>
          <tbody>
            ${plan.referrals.map(
              (r) =>
                html`<tr>
                  <td>
                    <span class="urgency ${r.urgency}">${referralUrgencyLabels[r.urgency]}</span>
                  </td>
                  <td>${r.to}</td>
                  <td class="small">${r.reason}</td>
                  <td class="small">${r.when ?? ''}</td>
                </tr>`,
            )}
          </tbody>
        </table>`
      : undefined
  const phases = plan.phases.map(
    (p, i) =>
      html`<div class="phase">
        <div class="phase-head">
          <h3>Phase ${i + 1}: ${p.name}</h3>
          <div class="two-col">
            <div>
              <h4>Goals</h4>
              ${bulletList(p.goals) ?? html`<p class="small muted">None written.</p>`}
            </div>
            <div>
              <h4>Progress when</h4>
              ${bulletList(p.progressWhen) ?? html`<p class="small muted">None written.</p>`}
            </div>
          </div>
        </div>
        ${
          p.exercises.length > 0
            ? exerciseTable(p.exercises)
            : html`<p class="small muted">No exercises in this phase.</p>`
        }
      </div>`,
  )
  const list = (title: string, items: string[]) =>
    items.length > 0
      ? html`<div class="plan-list">
          <h3>${title}</h3>
          ${bulletList(items)}
        </div>`
      : undefined
  return section(
    'Treatment plan',
    plan.basedOn.length > 0
      ? html`<p class="small muted">
          Based on:
          ${plan.basedOn.map((b) => (isConditionId(b) ? conditionName(b) : b)).join('; ')}.
          Generated ${formatDateTime(plan.generatedAt)}, then reviewed by
          ${clinicianName(data) ?? 'the clinician'}.
        </p>`
      : undefined,
    referrals &&
      html`<h3>Referrals</h3>
        ${referrals}`,
    plan.loadingOnHold
      ? html`<p class="hold">
          Loading on hold: no exercise programme until a doctor has assessed the red flag and
          cleared the patient.
        </p>`
      : undefined,
    joinHtml(phases),
    list('Education', plan.education),
    list('Load management', plan.loadManagement),
    list('Running retraining', plan.runningRetraining),
    list('Return to running', plan.returnToRunning),
    list('Manual therapy', plan.manualTherapy),
    html`<p>
      <strong>Review date:</strong> ${plan.reviewDate ? formatDate(plan.reviewDate) : notRecorded()}
    </p>`,
    plan.notes
      ? html`<h3>Plan notes</h3>
          <p>${multiline(plan.notes)}</p>`
      : undefined,
  )
}

// ---------------------------------------------------------------------------------------------

function addendaSection(data: ReportData) {
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

export function clinicianReportHtml(data: ReportData): string {
  const a = data.assessment
  const required = new Set(requiredItems(a, { sex: data.patient.sex }).map((i) => i.path))
  const isRequired = (path: string) => required.has(path)
  const body = html`
    ${header(data)} ${redFlagsSection(data)} ${historySection(data, isRequired)}
    ${outcomesSection(data)} ${examSection(data, isRequired)} ${runningSection(data, isRequired)}
    ${diagnosisSection(data)} ${planSection(a.plan, data)} ${addendaSection(data)}
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
