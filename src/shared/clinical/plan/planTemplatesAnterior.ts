import { cite } from '../sources'
import { type PlanTemplate } from './planTemplateTypes'

/**
 * Groin and front of the hip: iliopsoas-related pain, internal snapping hip, adductor-related
 * groin pain and labral tear / FAI syndrome (fact sheet §3.5, §3.9, §3.10, §3.12, §8).
 */

const painRule =
  'Pain rule: up to 3/10 during exercise or running is acceptable if it settles by the next ' +
  'morning and is not getting worse from week to week.'

const iliopsoas: PlanTemplate = {
  condition: 'iliopsoas-related',
  summary:
    'Relative rest from provocative loads, isometric then isotonic hip-flexor loading, gentle ' +
    'lengthening only when not provocative, lumbopelvic control and a graded return of speed.',
  phases: [
    {
      name: 'Settle',
      goals: [
        'Remove provocative loads: sprints, hills, high knees, long strides.',
        'Isometric hip-flexor loading without pain.',
      ],
      progressWhen: [
        'Isometric hip flexion holds pain-free or at 3/10 or less.',
        'Stairs and getting out of low chairs comfortable.',
      ],
      exercises: [
        { exerciseId: 'banded-hip-flexion-hold' },
        { exerciseId: 'glute-bridge' },
        { exerciseId: 'pats-trunk-bridges', notes: 'Lumbopelvic control.' },
      ],
    },
    {
      name: 'Load',
      goals: [
        'Isotonic hip-flexor loading through range, progressing to long-lever work.',
        'Lumbopelvic and single-leg control.',
        'Gentle hip-flexor lengthening if it does not provoke pain.',
      ],
      progressWhen: [
        'Resisted hip flexion (seated) pain-free and close to the other side.',
        'Psoas march and long-lever lifts without pain the next day.',
      ],
      exercises: [
        { exerciseId: 'banded-hip-flexion' },
        { exerciseId: 'seated-knee-lift' },
        { exerciseId: 'psoas-march' },
        { exerciseId: 'side-plank-knees' },
        { exerciseId: 'single-leg-squat-to-box' },
        { exerciseId: 'hip-flexor-stretch', notes: 'Only when it is not provocative.' },
      ],
    },
    {
      name: 'Return to speed',
      goals: ['Graded return of speed work, hills and long strides.'],
      progressWhen: ['Speed sessions and hills without groin pain during or the next day.'],
      exercises: [{ exerciseId: 'build-up-strides' }, { exerciseId: 'psoas-march' }],
    },
  ],
  education: [
    'The deep hip flexor (iliopsoas) tendon or the bursa beside it is irritated by repeated hip ' +
      'flexion under load: fast running with long strides, sudden changes of speed, stairs and ' +
      'low chairs.',
    'It settles with the right loading: holds first, then movement, then speed.',
  ],
  loadManagement: [
    'Cut sprints, hill running and long strides for now; keep easy flat running within the pain ' +
      'rule.',
    painRule,
    'Shorten an overlong stride (a 5–10% higher cadence brings the foot closer under the body).',
  ],
  returnToRunning: [
    'Reintroduce speed, hills and strides one at a time once loading is pain-free.',
    'Step back if groin pain lasts into the next day.',
  ],
  manualTherapy: [],
  reviewInWeeks: 2,
  referral: {
    urgency: 'routine',
    to: 'Sports physician',
    reason: 'An ultrasound-guided injection is an option for persistent iliopsoas pain.',
    when: 'Only if pain persists despite a full course of rehabilitation.',
  },
  citation: cite(
    ['S19', 'S49', 'S49c'],
    'unchecked',
    'The Doha and Hölmich definitions are confirmed; the management content (fact sheet §3.5) ' +
      'is general knowledge, and the injection option is partly confirmed (NHS GGC, S49b).',
  ),
}

const snappingInternal: PlanTemplate = {
  condition: 'snapping-hip-internal',
  summary:
    'Education, iliopsoas stretching and progressive strengthening, and correction of the ' +
    'movement that provokes the snap; injection or surgery only for painful, refractory snapping.',
  phases: [
    {
      name: 'Settle and understand the snap',
      goals: [
        'Understand what the snap is; stop provoking it on purpose.',
        'Gentle iliopsoas stretching and isometric hip-flexor loading.',
        'Identify the movement that provokes the snap.',
      ],
      progressWhen: [
        'The provoking movement is identified and the snap is less painful.',
        'Hip-flexor holds pain-free.',
      ],
      exercises: [
        { exerciseId: 'hip-flexor-stretch', notes: 'Gentle, short of the snap.' },
        { exerciseId: 'banded-hip-flexion-hold' },
        { exerciseId: 'controlled-leg-lowering' },
      ],
    },
    {
      name: 'Strengthen and retrain',
      goals: [
        'Progressive iliopsoas strengthening through range.',
        'Retrain the provoking movement (e.g. lowering the leg from a raised, turned-out ' +
          'position) slowly and with control until it no longer clunks painfully.',
        'Lumbopelvic control.',
      ],
      progressWhen: [
        'The provoking movement can be done at normal speed without a painful snap.',
        'Running without a painful snap.',
      ],
      exercises: [
        { exerciseId: 'seated-knee-lift' },
        { exerciseId: 'psoas-march' },
        { exerciseId: 'banded-hip-flexion' },
        { exerciseId: 'controlled-leg-lowering', notes: 'Progress to standing and to the sport.' },
        { exerciseId: 'side-plank-knees' },
      ],
    },
  ],
  education: [
    'The clunk is the iliopsoas tendon flicking over the front of the pelvis as the hip moves ' +
      'from bent and turned out back to straight. It does not damage the joint.',
    'Snapping is common (about 5–10% of people) and usually painless; painless snapping needs ' +
      'no treatment.',
    'Avoid producing the snap repeatedly; the retraining exercise teaches a way to move that ' +
      'does not trigger it.',
  ],
  loadManagement: [
    'Reduce the dance or training movements that provoke a painful snap while retraining.',
    'Keep easy running if it does not produce a painful snap; shorten an overlong stride.',
    painRule,
  ],
  returnToRunning: [
    'Continue or build running while the snap is painless; progress speed and hills once the ' +
      'provoking movement is controlled.',
  ],
  manualTherapy: [],
  reviewInWeeks: 3,
  referral: {
    urgency: 'routine',
    to: 'Sports physician or orthopaedic surgeon',
    reason: 'Injection or surgery is considered only for painful snapping that does not settle.',
    when: 'Only if the snap stays painful after a full course of rehabilitation.',
  },
  citation: cite(
    ['S48', 'S48b'],
    'confirmed',
    'Mechanism, provocation (flexion–abduction–external rotation to extension), 5–10% ' +
      'prevalence and education, load modification, stretching and strengthening are confirmed ' +
      '(S48); "painless snapping needs no treatment" is partly confirmed (S48b). The retraining ' +
      'method is general knowledge.',
  ),
}

const adductor: PlanTemplate = {
  condition: 'adductor-related',
  summary:
    'Progressive adductor strengthening (active training: squeeze → side-lying adduction → ' +
    'Copenhagen adduction) with load management of speed, bends and change of direction.',
  phases: [
    {
      name: 'Settle',
      goals: [
        'Isometric adductor loading (squeeze) without provoking the groin.',
        'Remove sprints, change of direction and uneven ground for now.',
      ],
      progressWhen: [
        'Adductor squeeze at 45° hip flexion with pain at 3/10 or less.',
        'No groin pain with walking and easy running.',
      ],
      exercises: [
        { exerciseId: 'adductor-squeeze' },
        { exerciseId: 'glute-bridge' },
        { exerciseId: 'pats-trunk-bridges', notes: 'Pelvic and trunk control.' },
      ],
    },
    {
      name: 'Load',
      goals: [
        'Progressive adductor strengthening through range and to high load (Copenhagen).',
        'Balance adductor and abductor strength.',
      ],
      progressWhen: [
        'Squeeze test pain-free and squeeze strength close to the other side.',
        'Adductor to abductor strength ratio 80% or more (below 80% carried a 17× higher strain ' +
          'risk in Tyler 2001).',
      ],
      exercises: [
        { exerciseId: 'side-lying-adduction' },
        { exerciseId: 'copenhagen-adduction' },
        { exerciseId: 'side-lying-hip-abduction' },
        { exerciseId: 'lateral-band-walk' },
        { exerciseId: 'single-leg-squat-to-box' },
      ],
    },
    {
      name: 'Return to speed and change of direction',
      goals: [
        'Reintroduce speed, bends and change of direction.',
        'Keep Copenhagen adduction once a week as prevention.',
      ],
      progressWhen: ['Hill sprints and change-of-direction drills without groin pain next day.'],
      exercises: [
        { exerciseId: 'copenhagen-adduction', dose: { frequency: 'Once a week to maintain' } },
        { exerciseId: 'pats-phase-2-agility' },
        { exerciseId: 'build-up-strides' },
      ],
    },
  ],
  education: [
    'Adductor-related pain is the most common type of groin pain in athletes (about 61%).',
    'Active strengthening works far better than passive treatment: with 8–12 weeks of ' +
      'progressive training, 23 athletes returned to sport without pain against 4 with passive ' +
      'physiotherapy (Hölmich 1999; odds ratio 12.7).',
    'The Copenhagen adduction programme, 3 times a week for 6–8 weeks and then once a week, was ' +
      'followed by about 41% fewer groin problems.',
  ],
  loadManagement: [
    'Cut hill sprints, change-of-direction drills, track bends and uneven trails for now; keep ' +
      'easy straight-line running within the pain rule.',
    painRule,
    'Reintroduce speed, bends and change of direction one at a time.',
  ],
  returnToRunning: [
    'Return to full training when squeeze and Copenhagen adduction are pain-free and speed and ' +
      'change of direction are tolerated; expect 8–12 weeks of progressive training.',
    'Keep Copenhagen adduction once a week after return.',
  ],
  manualTherapy: [],
  reviewInWeeks: 2,
  citation: cite(
    ['S50', 'S19'],
    'confirmed',
    'Doha definition, 61% prevalence, Hölmich 1999 (23 vs 4, OR 12.7), Copenhagen programme ' +
      '(about 41% fewer groin problems) and Tyler 2001 (ratio below 80%) are confirmed; the ' +
      'isometric starting doses are unchecked.',
  ),
}

const labral: PlanTemplate = {
  condition: 'labral-tear-fais',
  summary:
    'Education and activity modification (avoid deep flexion and pivoting under load), hip and ' +
    'trunk strengthening with movement control, a graded return to running, and imaging / ' +
    'orthopaedic opinion if there is no improvement.',
  phases: [
    {
      name: 'Settle',
      goals: [
        'Reduce pain by avoiding sustained or repeated end-range flexion and internal rotation ' +
          'and pivoting on the loaded leg.',
        'Start hip and trunk strengthening in mid-range.',
      ],
      progressWhen: [
        'Sitting and daily activities with less groin pain.',
        'Mid-range exercises done with pain at 3/10 or less that settles within 24 h.',
      ],
      exercises: [
        { exerciseId: 'isometric-hip-abduction' },
        { exerciseId: 'glute-bridge' },
        { exerciseId: 'clamshell' },
        { exerciseId: 'side-plank-knees', notes: 'Trunk strength.' },
        { exerciseId: 'stationary-bike', notes: 'Saddle high to avoid deep flexion.' },
      ],
    },
    {
      name: 'Strengthen',
      goals: [
        'Build abductor, extensor and external rotator strength and trunk strength.',
        'Movement control in single-leg tasks within a comfortable depth.',
      ],
      progressWhen: [
        'Hip strength close to the other side (limb symmetry 90% or more, a convention).',
        'Single-leg squat and step-up without groin pain or catching.',
      ],
      exercises: [
        { exerciseId: 'side-lying-hip-abduction' },
        { exerciseId: 'fire-hydrant' },
        { exerciseId: 'single-leg-bridge' },
        { exerciseId: 'step-up' },
        { exerciseId: 'single-leg-squat-to-box' },
        { exerciseId: 'rear-foot-elevated-split-squat' },
        { exerciseId: 'lateral-band-walk' },
        { exerciseId: 'pats-trunk-bridges', notes: 'Trunk strength.' },
      ],
    },
    {
      name: 'Return to running',
      goals: ['Build running volume, then speed and uneven ground with pivoting last.'],
      progressWhen: ['Usual running without groin pain during or the next day.'],
      exercises: [{ exerciseId: 'single-leg-squat-to-box' }, { exerciseId: 'runners-calf-raise' }],
    },
  ],
  education: [
    'Hip shape changes (cam or pincer) are common in people without pain; the diagnosis rests on ' +
      'symptoms, examination and imaging together.',
    'Limit positions that hold or repeat deep hip flexion and inward rotation (deep squats, ' +
      'low seats, sitting with the knees above the hips) and pivoting on the loaded leg.',
    'Physiotherapy-led care is a recognised first option. In UK FASHIoN both surgery and ' +
      'personalised hip therapy improved; surgery was ahead by about 7 points (iHOT-33) at 12 ' +
      'months.',
    "Running mostly uses the middle of the hip's range, so many people can keep running.",
  ],
  loadManagement: [
    'Modify activity: no deep squats, deep lunges or pivoting under load for now; raise low ' +
      'seats and the car seat.',
    painRule,
    'Keep running on even ground if it stays within the pain rule; reduce long runs if the groin ' +
      'aches at the end of them.',
  ],
  returnToRunning: [
    'Build running volume on even ground first, then speed, then trails and pivoting sports.',
    'Step back if groin pain, clicking or catching increase.',
  ],
  manualTherapy: [],
  reviewInWeeks: 3,
  referral: {
    urgency: 'routine',
    to:
      'Sports physician or orthopaedic surgeon for imaging (radiographs, then MR arthrography ' +
      'if needed) and an opinion',
    reason:
      'FAI syndrome needs imaging to confirm; surgery is an option if rehabilitation does not ' +
      'help.',
    when:
      'If there is no meaningful improvement after about 3 months of rehabilitation, or sooner ' +
      'with locking or giving way.',
  },
  citation: cite(
    ['S18', 'S24', 'S57c'],
    'unchecked',
    'Warwick definition and imaging (S18), MR arthrography accuracy (Byrd 2004) and the UK ' +
      'FASHIoN result (~7 points, fact sheet S57) are confirmed; the conservative content, the ' +
      '3-month review point and referral triggers are general knowledge.',
  ),
}

export const anteriorPlanTemplates = {
  'iliopsoas-related': iliopsoas,
  'snapping-hip-internal': snappingInternal,
  'adductor-related': adductor,
  'labral-tear-fais': labral,
} as const satisfies Record<string, PlanTemplate>
