import { cite } from '../sources'
import { type PlanTemplate, type TemplatePhase } from './planTemplateTypes'

/**
 * Lateral hip and thigh: gluteal tendinopathy / GTPS, trochanteric bursitis, external snapping
 * hip and iliotibial band syndrome (fact sheet §3.1, §3.2, §3.9, §3.11, §8).
 */

const painRule =
  'Pain rule: up to 3/10 during exercise or running is acceptable if it settles by the next ' +
  'morning and is not getting worse from week to week.'

/** Gluteal loading phases, shared by GTPS, trochanteric bursitis and external snapping hip. */
const glutealPhases: TemplatePhase[] = [
  {
    name: 'Settle',
    goals: [
      'Calm lateral hip pain by removing compressive positions and the provocative part of ' +
        'running (volume, hills, camber).',
      'Start abductor loading with pain-relieving isometrics, hip in neutral.',
      'Sleep and daily tasks tolerable (pillow between the knees, no hanging on one hip).',
    ],
    progressWhen: [
      'Isometrics done daily with pain at 3/10 or less that settles within 24 h.',
      'Night pain and pain on stairs easing.',
      'Single-leg stance on the painful side tolerated with pain at 3/10 or less.',
    ],
    exercises: [
      { exerciseId: 'isometric-hip-abduction', notes: 'Start here: supine first, then standing.' },
      { exerciseId: 'glute-bridge' },
      { exerciseId: 'runners-calf-raise', notes: 'Keeps running-specific capacity.' },
    ],
  },
  {
    name: 'Load',
    goals: [
      'Progress from isometric to isotonic and then functional abductor loading: bridges → ' +
        'step-ups → split squats → single-leg work.',
      'Control pelvic drop and hip adduction in single-leg tasks.',
      'Restore abductor strength towards the other side.',
    ],
    progressWhen: [
      'Hip abduction strength close to the other side (limb symmetry 90% or more on the ' +
        'dynamometer, a convention).',
      'Single-leg squat to a box ×10 without pelvic drop, hip adduction or pain above 3/10.',
      'No increase in next-morning pain after loading sessions.',
    ],
    exercises: [
      { exerciseId: 'side-lying-hip-abduction' },
      { exerciseId: 'clamshell' },
      { exerciseId: 'lateral-band-walk' },
      { exerciseId: 'step-up' },
      { exerciseId: 'single-leg-bridge' },
      { exerciseId: 'rear-foot-elevated-split-squat' },
      { exerciseId: 'single-leg-squat-to-box' },
      {
        exerciseId: 'side-plank-knees',
        notes: 'Pad under the bottom hip if it is the painful one.',
      },
    ],
  },
  {
    name: 'Return to running',
    goals: [
      'Rebuild running volume on flat ground, then hills and speed.',
      'Carry the running cues that match the findings (cadence, step width, level pelvis) into ' +
        'easy runs.',
      'Keep strength work twice a week.',
    ],
    progressWhen: [
      'Usual running volume with pain at 3/10 or less that settles by the next morning.',
      'Hills and speed sessions tolerated without next-day increase in pain.',
    ],
    exercises: [
      {
        exerciseId: 'walk-run-programme',
        notes: 'Only if running had stopped; otherwise progress current easy runs.',
      },
      { exerciseId: 'lateral-band-walk', notes: 'Progress to skater steps and skater hops.' },
      { exerciseId: 'single-leg-squat-to-box' },
      { exerciseId: 'runners-calf-raise' },
    ],
  },
]

const glutealEducation = [
  'The gluteal tendons at the outside of the hip are irritated by compression (the tendon ' +
    'squeezed against the bone when the thigh moves across the midline) combined with load. ' +
    'They respond well to the right kind of strengthening.',
  'Avoid hip adduction postures: crossing the legs, standing hanging on one hip, lying on the ' +
    'painful side, lying on the other side without a pillow between the knees, and sitting in ' +
    'low chairs.',
  'Avoid ITB and gluteal stretches that pull the leg across the body: they compress the tendon.',
  'Education plus exercise works better than an injection or waiting: in the LEAP trial (204 ' +
    'people) 77% reported success at 8 weeks with education plus exercise, 58% after one steroid ' +
    'injection and 29% with wait-and-see.',
  'Recovery takes weeks, not days: LEAP used 14 physiotherapy sessions over 8 weeks plus a home ' +
    'programme.',
]

const glutealLoadManagement = [
  'Reduce running volume for now and avoid hills and cambered roads; keep runs easy and flat.',
  painRule,
  'Consider a cadence increase of 5–10% from the current step rate: it lowers peak hip ' +
    'adduction and hip load (Heiderscheit 2011).',
  'Correct crossover and contralateral pelvic drop when seen on video: a slightly wider step ' +
    'with the feet not crossing the midline, and a level pelvis in stance.',
]

const glutealReturnToRunning = [
  'Return to pain-free running once single-leg stance and single-leg squat are comfortable and ' +
    'abductor strength is close to the other side.',
  'Start with short, flat, easy runs on alternate days; progress one variable at a time: ' +
    'frequency, then duration, then intensity; hills and speed last.',
  'Use the cues that match the running findings: cadence +5–10%, a wider step without ' +
    'crossover, and a level pelvis (less contralateral pelvic drop).',
  'Step back a stage if pain goes above 3/10 during a run or has not settled by the next morning.',
]

const glutealCitation = cite(
  ['S12', 'S11', 'S13', 'S55a'],
  'confirmed',
  'LEAP results (Mellor 2018), avoiding adduction and compression (Grimaldi & Fearon 2015), ' +
    'abductor weakness (Allison 2016) and the cadence effect (Heiderscheit 2011) are confirmed. ' +
    'Exercise order, doses and the pain rule are expert consensus, unchecked.',
)

const gluteal: PlanTemplate = {
  condition: 'gluteal-tendinopathy',
  summary:
    'Load-management education plus graded abductor loading, isometrics first, then functional ' +
    'and running-specific strength, with a graded return to pain-free running (LEAP approach).',
  phases: glutealPhases,
  education: glutealEducation,
  loadManagement: glutealLoadManagement,
  returnToRunning: glutealReturnToRunning,
  manualTherapy: [
    'Soft tissue work to the lateral hip and thigh (soft tissue release or dry needling) can be ' +
      'used for short-term relief, alongside loading, never instead of it.',
  ],
  reviewInWeeks: 2,
  citation: glutealCitation,
}

const bursitis: PlanTemplate = {
  condition: 'trochanteric-bursitis',
  summary:
    'Manage as gluteal tendinopathy (GTPS): education on compression, graded abductor loading ' +
    'from isometrics, and a graded return to pain-free running.',
  phases: glutealPhases,
  education: [
    'Bursitis on its own is uncommon: the main problem is usually the gluteal tendons, with or ' +
      'without a swollen bursa, so the same plan applies.',
    ...glutealEducation,
    'A steroid injection gives short-term relief but did worse than education plus exercise at ' +
      '8 and 52 weeks (LEAP).',
  ],
  loadManagement: glutealLoadManagement,
  returnToRunning: glutealReturnToRunning,
  manualTherapy: gluteal.manualTherapy,
  reviewInWeeks: 2,
  citation: cite(
    ['S12', 'S12b', 'S11'],
    'confirmed',
    'Primary pathology usually gluteal tendinopathy (S11, S12b); injection inferior to education ' +
      'plus exercise (LEAP, S12). Exercise content as for gluteal tendinopathy (unchecked doses).',
  ),
}

const snappingExternal: PlanTemplate = {
  condition: 'snapping-hip-external',
  summary:
    'As for gluteal tendinopathy (hip strengthening, running technique correction, soft tissue ' +
    'release) plus education about the snap: painless snapping needs no treatment.',
  phases: glutealPhases,
  education: [
    'The snap is the iliotibial band (or gluteus maximus) flicking over the bony point at the ' +
      'side of the hip as it bends and straightens. It does not damage the joint.',
    'Snapping is common (about 5–10% of people) and usually painless; painless snapping needs ' +
      'no treatment. Treatment is aimed at the pain, not the noise.',
    'Avoid producing the snap on purpose or repeatedly.',
    ...glutealEducation.slice(0, 3),
  ],
  loadManagement: [
    'Reduce running volume, hills and camber while the lateral hip is sore; easy flat runs.',
    painRule,
    'Running technique: cadence +5–10% and a wider step without crossover reduce hip adduction ' +
      'and ITB strain; cue a level pelvis if there is contralateral pelvic drop.',
  ],
  returnToRunning: glutealReturnToRunning,
  manualTherapy: [
    'Soft tissue release to the ITB, tensor fasciae latae and gluteus maximus for symptom relief, ' +
      'alongside strengthening.',
  ],
  reviewInWeeks: 3,
  referral: {
    urgency: 'routine',
    to: 'Sports physician or orthopaedic surgeon',
    reason:
      'Injection or surgery is considered only for painful snapping that does not settle with ' +
      'rehabilitation.',
    when: 'Only if the snap stays painful after a full course of rehabilitation.',
  },
  citation: cite(
    ['S48', 'S48b', 'S55a', 'S55e'],
    'confirmed',
    'Mechanism, 5–10% prevalence and education/stretching/strengthening with injection or ' +
      'surgery for refractory cases are confirmed (S48); "painless snapping needs no treatment" ' +
      'is partly confirmed (S48b). Treating as gluteal tendinopathy follows a clinic article.',
  ),
}

const itbs: PlanTemplate = {
  condition: 'itbs',
  summary:
    'Relative rest from downhill and long runs, hip abductor and external rotator strengthening, ' +
    'running retraining (wider step, cadence +5–10%), soft tissue work and a graded return.',
  phases: [
    {
      name: 'Settle',
      goals: [
        'Remove the provocative running: downhill, long runs, cambered roads.',
        'Start hip abductor and external rotator strengthening.',
      ],
      progressWhen: [
        'No lateral knee pain with daily activities and stairs.',
        'Abductor exercises done with pain at 3/10 or less that settles within 24 h.',
      ],
      exercises: [
        { exerciseId: 'side-lying-hip-abduction' },
        { exerciseId: 'clamshell' },
        { exerciseId: 'glute-bridge' },
        { exerciseId: 'stationary-bike', notes: 'To keep fitness if it does not provoke.' },
      ],
    },
    {
      name: 'Load',
      goals: [
        'Build abductor and external rotator strength (a 6-week gluteus medius programme ' +
          'corrected the deficit in Fredericson 2000).',
        'Control hip adduction and knee drift in single-leg tasks.',
      ],
      progressWhen: [
        'Hip abduction strength close to the other side (limb symmetry 90% or more, a convention).',
        'Single-leg squat ×10 without hip adduction, knee valgus or pain.',
      ],
      exercises: [
        { exerciseId: 'lateral-band-walk' },
        { exerciseId: 'side-plank-knees' },
        { exerciseId: 'single-leg-squat-to-box' },
        { exerciseId: 'step-up' },
        { exerciseId: 'rear-foot-elevated-split-squat' },
        { exerciseId: 'runners-calf-raise' },
      ],
    },
    {
      name: 'Return to running',
      goals: [
        'Run flat routes below the distance at which pain used to start, with the new technique.',
        'Build distance, then reintroduce downhills last.',
      ],
      progressWhen: [
        'Usual distance on the flat without lateral knee pain.',
        'Downhill running tolerated without pain during or the next day.',
      ],
      exercises: [
        { exerciseId: 'lateral-band-walk', notes: 'Progress to skater hops.' },
        { exerciseId: 'single-leg-squat-to-box' },
      ],
    },
  ],
  education: [
    'ITBS is an overuse problem at the outside of the knee: it builds with running load ' +
      '(distance, downhill, camber, sudden increases) and weak hip abductors, and settles when ' +
      'the load is managed and the hip muscles get stronger.',
    'It typically starts at a predictable distance and is worst downhill; that is the load to ' +
      'reduce while the hip muscles get stronger.',
  ],
  loadManagement: [
    'Cut out downhill running and long runs for now, and reduce weekly volume; stop runs before ' +
      'the point where pain usually starts.',
    'Avoid cambered roads and running the same direction on a track; check shoes are not worn out.',
    'Avoid abrupt increases in distance when building back.',
    painRule,
  ],
  returnToRunning: [
    'Running retraining: a wider step so the feet do not cross the midline, and a cadence ' +
      '5–10% above the current step rate (lowers peak hip adduction).',
    'Build distance on flat routes first, one variable at a time; reintroduce downhill last and ' +
      'in short sections.',
    'Return to full training when usual distance and downhills are pain-free.',
  ],
  manualTherapy: [
    'Soft tissue work to the lateral thigh, tensor fasciae latae and gluteals for symptom relief, ' +
      'alongside strengthening and retraining (adjunct; evidence limited).',
  ],
  reviewInWeeks: 2,
  citation: cite(
    ['S51', 'S55a', 'S55d', 'S55e'],
    'confirmed',
    'Risk factors, abductor weakness and the 6-week programme (Fredericson 2000), hip adduction ' +
      '(Ferber 2010), wider step and cadence are confirmed; relative rest, graded return and ' +
      'soft tissue work are general knowledge, unchecked.',
  ),
}

export const lateralPlanTemplates = {
  'gluteal-tendinopathy': gluteal,
  'trochanteric-bursitis': bursitis,
  'snapping-hip-external': snappingExternal,
  itbs,
} as const satisfies Record<string, PlanTemplate>
