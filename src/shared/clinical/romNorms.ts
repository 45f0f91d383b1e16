import { type RomMotion, type RotationPosition } from '../model/assessment/physicalExam'
import { cite, type Citation } from './sources'
import { type TestAccuracy } from './specialTests'

/**
 * Typical hip range of motion in degrees, to show beside the measured value. The typical range
 * is Wilson 2014 (Am Fam Physician); older textbook values differ, so compare a patient first
 * with their other side and with their own earlier visits.
 */

export interface RomNorm {
  typical: { min: number; max: number }
  typicalLabel: string
  citation: Citation
  /** Other published normal values, for context. */
  alternatives?: string
}

const wilson = cite(['S53a'], 'confirmed', 'Wilson 2014, Am Fam Physician.')
const aaosNote = 'AAOS values are widely reproduced but no primary AAOS page was read (unchecked)'

export const romNorms: Record<RomMotion, RomNorm> = {
  flexion: {
    typical: { min: 110, max: 120 },
    typicalLabel: '110–120°',
    citation: wilson,
    alternatives: `AAOS: 0–120° (${aaosNote}). A common reference sheet: 0–125° (partly confirmed).`,
  },
  extension: {
    typical: { min: 10, max: 15 },
    typicalLabel: '10–15° (side-lying)',
    citation: wilson,
    alternatives: `AAOS: 0–30° (${aaosNote}). A common reference sheet: 0–30° (partly confirmed).`,
  },
  abduction: {
    typical: { min: 30, max: 50 },
    typicalLabel: '30–50°',
    citation: wilson,
    alternatives: `AAOS: 0–45° (${aaosNote}). A common reference sheet: 0–45° (partly confirmed).`,
  },
  adduction: {
    typical: { min: 20, max: 30 },
    typicalLabel: '20–30°',
    citation: wilson,
    alternatives: `AAOS: 0–30° (${aaosNote}). A common reference sheet: 0–25° (partly confirmed).`,
  },
  internalRotation: {
    typical: { min: 30, max: 40 },
    typicalLabel: '30–40° (hip at 90°)',
    citation: wilson,
    alternatives:
      `AAOS: 0–45° (${aaosNote}). A common reference sheet: 0–40° (partly confirmed). ` +
      'Measured in healthy adults: 29.6° supine, 35.2° prone, 37.9° sitting (Kouyoumdjian 2012).',
  },
  externalRotation: {
    typical: { min: 40, max: 60 },
    typicalLabel: '40–60° (hip at 90°)',
    citation: wilson,
    alternatives:
      `AAOS: 0–45° (${aaosNote}). A common reference sheet: 0–60° (partly confirmed). ` +
      'Measured in healthy adults: 38.5° supine, 41.8° prone (Kouyoumdjian 2012).',
  },
  straightLegRaise: {
    typical: { min: 70, max: 90 },
    typicalLabel: '70–90° (general knowledge, unchecked)',
    citation: cite(
      [],
      'unchecked',
      'The fact sheet gives no norm for the passive straight-leg raise; 70–90° is general ' +
        'knowledge. Compare with the other leg.',
    ),
    alternatives:
      'After an acute hamstring strain, the passive straight-leg-raise deficit against the other ' +
      'side was associated with the time to return to sport (Moen 2014).',
  },
}

/**
 * Mean rotation in healthy adults by test position (Kouyoumdjian 2012, n=120, age 20–60).
 * The study's supine values are used for the supine, hip-flexed-to-90° position.
 */
export const rotationNormsByPosition: Record<
  RotationPosition,
  { internal?: number; external?: number; citation: Citation }
> = {
  'hip-flexed-90': {
    internal: 29.6,
    external: 38.5,
    citation: cite(
      ['S53c'],
      'confirmed',
      'Supine means; total rotation 68°. Mapping the supine values to the hip-flexed-to-90° ' +
        'position is an app decision.',
    ),
  },
  'prone-hip-neutral': {
    internal: 35.2,
    external: 41.8,
    citation: cite(['S53c'], 'confirmed', 'Prone means; total rotation 77°.'),
  },
  seated: {
    internal: 37.9,
    citation: cite(
      ['S53c'],
      'confirmed',
      'Seated internal rotation mean; total rotation 78.5°. No seated external rotation mean was ' +
        'retrieved.',
    ),
  },
}

/** Rotation was symmetric between hips in only 61% of healthy adults, and fell with age. */
export const rotationSymmetryNote =
  'In healthy adults hip rotation was symmetric between the two sides in only 61%, and it ' +
  'decreased with age (Kouyoumdjian 2012). Rotation is larger measured prone or sitting than ' +
  'supine, so always use the same position.'

export const romSideDifference = {
  meaningfulDegrees: 10,
  withinErrorDegrees: 5,
  citation: cite(
    ['S53f', 'S53g', 'S53h'],
    'unchecked',
    'The 10° / 5° rule is practical general knowledge. The measurement-error figures it rests on ' +
      '(MDC 5.4°, 3–5° between tools, wide inter-rater limits) are confirmed.',
  ),
  explanation:
    'Hip range is hard to measure reliably: the minimal detectable change for seated internal ' +
    'rotation with an inclinometer is 5.4°, goniometer and inclinometer differ by 3–5°, and two ' +
    'surgeons measuring the same OA hips disagreed by −28° to +12°. With the same examiner, ' +
    'position and tool, treat a side-to-side difference of 10° or more (about twice the MDC), or ' +
    'any movement that reproduces the familiar pain, as meaningful; 5° or less is within ' +
    'measurement error.',
} as const

export interface RomClinicalThreshold {
  motion: RomMotion
  comparison: 'lt' | 'lte'
  degrees: number
  meaning: string
  citation: Citation
}

/**
 * Range-of-motion thresholds of the hip-OA criteria (ACR 1991, Sutlive 2008). They are shown
 * beside a measurement only when the criteria concern the patient (romFlags, hipOaCriteriaApply).
 */
export const romClinicalThresholds: RomClinicalThreshold[] = [
  {
    motion: 'internalRotation',
    comparison: 'lt',
    degrees: 15,
    meaning:
      'ACR 1991 clinical criteria for hip OA: hip pain with internal rotation <15° plus ESR ' +
      '≤45 mm/h (or, without an ESR, hip flexion ≤115°). The clinical criteria have Sn 86%, ' +
      'Sp 75%.',
    citation: cite(['S14'], 'confirmed', 'Altman 1991; derived in 201 patients with hip pain.'),
  },
  {
    motion: 'flexion',
    comparison: 'lte',
    degrees: 115,
    meaning:
      'ACR 1991 clinical criteria for hip OA: with internal rotation <15°, flexion ≤115° is used ' +
      'in place of an ESR ≤45 mm/h when there is no blood test.',
    citation: cite(['S14'], 'confirmed', 'Altman 1991.'),
  },
  {
    motion: 'internalRotation',
    comparison: 'lte',
    degrees: 25,
    meaning:
      'Sutlive 2008 rule for hip OA: passive internal rotation ≤25° is one of 5 items; 4 or more ' +
      'positive gives LR+ 24.3.',
    citation: cite(['S16'], 'confirmed', 'Sutlive 2008, 72 subjects.'),
  },
]

export const runnersRotationNote =
  'Runners have less hip rotation than non-runners: total passive rotation measured sitting was ' +
  '76.9° in runners against 87.1° in non-runners, and rotation measured prone was larger than ' +
  'sitting (94.8° vs 81.7°). Judge a runner against the other hip rather than population norms.'

export const runnersRotationCitation: Citation = cite(['S53e'], 'confirmed')

/** Accuracy of range-of-motion findings, to show beside the measured motion. */
export const romFindings: { motions: RomMotion[]; finding: string; accuracy: TestAccuracy[] }[] = [
  {
    motions: ['internalRotation'],
    finding: 'Restricted internal rotation with the hip in neutral',
    accuracy: [
      {
        target: 'FAI syndrome, 1 cohort, n=63',
        lrPositive: 4.83,
        lrNegative: 0.76,
        summary: 'LR+ 4.83, LR− 0.76: the best single finding for ruling FAI syndrome in.',
        citation: cite(['S3'], 'confirmed'),
      },
      {
        target: 'FAI syndrome (Pålsson 2020, n=81)',
        sensitivity: 0.29,
        specificity: 0.94,
        lrPositive: 4.8,
        lrNegative: 0.76,
        summary: 'Sn 29%, Sp 94%; LR+ 4.8 and LR− 0.76 (calc).',
        citation: cite(['S20'], 'confirmed'),
      },
    ],
  },
  {
    motions: ['flexion', 'internalRotation', 'abduction', 'adduction', 'extension'],
    finding: 'Restricted movement (Birrell 2001, primary care, age ≥40)',
    accuracy: [
      {
        target: 'Moderate radiographic hip OA: restriction in any one plane',
        sensitivity: 0.86,
        specificity: 0.54,
        summary:
          'Sn 86%, Sp 54% (severe OA: Sn 100%, Sp 42%). Restricted internal rotation predicted ' +
          'best, flexion least.',
        citation: cite(['S17'], 'confirmed'),
      },
      {
        target: 'Moderate radiographic hip OA: restriction in all three planes',
        sensitivity: 0.33,
        specificity: 0.93,
        summary: 'Sn 33%, Sp 93% (severe OA: Sn 54%, Sp 88%).',
        citation: cite(['S17'], 'confirmed'),
      },
    ],
  },
  {
    motions: ['adduction', 'internalRotation'],
    finding: 'Reduced passive adduction or internal rotation',
    accuracy: [
      {
        target: 'Hip OA (JAMA Rational Clinical Examination, 6 studies, 1324 hips)',
        summary:
          'Among the most useful findings, with groin pain on passive abduction or adduction. ' +
          'Normal passive adduction makes hip OA unlikely.',
        citation: cite(['S60'], 'confirmed'),
      },
    ],
  },
  {
    motions: ['internalRotation', 'externalRotation'],
    finding: 'Pain at the end of passive internal or external rotation',
    accuracy: [
      {
        target: 'Femoral neck stress fracture',
        summary:
          'Described as the most sensitive sign; no figures. A runner with this sign and ' +
          'exercise-related groin pain needs imaging.',
        citation: cite(['S35'], 'confirmed', 'Expert text.'),
      },
    ],
  },
]
