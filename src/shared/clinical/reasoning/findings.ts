import { acrHipOaClinical, niceOaClinical } from './hipOaCriteria'
import {
  aggravatedBy,
  allOf,
  anyOf,
  fromBoolean,
  fromYesNo,
  painIn,
  romPainful,
  romRestricted,
  strengthDeficit,
  strengthPainful,
  tender,
  test,
  type FindingContext,
  type FindingState,
} from './findingContext'

/**
 * The findings the reasoning uses, each read from the assessment (history, exam, running) and
 * the patient. Labels are what the clinician sees in "findings for / against".
 */
/**
 * Cadence is flagged below 170 steps/min: about the metabolically optimal rate at 3 m/s
 * (Lieberman 2015), while recreational runners often run at 150-170. There is no validated
 * injury threshold; this is a stated cut-off for suggesting cadence work, not a diagnosis.
 */
export const LOW_CADENCE_BELOW = 170

interface FindingDefinition {
  label: string
  /** How to say the finding is absent, where the general rule (see absentLabel) reads badly. */
  whenAbsent?: string
  /** Short name of the item to record when this finding is unknown (for suggested next tests). */
  toRecord?: string
  read: (ctx: FindingContext) => FindingState
}

const h = (ctx: FindingContext) => ctx.sections.history
const yes = (pick: (ctx: FindingContext) => unknown) => (ctx: FindingContext) =>
  fromYesNo(pick(ctx))

function recentIncrease(ctx: FindingContext): FindingState {
  const change = h(ctx).training?.recentChange
  if (change === 'increase') return 'present'
  return change === 'no-change' || change === 'decrease' ? 'absent' : undefined
}

/** A rise of 30% or more in weekly distance over 6 weeks or less (e.g. 35 → 60 km in 3 weeks). */
function rapidIncrease(ctx: FindingContext): FindingState {
  const t = h(ctx).training
  if (recentIncrease(ctx) !== 'present') return recentIncrease(ctx)
  const now = typeof t?.weeklyDistanceKm === 'number' ? t.weeklyDistanceKm : undefined
  if (now === undefined || t?.previousWeeklyDistanceKm === undefined || !t.previousWeeklyDistanceKm)
    return undefined
  const weeks = t.changeOverWeeks ?? 6
  return fromBoolean(now / t.previousWeeklyDistanceKm >= 1.3 && weeks <= 6)
}

function durationDays(ctx: FindingContext): number | undefined {
  const d = h(ctx).onset?.duration
  if (!d) return undefined
  return d.value * { days: 1, weeks: 7, months: 30, years: 365 }[d.unit]
}

/** Hip range full and painless: every main motion measured on the painful side, none restricted or painful. */
function hipRomNormal(ctx: FindingContext): FindingState {
  const motions = [
    'flexion',
    'extension',
    'abduction',
    'adduction',
    'internalRotation',
    'externalRotation',
  ] as const
  const restricted = anyOf(...motions.map((m) => romRestricted(ctx, m)))
  const painful = anyOf(...motions.map((m) => romPainful(ctx, m)))
  if (restricted === 'present' || painful === 'present') return 'absent'
  return restricted === 'absent' && painful === 'absent' ? 'present' : undefined
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

function menstrualDysfunction(ctx: FindingContext): FindingState {
  const status = h(ctx).energyAvailability?.menstrualStatus
  if (status === 'irregular' || status === 'absent') return 'present'
  return status === 'regular' || status === 'not-applicable' ? 'absent' : undefined
}

function runningFault(
  ctx: FindingContext,
  pick: (r: FindingContext['sections']['running']) => unknown,
  fault: (v: unknown) => boolean,
): FindingState {
  const running = ctx.sections.running
  if (running.status !== 'recorded') return undefined
  const value = pick(running)
  if (value === undefined || value === 'not-assessed') return undefined
  return fromBoolean(fault(value))
}

const stanceOnInvolved = (ctx: FindingContext) => (v: unknown) =>
  v === 'both' ||
  (ctx.involved ? v === `${ctx.involved}-stance` : v === 'left-stance' || v === 'right-stance')

export const findings = {
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
  'trauma-onset': {
    label: 'Fall, collision or other trauma',
    read: yes((ctx) => h(ctx).redFlags?.recentTrauma),
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

  // Observation
  'antalgic-gait': {
    label: 'Limp or antalgic gait',
    read: (ctx) =>
      anyOf(
        fromYesNo(ctx.sections.exam.observation?.antalgicGait),
        fromYesNo(h(ctx).redFlags?.limp),
      ),
  },
  'trendelenburg-gait': {
    label: 'Trendelenburg gait',
    read: (ctx) => {
      const t = ctx.sections.exam.observation?.trendelenburgGait
      return t === 'trendelenburg' || t === 'compensated'
        ? 'present'
        : t === 'none'
          ? 'absent'
          : undefined
    },
  },
  'cannot-bear-weight': {
    label: 'Cannot bear weight',
    read: (ctx) => {
      const w = ctx.sections.exam.observation?.weightBearing
      return w === undefined || w === 'not-assessed'
        ? fromYesNo(h(ctx).redFlags?.unableToBearWeight)
        : fromBoolean(w === 'unable')
    },
  },

  // Range of motion
  'ir-restricted': {
    label: 'Restricted internal rotation',
    toRecord: 'Internal rotation, both sides',
    read: (ctx) => romRestricted(ctx, 'internalRotation'),
  },
  'ir-restricted-neutral': {
    label: 'Restricted internal rotation in hip neutral (prone)',
    read: (ctx) =>
      ctx.sections.exam.rom?.rotationPosition === 'prone-hip-neutral'
        ? romRestricted(ctx, 'internalRotation')
        : undefined,
  },
  'ir-painful': {
    label: 'Pain at end-range internal rotation',
    toRecord: 'Internal rotation with pain at end of range',
    read: (ctx) => romPainful(ctx, 'internalRotation'),
  },
  'end-range-rotation-painful': {
    label: 'Pain at end-range rotation',
    read: (ctx) => anyOf(romPainful(ctx, 'internalRotation'), romPainful(ctx, 'externalRotation')),
  },
  'flexion-restricted': {
    label: 'Restricted hip flexion',
    read: (ctx) => romRestricted(ctx, 'flexion'),
  },
  'adduction-normal': {
    label: 'Normal passive adduction',
    whenAbsent: 'Passive adduction restricted',
    read: (ctx) => {
      const r = romRestricted(ctx, 'adduction')
      return r === undefined ? undefined : r === 'present' ? 'absent' : 'present'
    },
  },
  'extension-painful': {
    label: 'Pain at end-range hip extension',
    read: (ctx) => romPainful(ctx, 'extension'),
  },
  'hip-rom-full-painless': {
    label: 'Hip range of motion full and painless',
    whenAbsent: 'Hip range of motion restricted or painful',
    toRecord: 'Hip range of motion',
    read: hipRomNormal,
  },
  'slr-restricted': {
    label: 'Passive straight-leg raise reduced or painful',
    toRecord: 'Passive straight-leg raise, both sides',
    read: (ctx) =>
      anyOf(romRestricted(ctx, 'straightLegRaise'), romPainful(ctx, 'straightLegRaise')),
  },
  'acr-hip-oa-criteria': {
    label: 'ACR clinical criteria for hip OA met',
    read: (ctx) => acrHipOaClinical(ctx).met,
  },
  'nice-oa-criteria': { label: 'NICE clinical criteria for OA met', read: niceOaClinical },

  // Strength
  'abductor-weakness': {
    label: 'Hip abductor weakness',
    toRecord: 'Hip abductor strength, both sides',
    read: (ctx) => strengthDeficit(ctx, 'hipAbductors', { painCounts: false }),
  },
  'hamstring-weak-or-painful': {
    label: 'Knee flexion weak or painful',
    toRecord: 'Knee flexor strength',
    read: (ctx) => strengthDeficit(ctx, 'kneeFlexors'),
  },
  'hip-flexion-weak-or-painful': {
    label: 'Hip flexion weak or painful',
    read: (ctx) => strengthDeficit(ctx, 'hipFlexors'),
  },
  'adductor-weak-or-painful': {
    label: 'Adduction weak or painful',
    read: (ctx) => strengthDeficit(ctx, 'hipAdductors'),
  },
  'adduction-painful': {
    label: 'Pain on resisted adduction',
    read: (ctx) => anyOf(test(ctx, 'resistedAdduction'), strengthPainful(ctx, 'hipAdductors')),
  },

  // Palpation
  'tender-greater-trochanter': {
    label: 'Greater trochanter tender',
    toRecord: 'Palpation of the greater trochanter',
    read: (ctx) => tender(ctx, 'greaterTrochanter'),
  },
  'tender-ischial-tuberosity': {
    label: 'Ischial tuberosity tender',
    toRecord: 'Palpation of the ischial tuberosity',
    read: (ctx) => tender(ctx, 'ischialTuberosity'),
  },
  'tender-hamstring-belly': {
    label: 'Hamstring muscle belly tender',
    toRecord: 'Palpation of the hamstring muscle belly',
    read: (ctx) => tender(ctx, 'hamstringMuscleBelly'),
  },
  'tender-adductor-origin': {
    label: 'Adductor origin tender',
    toRecord: 'Palpation of the adductor origin',
    read: (ctx) => tender(ctx, 'adductorOrigin'),
  },
  'tender-iliopsoas': {
    label: 'Iliopsoas tender',
    toRecord: 'Palpation of iliopsoas',
    read: (ctx) => tender(ctx, 'iliopsoas'),
  },
  'tender-apophysis': {
    label: 'Tender over an apophysis (ASIS, AIIS or ischial tuberosity)',
    toRecord: 'Palpation of the ASIS, AIIS and ischial tuberosity',
    read: (ctx) =>
      anyOf(tender(ctx, 'asis'), tender(ctx, 'aiis'), tender(ctx, 'ischialTuberosity')),
  },
  'tender-itb': {
    label: 'Iliotibial band / lateral epicondyle tender',
    toRecord: 'Palpation of the iliotibial band and lateral epicondyle',
    read: (ctx) => tender(ctx, 'iliotibialBand'),
  },
  'tender-lumbar-spine': {
    label: 'Lumbar spine tender',
    toRecord: 'Palpation of the lumbar spine',
    read: (ctx) => tender(ctx, 'lumbarSpine'),
  },

  // Special tests (positive on the painful side)
  'test-fadir': { label: 'FADIR positive', toRecord: 'FADIR', read: (ctx) => test(ctx, 'fadir') },
  'test-faber': { label: 'FABER positive', toRecord: 'FABER', read: (ctx) => test(ctx, 'faber') },
  'test-scour': { label: 'Scour positive', toRecord: 'Scour', read: (ctx) => test(ctx, 'scour') },
  'test-log-roll': {
    label: 'Log roll positive',
    toRecord: 'Log roll',
    read: (ctx) => test(ctx, 'logRoll'),
  },
  'test-single-leg-stance': {
    label: 'Single-leg stance 30 s reproduces lateral pain',
    toRecord: 'Single-leg stance 30 s',
    read: (ctx) => test(ctx, 'singleLegStance30s'),
  },
  'test-fader-r': {
    label: 'FADER-R or resisted external de-rotation positive',
    toRecord: 'FADER-R / resisted external de-rotation',
    read: (ctx) => anyOf(test(ctx, 'faderR'), test(ctx, 'resistedExternalDerotation')),
  },
  'test-add-r': { label: 'ADD-R positive', toRecord: 'ADD-R', read: (ctx) => test(ctx, 'addR') },
  'test-resisted-abduction': {
    label: 'Resisted abduction reproduces the pain',
    toRecord: 'Resisted abduction',
    read: (ctx) => test(ctx, 'resistedAbduction'),
  },
  'test-trendelenburg': {
    label: 'Trendelenburg sign',
    toRecord: 'Trendelenburg test',
    read: (ctx) => test(ctx, 'trendelenburgTest'),
  },
  'test-ober': {
    label: 'Ober test positive',
    toRecord: 'Ober test',
    read: (ctx) => test(ctx, 'ober'),
  },
  'test-thomas': {
    label: 'Thomas test painful or tight',
    toRecord: 'Thomas / modified Thomas test',
    read: (ctx) => anyOf(test(ctx, 'thomas'), test(ctx, 'modifiedThomas')),
  },
  'test-puranen-orava': {
    label: 'Puranen-Orava positive',
    toRecord: 'Puranen-Orava',
    read: (ctx) => test(ctx, 'puranenOrava'),
  },
  'test-bent-knee-stretch': {
    label: 'Bent-knee stretch positive',
    toRecord: 'Bent-knee stretch',
    read: (ctx) => test(ctx, 'bentKneeStretch'),
  },
  'test-modified-bent-knee-stretch': {
    label: 'Modified bent-knee stretch positive',
    toRecord: 'Modified bent-knee stretch',
    read: (ctx) => test(ctx, 'modifiedBentKneeStretch'),
  },
  'test-hop': {
    label: 'Pain on single-leg hop',
    toRecord: 'Single-leg hop test',
    read: (ctx) => test(ctx, 'hop'),
  },
  'test-fulcrum': {
    label: 'Fulcrum test positive',
    toRecord: 'Fulcrum test',
    read: (ctx) => test(ctx, 'fulcrum'),
  },
  'test-patellar-pubic-percussion': {
    label: 'Patellar-pubic percussion positive',
    toRecord: 'Patellar-pubic percussion',
    read: (ctx) => test(ctx, 'patellarPubicPercussion'),
  },
  'test-resisted-hip-flexion': {
    label: 'Resisted hip flexion painful',
    toRecord: 'Resisted hip flexion',
    read: (ctx) => anyOf(test(ctx, 'resistedHipFlexion'), test(ctx, 'resistedStraightLegRaise')),
  },
  'test-adductor-squeeze': {
    label: 'Adductor squeeze painful',
    toRecord: 'Adductor squeeze',
    read: (ctx) => test(ctx, 'adductorSqueeze'),
  },
  'test-noble': {
    label: 'Noble compression positive',
    toRecord: 'Noble compression',
    read: (ctx) => test(ctx, 'nobleCompression'),
  },
  'test-slump': {
    label: 'Slump reproduces the leg pain',
    toRecord: 'Slump test',
    read: (ctx) => test(ctx, 'slump'),
  },
  'test-slr-neural': {
    label: 'Straight-leg raise reproduces the leg pain',
    toRecord: 'Straight-leg raise (neural)',
    read: (ctx) => test(ctx, 'straightLegRaiseNeural'),
  },
  'test-lumbar-movement': {
    label: 'Lumbar movement reproduces the pain',
    toRecord: 'Lumbar movement tests',
    read: (ctx) => test(ctx, 'lumbarMovement'),
  },
  'test-iliopsoas-snap': {
    label: 'Iliopsoas snapping manoeuvre reproduces the snap',
    toRecord: 'Iliopsoas snapping manoeuvre',
    read: (ctx) => test(ctx, 'iliopsoasSnap'),
  },
  'test-iliotibial-snap': {
    label: 'Iliotibial snapping manoeuvre reproduces the snap',
    toRecord: 'Iliotibial snapping manoeuvre',
    read: (ctx) => test(ctx, 'iliotibialSnap'),
  },
  'test-drehmann': {
    label: 'Drehmann sign',
    toRecord: 'Drehmann sign',
    read: (ctx) => test(ctx, 'drehmann'),
  },
  'doha-adductor-related': {
    label: 'Doha criteria: adductor tenderness and pain on resisted adduction',
    whenAbsent: 'Doha criteria for adductor-related pain not met',
    read: (ctx) =>
      allOf(
        tender(ctx, 'adductorOrigin'),
        anyOf(
          test(ctx, 'resistedAdduction'),
          test(ctx, 'adductorSqueeze'),
          strengthPainful(ctx, 'hipAdductors'),
        ),
      ),
  },
  'hip-tests-negative': {
    label: 'Hip joint tests negative (FADIR, FABER, scour)',
    whenAbsent: 'A hip joint test (FADIR, FABER or scour) is positive',
    read: (ctx) => {
      const states = [test(ctx, 'fadir'), test(ctx, 'faber'), test(ctx, 'scour')].filter(
        (s) => s !== undefined,
      )
      if (states.length === 0) return undefined
      return states.every((s) => s === 'absent') ? 'present' : 'absent'
    },
  },

  // Running technique
  'low-cadence': {
    label: 'Cadence below 170 steps/min',
    whenAbsent: 'Cadence 170 steps/min or more',
    read: (ctx) =>
      runningFault(
        ctx,
        (r) => r.cadenceSpm,
        (v) => typeof v === 'number' && v < LOW_CADENCE_BELOW,
      ),
  },
  'running-pelvic-drop': {
    label: 'Contralateral pelvic drop when running',
    read: (ctx) => runningFault(ctx, (r) => r.pelvicDrop, stanceOnInvolved(ctx)),
  },
  'running-hip-adduction': {
    label: 'Hip adduction / knee valgus when running',
    read: (ctx) => runningFault(ctx, (r) => r.hipAdductionKneeValgus, stanceOnInvolved(ctx)),
  },
  'running-crossover': {
    label: 'Crossover / narrow step width',
    read: (ctx) =>
      runningFault(
        ctx,
        (r) => r.crossover,
        (v) => v === 'yes',
      ),
  },
  'running-overstride': {
    label: 'Overstriding',
    read: (ctx) =>
      runningFault(
        ctx,
        (r) => r.overstride,
        (v) => v === 'yes',
      ),
  },
  'running-forward-lean': {
    label: 'Excessive forward trunk lean',
    read: (ctx) =>
      runningFault(
        ctx,
        (r) => r.trunkLean,
        (v) => v === 'excessive-forward',
      ),
  },
  'running-reduced-hip-extension': {
    label: 'Reduced hip extension at toe-off',
    read: (ctx) =>
      runningFault(
        ctx,
        (r) => r.hipExtensionAtToeOff,
        (v) => v === 'reduced',
      ),
  },
} as const satisfies Record<string, FindingDefinition>

export type FindingId = keyof typeof findings
export type FindingSet = Partial<Record<FindingId, 'present' | 'absent'>>

/** How a finding reads in "findings for / against": as recorded, or its negation. */
export function findingLabel(id: FindingId, state: 'present' | 'absent'): string {
  const definition: FindingDefinition = findings[id]
  if (state === 'present') return definition.label
  if (definition.whenAbsent) return definition.whenAbsent
  const label = definition.label
  if (label.endsWith(' positive')) return label.replace(/ positive$/, ' negative')
  if (label.endsWith(' tender'))
    return `${label} not tender`.replace(' tender not tender', ' not tender')
  if (label.endsWith(' met')) return label.replace(/ met$/, ' not met')
  if (label.includes(' reproduces ')) return label.replace(' reproduces ', ' does not reproduce ')
  if (label.startsWith('Worse ')) return `Not ${label.charAt(0).toLowerCase()}${label.slice(1)}`
  return `No ${label.charAt(0).toLowerCase()}${label.slice(1)}`
}

/** Every finding of an assessment that is known, keyed by id. */
const definitions = Object.entries(findings) as [FindingId, FindingDefinition][]

export function readFindings(ctx: FindingContext): FindingSet {
  const set: FindingSet = {}
  for (const [id, definition] of definitions) {
    const state = definition.read(ctx)
    if (state) set[id] = state
  }
  return set
}
