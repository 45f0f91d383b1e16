import { cite } from '../sources'
import { standardStopIf, type Exercise } from './exerciseTypes'

/**
 * Hip abductor, gluteal and functional single-leg exercises (clinical fact sheet §9). Starting
 * doses are typical clinical doses, not trial-derived, so they are marked unchecked.
 */

const typicalDose = 'Typical starting dose from the fact sheet §9 (general knowledge, unchecked).'

export const hipExercises = {
  'isometric-hip-abduction': {
    id: 'isometric-hip-abduction',
    name: 'Isometric hip abduction (belt)',
    target:
      'Gluteus medius and minimus: pain-relieving isometric load with the hip in neutral, for ' +
      'the painful phase of gluteal tendinopathy.',
    patientInstructions:
      'Lie on your back with your legs straight and a belt looped around your thighs just above ' +
      'the knees. Gently push both knees outwards into the belt without letting your legs move. ' +
      'You should feel the muscles at the side of your hips working, with little or no pain.',
    dose: {
      sets: 5,
      holdSeconds: 30,
      frequency: '1–2 times a day',
      load: 'About 50–70% effort; build the holds from 30 to 45 s',
    },
    progression:
      'Lengthen the holds to 45 s, then do the same push standing with the belt around your ' +
      'thighs, then move on to side-lying hip abduction.',
    stopIf: standardStopIf,
    cautions: {
      'gluteal-tendinopathy':
        'Keep the hip neutral, never crossed or tilted into adduction. Isometrics ease pain for a ' +
        'while; they are a starting point, not the whole treatment.',
      'trochanteric-bursitis': 'As for gluteal tendinopathy: neutral hip, no adduction.',
      'femoral-neck-bsi': 'Only once the treating doctor allows hip loading.',
    },
    citation: cite(
      ['S13', 'S11'],
      'unchecked',
      typicalDose +
        ' Abductor weakness in gluteal tendinopathy (Allison 2016) and avoiding adduction ' +
        '(Grimaldi & Fearon 2015) are confirmed; the pain-relief evidence for isometrics comes ' +
        'from patellar tendons and is extrapolated.',
    ),
  },
  clamshell: {
    id: 'clamshell',
    name: 'Clamshell',
    target: 'Gluteus medius and minimus, deep hip external rotators.',
    patientInstructions:
      'Lie on your side with your hips and knees bent and your feet together. Keep your feet ' +
      'touching and lift your top knee without rolling your pelvis backwards. Hold for 2 seconds ' +
      'and lower slowly. You should feel it in the side and back of your hip.',
    dose: { sets: 2, reps: 10, holdSeconds: 2, perSide: true, frequency: '2–3 times a week' },
    progression:
      'Build to 3 sets of 15, then add a light band above the knees, then move on to side-lying ' +
      'hip abduction and standing work.',
    stopIf: standardStopIf,
    cautions: {
      'gluteal-tendinopathy':
        'Keep the hips stacked; put a pillow between the knees if lying on the side is painful ' +
        '(compression of the tendon).',
      'trochanteric-bursitis': 'As for gluteal tendinopathy: hips stacked, pillow between knees.',
    },
    citation: cite([], 'unchecked', typicalDose),
  },
  'side-lying-hip-abduction': {
    id: 'side-lying-hip-abduction',
    name: 'Side-lying hip abduction',
    target: 'Gluteus medius and minimus through range (isotonic abductor strength).',
    patientInstructions:
      'Lie on your side with the bottom knee bent and the top leg straight, in line with your ' +
      'body or slightly behind it. Lift the top leg towards the ceiling with your toes pointing ' +
      'forwards, then lower it slowly. You should feel the muscles at the side of your hip.',
    dose: {
      sets: 3,
      reps: 10,
      perSide: true,
      frequency: '2–3 times a week',
      load: 'Body weight; add an ankle weight when easy',
    },
    progression:
      'Add reps up to 15, then an ankle weight or band; then progress to standing and ' +
      'single-leg exercises.',
    stopIf: standardStopIf,
    cautions: {
      'gluteal-tendinopathy':
        'Start the lift from level, not from a leg hanging down across the midline (adduction ' +
        'compresses the tendon).',
      'trochanteric-bursitis': 'As for gluteal tendinopathy: no start from adduction.',
    },
    citation: cite(['S51'], 'unchecked', typicalDose + ' Abductor strengthening in ITBS: S51.'),
  },
  'fire-hydrant': {
    id: 'fire-hydrant',
    name: 'Fire hydrant',
    target: 'Gluteus medius and maximus, hip external rotators, trunk control.',
    patientInstructions:
      'Start on your hands and knees with your hands under your shoulders. Keeping your back ' +
      'still and your knee bent, lift one knee out to the side, then lower it slowly. You should ' +
      'feel the side and back of your hip working.',
    dose: { sets: 2, reps: 10, perSide: true, frequency: '2–3 times a week' },
    progression: 'Build to 3 sets of 12, then add a band above the knees or a hip extension.',
    stopIf: standardStopIf,
    cautions: {
      'labral-tear-fais': 'Stop short of painful end-range hip flexion.',
      'hip-osteoarthritis': 'Stop short of painful end-range hip flexion.',
      'gluteal-tendinopathy': 'May provoke: use once isometrics are tolerated.',
    },
    citation: cite([], 'unchecked', typicalDose),
  },
  'lateral-band-walk': {
    id: 'lateral-band-walk',
    name: 'Banded skaters / lateral band walk',
    target: 'Hip abductors and frontal-plane control of the pelvis.',
    patientInstructions:
      'Put a band around your legs just above the knees and stand in a half-squat. Step ' +
      'sideways, keeping your toes forwards and the band tight, then step the other way. You ' +
      'should feel the outside of your hips working.',
    dose: {
      sets: 2,
      reps: 10,
      perSide: true,
      frequency: '2–3 times a week',
      load: 'Light band above the knees; steps in each direction',
    },
    progression:
      'Move the band to the ankles or feet, sit deeper, then progress to skater steps and ' +
      'skater hops.',
    stopIf: standardStopIf,
    cautions: {
      'gluteal-tendinopathy':
        'Keep the steps moderate and do not let the trailing leg swing across into adduction.',
      'adductor-related': 'Keep steps short at first: wide steps stretch the adductors.',
    },
    citation: cite([], 'unchecked', typicalDose),
  },
  'side-plank-knees': {
    id: 'side-plank-knees',
    name: 'Side plank (knee version)',
    target: 'Lateral trunk, hip abductors of the top leg and pelvic control.',
    patientInstructions:
      'Lie on your side propped on your elbow, with your knees bent behind you. Lift your hips ' +
      'so your body is in a straight line from head to knees, and hold. You should feel your ' +
      'side and your top hip working.',
    dose: { sets: 3, holdSeconds: 20, perSide: true, frequency: '2–3 times a week' },
    progression:
      'Build holds to 30 s, then a full side plank on the feet, then a side plank with a top-leg ' +
      'lift, then Copenhagen adduction.',
    stopIf: standardStopIf,
    cautions: {
      'gluteal-tendinopathy':
        'Lying on the painful side presses on the tendon: use a pad, the knee version, or lie on ' +
        'the other side.',
      'trochanteric-bursitis': 'As for gluteal tendinopathy: pad or knee version.',
    },
    citation: cite([], 'unchecked', typicalDose),
  },
  'glute-bridge': {
    id: 'glute-bridge',
    name: 'Glute bridge (both legs)',
    target: 'Gluteus maximus, hamstrings and the posterior chain.',
    patientInstructions:
      'Lie on your back with your knees bent and feet hip-width apart. Tighten your stomach and ' +
      'lift your hips until your body is in a line from shoulders to knees. Hold for 2–3 seconds ' +
      'and lower slowly. You should feel your buttocks working.',
    dose: { sets: 3, reps: 10, holdSeconds: 2, frequency: '2–3 times a week' },
    progression: 'Build to 3 sets of 15, then single-leg bridges, then a weighted hip thrust.',
    stopIf: standardStopIf,
    cautions: {
      'proximal-hamstring-tendinopathy':
        'Start with the feet close to the buttocks and little hip flexion; holds (5 × 30–45 s) ' +
        'may be better tolerated than reps at first.',
      'hamstring-strain': 'Only within a pain-free effort in the early phase.',
    },
    citation: cite([], 'unchecked', typicalDose),
  },
  'single-leg-bridge': {
    id: 'single-leg-bridge',
    name: 'Single-leg bridge',
    target: 'Gluteus maximus and hamstrings, one leg at a time; pelvic control.',
    patientInstructions:
      'Lie on your back with one knee bent and the other leg lifted. Push through the heel on ' +
      'the floor to lift your hips, keeping your pelvis level, then lower slowly. You should feel ' +
      'the buttock and back of the thigh of the working leg.',
    dose: { sets: 3, reps: 8, perSide: true, frequency: '2–3 times a week' },
    progression:
      'Build to 3 sets of 12, then add a weight on the hips, or put the foot on a step. Reps to ' +
      'fatigue (about 20–25 is often quoted) can be compared with the other leg.',
    stopIf: standardStopIf,
    cautions: {
      'proximal-hamstring-tendinopathy':
        'Start with the foot close and the hip only a little flexed; a foot further away loads ' +
        'the tendon more.',
      'hamstring-strain': 'Use once double-leg bridges are pain-free.',
    },
    citation: cite([], 'unchecked', typicalDose + ' The 20–25 rep field norm is unchecked.'),
  },
  'single-leg-squat-to-box': {
    id: 'single-leg-squat-to-box',
    name: 'Single-leg squat to a box',
    target: 'Hip and knee control, pelvic drop and abductor capacity in standing.',
    patientInstructions:
      'Stand on one leg in front of a box or chair, facing a mirror. Slowly sit back until you ' +
      'touch the box, then stand up again, keeping your pelvis level and your knee in line with ' +
      'your toes. You should feel your buttock and thigh working.',
    dose: {
      sets: 2,
      reps: 8,
      perSide: true,
      frequency: '2–3 times a week',
      load: 'Body weight, to a comfortable depth, with mirror feedback',
    },
    progression: 'Build to 3 sets of 10, then a lower box, a weight, a slower tempo or step-downs.',
    stopIf: standardStopIf,
    cautions: {
      'gluteal-tendinopathy': 'Watch for pelvic drop and the knee moving inwards.',
      itbs: 'Watch for hip adduction and the knee moving inwards (mirrors the gait findings).',
      'labral-tear-fais': 'Avoid pain at end-range hip flexion: use a higher box.',
      'hip-osteoarthritis': 'Avoid pain at end-range hip flexion: use a higher box.',
    },
    citation: cite([], 'unchecked', typicalDose),
  },
  'step-up': {
    id: 'step-up',
    name: 'Step-up',
    target: 'Gluteus maximus and medius, quadriceps; single-leg control.',
    patientInstructions:
      'Stand facing a step with one foot on it. Push through that foot to step up, keeping your ' +
      'pelvis level and your knee in line with your toes, then step down slowly. You should feel ' +
      'your buttock and thigh working.',
    dose: {
      sets: 3,
      reps: 8,
      perSide: true,
      frequency: '2–3 times a week',
      load: 'Body weight; a low step (mid-shin) to start',
    },
    progression: 'Raise the step, add a weight, then slow down the lowering.',
    stopIf: standardStopIf,
    cautions: {
      'labral-tear-fais': 'Keep the step low if deep hip flexion hurts.',
      'hip-osteoarthritis': 'Keep the step low if deep hip flexion hurts.',
      'gluteal-tendinopathy': 'Keep the pelvis level; no hip drop on the standing side.',
    },
    citation: cite([], 'unchecked', typicalDose),
  },
  'rear-foot-elevated-split-squat': {
    id: 'rear-foot-elevated-split-squat',
    name: 'Rear-foot-elevated split squat',
    target: 'Quadriceps, gluteus maximus and frontal-plane control.',
    patientInstructions:
      'Stand with your back foot resting on a bench behind you and your front foot forwards. ' +
      'Lower straight down by bending the front knee, keeping your body upright, then push back ' +
      'up through the front heel. You should feel the front thigh and buttock working.',
    dose: {
      sets: 2,
      reps: 8,
      perSide: true,
      frequency: '2–3 times a week',
      load: 'Body weight',
    },
    progression: 'Build to 3 sets of 10, then hold dumbbells, slow the tempo or add a deficit.',
    stopIf: standardStopIf,
    cautions: {
      'labral-tear-fais': 'Limit the depth if deep hip flexion hurts.',
      'hip-osteoarthritis': 'Limit the depth if deep hip flexion hurts.',
      'proximal-hamstring-tendinopathy':
        'A longer stance loads the hamstrings more: start with a short stance.',
      'iliopsoas-related':
        'The back leg is stretched into hip extension: reduce the range if the front of the hip ' +
        'hurts.',
      'snapping-hip-internal': 'Reduce the back-leg range if it provokes the snap.',
    },
    citation: cite([], 'unchecked', typicalDose),
  },
  'runners-calf-raise': {
    id: 'runners-calf-raise',
    name: "Runner's calf raise",
    target: 'Soleus and gastrocnemius: running-specific calf capacity.',
    patientInstructions:
      'Stand on one leg with the knee slightly bent, leaning a little forwards as if running, ' +
      'with a hand on the wall for balance if needed. Rise up onto your toes while driving the ' +
      'other knee and opposite arm forwards, then lower slowly. You should feel your calf working.',
    dose: { sets: 3, reps: 12, perSide: true, frequency: '2–3 times a week', load: 'Body weight' },
    progression:
      'Build to 3 sets of 15, then add load. Aim for 25 or more single-leg reps before returning ' +
      'to high-volume running.',
    stopIf: standardStopIf,
    cautions: {
      'femoral-neck-bsi':
        'Keep it in bone stress rehabilitation once weight bearing is pain-free and allowed; it ' +
        'also loads the shin bone, so progress gradually.',
    },
    citation: cite([], 'unchecked', typicalDose + ' The 25-rep target is unchecked.'),
  },
} as const satisfies Record<string, Exercise>
