import type { AssessmentSections } from '../../model/assessment/assessment'
import type { BodyRegion } from '../../model/assessment/bodyRegions'
import type {
  PalpationSiteId,
  RomMotion,
  SpecialTestId,
  StrengthGroup,
} from '../../model/assessment/physicalExam'
import type { Side } from '../../model/assessment/recordedValues'
import type { Sex } from '../../model/patient'
import { typicalMinimum } from '../romAssessment'
import { limbSymmetryIndex } from '../strengthAnalysis'

/**
 * Reading an assessment as findings: each is present, absent, or unknown (not recorded, not
 * asked, not tested). "Unknown" never counts for or against a condition; it is what the
 * suggested next tests are made of.
 */
export type FindingState = 'present' | 'absent' | undefined

export interface Patient {
  age: number
  sex: Sex
}

export interface FindingContext {
  sections: AssessmentSections
  patient: Patient
  /** The painful side, when it is one side; findings on the other side do not count. */
  involved?: Side
}

export const fromBoolean = (value: boolean | undefined): FindingState =>
  value === undefined ? undefined : value ? 'present' : 'absent'

export const fromYesNo = (value: unknown): FindingState =>
  value === 'yes' ? 'present' : value === 'no' ? 'absent' : undefined

/** Present if any state is present; absent only if all are absent; otherwise unknown. */
export function anyOf(...states: FindingState[]): FindingState {
  if (states.includes('present')) return 'present'
  return states.length > 0 && states.every((s) => s === 'absent') ? 'absent' : undefined
}

/** Present only if all are present; absent if any is absent. */
export function allOf(...states: FindingState[]): FindingState {
  if (states.includes('absent')) return 'absent'
  return states.every((s) => s === 'present') ? 'present' : undefined
}

export function painIn(ctx: FindingContext, region: BodyRegion): FindingState {
  const areas = ctx.sections.history.painAreas
  if (!areas || areas.length === 0) return undefined
  return fromBoolean(
    areas.some((a) => a.region === region && (!ctx.involved || a.side === ctx.involved)),
  )
}

export function aggravatedBy(ctx: FindingContext, factor: string): FindingState {
  const list = ctx.sections.history.aggravating
  if (list?.status !== 'recorded') return undefined
  return fromBoolean((list.present as string[]).includes(factor))
}

/** A positive test counts on the painful side (or when the side is not stated). */
export function test(ctx: FindingContext, id: SpecialTestId): FindingState {
  const entry = ctx.sections.exam.specialTests?.[id]
  if (entry?.result === 'negative') return 'absent'
  if (entry?.result !== 'positive') return undefined
  const onInvolvedSide =
    !ctx.involved || !entry.side || entry.side === 'both' || entry.side === ctx.involved
  return onInvolvedSide ? 'present' : 'absent'
}

export function tender(ctx: FindingContext, site: PalpationSiteId): FindingState {
  const entry = ctx.sections.exam.palpation?.[site]
  if (!entry) return undefined
  const read = (v: unknown): FindingState =>
    v === 'tender' ? 'present' : v === 'not-tender' ? 'absent' : undefined
  if (entry.midline !== undefined) return read(entry.midline)
  if (ctx.involved) return read(entry[ctx.involved])
  return anyOf(read(entry.left), read(entry.right))
}

const sidesToRead = (ctx: FindingContext): Side[] =>
  ctx.involved ? [ctx.involved] : ['left', 'right']

export function romValue(ctx: FindingContext, motion: RomMotion, side: Side): number | undefined {
  const v = ctx.sections.exam.rom?.motions?.[motion]?.[side]
  return typeof v === 'number' ? v : undefined
}

/** Pain at the end of range of a motion on the painful side (known once the motion was measured). */
export function romPainful(ctx: FindingContext, motion: RomMotion): FindingState {
  const entry = ctx.sections.exam.rom?.motions?.[motion]
  const states = sidesToRead(ctx).map((side): FindingState => {
    const painful = side === 'left' ? entry?.painLeft : entry?.painRight
    if (painful) return 'present'
    return romValue(ctx, motion, side) !== undefined ? 'absent' : undefined
  })
  return anyOf(...states)
}

/** Range on the painful side below a threshold or 10° or more below the other side. */
export function romRestricted(
  ctx: FindingContext,
  motion: RomMotion,
  belowDegrees?: number,
): FindingState {
  const states = sidesToRead(ctx).map((side): FindingState => {
    const value = romValue(ctx, motion, side)
    if (value === undefined) return undefined
    const other = romValue(ctx, motion, side === 'left' ? 'right' : 'left')
    const limit = belowDegrees ?? typicalMinimum(motion, ctx.sections.exam.rom?.rotationPosition)
    return fromBoolean(value < limit || (other !== undefined && other - value >= 10))
  })
  return anyOf(...states)
}

/** Weak or painful on testing on the painful side: Oxford below 5, symmetry under 90%, or pain. */
export function strengthDeficit(
  ctx: FindingContext,
  group: StrengthGroup,
  { painCounts = true } = {},
): FindingState {
  const entry = ctx.sections.exam.strength?.[group]
  if (!entry) return undefined
  const symmetry = limbSymmetryIndex(
    entry.left?.forceN,
    entry.right?.forceN,
    ctx.sections.history.painSide,
  )
  const states = sidesToRead(ctx).map((side): FindingState => {
    const s = entry[side]
    if (!s) return undefined
    if (painCounts && s.pain) return 'present'
    const grade = s.oxford
    const weakGrade = grade !== undefined && grade !== 'not-assessed' ? grade !== '5' : undefined
    const weakForce =
      symmetry && (!symmetry.involved || symmetry.involved === side) ? symmetry.deficit : undefined
    if (weakGrade === undefined && weakForce === undefined) return undefined
    return fromBoolean(weakGrade === true || weakForce === true)
  })
  return anyOf(...states)
}

/** Pain on resisted testing of a muscle group on the painful side. */
export function strengthPainful(ctx: FindingContext, group: StrengthGroup): FindingState {
  const entry = ctx.sections.exam.strength?.[group]
  const states = sidesToRead(ctx).map((side): FindingState => {
    const s = entry?.[side]
    if (!s || (s.oxford === undefined && s.forceN === undefined)) return undefined
    return fromBoolean(s.pain === true)
  })
  return anyOf(...states)
}
