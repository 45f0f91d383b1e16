import { cite } from '../sources'
import { standardStopIf, type Exercise } from './exerciseTypes'

/**
 * Groin and front-of-hip exercises: adductor loading (Hölmich 1999, Copenhagen programme) and
 * hip-flexor / iliopsoas loading, lengthening and snap retraining (fact sheet §3.5, §3.9, §3.12,
 * §9).
 */

const typicalDose = 'Typical starting dose from the fact sheet §9 (general knowledge, unchecked).'

export const groinExercises = {
  'adductor-squeeze': {
    id: 'adductor-squeeze',
    name: 'Adductor squeeze (ball)',
    target: 'Adductors: isometric loading for adductor-related groin pain.',
    patientInstructions:
      'Lie on your back with your knees bent and a ball or folded pillow between your knees. ' +
      'Squeeze the ball steadily and hold, then relax. You should feel the inside of your thighs ' +
      'working, with little or no pain in the groin.',
    dose: {
      sets: 5,
      holdSeconds: 30,
      frequency: 'Daily in the painful phase',
      load: 'Knees bent (about 45° at the hip); or 10 × 5–10 s squeezes; build to 45 s holds',
    },
    progression:
      'Lengthen the holds to 45 s, then move on to side-lying adduction, then Copenhagen ' +
      'adduction.',
    stopIf:
      'Ease the squeeze if pain at the inner groin goes above 3 out of 10, or if it has not ' +
      'settled by the next morning.',
    cautions: { 'adductor-related': 'Keep pain at the adductor origin at 3/10 or less.' },
    citation: cite(
      ['S50'],
      'unchecked',
      typicalDose + ' Squeeze force is highest at 45° hip flexion (confirmed, S50).',
    ),
  },
  'side-lying-adduction': {
    id: 'side-lying-adduction',
    name: 'Side-lying adduction',
    target: 'Adductors through range (isotonic).',
    patientInstructions:
      'Lie on your side with your top leg bent and its foot on the floor in front of you. Lift ' +
      'your bottom leg, kept straight, a few centimetres off the floor, then lower it slowly. You ' +
      'should feel the inside of the lower thigh working.',
    dose: { sets: 3, reps: 10, perSide: true, frequency: '2–3 times a week', load: 'Body weight' },
    progression: 'Build to 3 sets of 15, add an ankle weight, then Copenhagen adduction.',
    stopIf: standardStopIf,
    cautions: { 'adductor-related': 'Keep pain at the adductor origin at 3/10 or less.' },
    citation: cite(['S50'], 'unchecked', typicalDose + ' Progressive adductor training: S50.'),
  },
  'copenhagen-adduction': {
    id: 'copenhagen-adduction',
    name: 'Copenhagen adduction (short lever)',
    target: 'Adductors: high-load eccentric and isometric adduction.',
    patientInstructions:
      'Lie on your side propped on your elbow, with your top knee resting on a bench and the ' +
      'bottom leg underneath. Lift your hips and bring the bottom leg up to the bench, then lower ' +
      'both slowly. You should feel a strong effort in the inner thigh of the top leg.',
    dose: {
      sets: 2,
      reps: 6,
      perSide: true,
      frequency: '3 times a week; once a week to maintain',
      load: 'Knee on the bench (short lever); build to 3 × 10',
    },
    progression:
      'Build to 3 sets of 10, then support the ankle instead of the knee (long lever). Keep it ' +
      'once a week after returning to full running.',
    stopIf: standardStopIf,
    cautions: {
      'adductor-related': 'Keep pain at the adductor origin at 3/10 or less; start short lever.',
      'gluteal-tendinopathy': 'The bottom hip is loaded in side-lying: use a pad.',
    },
    citation: cite(
      ['S50'],
      'confirmed',
      'Copenhagen adduction, short lever, 2–3 × 6–10 each side 3×/week; Harøy 2019: 3×/week for ' +
        '6–8 weeks then 1×/week gave about 41% fewer groin problems.',
    ),
  },
  'banded-hip-flexion-hold': {
    id: 'banded-hip-flexion-hold',
    name: 'Standing banded hip flexion hold (isometric)',
    target: 'Iliopsoas and hip flexors: pain-relieving isometric load for the painful phase.',
    patientInstructions:
      'Stand tall holding a support, with a band around the ankle of the painful leg anchored ' +
      'behind you. Lift the knee slightly forwards against the band and hold it still. You ' +
      'should feel the front of the hip working, with little or no pain.',
    dose: {
      sets: 5,
      holdSeconds: 30,
      perSide: true,
      frequency: 'Daily',
      load: 'Light band, moderate effort; build the holds to 45 s',
    },
    progression: 'Lengthen the holds, then move on to slow banded lifts through range.',
    stopIf: standardStopIf,
    cautions: {
      'iliopsoas-related': 'Start here; move through range once holds are easy.',
      'apophyseal-avulsion':
        'Only once the avulsion has healed and resisted hip flexion is pain-free.',
    },
    citation: cite(
      [],
      'unchecked',
      'Fact sheet §3.5: iliopsoas loading content, general knowledge.',
    ),
  },
  'banded-hip-flexion': {
    id: 'banded-hip-flexion',
    name: 'Standing banded hip flexion (isotonic)',
    target: 'Iliopsoas and hip flexors: strength through range.',
    patientInstructions:
      'Stand tall holding a support, with a band around the ankle anchored behind you. Slowly ' +
      'lift the knee up to hip height against the band, then lower it under control. Keep your ' +
      'back straight and your pelvis still.',
    dose: {
      sets: 3,
      reps: 10,
      perSide: true,
      frequency: '2–3 times a week',
      load: 'Light band; 2–3 s up, 2–3 s down',
    },
    progression: 'Use a stronger band, then seated knee lifts and the psoas march.',
    stopIf: standardStopIf,
    cautions: {
      'apophyseal-avulsion':
        'Only once the avulsion has healed and resisted hip flexion is pain-free.',
      'labral-tear-fais': 'Stop the lift below the height that pinches the front of the hip.',
    },
    citation: cite(
      [],
      'unchecked',
      'Fact sheet §3.5: iliopsoas loading content, general knowledge.',
    ),
  },
  'seated-knee-lift': {
    id: 'seated-knee-lift',
    name: 'Seated knee lift',
    target: 'Iliopsoas strength in its short range (above 90° of hip flexion).',
    patientInstructions:
      'Sit tall on a firm chair without leaning back. Lift one knee a few centimetres off the ' +
      'chair, hold for 2 seconds, and lower slowly. You should feel the deep front of your hip ' +
      'working.',
    dose: { sets: 3, reps: 10, holdSeconds: 2, perSide: true, frequency: '2–3 times a week' },
    progression: 'Add an ankle weight or a band over the knee, then longer holds.',
    stopIf: standardStopIf,
    cautions: {
      'labral-tear-fais': 'Deep hip flexion may pinch the front of the hip: keep the lift small.',
    },
    citation: cite(
      [],
      'unchecked',
      'Fact sheet §3.5: iliopsoas loading content, general knowledge.',
    ),
  },
  'psoas-march': {
    id: 'psoas-march',
    name: 'Psoas march',
    target: 'Iliopsoas strength with trunk control; progresses towards long-lever loading.',
    patientInstructions:
      'Lie on your back with a band around both feet and your hips and knees bent to a right ' +
      'angle. Keeping your back still, push one leg out straight while the other stays bent ' +
      'against the band, then swap. You should feel the front of the hip of the bent leg.',
    dose: {
      sets: 3,
      reps: 10,
      perSide: true,
      frequency: '2–3 times a week',
      load: 'Light band',
    },
    progression:
      'Use a stronger band, then do standing marches with a band, then long-lever lifts.',
    stopIf: standardStopIf,
    cautions: {
      'snapping-hip-internal': 'Keep the movement slow and short of the point that snaps.',
    },
    citation: cite(
      [],
      'unchecked',
      'Fact sheet §3.5: iliopsoas loading content, general knowledge.',
    ),
  },
  'hip-flexor-stretch': {
    id: 'hip-flexor-stretch',
    name: 'Hip flexor stretch (half-kneeling)',
    target: 'Iliopsoas and rectus femoris length; hip extension for running.',
    patientInstructions:
      'Kneel on one knee with the other foot flat in front of you. Tuck your tailbone under and ' +
      'shift your weight gently forwards until you feel a stretch at the front of the hip of the ' +
      'kneeling leg. Keep your chest up and hold, then swap sides.',
    dose: { sets: 3, holdSeconds: 30, perSide: true, frequency: 'Daily' },
    progression:
      'Reach the same-side arm overhead and lean away, then bend the back knee to add rectus ' +
      'femoris.',
    stopIf:
      'It should feel like a stretch, not pain. Stop if it hurts deep in the front of the hip or ' +
      'if the hip is sorer the next day.',
    cautions: {
      'iliopsoas-related':
        'Acute tendinopathy or bursitis may be provoked: keep it gentle, only when not painful.',
      'labral-tear-fais': 'Anterior labral pain may be provoked: keep it gentle.',
      'snapping-hip-internal': 'Keep it gentle and stop short of the snap.',
      'apophyseal-avulsion':
        'AIIS/ASIS avulsion: only after healing, and only into a pain-free range.',
    },
    citation: cite([], 'unchecked', typicalDose),
  },
  'controlled-leg-lowering': {
    id: 'controlled-leg-lowering',
    name: 'Controlled leg lowering (snap retraining)',
    target:
      'Retraining the movement that provokes an internal (iliopsoas) snap: slow, controlled ' +
      'return from flexion–abduction–external rotation to extension.',
    patientInstructions:
      'Lie on your back with one knee bent and turned out. Slowly bring the knee back to point ' +
      'at the ceiling and slide the leg down straight, keeping your stomach lightly braced. Go ' +
      'slowly and stop just before the point where the hip clunks.',
    dose: { sets: 2, reps: 10, perSide: true, frequency: 'Daily' },
    progression:
      'Widen the range that stays clunk-free, then practise the same control standing and in ' +
      'the sport or dance movement that causes the snap.',
    stopIf: 'Stop if the hip clunks painfully or the front of the hip aches afterwards.',
    cautions: {
      'snapping-hip-internal': 'Painless snapping needs no treatment; use this for painful snaps.',
    },
    citation: cite(
      ['S48'],
      'unchecked',
      'The provoking movement (flexion–abduction–external rotation back to extension) is ' +
        'confirmed (S48); the retraining method is general knowledge.',
    ),
  },
} as const satisfies Record<string, Exercise>
