import { cite } from '../sources'
import { type PlanTemplate } from './planTemplateTypes'

/**
 * Buttock and posterior thigh: acute hamstring strain, proximal hamstring tendinopathy and pain
 * referred from the lumbar spine (fact sheet §3.3, §3.4, §3.13, §8).
 */

const hamstringStrain: PlanTemplate = {
  condition: 'hamstring-strain',
  summary:
    'Progressive agility and trunk stabilisation (PATS, Sherry & Best 2004) with graded ' +
    'hamstring strengthening, lengthening (Askling L-protocol) and eccentric work later, and a ' +
    'criteria-based return to sprinting.',
  phases: [
    {
      name: 'Protect and PATS phase 1',
      goals: [
        'Protect the healing muscle: no sprinting, stretching into pain or heavy lengthening.',
        'PATS phase 1: low-intensity agility and isometric trunk and pelvic stabilisation.',
        'Pain-free walking at normal pace and stride; pain-free submaximal hamstring isometrics.',
      ],
      progressWhen: [
        'Walking at normal pace and stride without pain.',
        'Pain-free submaximal isometric knee flexion (prone).',
        'Phase 1 drills done at low to moderate speed without pain.',
      ],
      exercises: [
        { exerciseId: 'pats-side-shuffle' },
        { exerciseId: 'pats-grapevine' },
        { exerciseId: 'pats-fast-feet' },
        { exerciseId: 'pats-trunk-bridges' },
        { exerciseId: 'pats-single-leg-stand' },
        {
          exerciseId: 'isometric-hamstring-bridge-hold',
          notes: 'Submaximal and pain-free in this phase.',
        },
      ],
    },
    {
      name: 'PATS phase 2 and lengthening',
      goals: [
        'PATS phase 2: faster agility, single-leg and trunk drills with eccentric demand.',
        'Askling L-protocol lengthening exercises once each movement is pain-free.',
        'Graded hamstring strengthening through increasing range.',
      ],
      progressWhen: [
        'Full-effort manual knee flexion testing without pain, and strength close to the other ' +
          'side (limb symmetry 90% or more, a convention).',
        'Passive straight-leg raise close to the other side and pain-free.',
        'Extender, Diver and Glider done through full range without pain; pain-free jogging.',
      ],
      exercises: [
        { exerciseId: 'pats-phase-2-agility' },
        { exerciseId: 'pats-phase-2-trunk' },
        { exerciseId: 'askling-extender' },
        { exerciseId: 'askling-diver' },
        { exerciseId: 'askling-glider' },
        { exerciseId: 'hamstring-curl-slider' },
        { exerciseId: 'single-leg-bridge' },
        { exerciseId: 'romanian-deadlift' },
      ],
    },
    {
      name: 'Return to sprint',
      goals: [
        'Graded exposure to running speed up to full sprints and accelerations.',
        'Eccentric strength at long muscle length (Nordic hamstring).',
        'Keep PATS drills and eccentric work as prevention after return.',
      ],
      progressWhen: [
        'Askling H-test (active straight-leg raise) without pain or insecurity.',
        'Strength close to the other side, including at long length.',
        'Repeated full-speed sprints and sport-specific drills without pain or apprehension.',
      ],
      exercises: [
        { exerciseId: 'build-up-strides' },
        { exerciseId: 'nordic-hamstring' },
        { exerciseId: 'pats-phase-2-agility', notes: 'Sport-specific speed and direction.' },
      ],
    },
  ],
  education: [
    'Re-injury is common, nearly 1 in 3 in the first year, and most likely in the first weeks ' +
      'after return, so the return is guided by criteria, not by the calendar.',
    'Agility and trunk work protects better than stretching alone: in Sherry & Best 2004, none ' +
      'of 13 athletes on PATS re-injured within 2 weeks of return, against 6 of 11 (54.5%) after ' +
      'static stretching and isolated strengthening.',
    'Lengthening exercises speed the return: with the Askling L-protocol elite sprinters and ' +
      'jumpers returned in 49 days on average, against 86 days with conventional exercises.',
    'Stretching into pain does not speed healing; loading within a pain-free range does.',
  ],
  loadManagement: [
    'No sprinting, high-speed running or kicking until the phase 2 criteria are met; walking, ' +
      'cycling and upper-body training as pain allows.',
    'Keep all exercise pain-free or nearly so in the first phase; sharp pain or a pulling ' +
      'sensation in the injured spot means stop.',
    'Progress one thing at a time: range, then load, then speed.',
  ],
  returnToRunning: [
    'Start easy jogging once walking is pain-free and phase 1 is complete.',
    'Build running speed in steps over several sessions (build-up strides at about 50%, then ' +
      '70%, then 90% and more of top speed), only when the previous step caused no pain.',
    'Criteria-based return to sprint: pain-free full-effort strength close to the other side, ' +
      'near-full range, a negative Askling H-test and repeated full-speed sprints without ' +
      'apprehension.',
    'After return keep PATS drills and Nordic hamstrings once or twice a week.',
  ],
  manualTherapy: [],
  reviewInWeeks: 1,
  citation: cite(
    ['S31', 'S29', 'S30'],
    'partly-confirmed',
    'PATS 2-week re-injury 6/11 (54.5%) vs 0/13 is partly confirmed (S31); the PATS drill list ' +
      'is unchecked. Askling L-protocol (49 vs 86 days) and criteria-based progression ' +
      '(Heiderscheit 2010) and re-injury risk are confirmed. Speed steps are illustrative.',
  ),
}

const pht: PlanTemplate = {
  condition: 'proximal-hamstring-tendinopathy',
  summary:
    'Reduce tendon compression (sitting, deep hip flexion, stretching), isometrics at low hip ' +
    'flexion for pain, then progressive heavy loading at increasing hip flexion, energy storage ' +
    'and a gradual return to hills and speed (Goom 2016).',
  phases: [
    {
      name: 'Settle',
      goals: [
        'Reduce compression of the tendon at the sitting bone.',
        'Isometric hamstring loading at low hip flexion for pain relief.',
        'Keep running easy and flat if it stays within the pain rule.',
      ],
      progressWhen: [
        'Isometric holds ease or do not increase pain.',
        'Sitting tolerance improving; next-morning pain at 3/10 or less.',
      ],
      exercises: [
        { exerciseId: 'isometric-hamstring-bridge-hold' },
        { exerciseId: 'glute-bridge', notes: 'Feet close to the buttocks; little hip flexion.' },
        { exerciseId: 'runners-calf-raise' },
      ],
    },
    {
      name: 'Load',
      goals: [
        'Progressive heavy hamstring loading with gradually increasing hip flexion: bridge → ' +
          'hamstring curl → Romanian deadlift → lengthened loading.',
        'Build single-leg strength towards the other side.',
      ],
      progressWhen: [
        'Single-leg bridge reps close to the other side.',
        'Romanian deadlift to moderate hip flexion with no increase in pain the next morning.',
      ],
      exercises: [
        { exerciseId: 'hamstring-curl-slider' },
        { exerciseId: 'single-leg-bridge' },
        {
          exerciseId: 'romanian-deadlift',
          notes: 'Increase the depth of the hinge (hip flexion) gradually over weeks.',
        },
        { exerciseId: 'step-up' },
        { exerciseId: 'rear-foot-elevated-split-squat', notes: 'Short stance first.' },
      ],
    },
    {
      name: 'Energy storage and return to speed',
      goals: [
        'Lengthened loading and faster, spring-like loading (hops, strides).',
        'Reintroduce hills, then speed work.',
      ],
      progressWhen: [
        'Hills and speed sessions without increase in pain the next morning.',
        'Sitting for usual periods without buttock pain.',
      ],
      exercises: [
        { exerciseId: 'nordic-hamstring' },
        { exerciseId: 'hop-and-bound' },
        { exerciseId: 'build-up-strides' },
      ],
    },
  ],
  education: [
    'The tendon at the sitting bone is irritated by compression plus load: sitting on hard ' +
      'seats, deep hip flexion (deep squats, lunges, putting on socks) and stretching the ' +
      'hamstrings all squeeze it.',
    'Pain often eases once warmed up and returns later or the next morning, so judge each ' +
      'session by the next-morning response.',
    'Tendons recover over months with progressive loading; rest alone does not restore their ' +
      'capacity.',
  ],
  loadManagement: [
    'Reduce hills, speed sessions and long strides for now; keep easy flat running if pain ' +
      'stays at 3/10 or less and settles by the next morning.',
    'Stop stretching into hip flexion (hamstring stretches) while the tendon is painful.',
    'Limit prolonged sitting: use a cushion, break up sitting every 20–30 minutes, avoid low ' +
      'and hard seats.',
  ],
  returnToRunning: [
    'Gradual return: build easy volume first, then reintroduce hills, and speed work last, one ' +
      'change at a time.',
    'Monitor symptoms over 24 h (next-morning pain and sitting tolerance) after each new step.',
    'Consider reducing excessive forward trunk lean if it is seen on video.',
  ],
  manualTherapy: [],
  reviewInWeeks: 2,
  citation: cite(
    ['S27', 'S28'],
    'confirmed',
    'Principles (reduce compression, isometrics, progressive loading with increasing hip ' +
      'flexion, energy storage, graded return) are confirmed as expert commentary (Goom 2016); ' +
      'doses, the sitting interval and the trunk-lean link are unchecked.',
  ),
}

const lumbarReferred: PlanTemplate = {
  condition: 'lumbar-referred',
  summary:
    'The hip is not the likely source: assess the lumbar spine (or refer for spinal ' +
    'assessment) and manage the back; do not start a hip tendon loading programme.',
  phases: [
    {
      name: 'Assess the lumbar spine',
      goals: [
        'Full lumbar and neurological examination: dermatomes, myotomes, reflexes and neural ' +
          'tension tests.',
        'Screen for cauda equina signs and progressive neurological deficit.',
        'Decide whether to manage the back here or refer.',
      ],
      progressWhen: [
        'Spinal assessment done and a spinal management plan agreed.',
        'No red flags, or an urgent referral has been made.',
      ],
      exercises: [
        {
          exerciseId: 'lumbar-mobility',
          notes: 'Only as advised after the spinal assessment.',
        },
      ],
    },
  ],
  education: [
    'The hip examination was normal. Pain travelling below the knee with pins and needles ' +
      'usually comes from an irritated nerve in the lower back, not from the hip.',
    'Keep moving within comfort; the back will be assessed and treated in its own right.',
    'Seek urgent help for numbness between the legs, bladder or bowel changes, or a leg that is ' +
      'getting weaker.',
  ],
  loadManagement: [
    'Reduce or pause running if it increases leg pain, numbness or pins and needles.',
    'Low back pain and lateral hip (gluteal) pain often occur together: re-examine the hip if ' +
      'hip symptoms persist once the back is treated.',
  ],
  returnToRunning: [
    'Guided by the spinal plan: return when running no longer spreads pain or pins and needles ' +
      'down the leg, building volume gradually.',
  ],
  manualTherapy: [],
  reviewInWeeks: 1,
  referral: {
    urgency: 'routine',
    to:
      'Lumbar spine assessment: in this clinic if within scope, otherwise a spinal ' +
      'physiotherapist, GP or spinal clinician',
    reason:
      'Pain below the knee with paraesthesia, a normal hip examination and symptoms reproduced ' +
      'by spinal tests point to the lumbar spine rather than the hip.',
    when:
      'Now. Emergency the same day if there are cauda equina signs; urgent if a neurological ' +
      'deficit is progressing.',
  },
  citation: cite(
    ['S10'],
    'unchecked',
    'Fact sheet §3.13: the features of referred lumbar pain and the action (lumbar exam; refer ' +
      'if neurological deficit or cauda equina signs) are general knowledge. Co-existence of ' +
      'GTPS and low back pain (OR 2.79) is confirmed (Segal 2007).',
  ),
}

export const posteriorPlanTemplates = {
  'hamstring-strain': hamstringStrain,
  'proximal-hamstring-tendinopathy': pht,
  'lumbar-referred': lumbarReferred,
} as const satisfies Record<string, PlanTemplate>
