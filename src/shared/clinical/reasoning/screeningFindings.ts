import { traumaMechanisms } from '../../model/assessment/history'
import { fromBoolean, fromYesNo, type FindingContext, type FindingState } from './findingContext'
import { historyOf as h, yes, type FindingDefinition } from './findingDefinition'

/**
 * Findings from the red-flag screen and its details (temperature, weight loss, the leg at rest),
 * from how the pain started and from where else it is felt (knee, thigh numbness): the history
 * fields of document version 2, and the red-flag answers the condition models weigh.
 */

/** Fever: 38.0 °C or more (the usual definition; unchecked). Kocher's criterion is > 38.5 °C. */
export const FEVER_FROM_C = 38
export const KOCHER_FEVER_ABOVE_C = 38.5

/**
 * Unintentional weight loss that warrants investigation: at least 5% of usual body weight, or
 * 4.5 kg or more, within 6-12 months (BMJ Best Practice; Harrison). Losses spread over more than
 * 12 months are not counted either way.
 */
export const WEIGHT_LOSS_SIGNIFICANT = { percent: 5, kg: 4.5, withinMonths: 12 } as const

function temperatureAtLeast(ctx: FindingContext, threshold: number, strictly = false) {
  const t = h(ctx).temperatureC
  if (typeof t !== 'number') return undefined
  return fromBoolean(strictly ? t > threshold : t >= threshold)
}

function significantWeightLoss(ctx: FindingContext): FindingState {
  const loss = h(ctx).weightLoss
  if (fromYesNo(h(ctx).redFlags?.unexplainedWeightLoss) !== 'present') return undefined
  if (loss?.kg === undefined) return undefined
  const months = loss.duration
    ? loss.duration.value / (loss.duration.unit === 'weeks' ? 52 / 12 : 1)
    : undefined
  if (months !== undefined && months > WEIGHT_LOSS_SIGNIFICANT.withinMonths) return undefined
  // Usual weight = today's weight plus what was lost; without today's weight, the kilograms decide.
  const mass = ctx.sections.exam.bodyMassKg
  const percent = mass !== undefined ? (loss.kg / (mass + loss.kg)) * 100 : undefined
  return fromBoolean(
    loss.kg >= WEIGHT_LOSS_SIGNIFICANT.kg ||
      (percent !== undefined && percent >= WEIGHT_LOSS_SIGNIFICANT.percent),
  )
}

/**
 * Injured in a fall, a blow or other trauma: from the red-flag question or the mechanism of
 * onset. A "no" to recent trauma, or another mechanism, says it was not.
 */
function traumaOnset(ctx: FindingContext): FindingState {
  const mechanism = h(ctx).onset?.mechanism
  const answered = fromYesNo(h(ctx).redFlags?.recentTrauma)
  if (answered === 'present' || (mechanism && traumaMechanisms.includes(mechanism)))
    return 'present'
  if (answered === 'absent') return 'absent'
  return mechanism === undefined ? undefined : 'absent'
}

/** Started with a twist or pivot, or with a catch felt in the hip. */
function twistOrCatch(ctx: FindingContext): FindingState {
  const onset = h(ctx).onset
  const twist =
    onset?.mechanism === undefined ? undefined : fromBoolean(onset.mechanism === 'twist-or-pivot')
  const caught = fromYesNo(onset?.catchAtOnset)
  if (twist === 'present' || caught === 'present') return 'present'
  return twist === 'absent' && caught === 'absent' ? 'absent' : undefined
}

function legAtRest(ctx: FindingContext, position: string): FindingState {
  const p = h(ctx).legAtRest?.position
  return p === undefined || p === 'not-assessed' ? undefined : fromBoolean(p === position)
}

export const screeningFindings = {
  fever: {
    label: `Temperature ${FEVER_FROM_C} °C or more today`,
    whenAbsent: `Temperature under ${FEVER_FROM_C} °C today`,
    toRecord: 'Temperature',
    read: (ctx) => temperatureAtLeast(ctx, FEVER_FROM_C),
  },
  'fever-over-38-5': {
    label: `Temperature over ${KOCHER_FEVER_ABOVE_C} °C (a Kocher criterion)`,
    whenAbsent: `Temperature ${KOCHER_FEVER_ABOVE_C} °C or less`,
    read: (ctx) => temperatureAtLeast(ctx, KOCHER_FEVER_ABOVE_C, true),
  },
  'reported-fever-or-unwell': {
    label: 'Fever, chills or feeling unwell',
    read: yes((ctx) => h(ctx).redFlags?.feverOrUnwell),
  },
  'cancer-history': {
    label: 'History of cancer',
    read: yes((ctx) => h(ctx).redFlags?.cancerHistory),
  },
  'unexplained-weight-loss': {
    label: 'Unexplained weight loss',
    read: yes((ctx) => h(ctx).redFlags?.unexplainedWeightLoss),
  },
  'significant-weight-loss': {
    label: 'Weight loss of 5% or 4.5 kg or more within a year',
    whenAbsent: 'Weight loss under 5% and under 4.5 kg',
    read: significantWeightLoss,
  },
  'night-sweats': { label: 'Night sweats', read: yes((ctx) => h(ctx).redFlags?.nightSweats) },
  'corticosteroid-use': {
    label: 'Long-term or repeated corticosteroid use',
    read: yes((ctx) => h(ctx).redFlags?.corticosteroidUse),
  },
  'alcohol-excess': {
    label: 'High alcohol intake',
    read: yes((ctx) => h(ctx).redFlags?.alcoholExcess),
  },
  'trauma-onset': {
    label: 'Fall, blow or other trauma',
    whenAbsent: 'No fall, blow or other trauma',
    read: traumaOnset,
  },
  'twist-or-catch-onset': {
    label: 'Started with a twist or pivot, or a catch in the hip',
    whenAbsent: 'No twist, pivot or catch at onset',
    read: twistOrCatch,
  },
  'leg-shortened-externally-rotated': {
    label: 'Leg lies shortened and externally rotated',
    whenAbsent: 'Leg does not lie shortened and externally rotated',
    toRecord: 'Position of the leg at rest',
    read: (ctx) => legAtRest(ctx, 'shortened-externally-rotated'),
  },
  'leg-flexed-abducted-externally-rotated': {
    label: 'Leg held flexed, abducted and externally rotated',
    whenAbsent: 'Leg not held flexed, abducted and externally rotated',
    read: (ctx) => legAtRest(ctx, 'flexed-abducted-externally-rotated'),
  },
  'leg-appears-shorter': {
    label: 'Leg looks shorter',
    whenAbsent: 'Leg does not look shorter',
    read: yes((ctx) => h(ctx).legAtRest?.apparentShortening),
  },
  'weight-bearing-pain': {
    label: 'Pain on standing and walking',
    whenAbsent: 'No pain on standing and walking',
    read: yes((ctx) => h(ctx).weightBearingPain),
  },
  'knee-pain': {
    label: 'Knee pain (front, inner side or all over)',
    whenAbsent: 'No knee pain other than on the outside',
    read: (ctx) => {
      const k = h(ctx).kneePain
      return k === undefined || k === 'not-assessed' ? undefined : fromBoolean(k !== 'none')
    },
  },
  'thigh-numbness': {
    label: 'Burning, tingling or numbness over the front or outside of the thigh',
    whenAbsent: 'No burning, tingling or numbness over the thigh',
    read: yes((ctx) => h(ctx).thighNumbness),
  },
} as const satisfies Record<string, FindingDefinition>
