import { cite } from '../sources'
import {
  ageAbove,
  ageBelow,
  ageBetween,
  published,
  stated,
  type ConditionModel,
} from './conditionModel'

/**
 * Conditions a red flag can point to, ranked with the others: septic arthritis, a bone tumour or
 * metastasis, avascular necrosis of the femoral head and a fracture after trauma. Their red-flag
 * rules (redFlagRules.ts) raise the banner whatever the ranking says; here they compete on the
 * findings, so that the differential shows how likely each is. Starting points are low: few
 * runners who see a physiotherapist with hip pain have one of them.
 */

const kocher = cite(
  ['S47'],
  'confirmed',
  'Kocher criteria (children): non-weight-bearing, temperature over 38.5 °C, ESR over 40 mm/h, white cells over 12 000/mm³; 0-4 criteria give <0.2% to 99.6%.',
)
const adultSeptic = cite(
  ['K10'],
  'partly-confirmed',
  'JAMA review (Margaretten 2007): only about half of adults with septic arthritis have a fever.',
)

export const septicArthritis: ConditionModel = {
  id: 'septic-arthritis',
  prior: 0.003,
  // Septic hips are mostly a disease of young children (Kocher's population) and the very old.
  adjustments: [ageBelow(12, 4), ageAbove(80, 2, adultSeptic)],
  evidence: [
    stated(
      'fever',
      6,
      0.5,
      'Fever is a Kocher criterion; its absence lowers the odds only a little, as only about half of adults have one.',
      kocher,
    ),
    stated(
      'fever-over-38-5',
      2,
      undefined,
      'Above the Kocher threshold: counted on top of fever.',
      kocher,
    ),
    stated(
      'reported-fever-or-unwell',
      3,
      0.7,
      'Fever, chills or feeling unwell reported, not measured.',
      adultSeptic,
    ),
    stated('cannot-bear-weight', 4, 0.5, 'Non-weight-bearing is a Kocher criterion.', kocher),
    stated(
      'leg-flexed-abducted-externally-rotated',
      4,
      undefined,
      'The position that gives a tense, swollen joint the most room (general knowledge).',
    ),
    stated('weight-bearing-pain', 2, 0.5, 'An irritable joint hurts to stand on.'),
    stated('end-range-rotation-painful', 1.5),
    stated('night-pain-unrelenting', 1.5),
    stated(
      'symptoms-under-2-weeks',
      2,
      0.5,
      'Usually a short history, days rather than weeks (general knowledge).',
    ),
    stated(
      'symptoms-over-3-months',
      0.1,
      undefined,
      'Septic arthritis does not smoulder for months.',
    ),
    stated('eases-with-warm-up', 0.3, undefined, 'Infected joints do not warm up.'),
  ],
}

const malignancyFlags = cite(
  ['S61', 'K8'],
  'partly-confirmed',
  'Red-flag questions (S61). In low back pain, a history of cancer was the one red flag that clearly raised the probability of malignancy (about 7% after it in primary care); weight loss and age alone did little (Downie 2013).',
)

export const boneTumour: ConditionModel = {
  id: 'bone-tumour',
  prior: 0.002,
  // Metastases become likelier with age; primary bone sarcomas peak in the teens and twenties
  // (general knowledge).
  adjustments: [ageAbove(50, 3, cite(['S61'], 'partly-confirmed')), ageBetween(10, 25, 1.5)],
  evidence: [
    stated(
      'cancer-history',
      8,
      0.7,
      'Chosen so that, from a base rate under 1%, a history of cancer gives roughly the 7% that Downie 2013 reports in primary care.',
      malignancyFlags,
    ),
    stated(
      'unexplained-weight-loss',
      2,
      0.8,
      'A weak flag on its own (Downie 2013).',
      malignancyFlags,
    ),
    stated(
      'significant-weight-loss',
      1.5,
      0.7,
      'Counted on top of weight loss when it reaches the usual threshold for investigation.',
      cite(['K7'], 'partly-confirmed'),
    ),
    stated('night-sweats', 2, 0.8, undefined, malignancyFlags),
    stated(
      'night-pain-unrelenting',
      3,
      0.6,
      'Constant pain at night, not eased by rest or position: the pain of a lesion, not of load.',
      malignancyFlags,
    ),
    stated('eases-with-warm-up', 0.5, undefined, 'Mechanical pain eases with movement.'),
    stated('onset-sudden', 0.7),
  ],
}

const avnProfile = cite(
  ['K11'],
  'partly-confirmed',
  'Groin pain that may spread to the knee or buttock, limited hip movement; corticosteroids, alcohol and trauma are the usual causes; MRI confirms.',
)

export const avascularNecrosis: ConditionModel = {
  id: 'avascular-necrosis',
  prior: 0.005,
  adjustments: [ageBetween(30, 55, 1.5), ageBelow(18, 0.3)],
  evidence: [
    stated(
      'corticosteroid-use',
      10,
      0.8,
      'The commonest cause: oral corticosteroids gave odds ratios of 20.3 and 31.5 in two case-control studies, far above any weight here, so it is counted at the cap.',
      cite(
        ['K13'],
        'confirmed',
        'Sakaguchi 2010: OR 20.3 (95% CI 6.7-61.5); Fukushima 2013: OR 31.5.',
      ),
    ),
    stated('alcohol-excess', 3, 0.9, undefined, avnProfile),
    stated('pain-groin', 2, 0.4, 'Deep groin pain.', avnProfile),
    stated('knee-pain', 1.3, undefined, 'May spread to the knee.', avnProfile),
    stated('ir-painful', 1.5, undefined, undefined, avnProfile),
    stated('ir-restricted', 1.5, undefined, 'Limited range as the head collapses.', avnProfile),
    stated('weight-bearing-pain', 1.5),
    stated(
      'night-pain-unrelenting',
      1.5,
      undefined,
      'Night and rest pain (fact sheet §3.13, general knowledge).',
    ),
    stated('antalgic-gait', 1.5),
    // Onset is not weighed: the pain began acutely in 55% of hips in a prospective cohort (K14),
    // so a sudden start does not point away from avascular necrosis.
  ],
}

const fracturePresentation = cite(
  ['K9'],
  'partly-confirmed',
  'Pain after a fall, unable to bear weight; a shortened, externally rotated leg means a displaced fracture, but about 15% are impacted and show no deformity.',
)

export const traumaticFracture: ConditionModel = {
  id: 'traumatic-fracture',
  prior: 0.005,
  adjustments: [ageAbove(65, 3, fracturePresentation)],
  evidence: [
    stated(
      'trauma-onset',
      10,
      0.1,
      'Without a fall, blow or other trauma this is not a traumatic fracture (stress and insufficiency fractures are ranked as bone stress injury).',
      fracturePresentation,
    ),
    stated('cannot-bear-weight', 10, 0.4, undefined, fracturePresentation),
    stated(
      'leg-shortened-externally-rotated',
      10,
      0.7,
      'The classic deformity of a displaced fracture; its absence rules little out.',
      fracturePresentation,
    ),
    stated('leg-appears-shorter', 4, 0.8, undefined, fracturePresentation),
    published(
      'test-patellar-pubic-percussion',
      6.11,
      0.07,
      cite(
        ['S1'],
        'confirmed',
        'Reiman 2013, pooled 3 studies, n=782: mostly traumatic fractures in older adults.',
      ),
      'Its study population is this one: a negative test makes a fracture unlikely.',
    ),
    stated('weight-bearing-pain', 2, 0.5),
    stated(
      'pain-groin',
      1.5,
      undefined,
      'Pain around the groin and the greater trochanter.',
      fracturePresentation,
    ),
    stated('pain-lateral-hip', 1.5, undefined, undefined, fracturePresentation),
    stated(
      'pain-anterior-thigh',
      1.3,
      undefined,
      'Pain may spread down the femur.',
      fracturePresentation,
    ),
    stated('pain-buttock', 1.3, undefined, 'Pelvic (ischial or sacral) fractures.'),
    stated('end-range-rotation-painful', 1.5, undefined, 'Rotation hurts.', fracturePresentation),
    stated('symptoms-over-3-months', 0.2, undefined, 'An injury, not a long-standing complaint.'),
  ],
}
