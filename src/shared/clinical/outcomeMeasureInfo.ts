import { cite, type Citation } from './sources'

/**
 * What each patient-reported outcome measure scores, and how much change matters
 * (clinical fact sheet §7). Scoring itself lives in outcomeScoring.ts.
 */

export interface InstrumentInfo {
  id: 'nprs' | 'lefs' | 'ihot12' | 'visaG' | 'hagos' | 'psfs' | 'groc'
  name: string
  range: { min: number; max: number }
  betterWhen: 'higher' | 'lower'
  mcid?: number
  /** Smallest detectable change for one patient, for instruments without an MCID. */
  individualSdc?: number
  /** e.g. "MCID 9 points" or "no established MCID" */
  mcidLabel: string
  interpretation: string
  citation: Citation
  itemsShown: boolean
  termsNote?: string
}

const enterFromForm =
  'The item wording is not reproduced in the app (licence / terms of use). Give the patient the ' +
  'official form, then enter the item scores or totals from the completed form.'

export const instruments: Record<InstrumentInfo['id'], InstrumentInfo> = {
  nprs: {
    id: 'nprs',
    name: 'Numeric Pain Rating Scale (NPRS)',
    range: { min: 0, max: 10 },
    betterWhen: 'lower',
    mcid: 2,
    mcidLabel: 'MCID about 2 points',
    interpretation:
      '0 = no pain, 10 = worst imaginable. Record pain now, best and worst in the last 24 h, and ' +
      'pain during running. A fall of about 2 points is clinically important (low back pain: 2.2 ' +
      'at 1 week, 1.5 at 4 weeks); the MDC is also 2 points (SEM 1.02). The threshold rises with ' +
      'baseline pain: about 1 point when pain is mild, 2 when moderate, 3–4 when severe. A 30% ' +
      'relative fall is also used (unchecked).',
    citation: cite(['S56a'], 'confirmed', 'Childs 2005; the 30% relative change is unchecked.'),
    itemsShown: true,
  },
  lefs: {
    id: 'lefs',
    name: 'Lower Extremity Functional Scale (LEFS)',
    range: { min: 0, max: 80 },
    betterWhen: 'higher',
    mcid: 9,
    mcidLabel: 'MCID 9 points',
    interpretation:
      '20 activities, each scored 0 (extreme difficulty or unable) to 4 (no difficulty); the sum ' +
      'is 0–80, and 80 means normal function. Healthy adults score a median of 77. Measurement ' +
      'error is about ±5.3 points; the MDC and the MCID are both 9 points.',
    citation: cite(['S56g'], 'confirmed', 'Binkley 1999.'),
    itemsShown: true,
  },
  ihot12: {
    id: 'ihot12',
    name: 'International Hip Outcome Tool, short form (iHOT-12)',
    range: { min: 0, max: 100 },
    betterWhen: 'higher',
    mcid: 13,
    mcidLabel: 'MCID 13 points (substantial benefit 28; PASS 59.5)',
    interpretation:
      '12 visual-analogue items scored 0–100; the total is their mean (100 = best). A change of ' +
      '13 points is clinically important and 28 points a substantial benefit. After hip ' +
      'arthroscopy a score of 59.5 or more is acceptable to patients (PASS), about 86 or more ' +
      'counts as normal function and 56 or less as abnormal. MDC about 9 (Greek version).',
    citation: cite(['S56c', 'S56d'], 'confirmed'),
    itemsShown: false,
    termsNote: enterFromForm,
  },
  visaG: {
    id: 'visaG',
    name: 'Victorian Institute of Sport Assessment – Gluteal (VISA-G)',
    range: { min: 0, max: 100 },
    betterWhen: 'higher',
    mcidLabel: 'No established MCID',
    interpretation:
      '8 items: 6 on pain during daily activities and functional tests, 2 on physical activity ' +
      'and sport; summed to 0–100 (100 = no symptoms). A COSMIN review found moderate-quality ' +
      'evidence for validity and responsiveness but low-quality evidence for reliability and ' +
      'measurement error. Use it for lateral hip pain.',
    citation: cite(
      ['S56e'],
      'confirmed',
      'Fearon 2015; Nasser 2022. That no MCID is firmly established is unchecked.',
    ),
    itemsShown: false,
    termsNote: enterFromForm,
  },
  hagos: {
    id: 'hagos',
    name: 'Copenhagen Hip and Groin Outcome Score (HAGOS)',
    range: { min: 0, max: 100 },
    betterWhen: 'higher',
    individualSdc: 17.7,
    mcidLabel:
      'No MCID: smallest detectable change 17.7–33.8 points for an individual (2.7–5.2 for a group)',
    interpretation:
      '37 items in 6 subscales (Pain, Symptoms, ADL, Sport/Recreation, Physical Activity, ' +
      'Quality of Life), each scored 0–100 (100 = no problems); there is no total. ICC 0.82–0.91. ' +
      'The 17.7–33.8 point figure is the smallest detectable change for one patient, not a ' +
      'minimal clinically important difference: smaller changes may be measurement noise. ' +
      'Designed for physically active people (≥2.5 h a week).',
    citation: cite(['S56b'], 'confirmed', 'Thorborg 2011.'),
    itemsShown: false,
    termsNote: enterFromForm,
  },
  psfs: {
    id: 'psfs',
    name: 'Patient-Specific Functional Scale (PSFS)',
    range: { min: 0, max: 10 },
    betterWhen: 'higher',
    individualSdc: 2,
    mcidLabel: 'Smallest detectable change 2 points for the average, 3 for one activity',
    interpretation:
      'The patient names up to five activities they cannot do or find hard because of the ' +
      'problem (usually three) and rates each from 0 (unable) to 10 (able to do it as before the ' +
      'problem); the score is the mean. At follow-ups the same activities are rated again. A ' +
      'change of 2 points in the mean, or 3 in one activity, is beyond measurement error (90% ' +
      'confidence).',
    citation: cite(
      ['K15'],
      'partly-confirmed',
      "Figures as printed on the clinical form reproduced with the authors' permission.",
    ),
    itemsShown: true,
  },
  groc: {
    id: 'groc',
    name: 'Global Rating of Change (GROC)',
    range: { min: -7, max: 7 },
    betterWhen: 'higher',
    mcidLabel: 'No single threshold: ask at each review and read it beside the other measures',
    interpretation:
      'One question at a follow-up: overall, how has the problem changed since care began? The ' +
      'answer is on 15 points, from −7 (a very great deal worse) through 0 (about the same) to +7 ' +
      '(a very great deal better). It is quick and close to what matters to the patient, but ' +
      'recall of the starting point fades, so the longer the interval the more it reflects how ' +
      'the patient feels today.',
    citation: cite(['K16'], 'partly-confirmed', 'Kamper 2009, a review of Jaeschke 1989.'),
    itemsShown: true,
  },
}

/** iHOT-12 score thresholds (after hip arthroscopy). */
export const ihot12Thresholds = {
  mcid: 13,
  substantialClinicalBenefit: 28,
  patientAcceptableSymptomState: 59.5,
  normalAtLeast: 86,
  abnormalAtMost: 56,
  citation: cite(['S56d'], 'confirmed'),
} as const

/** HAGOS smallest detectable change (points on a 0–100 subscale). */
export const hagosSmallestDetectableChange = {
  individual: { min: 17.7, max: 33.8 },
  group: { min: 2.7, max: 5.2 },
  citation: cite(['S56b'], 'confirmed', 'Thorborg 2011.'),
} as const

/** The LEFS question stem, shown above the items. */
export const lefsQuestion =
  'Today, do you or would you have any difficulty at all with the following activities because ' +
  'of your lower-limb problem?'

/** The 20 LEFS activities, in the standard order (the scale is freely available). */
export const lefsItems: string[] = [
  'Any of your usual work, housework or school activities',
  'Your usual hobbies, recreational or sporting activities',
  'Getting into or out of the bath',
  'Walking between rooms',
  'Putting on your shoes or socks',
  'Squatting',
  'Lifting an object, like a bag of groceries, from the floor',
  'Performing light activities around your home',
  'Performing heavy activities around your home',
  'Getting into or out of a car',
  'Walking 2 blocks',
  'Walking a mile',
  'Going up or down 10 stairs (about 1 flight)',
  'Standing for 1 hour',
  'Sitting for 1 hour',
  'Running on even ground',
  'Running on uneven ground',
  'Making sharp turns while running fast',
  'Hopping',
  'Rolling over in bed',
]

/** LEFS response labels; the index is the item score (0-4). */
export const lefsResponseLabels: string[] = [
  'Extreme difficulty or unable to perform activity',
  'Quite a bit of difficulty',
  'Moderate difficulty',
  'A little bit of difficulty',
  'No difficulty',
]
