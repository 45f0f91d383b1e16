import { z } from 'zod'

/**
 * How a clinical item is recorded. Every item ends up either with a value or explicitly
 * "not assessed"; an item that is simply absent has not been recorded yet, which a draft allows
 * and a finalised assessment does not (see requiredItems.ts).
 */
export const NOT_ASSESSED = 'not-assessed' as const
export type NotAssessed = typeof NOT_ASSESSED

export const yesNoValues = ['yes', 'no', NOT_ASSESSED] as const
export const yesNoSchema = z.enum(yesNoValues)
export type YesNo = z.infer<typeof yesNoSchema>

/** One of `values`, or explicitly not assessed. */
export const choiceOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum([...values, NOT_ASSESSED] as [...T, NotAssessed])

/** A measurement within [min, max] (in the unit the item states), or explicitly not assessed. */
export const measurementSchema = (
  min: number,
  max: number,
  options: { integer?: boolean } = {},
) => {
  const base = z.number('Enter a number').min(min, `At least ${min}`).max(max, `At most ${max}`)
  return z.union([options.integer ? base.int('Whole numbers only') : base, z.literal(NOT_ASSESSED)])
}

export const sides = ['left', 'right'] as const
export type Side = (typeof sides)[number]
export const sideLabels: Record<Side, string> = { left: 'Left', right: 'Right' }

/** Which side is painful: also decides which limb is "involved" for symmetry indices. */
export const painSides = ['left', 'right', 'both'] as const
export type PainSide = (typeof painSides)[number]

/** A question answered yes / no / not asked, with the wording shown to the clinician. */
export interface YesNoQuestion {
  key: string
  label: string
  /** One line on why it matters or how to ask it. */
  help?: string
}

/** Builds `{ [key]: yes | no | not-assessed }` (each optional in a draft) from question definitions. */
export function yesNoGroupSchema<const Q extends readonly YesNoQuestion[]>(questions: Q) {
  const shape = Object.fromEntries(questions.map((q) => [q.key, yesNoSchema.optional()]))
  return z.object(shape) as unknown as z.ZodObject<{
    [K in Q[number]['key']]: z.ZodOptional<typeof yesNoSchema>
  }>
}

/** A group of items where a list of "present" ones is recorded, or the whole group not assessed. */
export const checklistSchema = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.object({
    /** The group was asked about: an empty `present` list then means "none of these". */
    status: z.enum(['recorded', NOT_ASSESSED]),
    present: z.array(z.enum(values)),
  })

export interface Option<T extends string = string> {
  value: T
  label: string
}
