import type { FindingContext, FindingState } from './findingContext'
import { fromYesNo } from './findingContext'

/** One finding the reasoning reads from an assessment. */
export interface FindingDefinition {
  label: string
  /** How to say the finding is absent, where the general rule (see findingLabel) reads badly. */
  whenAbsent?: string
  /** Short name of the item to record when this finding is unknown (for suggested next tests). */
  toRecord?: string
  read: (ctx: FindingContext) => FindingState
}

export const historyOf = (ctx: FindingContext) => ctx.sections.history

/** A yes / no answer read as present / absent (not asked: unknown). */
export const yes = (pick: (ctx: FindingContext) => unknown) => (ctx: FindingContext) =>
  fromYesNo(pick(ctx))
