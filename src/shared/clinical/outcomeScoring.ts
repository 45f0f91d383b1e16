import {
  hagosSubscales,
  IHOT12_ITEM_COUNT,
  LEFS_ITEM_COUNT,
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

const round1 = (n: number) => Math.round(n * 10) / 10
