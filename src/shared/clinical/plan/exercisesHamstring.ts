import { cite } from '../sources'
import { standardStopIf, type Exercise } from './exerciseTypes'

/**
 * Hamstring loading: isometric and isotonic work for proximal hamstring tendinopathy (Goom 2016
 * staging) and the Askling L-protocol lengthening exercises for acute strains (fact sheet §3.3,
 * §3.4, §9).
 */

const typicalDose = 'Typical starting dose from the fact sheet §9 (general knowledge, unchecked).'

const askling =
  'Askling L-protocol doses (Extender 3 × 12 twice daily, Diver 3 × 6 every other day, Glider ' +
  '3 × 4 every third day) are confirmed in the fact sheet against the protocol slides (S29b).'

const asklingStopIf =
  'Only go as far as you can without pain. Stop if you feel sharp pain or any pulling that ' +
  'feels like the injury, or if the thigh is sorer the next morning.'

export const hamstringExercises = {
  'isometric-hamstring-bridge-hold': {
    id: 'isometric-hamstring-bridge-hold',
    name: 'Isometric hamstring / bridge hold',
    target:
      'Hamstrings: pain-relieving isometric load at a low hip-flexion angle (proximal hamstring ' +
      'tendinopathy); early pain-free loading after a strain.',
    patientInstructions:
      'Lie on your back with your knees bent and your heels on the floor. Dig your heels into ' +
      'the floor and lift your hips a little, then hold still. You should feel the back of your ' +
      'thighs working, with little or no pain.',
    dose: {
      sets: 5,
      holdSeconds: 30,
      frequency: 'Daily',
      load: 'Moderate effort; build the holds from 30 to 45 s',
    },
    progression:
      'Lengthen the holds to 45 s, then move the heels further away or hold on one leg, then ' +
      'start moving exercises (bridges, hamstring curls).',
    stopIf: standardStopIf,
    cautions: {
      'proximal-hamstring-tendinopathy':
        'Keep the hip only a little flexed: more hip flexion compresses the tendon at the sitting ' +
        'bone.',
      'hamstring-strain': 'Use a submaximal, pain-free effort in the first phase.',
    },
    citation: cite(['S27'], 'unchecked', typicalDose + ' Staging follows Goom 2016.'),
  },
  'hamstring-curl-slider': {
    id: 'hamstring-curl-slider',
    name: 'Hamstring curl (slider or towel)',
    target: 'Hamstrings through knee flexion, with slow eccentric lowering.',
    patientInstructions:
      'Lie on your back with your heels on a towel or sliders on a smooth floor and lift your ' +
      'hips into a bridge. Slowly slide your heels away until your legs are nearly straight, then ' +
      'pull them back in. You should feel the back of your thighs working.',
    dose: { sets: 3, reps: 8, frequency: '2–3 times a week', load: 'Body weight, both legs' },
    progression:
      'Slow the sliding-out phase, then do the return on one leg, then the whole curl on one leg.',
    stopIf: standardStopIf,
    cautions: {
      'hamstring-strain':
        'Start with both legs and the hips down; add the bridge and slow lowering once pain-free.',
    },
    citation: cite([], 'unchecked', typicalDose),
  },
  'romanian-deadlift': {
    id: 'romanian-deadlift',
    name: 'Romanian deadlift',
    target: 'Hamstrings and gluteus maximus in a hip hinge, with rising hip flexion.',
    patientInstructions:
      'Stand tall holding a weight in front of your thighs with your knees slightly bent. Push ' +
      'your hips back and lower the weight along your legs, keeping your back straight, then ' +
      'stand up by pushing your hips forwards. You should feel the back of your thighs.',
    dose: {
      sets: 3,
      reps: 8,
      frequency: '2–3 times a week',
      load: 'Light weight; a small hinge to start',
    },
    progression:
      'Add weight, then hinge further (more hip flexion), then do it on one leg. Slow, heavy ' +
      'work (3 s up, 3 s down) suits tendons.',
    stopIf: standardStopIf,
    cautions: {
      'proximal-hamstring-tendinopathy':
        'Start with a small hinge and deepen it gradually as the next-morning response allows.',
      'labral-tear-fais': 'Limit the depth of the hinge if deep hip flexion hurts.',
      'hamstring-strain': 'Only once full-range bridges and curls are pain-free.',
    },
    citation: cite(
      [],
      'unchecked',
      typicalDose + ' Slow heavy loading (3 s up / 3 s down) is general knowledge (§8.3).',
    ),
  },
  'nordic-hamstring': {
    id: 'nordic-hamstring',
    name: 'Nordic hamstring (later phase)',
    target: 'Eccentric hamstring strength at long muscle length.',
    patientInstructions:
      'Kneel on a mat with your ankles held down by a partner or a heavy object. Keeping your ' +
      'body straight from knees to shoulders, lean forwards as slowly as you can, catch yourself ' +
      'with your hands, then push back up. You should feel a strong effort in the back of your ' +
      'thighs.',
    dose: {
      sets: 2,
      reps: 5,
      frequency: '1–2 times a week',
      load: 'Body weight; stop the lean early at first',
    },
    progression: 'Lean further before catching yourself, then add reps and a third set.',
    stopIf:
      'Stop if you feel sharp pain in the back of the thigh. Some muscle soreness over the next ' +
      '2 days is normal at first; pain in the injured spot is not.',
    cautions: {
      'hamstring-strain':
        'Later phase only: when full-range strength work and lengthening exercises are pain-free.',
      'proximal-hamstring-tendinopathy':
        'Late stage only (lengthened loading), after heavy hinge work is well tolerated.',
    },
    citation: cite([], 'unchecked', typicalDose),
  },
  'askling-extender': {
    id: 'askling-extender',
    name: 'Askling Extender',
    target: 'Hamstring lengthening (L-protocol) after an acute strain: slow knee extension.',
    patientInstructions:
      'Lie on your back and hold the thigh of the injured leg with both hands, hip bent to about ' +
      'a right angle. Slowly straighten the knee as far as you can without pain, then bend it ' +
      'again. You should feel a gentle stretch, never pain, in the back of the thigh.',
    dose: { sets: 3, reps: 12, frequency: 'Twice a day', load: 'Slow, pain-free range' },
    progression: 'Increase the speed and range as tolerated, always without pain.',
    stopIf: asklingStopIf,
    cautions: {
      'hamstring-strain': 'Only when the movement is pain-free.',
      'proximal-hamstring-tendinopathy':
        'Hip flexion at 90° compresses the tendon at the sitting bone: not for the painful phase.',
    },
    citation: cite(['S29'], 'confirmed', askling),
  },
  'askling-diver': {
    id: 'askling-diver',
    name: 'Askling Diver',
    target: 'Hamstring lengthening (L-protocol) through hip flexion on the standing leg.',
    patientInstructions:
      'Stand on the injured leg with the knee slightly bent. Lean your body forwards and reach ' +
      'your arms out in front while lifting the other leg out behind you, like a slow dive, ' +
      'keeping your pelvis level. Come back up and repeat.',
    dose: { sets: 3, reps: 6, frequency: 'Every other day', load: 'Body weight, pain-free range' },
    progression: 'Increase the speed and range as tolerated, always without pain.',
    stopIf: asklingStopIf,
    cautions: { 'hamstring-strain': 'Only when the movement is pain-free.' },
    citation: cite(['S29'], 'confirmed', askling),
  },
  'askling-glider': {
    id: 'askling-glider',
    name: 'Askling Glider',
    target: 'Hamstring lengthening (L-protocol) with a sliding split stance.',
    patientInstructions:
      'Stand upright holding a support, with the injured leg in front, knee slightly bent and ' +
      'your weight on its heel. Slide the other foot backwards on a smooth floor as far as you ' +
      'can without pain, then pull yourself back with your arms, not the injured leg.',
    dose: {
      sets: 3,
      reps: 4,
      frequency: 'Every third day',
      load: 'Body weight, sock or slider on a smooth floor',
    },
    progression: 'Slide further and faster as tolerated, always without pain.',
    stopIf: asklingStopIf,
    cautions: { 'hamstring-strain': 'Only when the movement is pain-free.' },
    citation: cite(['S29'], 'confirmed', askling),
  },
} as const satisfies Record<string, Exercise>
