import { cite } from '../sources'
import {
  ageAbove,
  ageBelow,
  ageBetween,
  notBearingWeight,
  published,
  sexIs,
  stated,
  type ConditionModel,
} from './conditionModel'
import { acrCitation, niceCitation } from './hipOaCriteria'

/** Groin and anterior hip: joint, bone, tendon and muscle sources. */

/**
 * Labral tears, FAI syndrome and osteoarthritis are uncommon before the hip is mature: labral
 * lesions peak in the fourth decade (S62). In a child or young adolescent, hip-joint signs point
 * first to SCFE or Perthes disease, so these start far lower there (stated weights).
 */
const youngHip = cite(
  ['S62', 'S46', 'K6'],
  'partly-confirmed',
  'Labral lesions most common in the fourth decade (range 8-72); SCFE and Perthes are the hip disorders of the growing years.',
)

const consensus = cite(
  ['S3'],
  'confirmed',
  'Hip-related pain consensus table (ranges across cohorts).',
)

export const labralTearFais: ConditionModel = {
  id: 'labral-tear-fais',
  prior: 0.1,
  adjustments: [
    ageBetween(20, 45, 1.3),
    ageAbove(55, 0.4),
    ageBetween(16, 19, 0.5, youngHip),
    ageBelow(16, 0.05, youngHip),
  ],
  evidence: [
    stated('cannot-bear-weight', 0.5, undefined, notBearingWeight),
    stated(
      'twist-or-catch-onset',
      2,
      undefined,
      'A twist, pivot or catch when it started: a labral injury mechanism (general knowledge; most recall no injury).',
    ),
    stated(
      'pain-groin',
      3,
      0.3,
      'Motion- or position-related groin pain (Warwick).',
      cite(['S18'], 'confirmed'),
    ),
    stated('c-sign', 3, undefined, 'The C-sign points to the joint.'),
    stated('deep-poorly-localised', 1.3),
    stated('pain-lateral-knee', 0.4),
    stated('pain-below-knee', 0.4),
    stated(
      'clicking',
      2,
      0.7,
      'Mechanical symptoms are part of the Warwick symptom picture.',
      cite(['S18'], 'confirmed'),
    ),
    stated('catching', 2.5, undefined, undefined, cite(['S18'], 'confirmed')),
    stated('locking', 2.5, undefined, undefined, cite(['S18'], 'confirmed')),
    stated('giving-way', 1.5),
    stated('worse-sitting', 1.5),
    stated('worse-low-seat', 2),
    stated('worse-pivoting', 2.5),
    stated('worse-squatting', 1.5),
    published(
      'test-fadir',
      1.3,
      0.3,
      consensus,
      'LR+ 1.00-3.30 and LR− 0.06-0.83 across cohorts: values near the middle used. FADIR screens; it cannot confirm.',
    ),
    published(
      'test-faber',
      1.2,
      0.9,
      consensus,
      'FABER with restricted range: LR+ 1.01-1.36, LR− 0.41-0.93.',
    ),
    published(
      'ir-restricted-neutral',
      4.83,
      0.76,
      consensus,
      'The best single rule-in test for FAI syndrome.',
    ),
    stated(
      'ir-restricted',
      2,
      0.7,
      'Restricted internal rotation in flexion is typical (Warwick).',
      cite(['S18'], 'confirmed'),
    ),
    stated(
      'onset-sudden',
      0.7,
      undefined,
      'Most patients recall no injury.',
      cite(['S62'], 'confirmed'),
    ),
    stated('snap-lateral', 0.5),
  ],
}

export const hipOsteoarthritis: ConditionModel = {
  id: 'hip-osteoarthritis',
  prior: 0.06,
  adjustments: [
    ageAbove(50, 4, cite(['S14', 'S15'], 'confirmed')),
    ageBetween(45, 50, 2, cite(['S15'], 'confirmed')),
    ageBelow(40, 0.1),
    ageBelow(20, 0.1, youngHip),
  ],
  evidence: [
    stated('cannot-bear-weight', 0.5, undefined, notBearingWeight),
    stated('trauma-onset', 0.7),
    published(
      'acr-hip-oa-criteria',
      3.4,
      0.19,
      acrCitation,
      'Clinical classification tree, Sn 86% Sp 75%.',
    ),
    stated(
      'nice-oa-criteria',
      2,
      0.6,
      'NICE: ≥ 45, activity-related pain, stiffness ≤ 30 min (a diagnosis rule, not an accuracy study).',
      niceCitation,
    ),
    stated(
      'pain-groin',
      2,
      0.5,
      'Groin and anterior thigh pain.',
      cite(['S14', 'S15'], 'confirmed'),
    ),
    stated('pain-anterior-thigh', 1.3),
    stated(
      'ir-painful',
      1.5,
      undefined,
      'Painful internal rotation, the earliest restricted motion.',
      cite(['S17'], 'confirmed'),
    ),
    stated(
      'worse-socks',
      2,
      undefined,
      'Difficulty with socks and shoes.',
      cite(['S14', 'S15'], 'confirmed'),
    ),
    stated(
      'worse-squatting',
      1.5,
      undefined,
      'Squatting aggravates (Sutlive rule variable).',
      cite(['S16'], 'confirmed'),
    ),
    stated(
      'adduction-normal',
      0.5,
      undefined,
      'Normal passive adduction makes hip OA unlikely.',
      cite(['S60'], 'confirmed'),
    ),
    stated('onset-sudden', 0.3, undefined, 'Gradual, long-standing.'),
    stated('symptoms-over-3-months', 1.5, 0.6),
    stated(
      'morning-stiffness-over-60',
      0.5,
      undefined,
      'Longer stiffness suggests an inflammatory cause (NICE: image when atypical).',
      niceCitation,
    ),
    stated('pain-lateral-hip', 0.7),
    stated('pain-below-knee', 0.5),
  ],
}

const fnsfProfile = cite(['S34', 'S35'], 'confirmed', 'Femoral neck stress fracture profile.')

export const femoralNeckBsi: ConditionModel = {
  id: 'femoral-neck-bsi',
  prior: 0.03,
  adjustments: [sexIs('female', 2.3), ageBetween(15, 45, 1.2)],
  evidence: [
    stated('pain-groin', 2, undefined, 'Deep groin, hip or anterior thigh ache.', fnsfProfile),
    stated('pain-anterior-thigh', 2, undefined, undefined, cite(['S37'], 'partly-confirmed')),
    stated('deep-poorly-localised', 2),
    stated('pain-lateral-knee', 0.3),
    stated('pain-sitting-bone', 0.4),
    stated(
      'worse-longer-run',
      3,
      0.6,
      'Bone stress pain builds with distance and comes earlier in each run.',
      fnsfProfile,
    ),
    stated('eases-with-warm-up', 0.4, undefined, 'Bone pain does not warm up.'),
    stated('limps-after-running', 2),
    stated('pain-on-walking', 2, undefined, 'Progression from running to walking.', fnsfProfile),
    stated('night-pain-unrelenting', 2),
    stated(
      'recent-training-increase',
      2.5,
      0.7,
      'Usually follows a training increase.',
      fnsfProfile,
    ),
    stated('rapid-training-increase', 1.5),
    stated(
      'previous-bone-stress-injury',
      3,
      undefined,
      'Odds ratio 4.99 in endurance athletes, used as a weight.',
      cite(['S44'], 'confirmed'),
    ),
    stated(
      'menstrual-dysfunction',
      2,
      undefined,
      'Low energy availability (RED-S).',
      cite(['S43'], 'confirmed'),
    ),
    stated('low-energy-availability', 2, undefined, undefined, cite(['S43'], 'confirmed')),
    stated(
      'test-hop',
      3,
      0.5,
      'Groin pain on hopping in about 70% (figure partly visible).',
      cite(['S37'], 'partly-confirmed'),
    ),
    stated(
      'test-fulcrum',
      2,
      0.7,
      'Studied for femoral shaft stress fractures (n=7), so weighted down for the neck.',
      cite(['S36'], 'confirmed'),
    ),
    stated(
      'test-patellar-pubic-percussion',
      2,
      0.7,
      'Studied in mostly traumatic fractures of older adults, so weighted down.',
      cite(['S1'], 'confirmed'),
    ),
    stated(
      'end-range-rotation-painful',
      2,
      0.5,
      'Pain at end-range rotation is the most sensitive sign.',
      fnsfProfile,
    ),
    stated('test-log-roll', 1.5),
    stated('onset-sudden', 0.4),
  ],
}

const doha = cite(['S19'], 'confirmed', 'Doha agreement (2015).')
const groinTable = cite(['S50'], 'partly-confirmed', 'BJSM table attributed to Falvey 2016.')

export const adductorRelated: ConditionModel = {
  id: 'adductor-related',
  prior: 0.08,
  adjustments: [sexIs('male', 1.5)],
  evidence: [
    stated('cannot-bear-weight', 0.5, undefined, notBearingWeight),
    stated('pain-groin', 2.5, 0.3, 'Medial groin pain at the adductor origin.', doha),
    stated('pain-lateral-hip', 0.4),
    stated('pain-buttock', 0.5),
    stated(
      'doha-adductor-related',
      5,
      0.5,
      'The Doha definition: adductor tenderness and pain on resisted adduction.',
      doha,
    ),
    published(
      'tender-adductor-origin',
      1.8,
      0.11,
      groinTable,
      'Sn 94.6%, Sp 47.5%: its absence nearly rules adductor injury out.',
    ),
    published('test-adductor-squeeze', 1.1, 0.58, groinTable, 'Squeeze at 90° hip flexion.'),
    stated('adduction-painful', 2, 0.6),
    stated(
      'adductor-weak-or-painful',
      2,
      undefined,
      'Adductor weakness goes with adductor strain.',
      cite(['S50'], 'confirmed'),
    ),
    stated('worse-kicking-sprinting', 1.5),
    stated('worse-pivoting', 1.5),
    stated('worse-speed', 1.3),
  ],
}

export const iliopsoasRelated: ConditionModel = {
  id: 'iliopsoas-related',
  prior: 0.05,
  adjustments: [],
  evidence: [
    stated('cannot-bear-weight', 0.5, undefined, notBearingWeight),
    stated('pain-groin', 2.5, 0.4, 'Anterior hip and groin pain.', cite(['S49'], 'confirmed')),
    stated('pain-anterior-thigh', 1.5),
    stated('pain-lateral-hip', 0.5),
    stated('snap-anterior', 3, undefined, 'A clunk at the front of the hip (internal snapping).'),
    stated('snap-heard', 1.5),
    stated(
      'test-resisted-hip-flexion',
      3,
      0.5,
      'Resisted (seated) hip flexion was a good test against anaesthetic injection.',
      cite(['S49c'], 'confirmed'),
    ),
    stated('tender-iliopsoas', 4, 0.4, 'Iliopsoas tenderness is the Doha criterion.', doha),
    stated(
      'test-thomas',
      1.5,
      undefined,
      'Pain on stretch (Hölmich); the Thomas test alone is a poor test.',
      cite(['S49', 'S49c'], 'confirmed'),
    ),
    stated('hip-flexion-weak-or-painful', 2),
    stated('worse-speed', 1.5, undefined, undefined, cite(['S49'], 'confirmed')),
    stated('worse-uphill', 1.3),
    stated('worse-stairs', 1.3, undefined, undefined, cite(['S49'], 'confirmed')),
  ],
}

const avulsionProfile = cite(
  ['S45', 'S45c'],
  'confirmed',
  'Mean age 14.3 years, 75.5% male; sudden pop when sprinting or kicking.',
)

export const apophysealAvulsion: ConditionModel = {
  id: 'apophyseal-avulsion',
  prior: 0.01,
  adjustments: [
    ageBelow(18, 20, avulsionProfile),
    ageAbove(25, 0.05, avulsionProfile),
    // Before the pelvic apophyses ossify, around puberty, there is little to pull off
    // (general knowledge).
    ageBelow(11, 0.2),
    sexIs('male', 1.5, avulsionProfile),
  ],
  evidence: [
    stated('onset-sudden', 4, 0.3, 'Sudden forceful contraction or stretch.', avulsionProfile),
    stated(
      'trauma-onset',
      0.3,
      undefined,
      'The muscle pulls the apophysis off; a fall or blow points to a fracture instead.',
      avulsionProfile,
    ),
    stated('felt-pop', 4, undefined, undefined, avulsionProfile),
    stated(
      'sprint-or-kick-onset',
      3,
      undefined,
      'Sprint starts, kicking, hurdling.',
      avulsionProfile,
    ),
    stated('tender-apophysis', 5, 0.3, 'Focal bony tenderness at the apophysis.', avulsionProfile),
    stated(
      'test-resisted-hip-flexion',
      2,
      undefined,
      'Painful contraction of the muscle pulling on it.',
    ),
    stated('antalgic-gait', 2),
    stated('extension-painful', 1.5, undefined, 'Painful stretch of the attached muscle.'),
    stated('symptoms-over-3-months', 0.2),
  ],
}
