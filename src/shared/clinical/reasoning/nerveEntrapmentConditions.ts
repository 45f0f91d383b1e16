import { cite } from '../sources'
import { notBearingWeight, published, stated, type ConditionModel } from './conditionModel'

/**
 * Nerve entrapments around the pelvis: the sciatic nerve in the deep gluteal space (deep gluteal
 * syndrome, including piriformis syndrome) and the lateral femoral cutaneous nerve under the
 * inguinal ligament (meralgia paraesthetica).
 */

const martin2014 = cite(
  ['K2'],
  'partly-confirmed',
  'Martin 2014, endoscopically confirmed entrapment: either piriformis test positive, Sn 91%, Sp 80% (LR+ 4.6, LR− 0.11).',
)
const dgsProfile = cite(
  ['K2b'],
  'partly-confirmed',
  'Sciatic-like buttock pain, often one-sided, worse with hip rotation in flexion; cannot sit for more than 20-30 minutes.',
)

export const deepGlutealSyndrome: ConditionModel = {
  id: 'deep-gluteal-syndrome',
  prior: 0.03,
  adjustments: [],
  evidence: [
    stated('cannot-bear-weight', 0.5, undefined, notBearingWeight),
    stated('pain-buttock', 3, 0.3, 'Deep buttock pain.', dgsProfile),
    stated('worse-sitting', 2, 0.7, 'Sitting intolerance.', dgsProfile),
    stated('pain-posterior-thigh', 1.5, undefined, 'Sciatic-like pain down the thigh.', dgsProfile),
    stated('pain-below-knee', 1.3, undefined, undefined, dgsProfile),
    stated('neurological-symptoms', 1.5, undefined, undefined, dgsProfile),
    published('test-piriformis', 4.55, 0.11, martin2014, 'The two tests taken together.'),
    stated(
      'test-lumbar-movement',
      0.5,
      undefined,
      'Symptoms that change with spinal movement point to the lumbar spine.',
    ),
    stated('pain-lower-back', 0.6),
    stated('pain-groin', 0.5),
    stated(
      'pain-sitting-bone',
      0.8,
      undefined,
      'Pain at the ischium points to the hamstring origin.',
    ),
  ],
}

const meralgiaProfile = cite(
  ['K3'],
  'partly-confirmed',
  'Numbness and paraesthesia, sometimes painful, over the upper outer thigh; strength normal; tight belts, obesity and pregnancy predispose.',
)

export const meralgiaParaesthetica: ConditionModel = {
  id: 'meralgia-paraesthetica',
  prior: 0.01,
  adjustments: [],
  evidence: [
    stated('cannot-bear-weight', 0.3, undefined, notBearingWeight),
    stated(
      'thigh-numbness',
      8,
      0.1,
      'The nerve carries sensation only: the complaint is burning, tingling or numbness.',
      meralgiaProfile,
    ),
    published(
      'test-pelvic-compression-lfcn',
      14.2,
      0.05,
      cite(['K3'], 'partly-confirmed', 'Nouraei 2007, n=45: Sn 95%, Sp 93.3% (LRs calculated).'),
      'One small study; capped like every ratio.',
    ),
    stated('neurological-symptoms', 1.5, undefined, undefined, meralgiaProfile),
    stated('pain-anterior-thigh', 1.5),
    stated('pain-lateral-hip', 1.2),
    stated('pain-groin', 0.7),
    stated('pain-below-knee', 0.4, undefined, 'The nerve ends above the knee.'),
    stated('hip-rom-full-painless', 1.5, undefined, 'The hip joint itself is normal.'),
  ],
}
