import { type SpecialTestId } from '../model/assessment/physicalExam'
import { cite } from './sources'
import { type SpecialTestInfo } from './specialTests'

/**
 * Special tests for the hip joint and the lateral hip. Figures are those of the clinical fact
 * sheet (§1.1, §1.2, §1.5, §2.3); "(calc)" marks likelihood ratios worked out from Sn and Sp.
 */
export const hipJointAndLateralTests = {
  fadir: {
    id: 'fadir',
    name: 'FADIR (flexion, adduction, internal rotation)',
    howTo:
      'Supine. Bend the hip and knee to 90°, then take the hip into adduction and internal ' +
      'rotation to the end of range.',
    positiveWhen: "Reproduces the patient's familiar groin or anterior hip pain.",
    accuracy: [
      {
        target: 'Labral tear (reference: MR arthrography), 4 studies, n=128',
        sensitivity: 0.94,
        specificity: 0.08,
        lrPositive: 1.02,
        lrNegative: 0.48,
        summary:
          'Pooled Sn 94% (88–97), Sp 8% (2–20). A positive test barely changes the odds; a ' +
          'negative one helps a little to rule out.',
        citation: cite(['S1'], 'confirmed', 'Reiman 2013, Table 8.'),
      },
      {
        target: 'Labral tear (reference: arthroscopy), 2 studies, n=157',
        sensitivity: 0.99,
        specificity: 0.07,
        lrPositive: 1.06,
        lrNegative: 0.15,
        summary: 'Pooled Sn 99% (95–100), Sp 7% (0–34).',
        citation: cite(['S1'], 'confirmed', 'Reiman 2013, Table 8.'),
      },
      {
        target: 'FAI syndrome or labral tear (Reiman 2015 meta-analysis)',
        summary:
          'Pooled Sn 94–99%, Sp about 5–9%, LR+ about 1, DOR 5.71–7.82: useful for screening ' +
          '(ruling out) only.',
        citation: cite(['S2'], 'confirmed'),
      },
      {
        target: 'FAI syndrome, 9 cohorts, n=693 (pain provocation)',
        summary: 'LR+ 1.00–3.30, LR− 0.09–0.83 across cohorts.',
        citation: cite(['S3'], 'confirmed'),
      },
      {
        target: 'Labral injury, 7 cohorts, n=325',
        summary: 'LR+ 1.00–2.30, LR− 0.06–0.76 across cohorts.',
        citation: cite(['S3'], 'confirmed'),
      },
      {
        target: 'FAI syndrome (Pålsson 2020, n=81)',
        sensitivity: 0.8,
        specificity: 0.25,
        lrPositive: 1.07,
        lrNegative: 0.8,
        summary: 'Sn 80%, Sp 25%; LR+ 1.07 and LR− 0.80 (calc).',
        citation: cite(['S20'], 'confirmed'),
      },
      {
        target: 'FAI (Ranawat 2017, n=110)',
        sensitivity: 0.96,
        specificity: 0.11,
        lrPositive: 1.1,
        lrNegative: 0.4,
        summary: 'Sn 96%, Sp 11%, LR+ 1.1, LR− 0.4.',
        citation: cite(['S21'], 'confirmed'),
      },
      {
        target: 'Antero-superior labral lesion on radial MRI (Hananouchi 2012, 107 hips)',
        sensitivity: 0.506,
        specificity: 0.889,
        lrPositive: 4.6,
        lrNegative: 0.56,
        summary:
          'Reported as the "anterior impingement test": Sn 50.6%, Sp 88.9%, PPV 95.7%; LR+ 4.6 ' +
          'and LR− 0.56 (calc).',
        citation: cite(['S23'], 'confirmed'),
      },
      {
        target: 'Cam or pincer morphology on imaging (Caliesch 2020 review, 17 tests)',
        summary:
          'FADIR was among the most sensitive tests, but no test rules morphology in: Sp was ' +
          '0.11–0.56 for every test.',
        citation: cite(['S25'], 'confirmed'),
      },
    ],
  },
  faber: {
    id: 'faber',
    name: "FABER (flexion, abduction, external rotation; Patrick's test)",
    howTo:
      'Supine. Rest the ankle on the opposite knee and let the bent knee fall towards the couch ' +
      'while steadying the opposite side of the pelvis. Compare the knee height with the other side.',
    positiveWhen:
      'Reproduces familiar groin, buttock or lateral hip pain, or the range is clearly less than ' +
      'on the other side.',
    accuracy: [
      {
        target: 'FAI syndrome, pain provocation, 2 cohorts, n=138',
        summary: 'LR+ 0.79–0.87, LR− 1.14–1.21: does not help.',
        citation: cite(['S3'], 'confirmed'),
      },
      {
        target: 'FAI syndrome, restricted range, 2 cohorts, n=678',
        summary: 'LR+ 1.01–1.36, LR− 0.41–0.93.',
        citation: cite(['S3'], 'confirmed'),
      },
      {
        target: 'Hip micro-instability (Ranawat 2017, n=54)',
        sensitivity: 0.54,
        specificity: 0.9,
        lrPositive: 5.4,
        lrNegative: 0.5,
        summary: 'Sn 54%, Sp 90%, LR+ 5.4, LR− 0.5.',
        citation: cite(['S21'], 'confirmed'),
      },
      {
        target:
          'Intra-articular pain source (relief from anaesthetic injection; Maslowski 2010, n=50)',
        sensitivity: 0.82,
        summary: 'Sn 82% (57–96); specificity low.',
        citation: cite(['S22'], 'confirmed'),
      },
    ],
  },
  scour: {
    id: 'scour',
    name: 'Scour (quadrant) test',
    howTo:
      'Supine, hip flexed to about 90° and adducted. Press down along the femur through the knee ' +
      'and sweep the hip in an arc through flexion, adduction and abduction.',
    positiveWhen:
      'Reproduces groin or lateral hip pain, or a catch, click or apprehension in the joint.',
    accuracy: [
      {
        target: 'Labral tear or hip OA (the test on its own)',
        summary:
          'No reliable pooled accuracy found; older single studies were not checked. No accuracy ' +
          'study to quote.',
        citation: cite([], 'unchecked', 'Fact sheet §1.1: older single studies from memory only.'),
      },
      {
        target: 'Hip OA (K–L ≥2): Sutlive rule, ≥4 of 5 items positive (scour is one item)',
        sensitivity: 0.48,
        specificity: 0.98,
        lrPositive: 24.3,
        summary:
          'Scour with adduction causing lateral hip or groin pain is 1 of the 5 rule items. ' +
          'Rule ≥4/5: Sn 48%, Sp 98%, LR+ 24.3 (post-test 91%). ≥3/5: Sn 71%, Sp 86%, LR+ 5.2, ' +
          'LR− 0.33. These figures are for the whole rule, not for scour alone.',
        citation: cite(['S16'], 'confirmed', 'Sutlive 2008, 72 subjects.'),
      },
    ],
  },
  logRoll: {
    id: 'logRoll',
    name: 'Log roll',
    howTo:
      'Supine, legs straight and relaxed. Roll the thigh gently into internal and external ' +
      'rotation with both hands: this turns the femoral head in the socket without loading the ' +
      'muscles around it.',
    positiveWhen:
      'Reproduces deep groin pain, or the rotation range clearly differs from the other side.',
    accuracy: [
      {
        target: 'Intra-articular hip pathology',
        summary:
          'No accuracy study. Expert text describes it as the most specific manoeuvre because ' +
          'only the femoral head moves.',
        citation: cite(['S24'], 'unchecked', 'The expert description is partly confirmed.'),
      },
      {
        target: 'Femoral neck stress fracture',
        summary:
          'Pain on log roll or axial (heel) loading is described; no accuracy figures. No ' +
          'clinical test rules a femoral neck stress fracture in or out: image (X-ray, then MRI).',
        citation: cite(['S35', 'S34'], 'unchecked', 'The description is confirmed in [S35].'),
      },
    ],
  },
  resistedStraightLegRaise: {
    id: 'resistedStraightLegRaise',
    name: 'Resisted straight-leg raise (Stinchfield)',
    howTo:
      'Supine. The patient lifts the straight leg to about 30° of hip flexion and holds it while ' +
      'you push down just above the knee.',
    positiveWhen: 'Reproduces groin or anterior hip pain (weakness alone is not a positive test).',
    accuracy: [
      {
        target: 'Intra-articular pain source (relief from anaesthetic injection; Maslowski 2010)',
        sensitivity: 0.59,
        specificity: 0.32,
        summary:
          'Sp 32% (0.14–0.55), the most specific of the four provocation tests studied; Sn 59%.',
        citation: cite(['S22'], 'partly-confirmed', 'Sp 32% confirmed; Sn 59% is unchecked.'),
      },
    ],
  },
  singleLegStance30s: {
    id: 'singleLegStance30s',
    name: 'Single-leg stance, 30 seconds',
    howTo:
      'Standing, a fingertip on the wall for balance if needed. The patient lifts the other foot ' +
      'and stands on the painful leg for 30 s.',
    positiveWhen: 'Lateral hip pain of 2/10 or more within the 30 s.',
    accuracy: [
      {
        target: 'Gluteal tendinopathy confirmed on MRI (Grimaldi 2017, n=65)',
        sensitivity: 0.38,
        specificity: 1,
        lrNegative: 0.62,
        summary:
          'Sp 100% (n=65): a positive test moved a 50% pre-test probability to 98%. Sn low (38% ' +
          'as cited by Physiotutors); LR+ not defined; LR− about 0.62 (calc). The test battery ' +
          'missed 20 of 65 (31%) with tendinopathy on MRI.',
        citation: cite(['S5'], 'partly-confirmed', 'Sp 100% confirmed; Sn 38% partly confirmed.'),
      },
      {
        target: 'Gluteal tendinopathy or bursitis on MRI (Lequesne 2008, refractory GTPS)',
        sensitivity: 1,
        specificity: 0.973,
        lrPositive: 37,
        lrNegative: 0,
        summary:
          'Sn 100%, Sp 97.3%; LR+ 37 and LR− 0 (calc). Case–control design against people ' +
          'without symptoms, so the figures are inflated.',
        citation: cite(['S6'], 'confirmed'),
      },
    ],
  },
  fader: {
    id: 'fader',
    name: 'FADER (flexion, adduction, external rotation)',
    howTo:
      'Supine. Bend the hip to 90°, take it across the body into adduction and rotate it ' +
      'externally to the end of range.',
    positiveWhen: 'Reproduces lateral (trochanteric) hip pain.',
    accuracy: [
      {
        target: 'Gluteal tendinopathy confirmed on MRI (Grimaldi 2017)',
        summary:
          'Part of the Grimaldi 2017 battery and of the LEAP trial entry criteria, but its own ' +
          'Sn/Sp were not retrieved. No accuracy figures to quote.',
        citation: cite(['S5', 'S12b'], 'unchecked', 'Use in the battery and LEAP is confirmed.'),
      },
    ],
  },
  faderR: {
    id: 'faderR',
    name: 'FADER-R (FADER with resisted internal rotation)',
    howTo:
      'Take the hip into the FADER position (90° flexion, adduction, external rotation). The ' +
      "patient then pushes back towards internal rotation against the examiner's resistance.",
    positiveWhen: 'Reproduces lateral hip pain.',
    accuracy: [
      {
        target: 'Gluteal tendinopathy confirmed on MRI (Grimaldi 2017)',
        summary:
          'With single-leg stance and ADD-R, one of the most specific tests (they combine ' +
          'compression with tensile load); sensitivity lower. Exact values not retrieved.',
        citation: cite(['S5'], 'confirmed', 'Only the direction is confirmed.'),
      },
      {
        target: 'Gluteal tendinopathy: approximate values (unverified recollection)',
        summary: 'Sp roughly 0.8–0.9, Sn roughly 0.3–0.6. Not read in the paper: verify.',
        citation: cite(['S5'], 'unchecked'),
      },
    ],
  },
  addR: {
    id: 'addR',
    name: 'ADD-R (adduction with resisted abduction)',
    howTo:
      'Side-lying on the other side. Lower the straight top leg into adduction with the hip in ' +
      "neutral, then the patient pushes it up into abduction against the examiner's resistance.",
    positiveWhen: 'Reproduces lateral hip pain.',
    accuracy: [
      {
        target: 'Gluteal tendinopathy confirmed on MRI (Grimaldi 2017)',
        summary:
          'With single-leg stance and FADER-R, one of the most specific tests; sensitivity ' +
          'lower. Exact values not retrieved.',
        citation: cite(['S5'], 'confirmed', 'Only the direction is confirmed.'),
      },
      {
        target: 'Gluteal tendinopathy: approximate values (unverified recollection)',
        summary: 'Sp roughly 0.8–0.9, Sn roughly 0.3–0.6. Not read in the paper: verify.',
        citation: cite(['S5'], 'unchecked'),
      },
    ],
  },
  resistedAbduction: {
    id: 'resistedAbduction',
    name: 'Resisted hip abduction',
    howTo:
      'Supine or side-lying, hip in neutral. The patient pushes the leg outwards isometrically ' +
      'against resistance at the lower thigh or ankle.',
    positiveWhen: 'Reproduces lateral hip pain (record weakness separately under strength).',
    accuracy: [
      {
        target: 'Gluteal tendinopathy, 2 studies, n=79',
        sensitivity: 0.71,
        specificity: 0.84,
        lrPositive: 5.5,
        lrNegative: 0.37,
        summary:
          'Pooled Sn 71% (51–87), Sp 84% (71–93), LR+ 5.50, LR− 0.37. The LRs were pooled ' +
          'separately, so they do not equal the ratio of the pooled Sn and Sp.',
        citation: cite(['S1'], 'confirmed', 'Reiman 2013, Table 8.'),
      },
      {
        target: 'GTPS, combined with greater trochanter palpation (Kinsella 2024)',
        summary:
          'Both negative: a 59% pre-test probability falls to 14%. Both positive: it rises to 96% ' +
          '(6 studies, 272 people).',
        citation: cite(['S8'], 'confirmed'),
      },
    ],
  },
  resistedExternalDerotation: {
    id: 'resistedExternalDerotation',
    name: 'Resisted external de-rotation',
    howTo:
      'Supine, hip and knee bent to 90° and the hip taken into external rotation. The patient ' +
      "tries to bring the leg back to neutral (internal rotation) against the examiner's resistance.",
    positiveWhen: "Reproduces the patient's lateral (trochanteric) pain.",
    accuracy: [
      {
        target: 'Gluteal tendinopathy or bursitis on MRI (Lequesne 2008, refractory GTPS)',
        sensitivity: 0.88,
        specificity: 0.973,
        lrPositive: 32.6,
        lrNegative: 0.12,
        summary:
          'Sn 88%, Sp 97.3%; LR+ 32.6 and LR− 0.12 (calc). Case–control design against people ' +
          'without symptoms, so the figures are inflated.',
        citation: cite(['S6'], 'confirmed'),
      },
    ],
  },
  trendelenburgTest: {
    id: 'trendelenburgTest',
    name: 'Trendelenburg test',
    howTo:
      'Standing. The patient lifts the other foot and stands on the test leg for up to 30 s ' +
      'while you watch the pelvis from behind.',
    positiveWhen:
      'The pelvis drops on the lifted side, the trunk shifts over the stance leg to compensate, ' +
      'or the position cannot be held.',
    accuracy: [
      {
        target: 'Gluteal tendinopathy, 3 studies, n=78',
        sensitivity: 0.61,
        specificity: 0.92,
        lrPositive: 6.83,
        lrNegative: 0.25,
        summary: 'Pooled Sn 61% (46–75), Sp 92% (83–97), LR+ 6.83, LR− 0.25.',
        citation: cite(['S1'], 'confirmed', 'Reiman 2013, Table 8.'),
      },
      {
        target: 'Gluteus medius tear on MRI (Bird 2001)',
        sensitivity: 0.73,
        specificity: 0.77,
        summary: 'Sn about 73%, Sp about 77% (read from a garbled table).',
        citation: cite(['S1b'], 'partly-confirmed'),
      },
    ],
  },
  ober: {
    id: 'ober',
    name: 'Ober test',
    howTo:
      'Side-lying on the other side, lower hip and knee bent. Take the top leg into abduction ' +
      'and slight extension (knee bent in the classic test, straight in the modified Ober), then ' +
      'let it lower towards the couch while stopping the pelvis from tipping.',
    positiveWhen:
      'The thigh stays up and does not lower to horizontal (ITB/TFL tightness), and/or lateral ' +
      'hip pain is reproduced.',
    accuracy: [
      {
        target: 'GTPS vs hip OA: Ober restricted and painful (attributed to Fearon 2013)',
        sensitivity: 0.41,
        specificity: 0.95,
        summary: 'Sn 41%, Sp 95%, OR 13.2, PPV 94%.',
        citation: cite(['S9'], 'partly-confirmed'),
      },
      {
        target: 'Iliotibial band syndrome',
        summary:
          'No accuracy figures. Men with ITBS had an Ober angle only 1.2° lower than controls, ' +
          'less than the measurement error.',
        citation: cite(['S51'], 'unchecked', 'The 1.2° finding is confirmed; no accuracy study.'),
      },
    ],
  },
  nobleCompression: {
    id: 'nobleCompression',
    name: 'Noble compression test',
    howTo:
      'Supine with the knee bent to 90°. Press over the iliotibial band about 2 cm above the ' +
      'lateral femoral epicondyle and straighten the knee.',
    positiveWhen: 'Reproduces the lateral knee pain, typically at about 30° of knee flexion.',
    accuracy: [
      {
        target: 'Iliotibial band syndrome',
        summary: 'No diagnostic-accuracy study: the test is not validated.',
        citation: cite(['S51'], 'unchecked', '"Not validated" is itself confirmed in [S51].'),
      },
    ],
  },
} satisfies Partial<Record<SpecialTestId, SpecialTestInfo>>
