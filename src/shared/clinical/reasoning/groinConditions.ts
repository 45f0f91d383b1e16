import { cite } from '../sources'
import {
  ageAbove,
  ageBetween,
  notBearingWeight,
  published,
  sexIs,
  stated,
  type ConditionModel,
} from './conditionModel'

/**
 * Groin pain beyond the adductors and iliopsoas (Doha agreement): pubic-related (pubic bone
 * stress injury, osteitis pubis) and inguinal-related groin pain, and hip-related groin pain
 * from an unstable (dysplastic or micro-unstable) hip.
 */

const dohaPubic = cite(
  ['S19'],
  'partly-confirmed',
  'Doha: pubic-related groin pain is local tenderness of the pubic symphysis and the bone next to it (category confirmed; wording from the fact sheet, unchecked).',
)
const pubicStress = cite(
  ['K12'],
  'partly-confirmed',
  'Pubic ramus stress fractures in runners, mostly women: groin pain that stops running, pain standing on the affected leg, pain hopping, local tenderness.',
)

export const pubicBoneStress: ConditionModel = {
  id: 'pubic-bone-stress',
  prior: 0.02,
  adjustments: [sexIs('female', 1.5, pubicStress)],
  evidence: [
    stated('pain-groin', 2.5, 0.3, 'Groin, pubic or inner thigh pain.', pubicStress),
    stated('tender-pubic-symphysis', 5, 0.4, 'The Doha sign of pubic-related pain.', dohaPubic),
    stated(
      'worse-single-leg-standing',
      2.5,
      undefined,
      'Pain standing unsupported on the affected leg.',
      pubicStress,
    ),
    stated('test-hop', 2, 0.7, undefined, pubicStress),
    stated('had-to-stop-running', 1.5, undefined, undefined, pubicStress),
    stated('weight-bearing-pain', 1.5),
    stated('worse-longer-run', 1.5),
    stated('test-adductor-squeeze', 1.5, undefined, 'Loads the symphysis.'),
    stated('recent-training-increase', 1.5, undefined, undefined, cite(['S44'], 'confirmed')),
    stated('previous-bone-stress-injury', 2, undefined, undefined, cite(['S44'], 'confirmed')),
    stated(
      'menstrual-dysfunction',
      1.5,
      undefined,
      'Low energy availability.',
      cite(['S43'], 'confirmed'),
    ),
    stated('low-energy-availability', 1.5, undefined, undefined, cite(['S43'], 'confirmed')),
    stated('pain-lateral-hip', 0.5),
    stated('eases-with-warm-up', 0.5, undefined, 'Bone pain does not warm up.'),
  ],
}

const dohaInguinal = cite(
  ['S19', 'K5'],
  'partly-confirmed',
  'Doha: pain and tenderness at the inguinal canal without a palpable hernia, likelier when resisted abdominal testing, coughing or sneezing provoke it (category confirmed; wording unchecked). Palpation with a Valsalva was the most frequent positive test in defined cases (Heijboer).',
)

export const inguinalRelated: ConditionModel = {
  id: 'inguinal-related',
  prior: 0.02,
  adjustments: [],
  evidence: [
    stated('cannot-bear-weight', 0.5, undefined, notBearingWeight),
    stated('pain-groin', 2.5, 0.2, 'Pain in the region of the inguinal canal.', dohaInguinal),
    stated('test-inguinal-palpation', 5, 0.4, 'The defining sign.', dohaInguinal),
    stated('test-abdominal-resistance', 3, 0.6, undefined, dohaInguinal),
    stated('worse-coughing-sneezing', 3, undefined, undefined, dohaInguinal),
    stated('worse-kicking-sprinting', 1.3),
    stated(
      'tender-adductor-origin',
      0.8,
      undefined,
      'Adductor tenderness points to adductor-related pain.',
    ),
    stated('pain-lateral-hip', 0.5),
    stated('pain-buttock', 0.5),
  ],
}

const hoppe2017 = cite(['K4'], 'confirmed', 'Hoppe 2017, n=109 hips, arthroscopic reference.')

export const hipInstability: ConditionModel = {
  id: 'hip-instability',
  prior: 0.03,
  // Micro-instability is described mostly in young women with lax hips (general knowledge).
  adjustments: [sexIs('female', 1.5), ageBetween(15, 40, 1.3), ageAbove(50, 0.3)],
  evidence: [
    stated('cannot-bear-weight', 0.5, undefined, notBearingWeight),
    stated('pain-groin', 2, 0.5, 'Hip-related groin pain.'),
    stated(
      'giving-way',
      3,
      0.7,
      'The hip feels as if it will give way.',
      cite(['K4b'], 'partly-confirmed'),
    ),
    stated('clicking', 1.3),
    published(
      'test-ab-heer',
      7.6,
      0.22,
      hoppe2017,
      'The most accurate of the three tests studied.',
    ),
    published('test-faber', 5.4, 0.5, cite(['S21'], 'confirmed', 'Ranawat 2017, n=54.')),
    stated(
      'ir-restricted',
      0.6,
      undefined,
      'A stiff hip points to impingement or arthritis, not laxity.',
    ),
    stated(
      'extension-painful',
      1.5,
      undefined,
      'Extension with external rotation provokes it.',
      hoppe2017,
    ),
    stated('worse-pivoting', 1.3),
    stated('onset-sudden', 0.7),
  ],
}
