import type { AssessmentSections } from '../model/assessment/assessment'
import { bodyRegionLabels } from '../model/assessment/bodyRegions'
import {
  aggravatingFactorLabels,
  energyAvailabilityQuestions,
  mechanicalSymptomQuestions,
  redFlagQuestions,
} from '../model/assessment/history'
import {
  palpationSites,
  romMotionLabels,
  romMotions,
  strengthGroupLabels,
  strengthGroups,
  type RomMotion,
} from '../model/assessment/physicalExam'
import type { Side } from '../model/assessment/recordedValues'
import { stanceFaultLabels, type StanceFault } from '../model/assessment/runningTechnique'
import { romFlags, sideDifference, typicalMinimum } from './romAssessment'
import { specialTests } from './specialTests'
import { limbSymmetryIndex } from './strengthAnalysis'

/**
 * The notable findings of an assessment in plain words, step by step: what the Review step
 * shows at a glance and what reports list. Normal and unrecorded items are left out; the
 * missing-items list covers those.
 */
export interface FindingsSummary {
  history: string[]
  exam: string[]
  running: string[]
  /** Answers in the red-flag screen (and related items) that need attention. */
  redFlagAnswers: string[]
}

const yes = (v: unknown) => v === 'yes'

/** A duration as said aloud: "1 year", "3 months" (the record keeps the unit in the plural). */
export function durationInWords(d: { value: number; unit: string }): string {
  return `${d.value} ${d.value === 1 ? d.unit.replace(/s$/, '') : d.unit}`
}

/**
 * A motion worth mentioning (below the typical range, a side difference beyond measurement error,
 * or painful at end of range) as a clinician writes it: "Internal rotation: right 10°, painful at
 * end of range; left 30° (right below the typical 20°; 20° side difference)". The hip-OA criteria
 * thresholds are interpretation, not findings, and stay out (the exam table and the clinician
 * report show them where they apply).
 */
function romInWords(motion: RomMotion, s: AssessmentSections): string | undefined {
  const entry = s.exam.rom?.motions?.[motion]
  const position = s.exam.rom?.rotationPosition
  const flags = romFlags(motion, entry?.left, entry?.right, position)
  const pain = { left: entry?.painLeft === true, right: entry?.painRight === true }
  if (flags.length === 0 && !pain.left && !pain.right) return undefined
  const painSide = s.history.painSide
  const order: Side[] = painSide === 'left' ? ['left', 'right'] : ['right', 'left']
  const sides = order
    .map((side) => {
      const value = entry?.[side]
      const measured = typeof value === 'number' ? ` ${value}°` : ''
      if (!measured && !pain[side]) return undefined
      return `${side}${measured}${pain[side] ? `${measured ? ',' : ''} painful at end of range` : ''}`
    })
    .filter((x): x is string => x !== undefined)
  const below = order.filter((side) =>
    flags.some((f) => f.kind === 'below-typical' && f.side === side),
  )
  const difference = sideDifference(entry?.left, entry?.right)
  const notes = [
    ...below.map((side) => `${side} below the typical ${typicalMinimum(motion, position)}°`),
    ...(flags.some((f) => f.kind === 'side-difference') ? [`${difference}° side difference`] : []),
  ]
  return `${romMotionLabels[motion]}: ${sides.join('; ')}${notes.length ? ` (${notes.join('; ')})` : ''}`
}

export function summariseFindings(s: AssessmentSections): FindingsSummary {
  const h = s.history
  const history: string[] = []
  if (h.painAreas?.length) {
    history.push(
      `Pain: ${h.painAreas.map((a) => `${bodyRegionLabels[a.region].toLowerCase()} (${a.side})`).join(', ')}`,
    )
  }
  if (yes(h.painBelowKnee)) history.push('Pain travels below the knee')
  if (h.onset?.type && h.onset.type !== 'not-assessed') {
    const duration = h.onset.duration ? `, ${durationInWords(h.onset.duration)}` : ''
    history.push(
      `${h.onset.type === 'sudden' ? 'Sudden' : 'Gradual'} onset${duration}${yes(h.onset.feltPop) ? ', felt a pop' : ''}`,
    )
  }
  const pain = h.pain ?? {}
  const painParts = (
    [
      ['now', pain.now],
      ['worst', pain.worst24h],
      ['running', pain.duringRunning],
    ] as const
  ).filter(([, v]) => typeof v === 'number')
  if (painParts.length) history.push(`Pain ${painParts.map(([k, v]) => `${k} ${v}/10`).join(', ')}`)
  if (h.nightPain === 'positional') history.push('Night pain lying on it')
  if (h.nightPain === 'unrelenting') history.push('Night pain not eased by rest')
  if (typeof h.morningStiffnessMinutes === 'number' && h.morningStiffnessMinutes > 0) {
    history.push(`Morning stiffness ${h.morningStiffnessMinutes} min`)
  }
  const behaviour = h.runningBehaviour ?? {}
  if (yes(behaviour.easesOnceWarmedUp)) history.push('Eases once warmed up')
  if (yes(behaviour.worseTheLongerYouRun)) history.push('Worse the longer the run')
  if (yes(behaviour.worstAfterOrNextMorning)) history.push('Worst after running or next morning')
  if (h.aggravating?.status === 'recorded' && h.aggravating.present.length) {
    history.push(
      `Worse with: ${h.aggravating.present.map((f) => aggravatingFactorLabels[f].toLowerCase()).join(', ')}`,
    )
  }
  const mechanical = mechanicalSymptomQuestions.filter((q) => yes(h.mechanicalSymptoms?.[q.key]))
  if (mechanical.length)
    history.push(`Mechanical: ${mechanical.map((q) => q.label.toLowerCase()).join(', ')}`)
  const t = h.training
  if (t?.recentChange === 'increase') {
    const from = t.previousWeeklyDistanceKm !== undefined ? `${t.previousWeeklyDistanceKm} → ` : ''
    const to = typeof t.weeklyDistanceKm === 'number' ? `${t.weeklyDistanceKm} km/week` : ''
    const over = t.changeOverWeeks !== undefined ? ` over ${t.changeOverWeeks} weeks` : ''
    history.push(`Training increased ${from}${to}${over}`.trim())
  }

  const redFlagAnswers = [
    ...redFlagQuestions.filter((q) => yes(h.redFlags?.[q.key])).map((q) => q.label),
    ...(h.nightPain === 'unrelenting' ? ['Night pain not eased by rest or position'] : []),
    ...(yes(h.pastHistory?.previousBoneStressInjury) ? ['Previous bone stress injury'] : []),
    ...(h.energyAvailability?.menstrualStatus === 'irregular' ||
    h.energyAvailability?.menstrualStatus === 'absent'
      ? ['Irregular or absent periods']
      : []),
    ...energyAvailabilityQuestions
      .filter((q) => yes(h.energyAvailability?.[q.key]))
      .map((q) => q.label),
  ]

  const e = s.exam
  const exam: string[] = []
  const o = e.observation
  if (o?.weightBearing === 'unable') exam.push('Unable to bear weight')
  if (o?.weightBearing === 'partial') exam.push('Partial weight bearing')
  if (yes(o?.antalgicGait)) exam.push('Antalgic gait')
  if (o?.trendelenburgGait === 'trendelenburg' || o?.trendelenburgGait === 'compensated') {
    exam.push(
      `${o.trendelenburgGait === 'trendelenburg' ? 'Trendelenburg' : 'Compensated Trendelenburg'} gait${o.trendelenburgStanceSide ? ` (${o.trendelenburgStanceSide} stance)` : ''}`,
    )
  }
  for (const motion of romMotions) {
    const line = romInWords(motion, s)
    if (line) exam.push(line)
  }
  for (const group of strengthGroups) {
    const entry = e.strength?.[group]
    const symmetry = limbSymmetryIndex(entry?.left?.forceN, entry?.right?.forceN, h.painSide)
    if (symmetry?.deficit)
      exam.push(`${strengthGroupLabels[group]}: limb symmetry ${symmetry.percent}%`)
    for (const side of ['left', 'right'] as const) {
      const grade = entry?.[side]?.oxford
      if (grade && grade !== '5' && grade !== 'not-assessed')
        exam.push(`${strengthGroupLabels[group]} ${side} ${grade}/5`)
      if (entry?.[side]?.pain) exam.push(`${strengthGroupLabels[group]} ${side}: painful to test`)
    }
  }
  for (const site of palpationSites) {
    const entry = e.palpation?.[site.id]
    const tender = (['left', 'right', 'midline'] as const).filter(
      (side) => entry?.[side] === 'tender',
    )
    if (tender.length) exam.push(`Tender: ${site.label.toLowerCase()} (${tender.join(', ')})`)
  }
  for (const [id, entry] of Object.entries(e.specialTests ?? {})) {
    if (entry?.result !== 'positive') continue
    const info = specialTests[id as keyof typeof specialTests]
    const side = entry.side ? ` ${entry.side}` : ''
    exam.push(`${info.name} positive${side}${entry.reproduced ? `: ${entry.reproduced}` : ''}`)
  }

  const r = s.running
  const running: string[] = []
  if (r.status === 'not-assessed')
    running.push(`Not assessed${r.notAssessedReason ? `: ${r.notAssessedReason}` : ''}`)
  if (r.status === 'recorded') {
    if (typeof r.cadenceSpm === 'number') running.push(`Cadence ${r.cadenceSpm} steps/min`)
    const stance = (fault: Exclude<StanceFault, 'none'>) => stanceFaultLabels[fault].toLowerCase()
    if (r.pelvicDrop && r.pelvicDrop !== 'none' && r.pelvicDrop !== 'not-assessed') {
      running.push(`Contralateral pelvic drop ${stance(r.pelvicDrop)}`)
    }
    const valgus = r.hipAdductionKneeValgus
    if (valgus && valgus !== 'none' && valgus !== 'not-assessed') {
      running.push(`Hip adduction / knee valgus ${stance(valgus)}`)
    }
    if (yes(r.crossover)) running.push('Crossover / narrow step width')
    if (yes(r.overstride)) running.push('Overstriding')
    if (r.trunkLean === 'excessive-forward') running.push('Excessive forward trunk lean')
    if (r.hipExtensionAtToeOff === 'reduced') running.push('Reduced hip extension at toe-off')
  }
  return { history, exam, running, redFlagAnswers }
}
