import { z } from 'zod'
import { NOT_ASSESSED } from './recordedValues'

/**
 * Patient-reported outcome measures. Pain (NPRS) is recorded once, in the history; these are
 * the questionnaires. Each is either recorded (possibly in part, in a draft) or not assessed.
 * Scoring lives in src/shared/clinical/outcomeScoring.ts.
 */

const status = z.enum(['recorded', NOT_ASSESSED])
const itemScore = (max: number) => z.union([z.number().int().min(0).max(max), z.null()])
const score0to100 = z.number('Enter a score').min(0, 'At least 0').max(100, 'At most 100')

export const LEFS_ITEM_COUNT = 20
export const IHOT12_ITEM_COUNT = 12

export const hagosSubscales = [
  'pain',
  'symptoms',
  'adl',
  'sport',
  'physicalActivity',
  'qualityOfLife',
] as const
export type HagosSubscale = (typeof hagosSubscales)[number]

export const outcomeMeasuresSchema = z.object({
  /** Lower Extremity Functional Scale: 20 items scored 0 (extreme difficulty) to 4 (none). */
  lefs: z
    .object({
      status: status.optional(),
      items: z.array(itemScore(4)).max(LEFS_ITEM_COUNT).optional(),
    })
    .optional(),
  /** iHOT-12: the 12 item scores (0-100) when the patient's form is at hand, or the total. */
  ihot12: z
    .object({
      status: status.optional(),
      items: z
        .array(z.union([score0to100, z.null()]))
        .max(IHOT12_ITEM_COUNT)
        .optional(),
      total: score0to100.optional(),
    })
    .optional(),
  /** VISA-G total (0-100, 100 = no symptoms), from the patient's completed form. */
  visaG: z.object({ status: status.optional(), total: score0to100.optional() }).optional(),
  /** HAGOS subscale scores (0-100, 100 = no problems); HAGOS has no total. */
  hagos: z
    .object({
      status: status.optional(),
      ...Object.fromEntries(hagosSubscales.map((s) => [s, score0to100.optional()])),
    } as { status: z.ZodOptional<typeof status> } & Record<
      HagosSubscale,
      z.ZodOptional<typeof score0to100>
    >)
    .optional(),
})
export type OutcomeMeasures = z.infer<typeof outcomeMeasuresSchema>
