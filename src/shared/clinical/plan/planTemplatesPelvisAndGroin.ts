import { cite } from '../sources'
import { type PlanTemplate } from './planTemplateTypes'

/**
 * The wider differential's treatable conditions: sacroiliac joint pain, deep gluteal syndrome,
 * meralgia paraesthetica, pubic bone stress injury / osteitis pubis, inguinal-related groin pain
 * and hip instability. None has a management trial in the fact sheet: the content follows the
 * cross-cutting principles (§8: load management, progressive loading, education, gait changes
 * only when they fit) and is cited as general knowledge unless a source says otherwise.
 */

const painRule =
  'Pain rule: up to 3/10 during exercise or running is acceptable if it settles by the next ' +
  'morning and is not getting worse from week to week.'

const sacroiliacJointPain: PlanTemplate = {
  condition: 'sacroiliac-joint-pain',
  summary:
    'Education and reassurance, load management, progressive gluteal, trunk and single-leg ' +
    'strengthening, running changes where pelvic drop or overstride is seen, and a graded return.',
  phases: [
    {
      name: 'Settle',
      goals: [
        'Understand the pain and which loads provoke it (single-leg loading, long strides, hills).',
        'Pain-free gluteal and trunk activation.',
      ],
      progressWhen: ['Bridges and side planks without buttock pain the next day.'],
      exercises: [
        { exerciseId: 'glute-bridge' },
        { exerciseId: 'pats-trunk-bridges' },
        { exerciseId: 'side-plank-knees' },
        { exerciseId: 'clamshell' },
      ],
    },
    {
      name: 'Strengthen',
      goals: ['Progressive single-leg strength and pelvic control.'],
      progressWhen: [
        'Single-leg squat and step-up with a level pelvis and no pain.',
        'Easy running without pain the next day.',
      ],
      exercises: [
        { exerciseId: 'single-leg-bridge' },
        { exerciseId: 'side-lying-hip-abduction' },
        { exerciseId: 'step-up' },
        { exerciseId: 'single-leg-squat-to-box' },
        { exerciseId: 'lateral-band-walk' },
      ],
    },
    {
      name: 'Return to full running',
      goals: ['Volume, then speed and hills, with the technique changes that fit.'],
      progressWhen: ['Usual training without pain during or the next day.'],
      exercises: [{ exerciseId: 'build-up-strides' }, { exerciseId: 'single-leg-squat-to-box' }],
    },
  ],
  education: [
    'The sacroiliac joint links the spine to the pelvis. Its pain is usually felt in the buttock, ' +
      'below the belt line, and settles with the right load.',
    'Strength and control around the pelvis help more than trying to "put it back in place".',
  ],
  loadManagement: [
    'Keep running within the pain rule; cut hills, long strides and speed for now.',
    painRule,
  ],
  returnToRunning: [
    'Add volume first, then speed and hills, one at a time.',
    'Where pelvic drop or overstride is seen, a 5–10% higher cadence and cues against pelvic ' +
      'drop can help; change technique only when it fits the picture.',
  ],
  manualTherapy: [],
  reviewInWeeks: 2,
  referral: {
    urgency: 'routine',
    to: 'Sports physician',
    reason:
      'Persistent sacroiliac joint pain: consider an image-guided joint block, and an ' +
      'inflammatory cause when morning stiffness is long or night pain prominent.',
    when: 'If no meaningful improvement after 6–8 weeks of rehabilitation.',
  },
  citation: cite(
    ['K1', 'S55h', 'S55a'],
    'unchecked',
    'The cluster (K1) and the running kinematics of runners with sacroiliac joint pain (S55h) are ' +
      'sourced; the exercise content is general knowledge.',
  ),
}

const deepGlutealSyndrome: PlanTemplate = {
  condition: 'deep-gluteal-syndrome',
  summary:
    'Reduce irritation of the sciatic nerve in the buttock (sitting, stretching into flexion, ' +
    'adduction and internal rotation), nerve sliders, progressive gluteal and hip rotator ' +
    'strengthening, and a graded return; referral when it persists or weakness appears.',
  phases: [
    {
      name: 'Settle the nerve',
      goals: [
        'Break up long sitting; a cushion that takes pressure off the buttock.',
        'Nerve sliders without symptoms; no sustained piriformis stretching.',
      ],
      progressWhen: ['Sitting 30 minutes without buttock or leg symptoms.'],
      exercises: [
        { exerciseId: 'sciatic-nerve-slider' },
        { exerciseId: 'glute-bridge' },
        { exerciseId: 'isometric-hip-abduction' },
      ],
    },
    {
      name: 'Strengthen',
      goals: ['Progressive gluteal, hip rotator and single-leg strength.'],
      progressWhen: ['Single-leg bridge and step-up without leg symptoms the next day.'],
      exercises: [
        { exerciseId: 'clamshell' },
        { exerciseId: 'single-leg-bridge' },
        { exerciseId: 'step-up' },
        { exerciseId: 'single-leg-squat-to-box' },
      ],
    },
    {
      name: 'Return to full running',
      goals: ['Volume, then speed and hills.'],
      progressWhen: ['Usual training without buttock or leg symptoms.'],
      exercises: [{ exerciseId: 'build-up-strides' }],
    },
  ],
  education: [
    'The sciatic nerve runs through a tight space deep in the buttock, past the piriformis and ' +
      'other small hip muscles; it is irritated by pressure (long sitting) and by being held on ' +
      'stretch.',
    'Nerve symptoms settle slowly: keep moving, avoid long sitting, and do not stretch hard.',
  ],
  loadManagement: [
    'Short sitting spells, with breaks; avoid hard seats.',
    'Keep easy running if it does not bring on leg symptoms; cut speed and hills for now.',
    painRule,
  ],
  returnToRunning: ['Add volume, then speed and hills, while the leg stays symptom-free.'],
  manualTherapy: [],
  reviewInWeeks: 2,
  referral: {
    urgency: 'routine',
    to: 'Sports physician or hip specialist',
    reason:
      'Persistent deep gluteal syndrome: imaging of the deep gluteal space, or an image-guided ' +
      'injection.',
    when: 'If no improvement after 6–8 weeks, or at once if weakness or numbness appears.',
  },
  citation: cite(
    ['K2', 'K2b'],
    'unchecked',
    'Presentation and tests are from secondary sources (K2, K2b); the management content is ' +
      'general knowledge.',
  ),
}

const meralgia: PlanTemplate = {
  condition: 'meralgia-paraesthetica',
  summary:
    'Take the pressure off the nerve at the front of the pelvis (tight belts and waistbands, ' +
    'heavy belts, weight where relevant), keep training as comfortable, and refer if it persists.',
  phases: [
    {
      name: 'Relieve the compression',
      goals: [
        'No tight belts, waistbands or running belts over the front of the hip.',
        'Keep training; the numbness itself does no harm.',
      ],
      progressWhen: ['The burning and tingling ease, or a referral is made.'],
      exercises: [
        {
          exerciseId: 'hip-flexor-stretch',
          notes: 'Gentle, only if it does not bring on symptoms.',
        },
        { exerciseId: 'glute-bridge', notes: 'General hip strength while the nerve settles.' },
      ],
    },
  ],
  education: [
    'A skin nerve of the thigh is squeezed as it passes under the ligament at the front of the ' +
      'pelvis. It carries only sensation, so the leg is not weak and the hip is not damaged.',
    'Tight clothing and belts, weight gain and pregnancy make it more likely; it often settles ' +
      'once the pressure is removed.',
  ],
  loadManagement: [
    'Running can continue as comfortable; avoid anything pressing on the front of the hip.',
  ],
  returnToRunning: ['No restriction beyond comfort.'],
  manualTherapy: [],
  reviewInWeeks: 4,
  referral: {
    urgency: 'routine',
    to: 'GP or sports physician',
    reason:
      'Persistent meralgia paraesthetica: nerve conduction studies or a nerve block; rule out ' +
      'a lumbar or abdominal cause.',
    when: 'If it does not settle within 6–8 weeks of removing the compression, or if weakness appears.',
  },
  citation: cite(
    ['K3'],
    'partly-confirmed',
    'Presentation, predisposing factors and normal strength are from Medscape (K3); the ' +
      'management content is general knowledge.',
  ),
}

const pubicBoneStress: PlanTemplate = {
  condition: 'pubic-bone-stress',
  summary:
    'Relative rest from running and impact, cross-training without pain, imaging to confirm, a ' +
    'review of energy availability, progressive hip and adductor loading, then a graded walk–run ' +
    'return.',
  phases: [
    {
      name: 'Unload',
      goals: [
        'No running or hopping while standing on the painful leg hurts.',
        'Cross-training without pain (bike, pool running).',
        'Imaging and energy availability reviewed.',
      ],
      progressWhen: [
        'Walking and standing on the painful leg without pain.',
        'No local bone tenderness.',
      ],
      exercises: [
        { exerciseId: 'stationary-bike', notes: 'Only if pain-free.' },
        { exerciseId: 'pool-running', notes: 'Only if pain-free.' },
        { exerciseId: 'adductor-squeeze', notes: 'Gentle, pain-free holds.' },
        { exerciseId: 'glute-bridge' },
      ],
    },
    {
      name: 'Reload',
      goals: ['Progressive hip, adductor and single-leg strength; a pain-free hop test.'],
      progressWhen: [
        'Single-leg hops in place without pain.',
        '30 minutes of brisk walking without pain.',
      ],
      exercises: [
        { exerciseId: 'side-lying-adduction' },
        { exerciseId: 'side-lying-hip-abduction' },
        { exerciseId: 'step-up' },
        { exerciseId: 'single-leg-squat-to-box' },
        { exerciseId: 'copenhagen-adduction', notes: 'Short lever first.' },
      ],
    },
    {
      name: 'Return to running',
      goals: ['Walk–run on alternate days, then frequency, volume and speed.'],
      progressWhen: ['30 minutes of continuous running without pubic pain during or after.'],
      exercises: [{ exerciseId: 'walk-run-programme' }, { exerciseId: 'runners-calf-raise' }],
    },
  ],
  education: [
    'The pubic bone, where the groin muscles attach, has been loaded faster than it can adapt. ' +
      'Bone needs weeks of reduced load to heal; fitness comes back faster than bone.',
    'Eating enough for the training load matters for bone: irregular periods or weight loss are ' +
      'reasons to see a sports physician and a dietitian.',
  ],
  loadManagement: [
    'No running or jumping while standing on the painful leg hurts; keep fit without pain.',
    'Review the training increase that came before the pain.',
  ],
  returnToRunning: [
    'Walk–run on alternate days on flat, soft ground once walking and hopping are pain-free; add ' +
      'running time before pace.',
    'Pain at the pubic bone during or after a run: step back a stage.',
  ],
  manualTherapy: [],
  reviewInWeeks: 2,
  referral: {
    urgency: 'routine',
    to: 'Sports physician, for MRI and an energy availability review',
    reason:
      'Suspected pubic bone stress injury (pubic ramus stress fracture or osteitis pubis): ' +
      'confirm with MRI and look for low energy availability.',
    when: 'Now.',
  },
  citation: cite(
    ['K12', 'S19', 'S43', 'S42'],
    'partly-confirmed',
    'Runners, mostly women, with pain standing on one leg and hopping (K12); pubic-related groin ' +
      'pain (S19); energy availability (S43); return-to-run prerequisites (S42). Doses are ' +
      'general knowledge.',
  ),
}

const inguinalRelated: PlanTemplate = {
  condition: 'inguinal-related',
  summary:
    'Load management, progressive abdominal, trunk and adductor strengthening, a graded return ' +
    'of speed and change of direction, and a surgical opinion when a hernia is felt or the pain ' +
    'persists.',
  phases: [
    {
      name: 'Settle',
      goals: ['Cut the loads that provoke it (sprints, kicking, sit-ups); pain-free trunk work.'],
      progressWhen: ['Coughing, sneezing and getting out of bed without groin pain.'],
      exercises: [
        { exerciseId: 'pats-trunk-bridges' },
        { exerciseId: 'adductor-squeeze' },
        { exerciseId: 'glute-bridge' },
      ],
    },
    {
      name: 'Strengthen',
      goals: ['Progressive abdominal, trunk and adductor strength.'],
      progressWhen: ['Copenhagen adduction and side planks without groin pain the next day.'],
      exercises: [
        { exerciseId: 'controlled-leg-lowering', notes: 'As lower-abdominal control work.' },
        { exerciseId: 'side-plank-knees' },
        { exerciseId: 'copenhagen-adduction' },
        { exerciseId: 'pats-phase-2-trunk' },
      ],
    },
    {
      name: 'Return to speed',
      goals: ['Graded strides, speed and change of direction.'],
      progressWhen: ['Sprints and cutting without groin pain during or the next day.'],
      exercises: [{ exerciseId: 'build-up-strides' }, { exerciseId: 'pats-phase-2-agility' }],
    },
  ],
  education: [
    'The pain comes from the inguinal canal, the passage through the lower abdominal wall. ' +
      'Coughing, sneezing and sit-ups load it.',
    'A lump that comes and goes in the groin is a hernia: that needs a surgeon, not exercise.',
  ],
  loadManagement: [
    'Easy running within the pain rule; no sprints, kicking or sit-ups for now.',
    painRule,
  ],
  returnToRunning: ['Reintroduce speed, then change of direction, one at a time.'],
  manualTherapy: [],
  reviewInWeeks: 2,
  referral: {
    urgency: 'routine',
    to: 'Hernia surgeon or sports physician',
    reason:
      'Inguinal-related groin pain: a palpable hernia, or pain that persists despite ' +
      'rehabilitation (ultrasound or a surgical opinion).',
    when: 'Now if a hernia is felt; otherwise after 8–12 weeks without improvement.',
  },
  citation: cite(
    ['S19', 'K5', 'S50'],
    'unchecked',
    'The Doha definition (S19) and the examination (K5) are sourced; adductor loading follows the ' +
      'groin evidence (S50); the rest is general knowledge.',
  ),
}

const hipInstability: PlanTemplate = {
  condition: 'hip-instability',
  summary:
    'Education, avoiding end-range positions that provoke apprehension, progressive deep hip ' +
    'stabiliser, gluteal and trunk strengthening with single-leg control, a graded return, and ' +
    'an orthopaedic opinion (with imaging for dysplasia) when it persists.',
  phases: [
    {
      name: 'Control',
      goals: [
        'Avoid end-range extension with external rotation and deep, loaded flexion that bring on ' +
          'apprehension.',
        'Deep hip and gluteal activation.',
      ],
      progressWhen: ['No giving way in daily life; bridges and clamshells without pain.'],
      exercises: [
        { exerciseId: 'clamshell' },
        { exerciseId: 'isometric-hip-abduction' },
        { exerciseId: 'glute-bridge' },
        { exerciseId: 'pats-trunk-bridges' },
      ],
    },
    {
      name: 'Strengthen',
      goals: ['Progressive single-leg strength and control through mid-range.'],
      progressWhen: ['Single-leg squat and step-up controlled, without apprehension.'],
      exercises: [
        { exerciseId: 'side-lying-hip-abduction' },
        { exerciseId: 'single-leg-bridge' },
        { exerciseId: 'step-up' },
        { exerciseId: 'single-leg-squat-to-box' },
        { exerciseId: 'side-plank-knees' },
      ],
    },
    {
      name: 'Return to running',
      goals: ['Volume, then speed, then turns and uneven ground.'],
      progressWhen: ['Usual training without giving way or pain.'],
      exercises: [{ exerciseId: 'build-up-strides' }, { exerciseId: 'pats-phase-2-agility' }],
    },
  ],
  education: [
    'The ball of the hip moves a little too much in its socket, sometimes because the socket is ' +
      'shallow (dysplasia). Strong, well-timed muscles around the hip hold it steady.',
    'End-range positions (leg far behind with the foot turned out, deep loaded squats) provoke it.',
  ],
  loadManagement: [
    'Keep running within the pain rule; avoid the end-range positions for now.',
    painRule,
  ],
  returnToRunning: ['Add volume, then speed, then turns and trails.'],
  manualTherapy: [],
  reviewInWeeks: 3,
  referral: {
    urgency: 'routine',
    to: 'Orthopaedic hip specialist, with an AP pelvis X-ray for dysplasia',
    reason: 'Hip instability that persists, or giving way despite rehabilitation.',
    when: 'If no meaningful improvement after 3 months of rehabilitation, or earlier with repeated giving way.',
  },
  citation: cite(
    ['K4', 'K4b'],
    'unchecked',
    'The examination is sourced (K4, K4b); the management content is general knowledge.',
  ),
}

export const pelvisAndGroinPlanTemplates = {
  'sacroiliac-joint-pain': sacroiliacJointPain,
  'deep-gluteal-syndrome': deepGlutealSyndrome,
  'meralgia-paraesthetica': meralgia,
  'pubic-bone-stress': pubicBoneStress,
  'inguinal-related': inguinalRelated,
  'hip-instability': hipInstability,
} as const satisfies Record<string, PlanTemplate>
