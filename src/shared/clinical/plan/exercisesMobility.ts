import { cite } from '../sources'
import { standardStopIf, type Exercise } from './exerciseTypes'

/**
 * Stretches, range-of-motion work, low-impact cross-training and the walk–run programme
 * (fact sheet §3.7, §3.8, §9).
 */

const typicalDose = 'Typical starting dose from the fact sheet §9 (general knowledge, unchecked).'

export const mobilityExercises = {
  'hamstring-stretch': {
    id: 'hamstring-stretch',
    name: 'Hamstring stretch',
    target: 'Hamstring extensibility.',
    patientInstructions:
      'Lie on your back with a strap or towel around one foot. Keeping that knee almost straight, ' +
      'raise the leg until you feel a gentle stretch in the back of the thigh, and hold. Lower it ' +
      'and swap sides.',
    dose: { sets: 3, holdSeconds: 30, perSide: true, frequency: 'Once a day' },
    progression: 'Hold for longer; no need to push further than a gentle stretch.',
    stopIf:
      'It should feel like a stretch, not pain. Stop if it hurts at the sitting bone or in the ' +
      'injured part of the thigh.',
    cautions: {
      'proximal-hamstring-tendinopathy':
        'Avoid while the tendon is painful: stretching into hip flexion compresses it at the ' +
        'sitting bone.',
      'hamstring-strain':
        'After an acute strain, only in a pain-free range; prefer loaded lengthening (Askling ' +
        'L-protocol).',
    },
    citation: cite([], 'unchecked', typicalDose),
  },
  'low-back-hip-twist': {
    id: 'low-back-hip-twist',
    name: 'Low back and hip twist',
    target: 'Lumbar and hip rotation mobility.',
    patientInstructions:
      'Lie on your back with your knees bent and feet flat. Keeping your shoulders on the floor, ' +
      'let both knees fall slowly to one side as far as is comfortable, then bring them back ' +
      'and go to the other side.',
    dose: { sets: 1, reps: 10, perSide: true, frequency: 'Daily', load: 'Slow, comfortable range' },
    progression: 'Hold each side for 20–30 s (2 holds), or take a single knee across.',
    stopIf: 'Stop if it causes pain in the hip or back, or sends pain down the leg.',
    cautions: {
      'gluteal-tendinopathy':
        'The top knee crossing the midline is hip adduction (compression): keep the knees ' +
        'together and limit the range.',
      'trochanteric-bursitis': 'As for gluteal tendinopathy: knees together, limited range.',
      'lumbar-referred': 'Only as advised after the spinal assessment.',
    },
    citation: cite([], 'unchecked', typicalDose),
  },
  'hip-rotation-range': {
    id: 'hip-rotation-range',
    name: 'Hip rotation range of motion',
    target: 'Hip internal and external rotation range (hip osteoarthritis).',
    patientInstructions:
      'Sit on a firm chair with your knees together and feet on the floor. Slowly swing one foot ' +
      'outwards, turning the hip in, then inwards, turning it out, as far as is comfortable. Move ' +
      'smoothly and breathe normally.',
    dose: { sets: 2, reps: 10, perSide: true, frequency: 'Daily' },
    progression: 'Increase the range gently, then hold the end of each movement for a few seconds.',
    stopIf:
      'Some discomfort is fine. Ease off if pain goes above 5 out of 10 or has not settled ' +
      'within 24 hours.',
    cautions: {
      'hip-osteoarthritis':
        'Pain up to 5/10 during exercise is acceptable if it settles within 24 h.',
    },
    citation: cite(
      ['S17'],
      'unchecked',
      'General knowledge. Internal rotation is the earliest and most predictive restriction in ' +
        'hip OA (Birrell 2001, confirmed).',
    ),
  },
  'hip-flexion-range': {
    id: 'hip-flexion-range',
    name: 'Hip flexion range of motion',
    target: 'Hip flexion range (hip osteoarthritis); comfort for socks and shoes.',
    patientInstructions:
      'Lie on your back with your legs straight. Slide one heel towards your buttock, bending the ' +
      'hip and knee as far as is comfortable, then slide it back down. Swap sides.',
    dose: { sets: 2, reps: 10, perSide: true, frequency: 'Daily' },
    progression: 'Help the knee a little further towards the chest with your hands, gently.',
    stopIf:
      'Some discomfort is fine. Ease off if pain goes above 5 out of 10 or has not settled ' +
      'within 24 hours.',
    cautions: {
      'labral-tear-fais': 'Do not force end-range flexion: stop before a pinch in the groin.',
      'hip-osteoarthritis':
        'Pain up to 5/10 during exercise is acceptable if it settles within 24 h.',
    },
    citation: cite([], 'unchecked', 'General knowledge.'),
  },
  'lumbar-mobility': {
    id: 'lumbar-mobility',
    name: 'Lumbar spine mobility (as advised)',
    target:
      'Gentle lumbar movement for pain referred from the spine, only as advised after a spinal ' +
      'assessment.',
    patientInstructions:
      'Do the gentle back movements your physiotherapist showed you, such as slowly rocking the ' +
      'knees side to side or tilting the pelvis while lying on your back. Move within comfort.',
    dose: { sets: 2, reps: 10, frequency: 'Daily, or as advised' },
    progression: 'As advised by the clinician who assessed your back.',
    stopIf:
      'Stop if the pain spreads further down the leg, or if numbness or pins and needles get ' +
      'worse. Seek urgent help for numbness between the legs or bladder or bowel changes.',
    cautions: {
      'lumbar-referred':
        'Choose the direction and dose from the spinal assessment; this entry is a placeholder ' +
        'for that advice.',
    },
    citation: cite([], 'unchecked', 'General knowledge (fact sheet §3.13: referred lumbar pain).'),
  },
  'sciatic-nerve-slider': {
    id: 'sciatic-nerve-slider',
    name: 'Sciatic nerve slider (seated)',
    target:
      'Gentle gliding of the sciatic nerve through the buttock and thigh (deep gluteal syndrome), ' +
      'without holding it on stretch.',
    patientInstructions:
      'Sit tall on a chair. Straighten one knee while you look up, then bend the knee as you ' +
      'look down: the nerve slides without being stretched. Move smoothly and stay well short of ' +
      'any tingling.',
    dose: { sets: 2, reps: 10, perSide: true, frequency: 'Daily', load: 'Slow, small range' },
    progression: 'Add range a little at a time while it stays symptom-free.',
    stopIf:
      'Stop if it brings on pins and needles, numbness or pain down the leg, or if these last ' +
      'after you stop.',
    cautions: {
      'deep-gluteal-syndrome':
        'Sliders, not sustained stretches: holding the nerve on tension may irritate it.',
      'lumbar-referred': 'Only as advised after the spinal assessment.',
    },
    citation: cite([], 'unchecked', 'General knowledge (neural mobilisation).'),
  },
  'stationary-bike': {
    id: 'stationary-bike',
    name: 'Stationary bike (low-impact cross-training)',
    target: 'Aerobic fitness without impact; hip range.',
    patientInstructions:
      'Ride an exercise bike at an easy to moderate effort where you can still talk. Set the ' +
      'saddle high enough that your knee is only slightly bent at the bottom of the pedal stroke.',
    dose: {
      sets: 1,
      frequency: '2–4 times a week, in place of some runs',
      load: '20–30 min at an easy to moderate effort',
    },
    progression: 'Lengthen the ride first, then add harder intervals.',
    stopIf: standardStopIf,
    cautions: {
      'femoral-neck-bsi': 'Only once pain-free and allowed by the treating doctor.',
      'labral-tear-fais': 'Raise the saddle to avoid deep hip flexion.',
      'hip-osteoarthritis': 'Raise the saddle if deep flexion hurts.',
      'proximal-hamstring-tendinopathy': 'Saddle pressure on the sitting bone may aggravate.',
      'iliopsoas-related': 'Repeated hip flexion may provoke: keep the resistance low.',
    },
    citation: cite([], 'unchecked', 'General knowledge.'),
  },
  'pool-running': {
    id: 'pool-running',
    name: 'Pool running (low-impact cross-training)',
    target: 'Running-specific fitness without impact.',
    patientInstructions:
      'In deep water, wearing a flotation belt, move your legs and arms as if running, without ' +
      'touching the bottom. Keep your body upright and work at an effort where you can still ' +
      'talk.',
    dose: {
      sets: 1,
      frequency: '2–4 times a week, in place of some runs',
      load: '20–30 min at an easy to moderate effort',
    },
    progression: 'Lengthen the session first, then add harder intervals.',
    stopIf: standardStopIf,
    cautions: {
      'femoral-neck-bsi': 'Only once pain-free and allowed by the treating doctor.',
    },
    citation: cite([], 'unchecked', 'General knowledge.'),
  },
  'walk-run-programme': {
    id: 'walk-run-programme',
    name: 'Walk–run programme',
    target:
      'Graded return to running: alternate-day walk–run intervals, progressing running time, ' +
      'then frequency, then volume, then speed and hills.',
    patientInstructions:
      'Run every other day on a flat, soft surface. Start with about 1 minute of easy running ' +
      'then 1–4 minutes of walking, repeated 5–6 times. Each session, add running time, not ' +
      'speed. Muscle soreness is fine; pain in the bone is not.',
    dose: {
      sets: 5,
      frequency: 'Every other day',
      load: 'Each set: about 1 min easy running + 1–4 min walking (20–30 min in all)',
    },
    progression:
      'Over about 4–8 weeks build to 30 min of continuous running; then add days, then weekly ' +
      'volume (about 10% a week at most), and only then speed and hills.',
    stopIf:
      'Stop and rest 1–2 days if you feel pain in one spot of the bone, then drop back a stage. ' +
      'If discomfort lasts more than 24 hours after a run, step back.',
    cautions: {
      'femoral-neck-bsi':
        'Only after medical clearance with imaging evidence of healing (high-risk site), ' +
        'pain-free walking and a passed readiness check.',
    },
    citation: cite(
      ['S42'],
      'unchecked',
      'Illustrative walk–run structure from the fact sheet §3.8 (unchecked). The prerequisites ' +
        'before running are confirmed (George 2024); the stop rules (bone pain; discomfort over ' +
        '24 h) come from a clinic source (fact sheet S42c).',
    ),
  },
} as const satisfies Record<string, Exercise>
