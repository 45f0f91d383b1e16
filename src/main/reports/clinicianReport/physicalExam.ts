/** The physical examination section: observation and gait, range of motion and strength. */

import { romFlags, sideDifference } from '../../../shared/clinical/romAssessment'
import {
  compareTorqueWithNorm,
  forcePerKg,
  limbSymmetryIndex,
  torqueNm,
  torquePercentBwHeight,
  torquePerKg,
} from '../../../shared/clinical/strengthAnalysis'
import { hipAbductorTorqueNorms, limbSymmetry } from '../../../shared/clinical/strengthNorms'
import {
  romMotionLabels,
  romMotions,
  rotationPositionLabels,
  strengthGroupLabels,
  strengthGroups,
  trendelenburgGaitLabels,
  weightBearingLabels,
  type RomMotion,
} from '../../../shared/model/assessment/physicalExam'
import { NOT_ASSESSED } from '../../../shared/model/assessment/recordedValues'
import { html } from '../html'
import type { ReportData } from '../reportData'
import {
  block,
  cell,
  choice,
  dash,
  field,
  fieldsTable,
  notAssessed,
  notRecorded,
  recorded,
  section,
  text,
  yesNo,
} from './fields'
import { palpationTable, specialTestsBlock } from './palpationSpecialTests'

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
      cell(
        recorded(v, (x) => html`${x}°${pain ? html` <span class="pos">painful</span>` : ''}`),
        required,
      )
    const bothMissing =
      (entry?.left === undefined || entry.left === NOT_ASSESSED) &&
      (entry?.right === undefined || entry.right === NOT_ASSESSED)
    const comments = [
      ...romFlags(
        m,
        entry?.left,
        entry?.right,
        rom?.rotationPosition,
        data.reasoning.hipOaCriteria.applies,
      ).map((f) => f.text),
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
  const anyTorque = strengthGroups.some(
    (g) =>
      torqueNm(strength?.[g]?.left?.forceN, strength?.[g]?.leverArmM) !== undefined ||
      torqueNm(strength?.[g]?.right?.forceN, strength?.[g]?.leverArmM) !== undefined,
  )
  const rows = strengthGroups.map((g) => {
    const entry = strength?.[g]
    const required = isRequired(`exam.strength.${g}.left`)
    const grade = (side: 'left' | 'right') => {
      const s = entry?.[side]
      if (!s || (s.oxford === undefined && s.forceN === undefined))
        return required ? notRecorded() : html`–`
      const pain = s.pain ? html` <span class="pos">painful</span>` : ''
      if (s.oxford === undefined) return html`${dash()}${pain}`
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
    const torque = (side: 'left' | 'right') => {
      const nm = torqueNm(entry?.[side]?.forceN, entry?.leverArmM)
      if (nm === undefined) return '–'
      const perKgValue = torquePerKg(entry?.[side]?.forceN, entry?.leverArmM, exam.bodyMassKg)
      return perKgValue === undefined ? `${nm}` : `${nm} (${perKgValue.toFixed(2)})`
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
          ${
            anyTorque &&
            html`<td class="num nowrap">${torque('left')}</td>
              <td class="num nowrap">${torque('right')}</td>`
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
        below ${limbSymmetry.deficitBelowPercent}% is read as a deficit.
        ${anyTorque ? 'Torque = force × lever arm (in brackets: per kg body mass).' : ''}
        ${abductorNormLine(data)} ${bodyMass}
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
              ${anyTorque && html`<th colspan="2" class="group">Torque Nm (Nm/kg)</th>`}
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
              }
              ${
                anyTorque &&
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

/** The hip abductors' torque as %BW·h beside Fredericson 2000's means, when it can be worked out. */
function abductorNormLine(data: ReportData): string {
  const exam = data.assessment.exam
  const abductors = exam.strength?.hipAbductors
  const sides = (['left', 'right'] as const).flatMap((side) => {
    const c = compareTorqueWithNorm(
      'hipAbductors',
      data.patient.sex,
      torquePercentBwHeight(
        abductors?.[side]?.forceN,
        abductors?.leverArmM,
        exam.bodyMassKg,
        exam.heightCm,
      ),
    )
    return c
      ? [
          `${side} ${c.percentBwHeight}${c.atOrBelowInjured ? ' (at or below the injured-limb mean)' : ''}`,
        ]
      : []
  })
  if (sides.length === 0) return ''
  const norm =
    data.patient.sex === 'female' ? hipAbductorTorqueNorms.women : hipAbductorTorqueNorms.men
  return `Hip abductor torque ${sides.join(', ')} ${hipAbductorTorqueNorms.unit}; healthy runners ${norm.controls}, injured limb in iliotibial band syndrome ${norm.injuredLimb} (Fredericson 2000).`
}

export function examSection(data: ReportData, isRequired: (path: string) => boolean) {
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
