import type { Assessment } from '../model/assessment/assessment'
import { hagosSubscales, type HagosSubscale } from '../model/assessment/outcomeMeasures'
import {
  romMotionLabels,
  romMotions,
  strengthGroupLabels,
  strengthGroups,
} from '../model/assessment/physicalExam'
import type { Side } from '../model/assessment/recordedValues'
import {
  scoreGroc,
  scoreHagos,
  scoreIhot12,
  scoreLefs,
  scorePsfs,
  scoreVisaG,
} from './outcomeScoring'
import { forcePerKg, limbSymmetryIndex } from './strengthAnalysis'

/**
 * The numeric measures of one visit, in one flat list: what trend charts plot, comparisons
 * judge, the CSV export writes one row each for, and FHIR turns into Observations.
 */
export type MeasureKind = 'pain' | 'outcome' | 'rom' | 'strength' | 'symmetry' | 'running'

export interface Measure {
  /** Stable id, e.g. `rom.internalRotation.right`, `outcome.lefs`. */
  id: string
  kind: MeasureKind
  label: string
  unit: string
  value: number
  side?: Side
  /** Whether a higher value is better, for judging change. */
  higherIsBetter: boolean
}

/** The GROC's scale, as its unit: a rating from -7 (much worse) to +7 (much better). */
export const GROC_UNIT = 'on −7 to +7'

const hagosLabels: Record<HagosSubscale, string> = {
  pain: 'HAGOS pain',
  symptoms: 'HAGOS symptoms',
  adl: 'HAGOS daily living',
  sport: 'HAGOS sport and recreation',
  physicalActivity: 'HAGOS physical activity',
  qualityOfLife: 'HAGOS quality of life',
}

export function measuresOf(
  a: Pick<Assessment, 'history' | 'outcomes' | 'exam' | 'running'>,
): Measure[] {
  const out: Measure[] = []
  const add = (m: Measure) => out.push(m)
  const pain = a.history.pain ?? {}
  const painLabels = {
    now: 'Pain now',
    best24h: 'Best pain in 24 h',
    worst24h: 'Worst pain in 24 h',
    duringRunning: 'Pain during running',
  } as const
  for (const key of Object.keys(painLabels) as (keyof typeof painLabels)[]) {
    const v = pain[key]
    if (typeof v === 'number')
      add({
        id: `pain.${key}`,
        kind: 'pain',
        label: painLabels[key],
        unit: '/10',
        value: v,
        higherIsBetter: false,
      })
  }
  const scores = [
    ['outcome.lefs', 'LEFS', '/80', scoreLefs(a.outcomes.lefs)],
    ['outcome.ihot12', 'iHOT-12', '/100', scoreIhot12(a.outcomes.ihot12)],
    ['outcome.visaG', 'VISA-G', '/100', scoreVisaG(a.outcomes.visaG)],
    // The mean of the patient's own activities; comparable over visits because they are re-rated.
    ['outcome.psfs', 'PSFS', '/10', scorePsfs(a.outcomes.psfs)],
  ] as const
  for (const [id, label, unit, score] of scores) {
    if (score.kind === 'score')
      add({ id, kind: 'outcome', label, unit, value: score.value, higherIsBetter: true })
  }
  // The global rating of change is itself a rating of change since care began (-7 to +7).
  const groc = scoreGroc(a.outcomes.groc)
  if (groc.kind === 'score')
    add({
      id: 'outcome.groc',
      kind: 'outcome',
      label: 'Global rating of change',
      unit: GROC_UNIT,
      value: groc.value,
      higherIsBetter: true,
    })
  const hagos = scoreHagos(a.outcomes.hagos)
  for (const s of hagosSubscales) {
    const score = hagos[s]
    if (score.kind === 'score')
      add({
        id: `outcome.hagos.${s}`,
        kind: 'outcome',
        label: hagosLabels[s],
        unit: '/100',
        value: score.value,
        higherIsBetter: true,
      })
  }
  for (const motion of romMotions) {
    for (const side of ['left', 'right'] as const) {
      const v = a.exam.rom?.motions?.[motion]?.[side]
      if (typeof v === 'number') {
        add({
          id: `rom.${motion}.${side}`,
          kind: 'rom',
          label: `${romMotionLabels[motion]}, ${side}`,
          unit: '°',
          value: v,
          side,
          higherIsBetter: true,
        })
      }
    }
  }
  for (const group of strengthGroups) {
    const entry = a.exam.strength?.[group]
    for (const side of ['left', 'right'] as const) {
      // Per kg when body mass is known, so visits at different weights compare; raw newtons otherwise.
      const force = entry?.[side]?.forceN
      const perKg = forcePerKg(force, a.exam.bodyMassKg)
      const value = perKg ?? force
      if (value !== undefined) {
        add({
          id: `strength.${group}.${side}`,
          kind: 'strength',
          label: `${strengthGroupLabels[group]}, ${side}`,
          unit: perKg !== undefined ? 'N/kg' : 'N',
          value,
          side,
          higherIsBetter: true,
        })
      }
    }
    const lsi = limbSymmetryIndex(entry?.left?.forceN, entry?.right?.forceN, a.history.painSide)
    if (lsi)
      add({
        id: `symmetry.${group}`,
        kind: 'symmetry',
        label: `${strengthGroupLabels[group]} symmetry`,
        unit: '%',
        value: lsi.percent,
        higherIsBetter: true,
      })
  }
  if (a.running.status === 'recorded' && typeof a.running.cadenceSpm === 'number') {
    add({
      id: 'running.cadence',
      kind: 'running',
      label: 'Cadence',
      unit: 'steps/min',
      value: a.running.cadenceSpm,
      higherIsBetter: true,
    })
  }
  return out
}
