import { cite } from '../sources'
import {
  ageBelow,
  ageBetween,
  notBearingWeight,
  published,
  sexIs,
  stated,
  type ConditionModel,
} from './conditionModel'

/** Lateral hip and lateral knee: gluteal tendinopathy, trochanteric bursitis, snapping (ITB), ITBS. */

const grimaldi2017 = cite(
  ['S5'],
  'confirmed',
  'Grimaldi 2017, MRI-confirmed gluteal tendinopathy (n=65).',
)
const reiman2013 = cite(['S1'], 'confirmed', 'Reiman 2013, pooled (Table 8).')
const gtProfile = cite(
  ['S11', 'S13'],
  'confirmed',
  'Condition profile: Grimaldi & Fearon 2015; Allison 2016.',
)

export const glutealTendinopathy: ConditionModel = {
  id: 'gluteal-tendinopathy',
  prior: 0.15,
  adjustments: [
    sexIs('female', 1.8, gtProfile),
    ageBetween(40, 60, 1.6, gtProfile),
    ageBelow(30, 0.5),
    ageBelow(18, 0.3),
  ],
  evidence: [
    stated('cannot-bear-weight', 0.3, undefined, notBearingWeight),
    stated('trauma-onset', 0.5, undefined, 'Insidious: a fall or blow points to bone or a bruise.'),
    stated(
      'pain-lateral-hip',
      4,
      0.15,
      'Pain over the greater trochanter is the defining complaint.',
      gtProfile,
    ),
    stated(
      'pain-groin',
      0.5,
      undefined,
      'Groin pain points to the joint or groin structures instead.',
    ),
    stated(
      'pain-below-knee',
      0.4,
      undefined,
      'Pain below the knee suggests lumbar referral.',
      gtProfile,
    ),
    stated('pain-sitting-bone', 0.4),
    stated('onset-sudden', 0.4, 1.3, 'Usually insidious and gradually worse.'),
    stated(
      'worse-lying-on-side',
      3,
      0.6,
      'Compression of the tendons when lying on the painful side.',
      gtProfile,
    ),
    stated('worse-single-leg-standing', 2, undefined, undefined, gtProfile),
    stated('worse-crossing-legs', 2, undefined, undefined, gtProfile),
    stated('worse-stairs', 1.5, undefined, undefined, gtProfile),
    stated('night-pain-lying-on-it', 1.5),
    stated(
      'eases-with-warm-up',
      1.5,
      undefined,
      'Tendon pain often warms up, then is worse after the run.',
    ),
    published(
      'tender-greater-trochanter',
      1.5,
      0.4,
      cite(['S5'], 'partly-confirmed', 'Sn 80% confirmed; Sp about 47% unchecked.'),
      'The most sensitive test: without tenderness, gluteal tendinopathy is unlikely.',
    ),
    published(
      'test-single-leg-stance',
      10,
      0.62,
      grimaldi2017,
      'Specificity 100% gives no finite LR+; capped at 10 (LR− from Sn 38%).',
    ),
    stated(
      'test-fader-r',
      3,
      0.7,
      'Among the most specific tests (Grimaldi 2017); exact values not retrieved.',
      grimaldi2017,
    ),
    stated(
      'test-add-r',
      3,
      0.7,
      'Among the most specific tests (Grimaldi 2017); exact values not retrieved.',
      grimaldi2017,
    ),
    published('test-trendelenburg', 6.83, 0.25, reiman2013),
    published('test-resisted-abduction', 5.5, 0.37, reiman2013),
    stated('trendelenburg-gait', 2.5, undefined, 'The same sign seen in walking.'),
    stated(
      'abductor-weakness',
      2,
      0.7,
      'Abductor weakness is found in gluteal tendinopathy.',
      cite(['S13'], 'confirmed'),
    ),
    stated(
      'test-ober',
      1.5,
      undefined,
      'Ober restricted and painful separated GTPS from OA (Sp 95%), not from other conditions.',
      cite(['S9'], 'partly-confirmed'),
    ),
    stated(
      'ir-restricted',
      0.5,
      undefined,
      'Range is usually near normal; restriction points to the joint.',
      cite(['S12b'], 'confirmed'),
    ),
    stated(
      'running-crossover',
      1.4,
      undefined,
      'Crossover gait increases hip adduction (compression).',
      cite(['S55e'], 'partly-confirmed'),
    ),
    stated('running-pelvic-drop', 1.4),
    stated('snap-lateral', 1.3, undefined, 'External snapping often goes with lateral hip pain.'),
  ],
}

export const trochantericBursitis: ConditionModel = {
  id: 'trochanteric-bursitis',
  // Bursal changes alone are uncommon and also seen without symptoms: a lower starting point, and
  // the tendon-loading tests count for less than for the tendinopathy.
  prior: 0.07,
  adjustments: [
    sexIs('female', 1.5),
    ageBetween(40, 60, 1.4),
    ageBelow(30, 0.5),
    ageBelow(18, 0.3),
  ],
  evidence: [
    stated('cannot-bear-weight', 0.3, undefined, notBearingWeight),
    stated(
      'pain-lateral-hip',
      4,
      0.15,
      'Same location as gluteal tendinopathy; managed as GTPS.',
      cite(['S11', 'S12b'], 'confirmed'),
    ),
    stated('pain-groin', 0.5),
    stated('pain-below-knee', 0.4),
    stated('onset-sudden', 0.5, 1.2),
    stated('worse-lying-on-side', 3, 0.6, 'Direct pressure on the bursa.'),
    stated('night-pain-lying-on-it', 1.5),
    stated('worse-stairs', 1.3),
    stated('tender-greater-trochanter', 2, 0.3, 'Tenderness over the bursa.'),
    stated('test-single-leg-stance', 2, 0.8, 'Loads the tendons more than the bursa.'),
    stated('test-fader-r', 1.5),
    stated('test-resisted-abduction', 1.5),
    stated('ir-restricted', 0.5),
  ],
}

const itbsProfile = cite(
  ['S51'],
  'confirmed',
  'BMJ Best Practice and Fredericson 2000, as summarised in the fact sheet.',
)

export const itbs: ConditionModel = {
  id: 'itbs',
  prior: 0.08,
  adjustments: [],
  evidence: [
    stated('cannot-bear-weight', 0.3, undefined, notBearingWeight),
    stated('trauma-onset', 0.5),
    stated(
      'pain-lateral-knee',
      6,
      0.1,
      'Lateral knee pain above the joint line is the complaint.',
      itbsProfile,
    ),
    stated('pain-lateral-hip', 0.8),
    stated('pain-groin', 0.4),
    stated(
      'predictable-distance',
      4,
      0.6,
      'Comes on at a predictable point in the run and stops it.',
    ),
    stated('worse-downhill', 3, undefined, undefined, itbsProfile),
    stated('worse-stairs', 1.2, undefined, undefined, itbsProfile),
    stated(
      'test-noble',
      3,
      0.7,
      'Noble compression has no accuracy study; a positive test reproduces the complaint.',
      cite(['S51'], 'confirmed'),
    ),
    stated(
      'tender-itb',
      3,
      0.5,
      'Tenderness 2-3 cm above the lateral joint line (expert opinion).',
      cite(['S51'], 'partly-confirmed'),
    ),
    stated(
      'test-ober',
      1.5,
      undefined,
      'Ober angle differs little between runners with and without ITBS.',
      itbsProfile,
    ),
    stated(
      'abductor-weakness',
      1.5,
      undefined,
      'Abductor weakness in ITBS (Fredericson 2000).',
      itbsProfile,
    ),
    stated(
      'running-crossover',
      1.5,
      undefined,
      'A narrow step width increases ITB strain.',
      cite(['S55e'], 'partly-confirmed'),
    ),
    stated(
      'running-hip-adduction',
      1.5,
      undefined,
      'Greater peak hip adduction in runners with ITBS.',
      itbsProfile,
    ),
    stated('onset-sudden', 0.5),
  ],
}
