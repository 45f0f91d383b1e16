/** The history section: where it hurts, onset, pain, training, past injuries and screening. */

import { durationInWords } from '../../../shared/clinical/findingsSummary'
import { instruments } from '../../../shared/clinical/outcomeMeasureInfo'
import { bodyRegionLabels } from '../../../shared/model/assessment/bodyRegions'
import {
  aggravatingFactorLabels,
  dailyPatternLabels,
  energyAvailabilityQuestions,
  mechanicalSymptomQuestions,
  menstrualStatusLabels,
  nightPainOptions,
  onsetMechanismLabels,
  runningBehaviourQuestions,
  snapLocationLabels,
  surfaceLabels,
} from '../../../shared/model/assessment/history'
import {
  kneePainLabels,
  menopauseStatusLabels,
  surfaceHardnessLabels,
  symptomFrequencyLabels,
} from '../../../shared/model/assessment/historyScreening'
import { NOT_ASSESSED } from '../../../shared/model/assessment/recordedValues'
import { formatDate, html, multiline } from '../html'
import type { ReportData } from '../reportData'
import {
  block,
  cell,
  choice,
  field,
  fieldsTable,
  measured,
  notAssessed,
  pairsTable,
  recorded,
  section,
  text,
  yesNo,
} from './fields'
import { psychosocialBlock, redFlagScreenBlock, yesNoFields } from './historyScreening'

export function historySection(data: ReportData, isRequired: (path: string) => boolean) {
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
    field('Knee pain (not lateral)', choice(h.kneePain, kneePainLabels), false),
    field('Burning, tingling or numbness of the thigh', yesNo(h.thighNumbness), false),
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
    field('Felt a catch', yesNo(o?.catchAtOnset), false),
    field(
      'Duration',
      o?.duration ? html`${durationInWords(o.duration)}` : undefined,
      req('onset.duration'),
    ),
  ])
  const onsetNotes = o?.notes?.trim()
    ? html`<p class="small"><strong>Notes:</strong> ${multiline(o.notes.trim())}</p>`
    : undefined

  const pain = h.pain ?? {}
  const painCell = (v: number | typeof NOT_ASSESSED | undefined, required: boolean) =>
    cell(
      recorded(v, (x) => html`<strong>${x}</strong>/10`),
      required,
    )
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
    field('Pain on standing and walking', yesNo(h.weightBearingPain), false),
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
    field(
      'Locking, how often',
      choice(h.mechanicalFrequency?.locking, symptomFrequencyLabels),
      false,
    ),
    field(
      'Giving way, how often',
      choice(h.mechanicalFrequency?.givingWay, symptomFrequencyLabels),
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
    field(
      'Increase (distances not known)',
      t?.increasePercent !== undefined ? html`${t.increasePercent}%` : undefined,
      false,
    ),
    field('Surface hardness', choice(t?.surfaceHardness, surfaceHardnessLabels), false),
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
    field('Injection into the hip region', yesNo(ph?.hipInjection), false),
    field('Injection details', text(ph?.hipInjectionDetails), false),
  ])

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
      field('Menopause', choice(g?.menopauseStatus, menopauseStatusLabels), false),
      field('Hormone replacement therapy', yesNo(g?.hormoneTherapy), false),
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
    redFlagScreenBlock(h, isRequired),
    psychosocialBlock(h),
    html`<div class="two-col">
      ${block('Energy availability (RED-S)', energy)} ${block('General health and goals', general)}
    </div>`,
  )
}

const capitaliseFirst = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s)
