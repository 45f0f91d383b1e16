import { cite } from '../sources'
import { type PlanTemplate } from './planTemplateTypes'

/**
 * Conditions a physiotherapist refers on rather than treats: the five red-flag conditions
 * (SCFE, septic arthritis, bone tumour, avascular necrosis, fracture after trauma) and Perthes
 * disease. Their plan is a referral and protective advice until the doctor has seen the patient:
 * one phase with no exercises. Rehabilitation afterwards follows the treating team's advice, so
 * it is not proposed here.
 */

/** The one phase of a referral plan: protect until seen, move on only on the doctor's advice. */
const untilSeen = (by: string, protect: string[]) => ({
  name: `Until seen by ${by}`,
  goals: protect,
  progressWhen: [
    `${by[0]!.toUpperCase()}${by.slice(1)} has made the diagnosis and advised on weight bearing and activity.`,
  ],
  exercises: [],
})

const scfe: PlanTemplate = {
  condition: 'scfe',
  summary:
    'Same-day referral to paediatric orthopaedics with bilateral hip X-rays; no weight through ' +
    'the leg and no running, jumping or sport until seen.',
  phases: [
    untilSeen('the orthopaedic team', [
      'Seen by paediatric orthopaedics today, with X-rays of both hips (AP and frog-leg lateral; ' +
        'a cross-table lateral if the child cannot walk).',
      'No weight through the leg meanwhile: crutches, or a wheelchair if crutches are not safe.',
      'No running, jumping, sport or physical education.',
    ]),
  ],
  education: [
    'The growth plate at the top of the thigh bone may have slipped. It is treated by the ' +
      'orthopaedic team, and it can slip further if the hip keeps taking weight.',
    'In a growing child, knee or thigh pain can come from the hip.',
    'The other hip is affected in about a fifth to a half of children: report any pain on that side.',
  ],
  loadManagement: [
    'No weight bearing on the painful leg and no sport until the orthopaedic review.',
  ],
  returnToRunning: [
    'Only when the orthopaedic team allows it, after treatment and the rehabilitation they advise.',
  ],
  manualTherapy: [],
  reviewInWeeks: 1,
  referral: {
    urgency: 'same-day',
    to: 'Paediatric orthopaedics, with bilateral AP and frog-leg lateral hip X-rays',
    reason:
      'Suspected slipped capital femoral epiphysis: a slip that is not fixed can progress; ' +
      'an unstable slip (cannot walk even with crutches) is an emergency.',
    when: 'Today.',
  },
  citation: cite(
    ['S46'],
    'confirmed',
    'Same-day orthopaedic referral, bilateral AP and frog-leg lateral X-rays (cross-table lateral ' +
      'if unstable), stable vs unstable, bilateral in 18-50% are confirmed; keeping weight off ' +
      'the leg until seen is unchecked.',
  ),
}

const perthes: PlanTemplate = {
  condition: 'perthes-disease',
  summary:
    'Prompt referral to paediatric orthopaedics for hip X-rays; no running or jumping meanwhile, ' +
    'and activity guided by pain.',
  phases: [
    untilSeen('the orthopaedic team', [
      'Seen by paediatric orthopaedics with hip X-rays (MRI shows the earliest stage).',
      'No running, jumping or impact sport meanwhile; walking and swimming as comfortable.',
    ]),
  ],
  education: [
    'In Perthes disease the ball of the hip loses part of its blood supply for a while, then ' +
      'slowly rebuilds. The orthopaedic team decides how to protect its shape as it heals.',
    'It happens mostly in boys of about 4 to 9, and sometimes in both hips.',
  ],
  loadManagement: ['No running, jumping or impact sport until the orthopaedic review.'],
  returnToRunning: ['Only as the orthopaedic team advises: healing takes a long time.'],
  manualTherapy: [],
  reviewInWeeks: 2,
  referral: {
    urgency: 'urgent',
    to: 'Paediatric orthopaedics, for hip X-rays',
    reason: 'Possible Perthes disease: a limping child with lost hip rotation and abduction.',
    when: 'Now.',
  },
  citation: cite(
    ['K6'],
    'partly-confirmed',
    'Age (peak 4-9) and sex (boys 4-5 times as often) are from secondary sources; the protective ' +
      'advice is general knowledge.',
  ),
}

const septicArthritis: PlanTemplate = {
  condition: 'septic-arthritis',
  summary:
    'Emergency referral now: an infected joint needs blood tests, joint aspiration and ' +
    'antibiotics the same day.',
  phases: [
    untilSeen('the emergency department', [
      'In the emergency department today.',
      'No weight bearing and no exercise meanwhile.',
    ]),
  ],
  education: [
    'Fever with a painful hip is treated as an infection of the joint until proven otherwise: ' +
      'it can damage the joint within days, so it needs hospital care now.',
  ],
  loadManagement: ['No running, no exercise and no weight through the leg until seen.'],
  returnToRunning: ['Only once the treating team has cleared the joint and the patient.'],
  manualTherapy: [],
  reviewInWeeks: 1,
  referral: {
    urgency: 'emergency',
    to: 'Emergency department',
    reason:
      'Possible septic arthritis of the hip: fever, an irritable joint, pain on or inability to ' +
      'bear weight (Kocher criteria in children).',
    when: 'Now.',
  },
  citation: cite(
    ['S47', 'K10'],
    'partly-confirmed',
    'Kocher criteria and emergency referral are confirmed (S47); that only about half of adults ' +
      'have a fever is from a secondary summary (K10).',
  ),
}

const boneTumour: PlanTemplate = {
  condition: 'bone-tumour',
  summary:
    'Urgent medical referral for investigation (imaging and blood tests); no loading programme ' +
    'and no impact until a doctor has cleared it.',
  phases: [
    untilSeen('a doctor', [
      'Urgent medical assessment with imaging and blood tests.',
      'No running, jumping or loading programme meanwhile.',
    ]),
  ],
  education: [
    'Some features of this pain (for example a past cancer, weight loss, night sweats or pain ' +
      'that does not ease at night) need a doctor to rule out a serious cause before exercise.',
    'Seek help the same day if the pain suddenly gets much worse or you cannot put weight on the leg.',
  ],
  loadManagement: ['No impact and no loading programme until medically cleared.'],
  returnToRunning: ['Only after medical clearance.'],
  manualTherapy: [],
  reviewInWeeks: 1,
  referral: {
    urgency: 'urgent',
    to: 'GP or oncology team, for urgent imaging and blood tests',
    reason:
      'Possible bone tumour or metastasis: history of cancer, unexplained weight loss, night ' +
      'sweats or constant night pain.',
    when: 'Now.',
  },
  citation: cite(
    ['S61', 'K8'],
    'partly-confirmed',
    'Red-flag questions (S61) and the weight of a history of cancer (Downie 2013); the protective ' +
      'advice is general knowledge.',
  ),
}

const avascularNecrosis: PlanTemplate = {
  condition: 'avascular-necrosis',
  summary:
    'Urgent medical referral for MRI; protect the hip from impact (no running or jumping, ' +
    'crutches if walking hurts) until seen.',
  phases: [
    untilSeen('a doctor', [
      'Medical assessment with an MRI of both hips.',
      'No running or jumping; crutches if walking is painful.',
    ]),
  ],
  education: [
    'Part of the ball of the hip may have lost its blood supply. Found early on MRI, before the ' +
      'bone collapses, there are more ways to save the joint.',
    'Corticosteroids and alcohol are the usual causes: talk them over with the doctor.',
  ],
  loadManagement: ['No impact until the MRI result and medical advice.'],
  returnToRunning: ['Only as the treating doctor advises.'],
  manualTherapy: [],
  reviewInWeeks: 1,
  referral: {
    urgency: 'urgent',
    to: 'GP or sports physician, for MRI of both hips',
    reason:
      'Possible avascular necrosis of the femoral head: deep groin pain with painful or ' +
      'restricted internal rotation and a risk factor (corticosteroids, alcohol).',
    when: 'Now.',
  },
  citation: cite(
    ['K11'],
    'partly-confirmed',
    'Presentation, causes and MRI as the confirming test from a secondary source; the ' +
      'protective advice is general knowledge.',
  ),
}

const traumaticFracture: PlanTemplate = {
  condition: 'traumatic-fracture',
  summary:
    'Emergency referral for X-ray now; no weight through the leg and no further testing until ' +
    'a fracture is excluded.',
  phases: [
    untilSeen('the emergency department', [
      'X-ray in the emergency department today (MRI or CT if the X-ray is normal but the pain or ' +
        'inability to bear weight persists).',
      'No weight through the leg meanwhile; no hop or other loading tests.',
    ]),
  ],
  education: [
    'After a fall, pain in the hip with trouble standing on the leg can be a fracture even when ' +
      'the leg looks normal: about 1 in 7 hip fractures are impacted and show no deformity.',
  ],
  loadManagement: ['No weight bearing and no exercise until a fracture is excluded.'],
  returnToRunning: ['Only as the fracture team advises, after healing.'],
  manualTherapy: [],
  reviewInWeeks: 1,
  referral: {
    urgency: 'emergency',
    to: 'Emergency department, for X-ray',
    reason:
      'Possible fracture of the proximal femur or pelvis after trauma: unable to bear weight, ' +
      'leg shortened and externally rotated, or a positive patellar-pubic percussion test.',
    when: 'Now.',
  },
  citation: cite(
    ['S1', 'K9'],
    'partly-confirmed',
    'Patellar-pubic percussion (S1) is confirmed; the presentation and the share of impacted ' +
      'fractures are from secondary sources (K9).',
  ),
}

export const referralPlanTemplates = {
  scfe,
  'perthes-disease': perthes,
  'septic-arthritis': septicArthritis,
  'bone-tumour': boneTumour,
  'avascular-necrosis': avascularNecrosis,
  'traumatic-fracture': traumaticFracture,
} as const satisfies Record<string, PlanTemplate>

/** Conditions whose plan is a referral only: no exercise phase is proposed. */
export const referralOnlyConditions = Object.keys(
  referralPlanTemplates,
) as (keyof typeof referralPlanTemplates)[]
