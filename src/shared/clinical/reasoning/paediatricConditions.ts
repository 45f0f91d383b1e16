import { cite } from '../sources'
import {
  ageAbove,
  ageBelow,
  ageBetween,
  sexIs,
  stated,
  type ConditionModel,
} from './conditionModel'

/**
 * The growing hip: slipped capital femoral epiphysis (SCFE) in adolescents and Perthes disease in
 * younger children. Both present with a limp, hip, thigh or knee pain and lost rotation, and both
 * need an X-ray and an orthopaedic opinion. In a child or young adolescent these come before
 * labral tears and FAI syndrome, which are uncommon before skeletal maturity.
 */

const scfeProfile = cite(
  ['S46'],
  'confirmed',
  'Age about 8-15 (mean 13.5 in boys, 12.0 in girls), boys more than girls; limp; hip, groin, thigh or knee pain (knee or thigh only in about 15%); reduced internal rotation; Drehmann sign; unstable when the child cannot walk even with crutches.',
)

export const scfe: ConditionModel = {
  id: 'scfe',
  // SCFE is a disease of the growth plate: the age window carries the prior.
  prior: 0.003,
  adjustments: [
    ageBetween(8, 16, 25, scfeProfile),
    ageAbove(18, 0.01, scfeProfile),
    ageBelow(8, 0.1, scfeProfile),
    sexIs('male', 1.5, scfeProfile),
  ],
  evidence: [
    stated('antalgic-gait', 4, 0.3, 'A limp is the usual presentation.', scfeProfile),
    stated('ir-restricted', 4, 0.3, 'Internal rotation is lost early.', scfeProfile),
    stated(
      'test-drehmann',
      8,
      0.5,
      'No accuracy study: the hip rolls into external rotation as it is flexed.',
      scfeProfile,
    ),
    stated('knee-pain', 2, undefined, 'Adolescents often point to the knee.', scfeProfile),
    stated('pain-groin', 1.5, undefined, undefined, scfeProfile),
    stated('pain-anterior-thigh', 1.5, undefined, undefined, scfeProfile),
    stated(
      'cannot-bear-weight',
      2,
      undefined,
      'An unstable slip: cannot walk even with crutches.',
      scfeProfile,
    ),
    stated(
      'leg-shortened-externally-rotated',
      2,
      undefined,
      'The slipped epiphysis leaves the leg shorter and turned out (general knowledge).',
    ),
    stated('leg-appears-shorter', 2),
  ],
}

const perthesProfile = cite(
  ['K6'],
  'partly-confirmed',
  'Onset between 2 and 15 years, mostly 4-9; boys 4-5 times as often as girls; 10-15% on both sides.',
)

const perthesSymptoms = cite(
  ['K6b'],
  'partly-confirmed',
  'Patient-information pages: a limp, an ache in the groin, thigh or knee, stiff hip movement.',
)

export const perthesDisease: ConditionModel = {
  id: 'perthes-disease',
  prior: 0.001,
  adjustments: [
    ageBetween(4, 10, 30, perthesProfile),
    ageAbove(14, 0.01, perthesProfile),
    sexIs('male', 2, perthesProfile),
    sexIs('female', 0.5, perthesProfile),
  ],
  evidence: [
    stated('antalgic-gait', 4, 0.3, 'A limp, often before much pain.', perthesSymptoms),
    stated('ir-restricted', 3, 0.5, 'Hip movement becomes stiff and reduced.', perthesSymptoms),
    stated('abduction-restricted', 3, 0.6, 'Abduction is lost with rotation (general knowledge).'),
    stated('knee-pain', 2, undefined, 'An ache in the groin, thigh or knee.', perthesSymptoms),
    stated('pain-groin', 1.5, undefined, undefined, perthesSymptoms),
    stated('pain-anterior-thigh', 1.3, undefined, undefined, perthesSymptoms),
    stated('onset-sudden', 0.5, undefined, 'An insidious start.'),
  ],
}
