import { cite } from '../sources'
import { type Exercise } from './exerciseTypes'

/**
 * Agility, trunk stabilisation and running drills: the progressive agility and trunk
 * stabilisation programme (PATS, Sherry & Best 2004) and return-to-speed drills (fact sheet
 * §3.3, §3.8, §8.3). The PATS drill list and doses are unchecked in the fact sheet.
 */

const pats =
  'PATS drills (Sherry & Best 2004) as listed in the fact sheet §3.3; the drill list and doses ' +
  'are unchecked. Only the 2-week re-injury result (0/13 PATS vs 6/11 stretching and isolated ' +
  'strengthening) is corroborated.'

const drillStopIf =
  'Slow down or stop if you feel pain or pulling in the injured area. Mild effort and tiredness ' +
  'are fine; pain that is still there the next morning means the drill was too much.'

export const runningDrillExercises = {
  'pats-side-shuffle': {
    id: 'pats-side-shuffle',
    name: 'PATS phase 1: side shuffle',
    target: 'Low-intensity agility and frontal-plane control (PATS phase 1).',
    patientInstructions:
      'Stand with your knees slightly bent. Shuffle sideways for a few steps without crossing ' +
      'your feet, then shuffle back. Keep it easy and relaxed.',
    dose: {
      sets: 3,
      holdSeconds: 60,
      frequency: 'Daily',
      load: '1 min of shuffling each set, low to moderate speed',
    },
    progression: 'Move on to the faster phase 2 drills once phase 1 is pain-free.',
    stopIf: drillStopIf,
    cautions: { 'hamstring-strain': 'Short steps only; no lunging or sprinting in phase 1.' },
    citation: cite(['S31'], 'unchecked', pats),
  },
  'pats-grapevine': {
    id: 'pats-grapevine',
    name: 'PATS phase 1: grapevine',
    target: 'Low-intensity agility, pelvic rotation and coordination (PATS phase 1).',
    patientInstructions:
      'Move sideways by stepping one foot in front of the other, then behind, in a steady ' +
      'rhythm. Let your hips turn with the steps and keep your upper body facing forwards.',
    dose: {
      sets: 3,
      holdSeconds: 60,
      frequency: 'Daily',
      load: '1 min each set, low to moderate speed',
    },
    progression: 'Move on to the faster phase 2 drills once phase 1 is pain-free.',
    stopIf: drillStopIf,
    cautions: { 'hamstring-strain': 'Keep the steps short and easy.' },
    citation: cite(['S31'], 'unchecked', pats),
  },
  'pats-fast-feet': {
    id: 'pats-fast-feet',
    name: 'PATS phase 1: fast feet on the spot',
    target: 'Foot speed and coordination without long strides (PATS phase 1).',
    patientInstructions:
      'Stand in a slight crouch and run on the spot with small, quick steps, staying on the balls ' +
      'of your feet. Keep your knees low; this is about speed, not height.',
    dose: { sets: 3, holdSeconds: 60, frequency: 'Daily', load: '1 min each set' },
    progression: 'Add forward and backward steps, then the phase 2 drills.',
    stopIf: drillStopIf,
    cautions: {},
    citation: cite(['S31'], 'unchecked', pats),
  },
  'pats-trunk-bridges': {
    id: 'pats-trunk-bridges',
    name: 'PATS phase 1: prone, supine and side bridges',
    target: 'Isometric trunk and pelvic stabilisation (PATS phase 1).',
    patientInstructions:
      'Hold three positions in turn: on your forearms and toes facing the floor, on your back ' +
      'with your hips lifted, and on your side propped on one elbow. Keep your body in a ' +
      'straight line and breathe normally.',
    dose: {
      sets: 4,
      holdSeconds: 20,
      frequency: 'Daily',
      load: 'Each bridge (side bridge each side)',
    },
    progression: 'Lengthen the holds, then add leg lifts or knee straightening in the bridges.',
    stopIf: drillStopIf,
    cautions: {
      'hamstring-strain': 'In the back bridge keep the knees well bent if the thigh is sore.',
      'gluteal-tendinopathy': 'Side bridge on the painful side may press on the tendon.',
    },
    citation: cite(['S31'], 'unchecked', pats),
  },
  'pats-single-leg-stand': {
    id: 'pats-single-leg-stand',
    name: 'PATS phase 1: single-leg stand',
    target: 'Balance and pelvic control on one leg (PATS phase 1).',
    patientInstructions:
      'Stand on one leg with the knee slightly bent and your pelvis level. Hold steady without ' +
      'holding on, then change legs.',
    dose: { sets: 4, holdSeconds: 20, perSide: true, frequency: 'Daily' },
    progression: 'Close your eyes, stand on a cushion, then add the phase 2 windmill touches.',
    stopIf: drillStopIf,
    cautions: {},
    citation: cite(['S31'], 'unchecked', pats),
  },
  'pats-phase-2-agility': {
    id: 'pats-phase-2-agility',
    name: 'PATS phase 2: faster agility drills',
    target:
      'Agility at higher speed with changes of direction (PATS phase 2): side shuffle and ' +
      'grapevine at moderate to high speed, boxer shuffle, quick forward–backward steps.',
    patientInstructions:
      'Do the shuffle and grapevine drills faster, then add quick changes of direction, such as ' +
      'stepping forwards and backwards on command. Stay light on your feet and stop each set ' +
      'when you lose quality.',
    dose: { sets: 3, holdSeconds: 60, frequency: '3–5 times a week', load: '1 min per drill' },
    progression: 'Increase the speed and add sport-specific changes of direction.',
    stopIf: drillStopIf,
    cautions: {
      'hamstring-strain': 'Only once phase 1 drills and walking are pain-free.',
      'adductor-related': 'Change of direction loads the adductors: add it late.',
    },
    citation: cite(['S31'], 'unchecked', pats),
  },
  'pats-phase-2-trunk': {
    id: 'pats-phase-2-trunk',
    name: 'PATS phase 2: single-leg and trunk drills',
    target:
      'Single-leg and trunk control with eccentric hamstring demand (PATS phase 2): single-leg ' +
      'windmill touches, bridges with alternating leg lifts, side bridges.',
    patientInstructions:
      'Stand on one leg and hinge forwards to touch the floor in front of you with the opposite ' +
      'hand, then stand tall again. Then do back bridges lifting one foot at a time. Keep your ' +
      'pelvis level throughout.',
    dose: { sets: 4, reps: 10, perSide: true, frequency: '3–5 times a week' },
    progression: 'Add a light weight to the windmill touches and hold the bridge on one leg.',
    stopIf: drillStopIf,
    cautions: { 'hamstring-strain': 'Hinge only as far as is pain-free.' },
    citation: cite(['S31'], 'unchecked', pats),
  },
  'build-up-strides': {
    id: 'build-up-strides',
    name: 'Build-up strides (return to speed)',
    target: 'Graded exposure to running speed before full sprinting or speed sessions.',
    patientInstructions:
      'After an easy warm-up jog, run 60–80 metres, building up smoothly from a jog to the speed ' +
      'set for today, then slow down gradually. Walk back to recover before the next one.',
    dose: {
      sets: 4,
      frequency: '2–3 times a week, not on consecutive days',
      load: '60–80 m each, starting at about half of top speed',
    },
    progression:
      'Raise the top speed in steps over several sessions (for example about 50%, then 70%, ' +
      'then 90% and more) only when the previous step caused no pain.',
    stopIf: drillStopIf,
    cautions: {
      'hamstring-strain': 'Only after pain-free jogging and strength work; full speed comes last.',
      'femoral-neck-bsi': 'Speed comes last, after medical clearance and continuous easy running.',
    },
    citation: cite([], 'unchecked', 'General knowledge; the speed steps are illustrative.'),
  },
  'hop-and-bound': {
    id: 'hop-and-bound',
    name: 'Hops and bounds (energy storage)',
    target:
      'Tendon and bone tolerance of fast loading: hops on the spot, jump squats, bounding. Also ' +
      'the loading part of the return-to-run readiness check after bone stress injury.',
    patientInstructions:
      'Hop on the spot on both feet with small, springy jumps, then on one foot. Later, do ' +
      'bounding strides across the room. Land softly and quietly.',
    dose: {
      sets: 2,
      reps: 10,
      frequency: '2–3 times a week',
      load: 'Two feet first, then one; aim for 10–15 of each with pain ≤2/10',
    },
    progression: 'Two feet → one foot → bounding → skater hops, then add height and speed.',
    stopIf:
      'Stop if you feel pain in the bone or the injured spot. Pain above 2 out of 10, or any ' +
      'pain still there the next morning, means you are not ready for this yet.',
    cautions: {
      'femoral-neck-bsi':
        'Only after medical clearance. Readiness check (pain ≤2/10): single-leg stance 10 s, ' +
        'single-leg squat ×10, jog on the spot 1 min, jump squats 10–15, bounding 10–15 each ' +
        'leg, hop in place 10–15 (or 30 s).',
      'apophyseal-avulsion': 'Only after range and strength are restored and pain-free.',
    },
    citation: cite(
      ['S42'],
      'unchecked',
      'Passing loading tests before running is confirmed (George 2024); the readiness items come ' +
        'from a clinic checklist (fact sheet S42b); the training dose is general knowledge.',
    ),
  },
} as const satisfies Record<string, Exercise>
