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

/** Buttock, posterior thigh and the lumbar spine. */

const cacchio2012 = cite(
  ['S26'],
  'confirmed',
  'Cacchio 2012 (n=92 athletes); LRs computed from Sn and Sp.',
)
const hamstringProfile = cite(['S30'], 'confirmed', 'Heiderscheit 2010.')

export const hamstringStrain: ConditionModel = {
  id: 'hamstring-strain',
  prior: 0.06,
  adjustments: [ageBelow(30, 1.5), sexIs('male', 1.3)],
  evidence: [
    stated(
      'pain-posterior-thigh',
      5,
      0.1,
      'Posterior thigh pain at the injured muscle.',
      hamstringProfile,
    ),
    stated('pain-groin', 0.3),
    stated('pain-lateral-hip', 0.3),
    stated(
      'onset-sudden',
      4,
      0.2,
      'Sudden pain while sprinting or over-stretching.',
      hamstringProfile,
    ),
    stated('sprint-or-kick-onset', 3, undefined, undefined, hamstringProfile),
    stated(
      'trauma-onset',
      0.5,
      undefined,
      'A strain comes from sprinting or over-stretching, not a fall.',
    ),
    stated('felt-pop', 1.5),
    stated('had-to-stop-running', 3, undefined, 'Unable to continue.'),
    stated('pain-on-walking', 1.3),
    stated(
      'slr-restricted',
      4,
      0.5,
      'A passive straight-leg raise deficit (also predicts time to return).',
      cite(['S30'], 'confirmed', 'Moen 2014 via Heiderscheit 2010.'),
    ),
    stated(
      'hamstring-weak-or-painful',
      4,
      0.4,
      'Pain and weakness on resisted knee flexion.',
      hamstringProfile,
    ),
    stated(
      'tender-hamstring-belly',
      5,
      0.3,
      'Tenderness along the muscle; note its length.',
      hamstringProfile,
    ),
    stated(
      'tender-ischial-tuberosity',
      0.6,
      undefined,
      'Tenderness at the bone points to the tendon origin or an avulsion.',
    ),
    stated(
      'previous-hamstring-injury',
      2,
      undefined,
      'Nearly a third re-injure within a year.',
      hamstringProfile,
    ),
    stated('pain-below-knee', 0.5),
    stated('neurological-symptoms', 0.5),
    stated('symptoms-over-3-months', 0.3),
  ],
}

export const proximalHamstringTendinopathy: ConditionModel = {
  id: 'proximal-hamstring-tendinopathy',
  prior: 0.06,
  adjustments: [ageBetween(25, 55, 1.3)],
  evidence: [
    stated('cannot-bear-weight', 0.3, undefined, notBearingWeight),
    stated('trauma-onset', 0.5),
    stated(
      'pain-sitting-bone',
      6,
      0.2,
      'Deep lower buttock pain at the ischial tuberosity.',
      cite(['S28'], 'confirmed'),
    ),
    stated('pain-buttock', 2),
    stated('pain-posterior-thigh', 1.3),
    stated('pain-groin', 0.3),
    stated('pain-lateral-hip', 0.4),
    stated(
      'worse-sitting',
      4,
      0.6,
      'Prolonged sitting on hard seats compresses the tendon.',
      cite(['S28'], 'confirmed'),
    ),
    stated('worse-uphill', 2, undefined, undefined, cite(['S28'], 'confirmed')),
    stated('worse-speed', 1.5, undefined, undefined, cite(['S28'], 'confirmed')),
    stated('worse-stretching', 1.5),
    stated('worse-socks', 1.3),
    stated('onset-sudden', 0.3, 2, 'Gradual onset.'),
    stated(
      'eases-with-warm-up',
      1.5,
      undefined,
      'Eases with warm-up, returns afterwards.',
      cite(['S28'], 'confirmed'),
    ),
    stated('worst-after-running', 1.5),
    stated(
      'tender-ischial-tuberosity',
      3,
      0.3,
      'Tender at the ischial tuberosity.',
      cite(['S27'], 'confirmed'),
    ),
    published('test-puranen-orava', 4.2, 0.29, cacchio2012),
    published('test-bent-knee-stretch', 6.5, 0.18, cacchio2012),
    published(
      'test-modified-bent-knee-stretch',
      9.9,
      0.12,
      cacchio2012,
      'The most valid of the three.',
    ),
    stated(
      'test-slump',
      0.5,
      undefined,
      'A positive slump points to neural or lumbar involvement.',
    ),
    stated('pain-below-knee', 0.5),
  ],
}

export const lumbarReferred: ConditionModel = {
  id: 'lumbar-referred',
  prior: 0.08,
  adjustments: [ageAbove(40, 1.5)],
  evidence: [
    stated(
      'pain-below-knee',
      5,
      0.4,
      'Hip pain rarely travels below the knee.',
      cite(['S61'], 'unchecked'),
    ),
    stated('neurological-symptoms', 4, 0.7, 'Dermatomal pins and needles or numbness.'),
    stated(
      'pain-lower-back',
      3,
      0.6,
      'Gluteal tendinopathy and low back pain also co-exist (OR 2.79).',
      cite(['S10'], 'confirmed'),
    ),
    stated('pain-buttock', 1.5),
    stated('pain-posterior-thigh', 1.3),
    stated('pain-groin', 0.5),
    stated(
      'test-slump',
      4,
      0.5,
      'Neural tension tests have no accuracy figures in the fact sheet.',
    ),
    stated('test-slr-neural', 3, 0.6),
    stated('test-lumbar-movement', 4, 0.5, 'Symptoms that change with spinal movement.'),
    stated('tender-lumbar-spine', 2),
    stated(
      'hip-rom-full-painless',
      3,
      0.5,
      'A normal, painless hip examination points away from the hip.',
    ),
    stated('hip-tests-negative', 2, 0.6),
    stated('tender-greater-trochanter', 0.7),
    stated('test-single-leg-stance', 0.4),
  ],
}

const laslett2005 = cite(
  ['K1'],
  'partly-confirmed',
  'Laslett 2005: 3 or more of 5 provocation tests, against a joint block; from secondary tables.',
)

export const sacroiliacJointPain: ConditionModel = {
  id: 'sacroiliac-joint-pain',
  prior: 0.05,
  adjustments: [],
  evidence: [
    stated('cannot-bear-weight', 0.5, undefined, notBearingWeight),
    stated(
      'pain-buttock',
      3,
      0.3,
      'Pain over the sacroiliac joint and buttock, below the belt line.',
      laslett2005,
    ),
    stated('pain-lower-back', 1.3),
    stated('pain-groin', 0.6),
    stated('pain-lateral-hip', 0.7),
    stated('pain-below-knee', 0.6),
    stated('neurological-symptoms', 0.5, undefined, 'Nerve symptoms point to the spine.'),
    published(
      'test-sij-cluster',
      4.27,
      0.08,
      laslett2005,
      'Best used once a lumbar disc source has been ruled out.',
    ),
    stated(
      'test-lumbar-movement',
      0.6,
      undefined,
      'Pain that changes with spinal movement points to the lumbar spine first.',
      laslett2005,
    ),
    stated('hip-rom-full-painless', 1.5, undefined, 'A normal hip points away from the hip.'),
    stated(
      'running-pelvic-drop',
      1.3,
      undefined,
      'Runners with sacroiliac joint pain showed more pelvic drop and overstride.',
      cite(['S55h'], 'confirmed'),
    ),
    stated('running-overstride', 1.3, undefined, undefined, cite(['S55h'], 'confirmed')),
  ],
}
