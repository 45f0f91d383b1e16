import { type PalpationSiteId, type SpecialTestId } from '../model/assessment/physicalExam'
import { cite, type Citation } from './sources'
import { hipJointAndLateralTests } from './specialTestsHipJointAndLateral'
import { pelvicGirdleTests } from './specialTestsPelvicGirdle'
import { regionalTests } from './specialTestsRegional'

/**
 * What the exam screen shows next to each special test: how to do it, what counts as
 * positive, and its published accuracy with the source one click away.
 */

export interface TestAccuracy {
  /** The condition (and reference standard, when it matters) the figures are for. */
  target: string
  /** Fraction 0..1. */
  sensitivity?: number
  /** Fraction 0..1. */
  specificity?: number
  lrPositive?: number
  lrNegative?: number
  /** free text such as "Sp 100% (n=65)", "no accuracy study" */
  summary: string
  citation: Citation
}

export interface SpecialTestInfo {
  id: SpecialTestId
  name: string
  /** how to perform, 1-3 sentences */
  howTo: string
  /** what counts as positive */
  positiveWhen: string
  accuracy: TestAccuracy[]
}

export const specialTests: Record<SpecialTestId, SpecialTestInfo> = {
  ...hipJointAndLateralTests,
  ...regionalTests,
  ...pelvicGirdleTests,
}

export const specialTestCaveat =
  'Most studies of hip special tests are small, differ from one another and carry a high risk of ' +
  'bias, so treat every figure here as approximate. No single test makes a diagnosis: combine ' +
  'tests with the history, and image or refer when a serious condition is possible.'

/** How to turn a likelihood ratio into a post-test probability (shown with the figures). */
export const likelihoodRatioGuide = {
  bands: [
    { strength: 'very low', lrPositive: 'LR+ 1–2', lrNegative: 'LR− 0.5–1' },
    { strength: 'low', lrPositive: 'LR+ >2–5', lrNegative: 'LR− 0.2–<0.5' },
    { strength: 'moderate', lrPositive: 'LR+ >5–10', lrNegative: 'LR− 0.1–<0.2' },
    { strength: 'high', lrPositive: 'LR+ >10', lrNegative: 'LR− <0.1' },
  ],
  citation: cite(['S3'], 'confirmed', 'Bands as used in the hip-related pain consensus table.'),
} as const

/** Post-test probability from a pre-test probability (0..1) and a likelihood ratio. */
export function postTestProbability(preTest: number, likelihoodRatio: number): number {
  if (preTest <= 0) return 0
  if (preTest >= 1) return 1
  const odds = (preTest / (1 - preTest)) * likelihoodRatio
  return odds / (1 + odds)
}

export const specialTestGroups: { title: string; testIds: SpecialTestId[] }[] = [
  {
    title: 'Hip joint (intra-articular)',
    testIds: ['fadir', 'faber', 'scour', 'logRoll', 'resistedStraightLegRaise', 'abHeer'],
  },
  {
    title: 'Lateral hip and iliotibial band',
    testIds: [
      'singleLegStance30s',
      'fader',
      'faderR',
      'addR',
      'resistedAbduction',
      'resistedExternalDerotation',
      'trendelenburgTest',
      'ober',
      'nobleCompression',
    ],
  },
  {
    title: 'Posterior hip and hamstring',
    testIds: ['puranenOrava', 'bentKneeStretch', 'modifiedBentKneeStretch'],
  },
  {
    title: 'Groin and anterior hip',
    testIds: [
      'thomas',
      'modifiedThomas',
      'resistedHipFlexion',
      'adductorSqueeze',
      'resistedAdduction',
      'inguinalCanalPalpation',
      'abdominalResistance',
    ],
  },
  {
    title: 'Sacroiliac joint and deep gluteal space',
    testIds: ['sijProvocationCluster', 'seatedPiriformisStretch', 'activePiriformis'],
  },
  {
    title: 'Bone stress and fracture',
    testIds: ['hop', 'fulcrum', 'patellarPubicPercussion'],
  },
  {
    title: 'Lumbar spine and nerve',
    testIds: ['slump', 'straightLegRaiseNeural', 'lumbarMovement', 'pelvicCompressionLfcn'],
  },
  {
    title: 'Snapping hip',
    testIds: ['iliopsoasSnap', 'iliotibialSnap'],
  },
  {
    title: 'Adolescent',
    testIds: ['drehmann'],
  },
]

/**
 * Accuracy of tenderness at the palpation sites, where the fact sheet has something to say.
 * Sites not listed have no accuracy data in it.
 */
export const palpationAccuracy: Partial<Record<PalpationSiteId, TestAccuracy[]>> = {
  greaterTrochanter: [
    {
      target: 'Gluteal tendinopathy confirmed on MRI (Grimaldi 2017)',
      sensitivity: 0.8,
      summary:
        'Sn 80%, the most sensitive test in the study: a hip that is not tender over the ' +
        'trochanter makes gluteal tendinopathy unlikely. Specificity is low (a figure of about ' +
        '47%, LR− about 0.4, circulates but is unchecked).',
      citation: cite(
        ['S5'],
        'confirmed',
        'Sn 80% confirmed; the specificity and LR− are unchecked.',
      ),
    },
    {
      target: 'GTPS, combined with resisted abduction (Kinsella 2024)',
      summary:
        'When palpation and resisted abduction are both negative, a 59% pre-test probability ' +
        'falls to 14%; when both are positive it rises to 96% (6 studies, 272 people).',
      citation: cite(['S8'], 'confirmed'),
    },
  ],
  adductorOrigin: [
    {
      target: 'Adductor injury in athletic groin pain',
      sensitivity: 0.946,
      specificity: 0.475,
      lrPositive: 1.8,
      lrNegative: 0.11,
      summary:
        'Sn 94.6%, Sp 47.5%, LR+ 1.8, LR− 0.11: a non-tender adductor origin argues against ' +
        'adductor injury. Doha: adductor-related groin pain needs this tenderness together with ' +
        'pain on resisted adduction.',
      citation: cite(
        ['S50', 'S19'],
        'partly-confirmed',
        'BJSM Table 4, attributed to Falvey 2016.',
      ),
    },
  ],
  iliopsoas: [
    {
      target: 'Iliopsoas-related groin pain',
      summary:
        'No accuracy figures. Hölmich criterion: tender through the lower lateral abdomen and/or ' +
        'just below the inguinal ligament, plus pain when the hip flexors are stretched in the ' +
        'Thomas position. Doha: iliopsoas tenderness, more likely with pain on resisted hip ' +
        'flexion or hip-flexor stretch.',
      citation: cite(
        ['S49', 'S19'],
        'unchecked',
        'No accuracy study; the criteria themselves are confirmed in the sources.',
      ),
    },
  ],
  iliotibialBand: [
    {
      target: 'Iliotibial band syndrome',
      summary:
        'No accuracy figures. Tenderness 2–3 cm above the lateral knee joint line, over the ' +
        'lateral femoral epicondyle, is expert opinion.',
      citation: cite(['S51'], 'unchecked', 'Expert opinion (partly confirmed in the source).'),
    },
  ],
}
