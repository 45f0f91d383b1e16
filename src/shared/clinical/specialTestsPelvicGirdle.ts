import { type SpecialTestId } from '../model/assessment/physicalExam'
import { cite } from './sources'
import { type SpecialTestInfo } from './specialTests'

/**
 * Special tests for the conditions of the wider differential: hip micro-instability, the
 * sacroiliac joint, the deep gluteal space (sciatic nerve), the lateral femoral cutaneous nerve
 * and the inguinal canal. None is in the clinical fact sheet; each cites the source it was
 * looked up in (sources.ts, K-ids), and "(calc)" marks ratios worked out from Sn and Sp.
 */
export const pelvicGirdleTests = {
  abHeer: {
    id: 'abHeer',
    name: 'AB-HEER (abduction, hyperextension, external rotation)',
    howTo:
      'Side-lying on the other side. Take the test hip into about 30° of abduction, then ' +
      'extension, then external rotation, while the other hand pushes the back of the greater ' +
      'trochanter forwards.',
    positiveWhen:
      'Reproduces anterior hip pain or a feeling that the hip will give way (apprehension).',
    accuracy: [
      {
        target:
          'Hip micro-instability confirmed at arthroscopy (Hoppe 2017, n=109 hips, one surgeon)',
        sensitivity: 0.806,
        specificity: 0.894,
        lrPositive: 7.6,
        lrNegative: 0.22,
        summary:
          'Sn 80.6%, Sp 89.4%, LR+ 7.6 and LR− 0.22 (calc): the most accurate of three tests. ' +
          'When AB-HEER, the prone instability test and hyperextension–external rotation were all ' +
          'positive, 95% had micro-instability. Single centre, not yet validated elsewhere.',
        citation: cite(['K4', 'K4b'], 'confirmed', 'Figures from the abstract and Table 4.'),
      },
    ],
  },
  sijProvocationCluster: {
    id: 'sijProvocationCluster',
    name: 'Sacroiliac joint provocation cluster (Laslett)',
    howTo:
      "Do the five provocation tests: distraction, thigh thrust, compression, sacral thrust and Gaenslen's " +
      'test. Count a test as positive only when it reproduces the familiar buttock or ' +
      'sacroiliac pain. Rule out a lumbar disc source first (symptoms that centralise).',
    positiveWhen: 'Three or more of the five tests reproduce the familiar pain.',
    accuracy: [
      {
        target: 'Sacroiliac joint pain (reference: joint block; Laslett 2005)',
        sensitivity: 0.94,
        specificity: 0.78,
        lrPositive: 4.27,
        lrNegative: 0.08,
        summary:
          'Sn 94%, Sp 78%, LR+ 4.3, LR− 0.08: far better than any single test or motion ' +
          'palpation, and best used once a lumbar disc source has been ruled out.',
        citation: cite(['K1'], 'partly-confirmed', 'Secondary tables of the 2005 study.'),
      },
    ],
  },
  seatedPiriformisStretch: {
    id: 'seatedPiriformisStretch',
    name: 'Seated piriformis stretch test',
    howTo:
      'Seated on the couch edge, hip flexed to 90°. Straighten the knee, then take the hip into ' +
      'adduction and internal rotation while palpating just lateral to the ischium (sciatic notch).',
    positiveWhen: 'Reproduces the familiar deep buttock or posterior thigh pain.',
    accuracy: [
      {
        target:
          'Sciatic nerve entrapment in the gluteal region, confirmed endoscopically (Martin 2014)',
        sensitivity: 0.52,
        specificity: 0.9,
        lrPositive: 5.2,
        lrNegative: 0.53,
        summary:
          'Sn 52%, Sp 90%, LR+ 5.2, LR− 0.53: better at ruling in. With the active piriformis ' +
          'test: Sn 91%, Sp 80%, LR+ 4.6, LR− 0.11 (the only study of these tests).',
        citation: cite(['K2'], 'partly-confirmed', 'Secondary summaries of Martin 2014.'),
      },
    ],
  },
  activePiriformis: {
    id: 'activePiriformis',
    name: 'Active piriformis test',
    howTo:
      'Side-lying on the other side, test knee bent with the foot on the couch. The patient ' +
      'pushes the heel down and lifts the knee (abduction and external rotation) against ' +
      'resistance while you palpate the piriformis.',
    positiveWhen: 'Reproduces the familiar deep buttock or posterior thigh pain.',
    accuracy: [
      {
        target:
          'Sciatic nerve entrapment in the gluteal region, confirmed endoscopically (Martin 2014)',
        sensitivity: 0.78,
        specificity: 0.8,
        lrPositive: 3.9,
        lrNegative: 0.28,
        summary:
          'Sn 78%, Sp 80%; LR+ 3.9 and LR− 0.28 (calc). Combined with the seated piriformis ' +
          'stretch test: Sn 91%, Sp 80%, LR− 0.11.',
        citation: cite(['K2', 'K2b'], 'partly-confirmed', 'Secondary summaries of Martin 2014.'),
      },
    ],
  },
  pelvicCompressionLfcn: {
    id: 'pelvicCompressionLfcn',
    name: 'Pelvic compression test (lateral femoral cutaneous nerve)',
    howTo:
      'Side-lying with the painful side up. Press the pelvis down firmly towards the couch and ' +
      'hold for 45 seconds; this slackens the inguinal ligament over the nerve.',
    positiveWhen:
      'The burning, tingling or numbness over the front and outside of the thigh eases.',
    accuracy: [
      {
        target: 'Meralgia paraesthetica (Nouraei 2007, n=45)',
        sensitivity: 0.95,
        specificity: 0.933,
        lrPositive: 14.2,
        lrNegative: 0.05,
        summary:
          'Sn 95%, Sp 93.3%; LR+ 14 and LR− 0.05 (calc), from one small study. Strength of the ' +
          'leg should be normal: the nerve carries sensation only.',
        citation: cite(['K3'], 'partly-confirmed', 'Reported by Medscape from Nouraei 2007.'),
      },
    ],
  },
  inguinalCanalPalpation: {
    id: 'inguinalCanalPalpation',
    name: 'Inguinal canal palpation',
    howTo:
      'Standing or supine. Palpate the inguinal canal and the superficial inguinal ring (in men ' +
      'by invaginating the scrotum), at rest and while the patient coughs or strains. Feel for ' +
      'a hernia.',
    positiveWhen:
      'Reproduces the familiar groin pain at the inguinal canal, with no palpable hernia. (A ' +
      'palpable hernia is a surgical referral, not inguinal-related groin pain.)',
    accuracy: [
      {
        target: 'Inguinal-related groin pain (Doha agreement; Heijboer, male athletes, n=44)',
        summary:
          'No accuracy figures. Pain on palpation during scrotal invagination with a Valsalva ' +
          'was the most frequent positive test (79%) in defined inguinal-related groin pain; ' +
          'agreement between examiners was fair to moderate (κ 0.35–0.49).',
        citation: cite(
          ['K5', 'S19'],
          'partly-confirmed',
          'Reliability study abstract; no accuracy study.',
        ),
      },
    ],
  },
  abdominalResistance: {
    id: 'abdominalResistance',
    name: 'Abdominal resistance test',
    howTo:
      'Supine, knees bent. The patient curls up (and to each side) against your resistance ' +
      'at the shoulders.',
    positiveWhen: 'Reproduces the familiar groin pain at the inguinal canal or pubic region.',
    accuracy: [
      {
        target: 'Inguinal-related groin pain (Doha agreement; Heijboer, male athletes, n=44)',
        summary:
          'No accuracy figures. Doha: pain on resisted abdominal testing, coughing or sneezing ' +
          'makes inguinal-related groin pain more likely. Agreement between examiners fair to ' +
          'substantial (κ 0.35–0.72).',
        citation: cite(
          ['K5', 'S19'],
          'partly-confirmed',
          'Reliability study abstract; no accuracy study.',
        ),
      },
    ],
  },
} satisfies Partial<Record<SpecialTestId, SpecialTestInfo>>
