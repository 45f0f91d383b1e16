import {
  hagosSubscales,
  IHOT12_ITEM_COUNT,
  LEFS_ITEM_COUNT,
  grocScoreSchema,
  type HagosSubscale,
  type OutcomeMeasures,
} from '../model/assessment/outcomeMeasures'

/** A questionnaire score, or how far the patient got when some items are still blank. */
export type Score =
  | { kind: 'score'; value: number }
  | { kind: 'incomplete'; answered: number; of: number }
  | { kind: 'not-assessed' }
  | { kind: 'not-recorded' }

const answeredNumbers = (items: readonly (number | null)[] | undefined) =>
  (items ?? []).filter((i): i is number => typeof i === 'number')

/** LEFS: the sum of 20 items scored 0-4, 0-80 (80 = no difficulty). Binkley 1999. */
export function scoreLefs(lefs: OutcomeMeasures['lefs']): Score {
  if (!lefs?.status) return { kind: 'not-recorded' }
  if (lefs.status === 'not-assessed') return { kind: 'not-assessed' }
  const answered = answeredNumbers(lefs.items)
  if (answered.length < LEFS_ITEM_COUNT)
    return { kind: 'incomplete', answered: answered.length, of: LEFS_ITEM_COUNT }
  return { kind: 'score', value: answered.reduce((a, b) => a + b, 0) }
}

/**
 * iHOT-12: the mean of the 12 item scores (each 0-100), 0-100 (100 = best). When the patient's
 * total was entered instead of the items, that total is the score.
 */
export function scoreIhot12(ihot: OutcomeMeasures['ihot12']): Score {
  if (!ihot?.status) return { kind: 'not-recorded' }
  if (ihot.status === 'not-assessed') return { kind: 'not-assessed' }
  const answered = answeredNumbers(ihot.items)
  if (answered.length === IHOT12_ITEM_COUNT) {
    return { kind: 'score', value: round1(answered.reduce((a, b) => a + b, 0) / IHOT12_ITEM_COUNT) }
  }
  if (typeof ihot.total === 'number') return { kind: 'score', value: ihot.total }
  return { kind: 'incomplete', answered: answered.length, of: IHOT12_ITEM_COUNT }
}

/** VISA-G: the total from the patient's form, 0-100 (100 = no symptoms). */
export function scoreVisaG(visaG: OutcomeMeasures['visaG']): Score {
  if (!visaG?.status) return { kind: 'not-recorded' }
  if (visaG.status === 'not-assessed') return { kind: 'not-assessed' }
  return typeof visaG.total === 'number'
    ? { kind: 'score', value: visaG.total }
    : { kind: 'incomplete', answered: 0, of: 1 }
}

/** HAGOS has six separate subscale scores and deliberately no total (Thorborg 2011). */
export function scoreHagos(hagos: OutcomeMeasures['hagos']): Record<HagosSubscale, Score> {
  return Object.fromEntries(
    hagosSubscales.map((s) => {
      const value = hagos?.[s]
      const score: Score = !hagos?.status
        ? { kind: 'not-recorded' }
        : hagos.status === 'not-assessed'
          ? { kind: 'not-assessed' }
          : typeof value === 'number'
            ? { kind: 'score', value }
            : { kind: 'incomplete', answered: 0, of: 1 }
      return [s, score]
    }),
  ) as Record<HagosSubscale, Score>
}

/**
 * PSFS: the mean of the activity ratings (each 0-10, 10 = able as before the problem), 0-10.
 * Activities named but not yet rated leave the score incomplete. Stratford 1995.
 */
export function scorePsfs(psfs: OutcomeMeasures['psfs']): Score {
  if (!psfs?.status) return { kind: 'not-recorded' }
  if (psfs.status === 'not-assessed') return { kind: 'not-assessed' }
  const activities = psfs.activities ?? []
  const rated = answeredNumbers(activities.map((a) => a.score))
  if (activities.length === 0 || rated.length < activities.length)
    return { kind: 'incomplete', answered: rated.length, of: Math.max(activities.length, 1) }
  return { kind: 'score', value: round1(rated.reduce((a, b) => a + b, 0) / rated.length) }
}

/** GROC: the single rating the patient chose, -7 to +7. */
export function scoreGroc(groc: OutcomeMeasures['groc']): Score {
  if (!groc?.status) return { kind: 'not-recorded' }
  if (groc.status === 'not-assessed') return { kind: 'not-assessed' }
  return typeof groc.score === 'number'
    ? { kind: 'score', value: groc.score }
    : { kind: 'incomplete', answered: 0, of: 1 }
}

/** The words of the GROC scale, from -7 to +7 (Jaeschke 1989), for forms and reports. */
export function grocLabel(score: number): string {
  grocScoreSchema.parse(score)
  if (score === 0) return 'About the same'
  const amount = grocAmounts[Math.abs(score) - 1]
  return `${amount} ${score > 0 ? 'better' : 'worse'}`
}
const grocAmounts = [
  'Almost the same, hardly any',
  'A little',
  'Somewhat',
  'Moderately',
  'A good deal',
  'A great deal',
  'A very great deal',
] as const

const round1 = (n: number) => Math.round(n * 10) / 10
