import { romMotions } from '../../model/assessment/physicalExam'
import { acrHipOaClinical, niceOaClinical } from './hipOaCriteria'
import {
  allOf,
  anyOf,
  fromBoolean,
  fromYesNo,
  romPainful,
  romRestricted,
  strengthDeficit,
  strengthPainful,
  tender,
  test,
  type FindingContext,
  type FindingState,
} from './findingContext'

import { historyOf as h, type FindingDefinition } from './findingDefinition'

/** Findings from the examination and the running-technique checklist. */

/**
 * Cadence is flagged below 170 steps/min: about the metabolically optimal rate at 3 m/s
 * (Lieberman 2015), while recreational runners often run at 150-170. There is no validated
 * injury threshold; this is a stated cut-off for suggesting cadence work, not a diagnosis.
 */
export const LOW_CADENCE_BELOW = 170
/** Hip range full and painless: every main motion measured on the painful side, none restricted or painful. */
function hipRomNormal(ctx: FindingContext): FindingState {
  // The straight leg raise measures hamstring and neural length, not the hip joint.
  const motions = romMotions.filter((m) => m !== 'straightLegRaise')
  const restricted = anyOf(...motions.map((m) => romRestricted(ctx, m)))
  const painful = anyOf(...motions.map((m) => romPainful(ctx, m)))
  if (restricted === 'present' || painful === 'present') return 'absent'
  return restricted === 'absent' && painful === 'absent' ? 'present' : undefined
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

export const examFindings = {
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
