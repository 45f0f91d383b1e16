import { romFlags } from '../clinical/romAssessment'
import { cadenceGuide } from '../clinical/runningChecklist'
import { specialTests } from '../clinical/specialTests'
import { limbSymmetryIndex } from '../clinical/strengthAnalysis'
import type { AssessmentSections } from '../model/assessment/assessment'
import type { FollowUpDue, KeySign } from '../model/assessment/followUp'
import {
  romMotionLabels,
  romMotions,
  specialTestIds,
  strengthGroupLabels,
  strengthGroups,
} from '../model/assessment/physicalExam'
import { runningItemLabels, type RunningTechnique } from '../model/assessment/runningTechnique'
import type { Side } from '../model/assessment/recordedValues'
import { valueAtPath } from '../model/assessment/valueAtPath'

/**
 * What a follow-up retests: the signs that were abnormal at the previous visit, so that the
 * clinician measures what the plan was meant to change and not the whole examination again.
 * A sign counts as abnormal when:
 * - range of motion: the side was painful, below the typical range, or the lower side of a
 *   difference beyond measurement error (romAssessment.ts);
 * - strength: an Oxford grade below 5 on a side, or a limb symmetry index below 90% (both
 *   sides are retested, since the index needs both);
 * - a special test was positive;
 * - running: a checklist fault seen, or a cadence below the typical range.
 * The outcome measures due are the questionnaires recorded last time.
 */
export function followUpDueFrom(previous: AssessmentSections): FollowUpDue {
  return { measures: measuresDue(previous), signs: keySigns(previous) }
}

const sides = ['left', 'right'] as const
const isNumber = (v: unknown): v is number => typeof v === 'number'

export function keySigns(previous: AssessmentSections): KeySign[] {
  return [
    ...romSigns(previous),
    ...strengthSigns(previous),
    ...testSigns(previous),
    ...runningSigns(previous),
  ]
}

function romSigns({ exam }: AssessmentSections): KeySign[] {
  const out: KeySign[] = []
  for (const motion of romMotions) {
    const entry = exam.rom?.motions?.[motion]
    if (!entry) continue
    const flags = romFlags(motion, entry.left, entry.right, exam.rom?.rotationPosition)
    const lowerSide: Side | undefined =
      isNumber(entry.left) && isNumber(entry.right) && entry.left !== entry.right
        ? entry.left < entry.right
          ? 'left'
          : 'right'
        : undefined
    for (const side of sides) {
      const painful = side === 'left' ? entry.painLeft : entry.painRight
      const abnormal =
        painful === true ||
        flags.some(
          (f) =>
            (f.kind === 'below-typical' && f.side === side) ||
            (f.kind === 'side-difference' && lowerSide === side),
        )
      if (abnormal)
        out.push({
          path: `exam.rom.motions.${motion}.${side}`,
          label: `${romMotionLabels[motion]}, ${side}`,
        })
    }
  }
  return out
}

const belowFive = (grade: unknown) =>
  typeof grade === 'string' && grade !== '5' && grade !== 'not-assessed'

function strengthSigns({ exam, history }: AssessmentSections): KeySign[] {
  const out: KeySign[] = []
  for (const group of strengthGroups) {
    const entry = exam.strength?.[group]
    if (!entry) continue
    const lsi = limbSymmetryIndex(entry.left?.forceN, entry.right?.forceN, history.painSide)
    for (const side of sides) {
      if (lsi?.deficit || belowFive(entry[side]?.oxford))
        out.push({
          path: `exam.strength.${group}.${side}`,
          label: `${strengthGroupLabels[group]}, ${side}`,
        })
    }
  }
  return out
}

function testSigns({ exam }: AssessmentSections): KeySign[] {
  return specialTestIds
    .filter((id) => exam.specialTests?.[id]?.result === 'positive')
    .map((id) => ({ path: `exam.specialTests.${id}`, label: specialTests[id].name }))
}

/** The checklist answers that are faults (the others are what is hoped for). */
const runningFaults: {
  [K in keyof typeof runningItemLabels]: (v: RunningTechnique[K]) => boolean
} = {
  trunkLean: (v) => v === 'excessive-forward' || v === 'backward',
  footStrike: () => false,
  overstride: (v) => v === 'yes',
  pelvicDrop: (v) => v !== undefined && v !== 'none' && v !== 'not-assessed',
  hipAdductionKneeValgus: (v) => v !== undefined && v !== 'none' && v !== 'not-assessed',
  crossover: (v) => v === 'yes',
  hipExtensionAtToeOff: (v) => v === 'reduced',
}

function runningSigns({ running }: AssessmentSections): KeySign[] {
  if (running.status !== 'recorded') return []
  const out: KeySign[] = []
  if (isNumber(running.cadenceSpm) && running.cadenceSpm < cadenceGuide.typicalRange.min)
    out.push({ path: 'running.cadenceSpm', label: 'Cadence' })
  for (const key of Object.keys(runningFaults) as (keyof typeof runningFaults)[]) {
    const isFault = runningFaults[key] as (v: unknown) => boolean
    if (isFault(running[key])) out.push({ path: `running.${key}`, label: runningItemLabels[key] })
  }
  return out
}

const questionnaires = [
  { key: 'lefs', label: 'LEFS' },
  { key: 'ihot12', label: 'iHOT-12' },
  { key: 'visaG', label: 'VISA-G' },
  { key: 'hagos', label: 'HAGOS' },
  { key: 'psfs', label: 'PSFS' },
] as const

function measuresDue({ outcomes }: AssessmentSections): KeySign[] {
  return questionnaires
    .filter((q) => outcomes[q.key]?.status === 'recorded')
    .map((q) => ({ path: `outcomes.${q.key}`, label: q.label }))
}

const choiceWords: Record<string, string> = {
  yes: 'yes',
  no: 'no',
  none: 'none',
  'left-stance': 'in left stance',
  'right-stance': 'in right stance',
  both: 'on both sides',
  upright: 'upright',
  'slight-forward': 'slight forward lean',
  'excessive-forward': 'excessive forward lean',
  backward: 'backward lean',
  adequate: 'adequate',
  reduced: 'reduced',
  'not-assessed': 'not assessed',
}

/**
 * A key sign's value in a few words, e.g. "28°, painful", "Oxford 4, 156 N", "positive (right)",
 * "in right stance"; undefined when nothing is recorded. Shown beside today's entry at a
 * follow-up, last visit's and today's side by side.
 */
export function keySignValueText(sections: AssessmentSections, path: string): string | undefined {
  const value = valueAtPath(sections, path)
  if (path.startsWith('exam.rom.motions.')) {
    const [, , , motion, side] = path.split('.')
    const entry = sections.exam.rom?.motions?.[motion as (typeof romMotions)[number]]
    const painful = side === 'left' ? entry?.painLeft : entry?.painRight
    if (value === undefined) return undefined
    const measured = isNumber(value) ? `${value}°` : 'not assessed'
    return painful ? `${measured}, painful` : measured
  }
  if (path.startsWith('exam.strength.')) {
    const s = value as { oxford?: string; forceN?: number } | undefined
    if (!s || (s.oxford === undefined && s.forceN === undefined)) return undefined
    return [
      s.oxford === 'not-assessed' ? 'not assessed' : s.oxford && `Oxford ${s.oxford}`,
      isNumber(s.forceN) && `${s.forceN} N`,
    ]
      .filter(Boolean)
      .join(', ')
  }
  if (path.startsWith('exam.specialTests.')) {
    const t = value as { result?: string; side?: string } | undefined
    if (!t?.result || t.result === 'not-tested') return undefined
    return t.side ? `${t.result} (${t.side})` : t.result
  }
  if (path === 'running.cadenceSpm')
    return isNumber(value) ? `${value} steps/min` : value === undefined ? undefined : 'not assessed'
  return typeof value === 'string' ? (choiceWords[value] ?? value) : undefined
}
