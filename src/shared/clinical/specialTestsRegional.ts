import { type SpecialTestId } from '../model/assessment/physicalExam'
import { cite } from './sources'
import { type SpecialTestInfo } from './specialTests'

const hamstringReliability =
  'Reliability for all three tests: inter-rater ICC 0.82–0.88, intra-rater 0.87–0.93.'

const fnsfWarning =
  'No clinical test rules a femoral neck stress fracture in or out: a runner with ' +
  'exercise-related groin pain, night pain or pain on hopping needs imaging (X-ray, then MRI).'

/**
 * Special tests for the posterior hip, groin, bone stress, lumbar spine, snapping hip and the
 * adolescent hip, from the clinical fact sheet (§1.3, §1.4, §1.6, §3.9, §3.13).
 */
export const regionalTests = {
  puranenOrava: {
    id: 'puranenOrava',
    name: 'Puranen–Orava test',
    howTo:
      'Standing. The patient rests the heel of the straight leg on a support at about hip ' +
      'height (hip near 90°, knee straight) and leans forward to stretch the hamstrings actively.',
    positiveWhen: 'Reproduces pain at the ischial tuberosity (sitting bone).',
    accuracy: [
      {
        target: 'Proximal hamstring tendinopathy (Cacchio 2012, n=92 athletes)',
        sensitivity: 0.76,
        specificity: 0.82,
        lrPositive: 4.2,
        lrNegative: 0.29,
        summary: `Sn 76%, Sp 82%; LR+ 4.2 and LR− 0.29 (calc). ${hamstringReliability}`,
        citation: cite(['S26'], 'confirmed'),
      },
    ],
  },
  bentKneeStretch: {
    id: 'bentKneeStretch',
    name: 'Bent-knee stretch test',
    howTo: 'Supine. Take the hip and knee into full flexion, then straighten the knee slowly.',
    positiveWhen: 'Reproduces pain at the ischial tuberosity (sitting bone).',
    accuracy: [
      {
        target: 'Proximal hamstring tendinopathy (Cacchio 2012, n=92 athletes)',
        sensitivity: 0.84,
        specificity: 0.87,
        lrPositive: 6.5,
        lrNegative: 0.18,
        summary: `Sn 84%, Sp 87%; LR+ 6.5 and LR− 0.18 (calc). ${hamstringReliability}`,
        citation: cite(['S26'], 'confirmed'),
      },
    ],
  },
  modifiedBentKneeStretch: {
    id: 'modifiedBentKneeStretch',
    name: 'Modified bent-knee stretch test',
    howTo:
      'Supine with both legs straight. Take the hip and knee together into maximal flexion, then ' +
      'straighten the knee (rapidly, in the original description).',
    positiveWhen: 'Reproduces pain at the ischial tuberosity (sitting bone).',
    accuracy: [
      {
        target: 'Proximal hamstring tendinopathy (Cacchio 2012, n=92 athletes)',
        sensitivity: 0.89,
        specificity: 0.91,
        lrPositive: 9.9,
        lrNegative: 0.12,
        summary:
          'Sn 89%, Sp 91%; LR+ 9.9 and LR− 0.12 (calc): the most valid of the three tests. ' +
          hamstringReliability,
        citation: cite(['S26'], 'confirmed', 'That the knee is straightened rapidly is unchecked.'),
      },
    ],
  },
  thomas: {
    id: 'thomas',
    name: 'Thomas test',
    howTo:
      'Supine. The patient hugs the opposite knee to the chest to flatten the lower back; watch ' +
      'whether the thigh of the test leg lifts off the couch.',
    positiveWhen:
      'The test thigh rises (hip-flexion contracture), or the stretch reproduces anterior hip or ' +
      'groin pain.',
    accuracy: [
      {
        target: 'Iliopsoas tendinopathy (HEC test study, n=44)',
        summary:
          'Rated a poor test for iliopsoas tendinopathy; no figures. Pain on the Thomas-position ' +
          'stretch is still part of the Hölmich criterion for iliopsoas-related groin pain.',
        citation: cite(['S49c', 'S49'], 'unchecked', 'Both statements are confirmed; no figures.'),
      },
    ],
  },
  modifiedThomas: {
    id: 'modifiedThomas',
    name: 'Modified Thomas test',
    howTo:
      'The patient sits at the very end of the couch, holds both knees to the chest and rolls ' +
      'back, then keeps the opposite knee held while the test leg hangs over the edge. Measure the ' +
      'hip angle (thigh against horizontal) and the knee angle.',
    positiveWhen:
      'Thigh above horizontal (hip angle >0°): short one-joint hip flexors. Knee angle <67°: ' +
      'short rectus femoris or TFL. Thigh drifting into abduction: short TFL/ITB.',
    accuracy: [
      {
        target: 'Hip-extension deficit (reference: measured hip extension; Vigotsky 2016)',
        sensitivity: 0.318,
        specificity: 0.571,
        lrPositive: 0.74,
        lrNegative: 1.19,
        summary:
          'Sn 31.8%, Sp 57.1%; LR+ 0.74 and LR− 1.19 (calc). Poor validity unless pelvic tilt is ' +
          'controlled. A practical inclinometer target of ≥10° hip extension is quoted by one ' +
          'vendor (partly confirmed).',
        citation: cite(['S52'], 'confirmed', 'Cut-offs from one review [S52].'),
      },
    ],
  },
  resistedHipFlexion: {
    id: 'resistedHipFlexion',
    name: 'Resisted hip flexion (seated)',
    howTo:
      'Sitting on the edge of the couch. The patient lifts the knee (hip flexion beyond 90°) and ' +
      'holds it while you push down on the lower thigh.',
    positiveWhen: 'Reproduces anterior hip or groin pain.',
    accuracy: [
      {
        target: 'Iliopsoas tendinopathy (HEC test study, n=44)',
        summary:
          'Rated a "good" test, no figures given. In the same study the HEC test (hip external ' +
          'rotation–flexion–"ceiling") had Sn 94%, Sp 88% against a peritendinous anaesthetic. ' +
          'Doha: pain on resisted hip flexion makes iliopsoas-related groin pain more likely.',
        citation: cite(
          ['S49c', 'S49', 'S19'],
          'unchecked',
          'The rating and the Doha wording are confirmed; no figures for this test.',
        ),
      },
    ],
  },
  adductorSqueeze: {
    id: 'adductorSqueeze',
    name: 'Adductor squeeze test',
    howTo:
      'Supine with the hips at 45° (or 0° or 90°). The patient squeezes your fist, a ball or a ' +
      'sphygmomanometer cuff between the knees as hard as possible.',
    positiveWhen:
      'Reproduces pain at the adductor origin. Record the pressure or force to compare over time.',
    accuracy: [
      {
        target: 'Adductor injury, squeeze at 90° hip flexion (attributed to Falvey 2016)',
        sensitivity: 0.893,
        specificity: 0.186,
        lrPositive: 1.1,
        lrNegative: 0.58,
        summary:
          'Sn 89.3%, Sp 18.6%, LR+ 1.1, LR− 0.58. Reliability with a sphygmomanometer at ' +
          '0°/45°/90°: ICC 0.89–0.92; the highest pressure is at 45°.',
        citation: cite(['S50'], 'partly-confirmed', 'Reliability figures confirmed.'),
      },
    ],
  },
  resistedAdduction: {
    id: 'resistedAdduction',
    name: 'Resisted hip adduction',
    howTo:
      'Supine, legs straight (or hips at 45°). The patient pulls one leg inwards against your ' +
      'resistance at the inside of the knee or ankle.',
    positiveWhen: 'Reproduces pain at the adductor origin on the pubic bone.',
    accuracy: [
      {
        target: 'Adductor-related groin pain (Doha definition)',
        summary:
          'No accuracy study. Doha defines adductor-related groin pain as adductor tenderness ' +
          'plus pain on resisted adduction.',
        citation: cite(['S19'], 'unchecked', 'The Doha definition is confirmed.'),
      },
    ],
  },
  hop: {
    id: 'hop',
    name: 'Single-leg hop test',
    howTo:
      'The patient hops on the spot on the affected leg; stop at the first sharp pain. If a ' +
      'stress fracture is already strongly suspected, skip it and refer for imaging.',
    positiveWhen: 'Reproduces groin, anterior hip or thigh pain.',
    accuracy: [
      {
        target: 'Femoral neck or femoral stress fracture',
        sensitivity: 0.7,
        summary: `Groin pain on hopping reported in about 70% (figure cut off in the source). ${fnsfWarning}`,
        citation: cite(['S37', 'S34', 'S35'], 'partly-confirmed', 'The 70% figure is truncated.'),
      },
    ],
  },
  fulcrum: {
    id: 'fulcrum',
    name: 'Fulcrum test',
    howTo:
      'Sitting on the couch edge with the legs hanging. Slide your forearm under the thigh from ' +
      'the knee towards the hip as a fulcrum while pressing gently down on the knee.',
    positiveWhen: 'Sharp pain or apprehension over the fulcrum.',
    accuracy: [
      {
        target: 'Proximal-third femoral shaft stress fracture (Johnson 1994, n=7)',
        sensitivity: 0.93,
        specificity: 0.75,
        lrPositive: 3.7,
        lrNegative: 0.09,
        summary: 'Sn 93%, Sp 75%, LR+ 3.7, LR− 0.09; a very small sample.',
        citation: cite(['S36'], 'confirmed'),
      },
      {
        target: 'Femoral shaft stress fracture (Kang, n=6)',
        sensitivity: 0.88,
        specificity: 0.13,
        lrPositive: 1.0,
        lrNegative: 0.92,
        summary: `Sn 88%, Sp 13%, LR+ 1.0, LR− 0.92. ${fnsfWarning}`,
        citation: cite(['S36', 'S34'], 'confirmed'),
      },
    ],
  },
  patellarPubicPercussion: {
    id: 'patellarPubicPercussion',
    name: 'Patellar–pubic percussion test',
    howTo:
      'Supine, legs straight. Put the stethoscope on the pubic symphysis and tap each patella in ' +
      'turn, comparing the sound between sides.',
    positiveWhen: 'The note is dulled on the affected side.',
    accuracy: [
      {
        target: 'Femoral fracture, mostly traumatic in older adults (3 studies, n=782)',
        sensitivity: 0.95,
        specificity: 0.86,
        lrPositive: 6.11,
        lrNegative: 0.07,
        summary:
          'Pooled Sn 95% (92–97), Sp 86% (78–92), LR+ 6.11, LR− 0.07. Studied after trauma in ' +
          'older people, not for stress fractures in runners.',
        citation: cite(['S1'], 'confirmed', 'Reiman 2013, Table 8.'),
      },
    ],
  },
  slump: {
    id: 'slump',
    name: 'Slump test',
    howTo:
      'Sitting. The patient slumps the trunk and bends the neck; you straighten the knee and ' +
      'dorsiflex the ankle, then release the neck to see whether the symptoms change.',
    positiveWhen:
      "Reproduces the patient's buttock or leg symptoms, and they change when the neck position " +
      'changes.',
    accuracy: [
      {
        target: 'Pain referred from the lumbar spine',
        summary:
          'No accuracy figures in the fact sheet; a positive slump is listed among the features ' +
          'of lumbar referral from general knowledge.',
        citation: cite([], 'unchecked'),
      },
    ],
  },
  lumbarMovement: {
    id: 'lumbarMovement',
    name: 'Lumbar movement (flexion, extension, quadrant)',
    howTo:
      'Standing. Repeated or sustained lumbar flexion and extension, then extension with side ' +
      'bending and rotation towards the painful side; note what happens to the buttock and leg pain.',
    positiveWhen:
      "Spinal movement reproduces or changes the patient's buttock or leg pain, pointing to the " +
      'lumbar spine rather than the hip as its source.',
    accuracy: [
      {
        target: 'Pain referred from the lumbar spine',
        summary:
          'No accuracy figures in the fact sheet; symptoms that vary with spinal movement are listed ' +
          'among the features of lumbar referral from general knowledge.',
        citation: cite([], 'unchecked'),
      },
    ],
  },
  straightLegRaiseNeural: {
    id: 'straightLegRaiseNeural',
    name: 'Straight-leg raise (neural)',
    howTo:
      'Supine. Lift the straight leg passively until symptoms start, then add ankle ' +
      'dorsiflexion as a sensitising movement.',
    positiveWhen:
      "Reproduces the patient's leg symptoms (often below the knee), and the sensitising " +
      'movement changes them.',
    accuracy: [
      {
        target: 'Pain referred from the lumbar spine',
        summary:
          'No accuracy figures in the fact sheet; a positive SLR is listed among the features of ' +
          'lumbar referral from general knowledge.',
        citation: cite([], 'unchecked'),
      },
    ],
  },
  iliopsoasSnap: {
    id: 'iliopsoasSnap',
    name: 'Internal (iliopsoas) snapping-hip test',
    howTo:
      'Supine. Move the hip from flexion–abduction–external rotation (the FABER position) back ' +
      'into extension, adding internal rotation; feel and listen over the front of the hip.',
    positiveWhen: 'A loud clunk at the front of the hip that is heard or felt, not seen.',
    accuracy: [
      {
        target: 'Internal snapping hip',
        summary:
          'No accuracy study. Snapping occurs in about 5–10% of people, mostly without pain; a ' +
          'painless snap needs no treatment.',
        citation: cite(['S48', 'S48b'], 'unchecked', 'Description confirmed in [S48].'),
      },
    ],
  },
  iliotibialSnap: {
    id: 'iliotibialSnap',
    name: 'External (iliotibial band) snapping-hip test',
    howTo:
      'Side-lying on the other side (or standing). The patient bends and straightens the top ' +
      'hip while you watch and feel over the greater trochanter.',
    positiveWhen: 'The band visibly or palpably jumps over the greater trochanter.',
    accuracy: [
      {
        target: 'External snapping hip',
        summary:
          'No accuracy study. Snapping occurs in about 5–10% of people, mostly without pain; a ' +
          'painless snap needs no treatment.',
        citation: cite(['S48', 'S48b'], 'unchecked', 'Description confirmed in [S48].'),
      },
    ],
  },
  drehmann: {
    id: 'drehmann',
    name: 'Drehmann sign',
    howTo: 'Supine. Flex the hip passively and watch the thigh.',
    positiveWhen:
      'The hip rolls into external rotation and abduction as it is flexed, and cannot be kept ' +
      'straight: suspect a slipped capital femoral epiphysis and refer the same day.',
    accuracy: [
      {
        target: 'Slipped capital femoral epiphysis (adolescent)',
        summary:
          'No accuracy figures. A listed feature of SCFE alongside reduced internal rotation, ' +
          'limp and hip, thigh or knee pain (age about 8–15); bilateral in 18–50%.',
        citation: cite(['S46'], 'unchecked', 'The clinical features are confirmed in [S46].'),
      },
    ],
  },
} satisfies Partial<Record<SpecialTestId, SpecialTestInfo>>
