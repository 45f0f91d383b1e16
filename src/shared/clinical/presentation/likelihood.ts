/**
 * How the engine's post-test probabilities and likelihood ratios are shown, on every surface
 * (screen, clinician report, command line): one rule here, no second formatting anywhere else.
 *
 * Why words first. The engine multiplies ratios of findings that are not independent of one
 * another, from small studies and stated weights (docs/clinical-reasoning.md §3), so its numbers
 * rank the conditions and say how strongly the findings point; they are not calibrated
 * probabilities. Three words carry what the method supports. The number is there on demand, in
 * one format, never finer than whole percent and never at the ends of the scale.
 *
 * Each probability is for that condition alone (conditions are scored independently: a runner can
 * have two), so the numbers of a differential do not add up to 100 %.
 */

export type LikelihoodBand = 'likely' | 'possible' | 'unlikely'

/**
 * The bands, in whole percent (the number shown), so the word and the number can never disagree
 * (59.6 % shows as 60 % and reads "likely").
 *
 * - likely: 60 % or more. Ratios are capped at 10 per finding, and the stated starting points are
 *   5-15 % for most conditions, so from a starting point of 10 % reaching 60 % needs a combined
 *   ratio of about 14: more than any one finding may give. "Likely" therefore rests on findings
 *   that converge, and the margin above a coin toss allows for the engine counting
 *   related findings more than once.
 * - possible: 20 % to 59 %. One finding of moderate strength (LR+ over 5, facts.md §0) takes a
 *   condition from a starting point of 5-10 % to about 20-35 %: a contender worth testing for.
 * - unlikely: below 20 %, which is above every stated starting point (the highest, gluteal
 *   tendinopathy, is 15 % before age and sex): the findings have not raised the condition beyond
 *   where the commonest condition starts, or a strong negative finding (LR− under 0.1) has taken
 *   it down. Red flags are separate rules and never depend on this word.
 */
export const likelihoodBands = {
  likelyFromPercent: 60,
  possibleFromPercent: 20,
} as const

/** The number is never shown beyond these ends: the method cannot tell 97 % from 99.9 %. */
export const probabilityDisplayLimits = { belowPercent: 5, abovePercent: 95 } as const

export const likelihoodWords: Record<LikelihoodBand, string> = {
  likely: 'Likely',
  possible: 'Possible',
  unlikely: 'Unlikely',
}

export interface Likelihood {
  band: LikelihoodBand
  /** "Likely", "Possible" or "Unlikely". */
  word: string
  /** The number as shown: "37%", "> 95%" or "< 5%". */
  number: string
}

/** Whole percent, robust to binary fractions (0.045 × 100 is 4.4999… in floating point). */
const wholePercent = (p: number) => Math.round(p * 100 + 1e-9)

/** The band of a probability (0..1), from the whole percent that is shown. */
export function likelihoodBand(p: number): LikelihoodBand {
  const percent = wholePercent(p)
  if (percent >= likelihoodBands.likelyFromPercent) return 'likely'
  if (percent >= likelihoodBands.possibleFromPercent) return 'possible'
  return 'unlikely'
}

/** A probability (0..1) as shown on demand: whole percent, "< 5%" and "> 95%" at the ends. */
export function formatProbability(p: number): string {
  const percent = wholePercent(p)
  if (percent < probabilityDisplayLimits.belowPercent)
    return `< ${probabilityDisplayLimits.belowPercent}%`
  if (percent > probabilityDisplayLimits.abovePercent)
    return `> ${probabilityDisplayLimits.abovePercent}%`
  return `${percent}%`
}

export function likelihoodOf(p: number): Likelihood {
  const band = likelihoodBand(p)
  return { band, word: likelihoodWords[band], number: formatProbability(p) }
}

/** The word with the number in brackets, for text surfaces: "likely (> 95%)". */
export function likelihoodText(p: number): string {
  const l = likelihoodOf(p)
  return `${l.band} (${l.number})`
}

/** The one-line caveat every differential carries. */
export const independentLikelihoodNote =
  'Each likelihood is for that condition alone: a runner can have more than one condition, so ' +
  'they do not add up to 100%.'

/** What the words mean, for a legend. */
export const likelihoodLegend =
  `Likely: ${likelihoodBands.likelyFromPercent}% or more; possible: ` +
  `${likelihoodBands.possibleFromPercent}–${likelihoodBands.likelyFromPercent - 1}%; unlikely: ` +
  `below ${likelihoodBands.possibleFromPercent}%.`

// ---------------------------------------------------------------------------------------------
// Likelihood ratios

/** Rounds to one significant figure, half up (0.15 → 0.2, 6.5 → 7, 24.3 → 20). */
function oneSignificantFigure(x: number): number {
  const magnitude = 10 ** Math.floor(Math.log10(x))
  return Number((Math.round(x / magnitude + 1e-9) * magnitude).toPrecision(1))
}

/**
 * A likelihood ratio (or a stated weight) rounded to what its evidence supports.
 *
 * One significant figure: ×6.83 → ×7, ×0.37 → ×0.4, ×0.07 stays ×0.07. The hip special-test
 * studies are small (facts.md: most are small, heterogeneous and at high risk of bias); even the
 * pooled Trendelenburg LR+ of 6.83 comes from Sn 61 % (46-75) and Sp 92 % (83-97) in 78 people,
 * which allows anything from about 3 to 25, so a second figure is noise. Stated weights are
 * judgements, never finer than that. Between 0.5 and 2 (the "very low" band of facts.md §0),
 * one decimal instead, so that weak evidence keeps its direction (×1.5, ×0.7) rather than
 * rounding to ×1 or ×2.
 */
export function roundRatio(ratio: number): number {
  if (!(ratio > 0) || !Number.isFinite(ratio)) return ratio
  if (ratio >= 0.5 && ratio < 2) return Math.round(ratio * 10 + 1e-9) / 10
  return oneSignificantFigure(ratio)
}

/** A ratio as shown next to a finding or a test: "×7", "×0.4", "×1.5". */
export const formatRatio = (ratio: number): string => `×${roundRatio(ratio)}`
