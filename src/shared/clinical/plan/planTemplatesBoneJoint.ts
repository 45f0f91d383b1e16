import { cite } from '../sources'
import { type PlanTemplate } from './planTemplateTypes'

/**
 * Bone and joint: femoral neck stress fracture / bone stress injury, apophysitis / apophyseal
 * avulsion and hip osteoarthritis (fact sheet §2.6, §3.6, §3.7, §3.8, §3.13, §8).
 */

const femoralNeckBsi: PlanTemplate = {
  condition: 'femoral-neck-bsi',
  summary:
    'Suspected high-risk bone stress injury: stop running and impact, protect weight bearing ' +
    '(crutches), refer the same day for imaging and medical review, address energy ' +
    'availability, and return to running only after clearance through a graded walk–run ' +
    'programme over months.',
  phases: [
    {
      name: 'Protect',
      goals: [
        'No running, hopping or impact until imaging and medical clearance.',
        'Crutches / protected weight bearing while walking is painful and until imaging is done; ' +
          'non-weight-bearing if the doctor advises it (up to about 6 weeks for compression-side ' +
          'fractures).',
        'Medical and dietetic review of energy availability started.',
        'Only exercise that the treating doctor has approved.',
      ],
      progressWhen: [
        'Imaging result known and the treating doctor agrees to progress weight bearing.',
        'Walking without crutches is pain-free.',
      ],
      exercises: [],
    },
    {
      name: 'Restore: graded weight bearing and cross-training',
      goals: [
        'Graded return to full weight bearing and pain-free brisk walking.',
        'Keep fitness with cross-training without impact (bike, pool running) once pain-free.',
        'Rebuild hip and leg strength without impact.',
        'Contributing factors (training errors, energy availability, bone health) addressed.',
      ],
      progressWhen: [
        'No bony tenderness and 30–45 min of brisk walking without pain.',
        'Radiological healing (the femoral neck is a high-risk site) and medical clearance to run.',
        'Readiness check with pain at 2/10 or less: single-leg stance 10 s, single-leg squat ×10, ' +
          'jog on the spot 1 min, jump squats 10–15, bounding 10–15 each leg, hop in place 10–15.',
      ],
      exercises: [
        { exerciseId: 'stationary-bike', notes: 'Once pain-free and approved by the doctor.' },
        { exerciseId: 'pool-running', notes: 'Once pain-free and approved by the doctor.' },
        { exerciseId: 'isometric-hip-abduction' },
        { exerciseId: 'glute-bridge' },
        { exerciseId: 'side-lying-hip-abduction' },
        { exerciseId: 'runners-calf-raise', notes: 'Once full weight bearing is pain-free.' },
        { exerciseId: 'step-up' },
        { exerciseId: 'single-leg-squat-to-box' },
        { exerciseId: 'hop-and-bound', notes: 'Last, after clearance: the readiness check.' },
      ],
    },
    {
      name: 'Return to running (after clearance)',
      goals: [
        'Walk–run on alternate days on flat, soft surfaces, building running time, not pace.',
        'Then frequency, then volume, then speed and hills.',
      ],
      progressWhen: [
        '30 min of continuous easy running on alternate days without bone pain.',
        'Each later step (more days, more volume, then speed and hills) without bone pain.',
      ],
      exercises: [
        { exerciseId: 'walk-run-programme' },
        { exerciseId: 'runners-calf-raise' },
        { exerciseId: 'single-leg-squat-to-box' },
      ],
    },
  ],
  education: [
    'A stress fracture of the femoral neck is a serious bone injury: running on it can turn a ' +
      'crack into a complete or displaced fracture, which can need surgery and heal poorly.',
    'Sore muscles are fine; pain in the bone is not.',
    'Energy availability: eating too little for the training load (RED-S) weakens bone. ' +
      'Irregular or missed periods and weight loss are warning signs; a sports physician and a ' +
      'dietitian should review this before running resumes.',
    'Expect months, not weeks. Return time depends on the MRI grade (Arendt grade 3 about 12–16 weeks, ' +
      'grade 4 16 weeks or more), and high-risk femoral neck injuries often take ' +
      '3–6 months or more to full sport.',
    'Fitness comes back faster than bone heals, so follow the stages even when you feel ready.',
  ],
  loadManagement: [
    'No running, jumping or hopping until the doctor clears it.',
    'Use crutches while walking hurts or until imaging is done, then return to full weight ' +
      'bearing gradually as advised.',
    'Cross-training without impact (bike, pool running) only once pain-free and approved.',
    'Screen energy availability in every runner with a bone stress injury (low energy ' +
      'availability: below 30 kcal/kg fat-free mass per day) and review the training increase ' +
      'that preceded the injury.',
  ],
  returnToRunning: [
    'Only after medical clearance: bony tenderness gone, pain-free walking, imaging evidence of ' +
      'healing, strength and loading tests passed, and contributing factors addressed.',
    'Walk–run on alternate days on flat, soft ground: about 1 min running / 1–4 min walking, ' +
      '5–6 times; add running time, not pace, over about 4–8 weeks to 30 min continuous.',
    'Then add frequency, then volume (about 10% a week at most), then speed and hills last.',
    'Any localised bone pain: drop back a stage and rest 1–2 days. Discomfort lasting more than ' +
      '24 h after a run: step back.',
    'A 5–10% higher cadence can lower bone loading; consider it for runners with repeated bone ' +
      'stress injuries.',
  ],
  manualTherapy: [],
  reviewInWeeks: 1,
  referral: {
    urgency: 'same-day',
    to: 'Sports physician or emergency department: X-ray, then MRI, and orthopaedic opinion',
    reason:
      'Suspected femoral neck stress fracture: delay risks displacement, non-union and ' +
      'avascular necrosis; tension-side fractures need a surgical opinion. Include review of ' +
      'energy availability (sports physician and dietitian).',
    when: 'Today, before any further running or loading.',
  },
  citation: cite(
    ['S34', 'S35', 'S40', 'S38', 'S42', 'S43', 'S43c'],
    'confirmed',
    'Stop running, image (X-ray then MRI) and refer; tension vs compression management; MRI ' +
      'grade return times; return-to-run prerequisites (George 2024) and RED-S are confirmed. ' +
      'Crutches until imaging, the 3–6 month estimate and the walk–run structure are unchecked.',
  ),
}

const avulsion: PlanTemplate = {
  condition: 'apophyseal-avulsion',
  summary:
    'X-ray, relative rest from the pulling muscle (typically 4–6 weeks), ice in the acute ' +
    'phase, then graded, pain-guided restoration of range and strength before a return to ' +
    'sprinting.',
  phases: [
    {
      name: 'Protect (relative rest)',
      goals: [
        'Relative rest from sprinting, kicking, jumping and stretching the injured muscle, ' +
          'typically for 4–6 weeks.',
        'Ice for pain in the acute phase; crutches if walking is painful or limping.',
        'X-ray reviewed and conservative care agreed.',
      ],
      progressWhen: [
        'Walking without pain or a limp.',
        'Bony tenderness settling, and the doctor agrees to start loading.',
      ],
      exercises: [],
    },
    {
      name: 'Restore range and strength',
      goals: [
        'Graded, pain-free restoration of range of the injured muscle (rectus femoris or ' +
          'sartorius at the front, hamstrings at the sitting bone).',
        'Progressive strengthening of the injured muscle and the rest of the hip.',
      ],
      progressWhen: [
        'Full pain-free range compared with the other side.',
        'Resisted contraction of the injured muscle pain-free and close to the other side in ' +
          'strength.',
        'Pain-free jogging.',
      ],
      exercises: [
        { exerciseId: 'banded-hip-flexion-hold', notes: 'Front-of-hip (ASIS / AIIS) injuries.' },
        { exerciseId: 'banded-hip-flexion', notes: 'Front-of-hip injuries, once holds are easy.' },
        { exerciseId: 'hip-flexor-stretch', notes: 'Front-of-hip injuries, gentle.' },
        {
          exerciseId: 'isometric-hamstring-bridge-hold',
          notes: 'Ischial (hamstring) injuries.',
        },
        { exerciseId: 'hamstring-curl-slider', notes: 'Ischial (hamstring) injuries.' },
        { exerciseId: 'glute-bridge' },
        { exerciseId: 'side-lying-hip-abduction' },
        { exerciseId: 'step-up' },
      ],
    },
    {
      name: 'Return to sprinting',
      goals: ['Graded exposure to running speed, sprint starts, kicking and jumping.'],
      progressWhen: [
        'Full-speed sprints, sprint starts and kicking without pain.',
        'Strength close to the other side (limb symmetry 90% or more, a convention).',
      ],
      exercises: [
        { exerciseId: 'build-up-strides' },
        { exerciseId: 'pats-phase-2-agility' },
        { exerciseId: 'hop-and-bound' },
      ],
    },
  ],
  education: [
    'In a growing athlete the tendon is stronger than the growth plate it attaches to, so a ' +
      'sudden pull can lift off a small piece of bone. Most heal well without surgery.',
    'Rest from the movement that pulls on the injured muscle; it usually heals in 4–6 weeks.',
    'Ice helps the pain in the first days.',
    'Surgery is considered only when the fragment has moved far (more than 1.5–2 cm).',
  ],
  loadManagement: [
    'No sprinting, kicking, jumping or stretching the injured muscle during relative rest.',
    'Keep fit with activities that do not load the injured muscle, as pain allows.',
    'Return is phased and pain-guided: range first, then strength, then speed.',
  ],
  returnToRunning: [
    'Jog once walking is pain-free and range is restored; then build speed in steps.',
    'Return to sprinting and kicking only after full pain-free range and strength close to the ' +
      'other side.',
  ],
  manualTherapy: [],
  reviewInWeeks: 1,
  referral: {
    urgency: 'urgent',
    to:
      'Sports physician or GP for X-ray (MRI for ischial avulsions if the tendon may be ' +
      'involved); orthopaedic opinion if displaced',
    reason:
      'Suspected apophyseal avulsion in a skeletally immature athlete. Displacement over ' +
      '1.5–2 cm (ischium over 15 mm) may need surgery.',
    when: 'Now, before loading starts.',
  },
  citation: cite(
    ['S45', 'S45c'],
    'confirmed',
    'X-ray, conservative care with a phased pain-guided return and surgical thresholds ' +
      '(1.5–2 cm; ischium 15 mm, fact sheet S45b/S45d) are confirmed. Rest of 4–6 weeks and ice ' +
      'come from a clinic article (unchecked).',
  ),
}

const hipOa: PlanTemplate = {
  condition: 'hip-osteoarthritis',
  summary:
    'Therapeutic exercise (strength and range) with general aerobic fitness, education, weight ' +
    'management where relevant, manual therapy alongside exercise, and load modification (bike ' +
    'or pool) while running continues in a modified form.',
  phases: [
    {
      name: 'Start moving',
      goals: [
        'Daily range-of-motion work for rotation and flexion.',
        'Begin local strengthening and low-impact aerobic exercise.',
        'Understand the condition and the pain rule for exercise.',
      ],
      progressWhen: [
        'Exercise pain at 5/10 or less and settled within 24 h.',
        'Exercises done regularly for 2–3 weeks.',
      ],
      exercises: [
        { exerciseId: 'hip-rotation-range' },
        { exerciseId: 'hip-flexion-range' },
        { exerciseId: 'glute-bridge' },
        { exerciseId: 'side-lying-hip-abduction' },
        { exerciseId: 'stationary-bike' },
        { exerciseId: 'pool-running' },
      ],
    },
    {
      name: 'Strengthen',
      goals: [
        'Progressive hip and leg strengthening, supervised 2–3 times a week for 6–12 weeks.',
        'Maintain aerobic fitness with a mix of running, cycling and pool work.',
      ],
      progressWhen: [
        'Strength exercises at a moderate to hard effort with pain at 5/10 or less settling ' +
          'within 24 h.',
        'After about 6–12 weeks of supervised exercise, move to a home maintenance programme.',
      ],
      exercises: [
        { exerciseId: 'step-up' },
        { exerciseId: 'single-leg-squat-to-box' },
        { exerciseId: 'rear-foot-elevated-split-squat' },
        { exerciseId: 'lateral-band-walk' },
        { exerciseId: 'side-plank-knees' },
        { exerciseId: 'runners-calf-raise' },
        { exerciseId: 'hip-rotation-range' },
      ],
    },
    {
      name: 'Maintain and run',
      goals: ['Home maintenance programme; running at a modified volume and surface.'],
      progressWhen: ['Stable symptoms with no week-on-week worsening.'],
      exercises: [
        { exerciseId: 'hip-rotation-range' },
        { exerciseId: 'single-leg-squat-to-box' },
        { exerciseId: 'runners-calf-raise' },
      ],
    },
  ],
  education: [
    'Hip osteoarthritis is common and is not a reason to stop running; running can usually ' +
      'continue with changes to volume and surface.',
    'Exercise is the core treatment: pain up to 5/10 during exercise is acceptable if it ' +
      'settles within 24 h.',
    'Weight management where relevant: if overweight, any weight loss helps, and losing 10% of ' +
      'body weight helps more than 5%.',
    'Morning and start-up stiffness are expected and ease with gentle movement.',
    'If pain and function stay poor after a full exercise programme, a GP or orthopaedic review ' +
      'can discuss other options.',
  ],
  loadManagement: [
    'Replace some runs with cycling or pool running to keep fitness with less impact.',
    'Run on softer, flat surfaces, shorten long runs and leave a rest day between runs.',
    'Avoid deep squatting under load if it aggravates; use higher seats.',
  ],
  returnToRunning: [
    'Running continues at a volume that keeps pain at 5/10 or less, settling within 24 h, with ' +
      'no worsening from week to week.',
    'Increase one variable at a time: frequency, then duration, then intensity.',
  ],
  manualTherapy: [
    'Hip joint mobilisation and other hands-on therapy to improve range (for example internal ' +
      'rotation and flexion), always alongside exercise and never on its own.',
  ],
  reviewInWeeks: 3,
  citation: cite(
    ['S15', 'S15b'],
    'confirmed',
    'Exercise, education, weight loss (10% better than 5%) and manual therapy only alongside ' +
      'exercise are confirmed (NICE NG226). Dosage (2–3 times a week for 6–12 weeks; pain up to ' +
      '5/10) and "running can continue" are unchecked.',
  ),
}

export const boneJointPlanTemplates = {
  'femoral-neck-bsi': femoralNeckBsi,
  'apophyseal-avulsion': avulsion,
  'hip-osteoarthritis': hipOa,
} as const satisfies Record<string, PlanTemplate>
