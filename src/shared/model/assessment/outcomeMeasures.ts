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
/** The PSFS asks for three to five activities the patient finds hard (Stratford 1995). */
export const PSFS_MAX_ACTIVITIES = 5

/** One Patient-Specific Functional Scale activity, in the patient's words, rated 0-10. */
export const psfsActivitySchema = z.object({
  activity: z.string().trim().min(1, 'Name the activity').max(200, 'At most 200 characters'),
  /** 0 = unable to perform the activity, 10 = able to perform it at the level before the problem. */
  score: z.union([
    z.number('Enter a score').int('A whole number').min(0, 'At least 0').max(10, 'At most 10'),
    z.null(),
  ]),
})
export type PsfsActivity = z.infer<typeof psfsActivitySchema>

/** The 15-point global rating of change: -7 (a very great deal worse) to +7 (a very great deal better). */
export const grocScoreSchema = z
  .number('Choose a rating')
  .int('A whole number')
  .min(-7, 'At least -7')
  .max(7, 'At most +7')

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
  /**
   * Patient-Specific Functional Scale: the activities the patient names (kept at follow-ups so
   * the same activities are re-rated) and their 0-10 ratings; the score is the mean.
   */
  psfs: z
    .object({
      status: status.optional(),
      activities: z.array(psfsActivitySchema).max(PSFS_MAX_ACTIVITIES).optional(),
    })
    .optional(),
  /** Global rating of change since the start of care; asked at follow-ups. */
  groc: z.object({ status: status.optional(), score: grocScoreSchema.optional() }).optional(),
})
export type OutcomeMeasures = z.infer<typeof outcomeMeasuresSchema>
