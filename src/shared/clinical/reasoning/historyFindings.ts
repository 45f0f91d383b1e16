import {
  aggravatedBy,
  fromBoolean,
  fromYesNo,
  painIn,
  type FindingContext,
  type FindingState,
} from './findingContext'

import { historyOf as h, yes, type FindingDefinition } from './findingDefinition'

/** Findings from the history: who, where, how it started and behaves, load and risk factors. */

function recentIncrease(ctx: FindingContext): FindingState {
  const change = h(ctx).training?.recentChange
  if (change === 'increase') return 'present'
  return change === 'no-change' || change === 'decrease' ? 'absent' : undefined
}

/**
 * A rise of 30% or more in weekly distance over 6 weeks or less (e.g. 35 → 60 km in 3 weeks),
 * from the distances before and after, or from the percentage when the distances are not known.
 */
function rapidIncrease(ctx: FindingContext): FindingState {
  const t = h(ctx).training
  if (recentIncrease(ctx) !== 'present') return recentIncrease(ctx)
  const now = typeof t?.weeklyDistanceKm === 'number' ? t.weeklyDistanceKm : undefined
  const before = t?.previousWeeklyDistanceKm
  const ratio =
    now !== undefined && before
      ? now / before
      : t?.increasePercent !== undefined
        ? 1 + t.increasePercent / 100
        : undefined
  if (ratio === undefined) return undefined
  const weeks = t?.changeOverWeeks ?? 6
  return fromBoolean(ratio >= 1.3 && weeks <= 6)
}

function durationDays(ctx: FindingContext): number | undefined {
  const d = h(ctx).onset?.duration
  if (!d) return undefined
  return d.value * { days: 1, weeks: 7, months: 30, years: 365 }[d.unit]
}

function snapLocation(
  ctx: FindingContext,
  where: 'lateral' | 'anterior' | 'deep-groin',
): FindingState {
  const snapping = fromYesNo(h(ctx).mechanicalSymptoms?.snapping)
  if (snapping !== 'present') return snapping
  const location = h(ctx).snap?.location
  return location === undefined ? undefined : fromBoolean(location === where)
}

/**
 * Irregular or absent periods as a sign of low energy availability (RED-S). Around and after the
 * menopause they are expected and say nothing about energy availability, so they do not count:
 * the menstrual sign of RED-S (S43) is a change in a premenopausal cycle.
 */
function menstrualDysfunction(ctx: FindingContext): FindingState {
  const status = h(ctx).energyAvailability?.menstrualStatus
  const menopause = h(ctx).general?.menopauseStatus
  if (menopause === 'perimenopausal' || menopause === 'postmenopausal') return 'absent'
  if (status === 'irregular' || status === 'absent') return 'present'
  return status === 'regular' || status === 'not-applicable' ? 'absent' : undefined
}

export const historyFindings = {
  // Who
  female: { label: 'Female', read: (ctx) => fromBoolean(ctx.patient.sex === 'female') },
  'skeletally-immature': {
    label: 'Adolescent (under 18)',
    read: (ctx) => fromBoolean(ctx.patient.age < 18),
  },

  // Where
  'pain-lateral-hip': { label: 'Lateral hip pain', read: (ctx) => painIn(ctx, 'lateral-hip') },
  'pain-groin': { label: 'Groin pain', read: (ctx) => painIn(ctx, 'groin') },
  'pain-anterior-thigh': {
    label: 'Anterior thigh pain',
    read: (ctx) => painIn(ctx, 'anterior-thigh'),
  },
  'pain-buttock': { label: 'Buttock pain', read: (ctx) => painIn(ctx, 'buttock') },
  'pain-sitting-bone': {
    label: 'Pain at the sitting bone',
    read: (ctx) => painIn(ctx, 'sitting-bone'),
  },
  'pain-posterior-thigh': {
    label: 'Posterior thigh pain',
    read: (ctx) => painIn(ctx, 'posterior-thigh'),
  },
  'pain-lateral-knee': {
    label: 'Lateral thigh and knee pain',
    read: (ctx) => painIn(ctx, 'lateral-thigh-knee'),
  },
  'pain-lower-back': { label: 'Low back pain', read: (ctx) => painIn(ctx, 'lower-back') },
  'pain-below-knee': {
    label: 'Pain travels below the knee',
    whenAbsent: 'Pain does not travel below the knee',
    read: yes((ctx) => h(ctx).painBelowKnee),
  },
  'deep-poorly-localised': {
    label: 'Deep, poorly localised pain',
    read: yes((ctx) => h(ctx).deepPoorlyLocalised),
  },
  'c-sign': { label: 'Shows the pain with a C-grip', read: yes((ctx) => h(ctx).pointsWithCSign) },

  // How it started
  'onset-sudden': {
    label: 'Sudden onset',
    whenAbsent: 'Gradual onset',
    read: (ctx) => {
      const type = h(ctx).onset?.type
      return type === 'sudden' ? 'present' : type === 'gradual' ? 'absent' : undefined
    },
  },
  'felt-pop': {
    label: 'Felt a pop at onset',
    whenAbsent: 'No pop at onset',
    read: yes((ctx) => h(ctx).onset?.feltPop),
  },
  'sprint-or-kick-onset': {
    label: 'Started while sprinting, kicking or over-stretching',
    read: (ctx) => {
      const m = h(ctx).onset?.mechanism
      return m === undefined
        ? undefined
        : fromBoolean(m === 'sprint-or-acceleration' || m === 'kick-or-overstretch')
    },
  },
  'symptoms-over-3-months': {
    label: 'Symptoms for more than 3 months',
    whenAbsent: 'Symptoms for 3 months or less',
    read: (ctx) => {
      const days = durationDays(ctx)
      return days === undefined ? undefined : fromBoolean(days > 90)
    },
  },
  'symptoms-under-2-weeks': {
    label: 'Symptoms for less than 2 weeks',
    whenAbsent: 'Symptoms for 2 weeks or more',
    read: (ctx) => {
      const days = durationDays(ctx)
      return days === undefined ? undefined : fromBoolean(days < 14)
    },
  },

  // Behaviour
  'eases-with-warm-up': {
    label: 'Eases once warmed up',
    whenAbsent: 'Does not ease once warmed up',
    read: yes((ctx) => h(ctx).runningBehaviour?.easesOnceWarmedUp),
  },
  'worse-longer-run': {
    label: 'Worse the longer the run',
    whenAbsent: 'Not worse the longer the run',
    read: yes((ctx) => h(ctx).runningBehaviour?.worseTheLongerYouRun),
  },
  'worst-after-running': {
    label: 'Worst after running or next morning',
    whenAbsent: 'Not worst after running',
    read: yes((ctx) => h(ctx).runningBehaviour?.worstAfterOrNextMorning),
  },
  'predictable-distance': {
    label: 'Comes on at a predictable distance',
    whenAbsent: 'No predictable onset distance',
    read: yes((ctx) => h(ctx).runningBehaviour?.comesOnAtPredictableDistance),
  },
  'had-to-stop-running': {
    label: 'Had to stop running',
    whenAbsent: 'Has not had to stop running',
    read: yes((ctx) => h(ctx).runningBehaviour?.hadToStopRunning),
  },
  'limps-after-running': {
    label: 'Limps after running',
    whenAbsent: 'No limp after running',
    read: yes((ctx) => h(ctx).runningBehaviour?.limpsAfterRunning),
  },
  'pain-on-walking': {
    label: 'Painful to walk',
    whenAbsent: 'Walking is not painful',
    read: yes((ctx) => h(ctx).runningBehaviour?.painOnWalking),
  },
  'night-pain-lying-on-it': {
    label: 'Night pain lying on it',
    whenAbsent: 'No night pain lying on it',
    read: (ctx) => {
      const n = h(ctx).nightPain
      return n === 'positional'
        ? 'present'
        : n === 'none' || n === 'unrelenting'
          ? 'absent'
          : undefined
    },
  },
  'night-pain-unrelenting': {
    label: 'Night pain not eased by rest',
    read: (ctx) => {
      const n = h(ctx).nightPain
      return n === 'unrelenting'
        ? 'present'
        : n === 'none' || n === 'positional'
          ? 'absent'
          : undefined
    },
  },
  'morning-stiffness-over-60': {
    label: 'Morning stiffness over 60 minutes',
    whenAbsent: 'Morning stiffness 60 minutes or less',
    read: (ctx) => {
      const m = h(ctx).morningStiffnessMinutes
      return typeof m === 'number' ? fromBoolean(m > 60) : undefined
    },
  },

  // Aggravating factors
  'worse-lying-on-side': {
    label: 'Worse lying on the painful side',
    read: (ctx) => aggravatedBy(ctx, 'lying-on-side'),
  },
  'worse-stairs': { label: 'Worse on stairs', read: (ctx) => aggravatedBy(ctx, 'stairs') },
  'worse-sitting': { label: 'Worse sitting', read: (ctx) => aggravatedBy(ctx, 'sitting') },
  'worse-low-seat': {
    label: 'Worse getting in or out of a car or low seat',
    read: (ctx) => aggravatedBy(ctx, 'low-seat-or-car'),
  },
  'worse-crossing-legs': {
    label: 'Worse crossing the legs',
    read: (ctx) => aggravatedBy(ctx, 'crossing-legs'),
  },
  'worse-single-leg-standing': {
    label: 'Worse standing on one leg',
    read: (ctx) => aggravatedBy(ctx, 'standing-on-one-leg'),
  },
  'worse-socks': {
    label: 'Worse putting on socks and shoes',
    read: (ctx) => aggravatedBy(ctx, 'putting-on-socks'),
  },
  'worse-squatting': { label: 'Worse squatting', read: (ctx) => aggravatedBy(ctx, 'squatting') },
  'worse-uphill': { label: 'Worse running uphill', read: (ctx) => aggravatedBy(ctx, 'uphill') },
  'worse-downhill': {
    label: 'Worse running downhill',
    read: (ctx) => aggravatedBy(ctx, 'downhill'),
  },
  'worse-speed': { label: 'Worse with speed work', read: (ctx) => aggravatedBy(ctx, 'speed') },
  'worse-pivoting': { label: 'Worse pivoting', read: (ctx) => aggravatedBy(ctx, 'pivoting') },
  'worse-kicking-sprinting': {
    label: 'Worse kicking or sprinting',
    read: (ctx) => aggravatedBy(ctx, 'kicking-or-sprinting'),
  },
  'worse-stretching': { label: 'Worse stretching', read: (ctx) => aggravatedBy(ctx, 'stretching') },
  'worse-impact': {
    label: 'Worse hopping or with impact',
    read: (ctx) => aggravatedBy(ctx, 'hopping-or-impact'),
  },
  'worse-coughing-sneezing': {
    label: 'Worse coughing, sneezing or straining',
    read: (ctx) => aggravatedBy(ctx, 'coughing-or-sneezing'),
  },

  // Mechanical symptoms
  clicking: { label: 'Clicking', read: yes((ctx) => h(ctx).mechanicalSymptoms?.clicking) },
  catching: { label: 'Catching', read: yes((ctx) => h(ctx).mechanicalSymptoms?.catching) },
  locking: { label: 'Locking', read: yes((ctx) => h(ctx).mechanicalSymptoms?.locking) },
  'giving-way': { label: 'Giving way', read: yes((ctx) => h(ctx).mechanicalSymptoms?.givingWay) },
  snapping: { label: 'Snapping', read: yes((ctx) => h(ctx).mechanicalSymptoms?.snapping) },
  'snap-lateral': {
    label: 'Snap over the outside of the hip',
    read: (ctx) => snapLocation(ctx, 'lateral'),
  },
  'snap-anterior': {
    label: 'Snap at the front of the hip',
    read: (ctx) => snapLocation(ctx, 'anterior'),
  },
  'snap-seen': {
    label: 'Snap can be seen',
    read: (ctx) =>
      fromYesNo(h(ctx).mechanicalSymptoms?.snapping) === 'present'
        ? fromBoolean(h(ctx).snap?.seen === true)
        : undefined,
  },
  'snap-heard': {
    label: 'Snap can be heard (clunk)',
    read: (ctx) =>
      fromYesNo(h(ctx).mechanicalSymptoms?.snapping) === 'present'
        ? fromBoolean(h(ctx).snap?.heard === true)
        : undefined,
  },

  // Load and risk factors
  'recent-training-increase': { label: 'Recent increase in training', read: recentIncrease },
  'rapid-training-increase': {
    label: 'Weekly distance up 30% or more within 6 weeks',
    read: rapidIncrease,
  },
  'previous-bone-stress-injury': {
    label: 'Previous bone stress injury',
    read: yes((ctx) => h(ctx).pastHistory?.previousBoneStressInjury),
  },
  'previous-hamstring-injury': {
    label: 'Previous hamstring injury',
    read: yes((ctx) => h(ctx).pastHistory?.previousHamstringInjury),
  },
  'menstrual-dysfunction': { label: 'Irregular or absent periods', read: menstrualDysfunction },
  'low-energy-availability': {
    label: 'Weight loss, dieting or restricted eating',
    read: yes((ctx) => h(ctx).energyAvailability?.restrictedEatingOrWeightLoss),
  },
  'neurological-symptoms': {
    label: 'Pins and needles, numbness or weakness',
    read: yes((ctx) => h(ctx).redFlags?.neurologicalSymptoms),
  },
} as const satisfies Record<string, FindingDefinition>
