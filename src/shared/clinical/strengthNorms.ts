import { cite, type Citation } from './sources'

/**
 * How to read strength results: manual muscle testing (Oxford scale) and hand-held
 * dynamometry (HHD) with the limb symmetry index (LSI = involved / uninvolved × 100).
 */

export const limbSymmetry = {
  deficitBelowPercent: 90,
  citation: cite(
    ['S54b', 'S54e'],
    'unchecked',
    'LSI ≥90% is a convention borrowed from the ACL and hamstring literature, not validated for ' +
      'the hip. The measurement variation (Thorborg 2010) and bilateral weakness (Harris-Hayes ' +
      '2014) are confirmed.',
  ),
  explanation:
    'A limb symmetry index below 90% is usually read as a deficit, and ≥90% is the usual target ' +
    'before return to running. The margin sits above the 3–12% test–retest variation of hip HHD ' +
    '(Thorborg 2010). In one-sided hip joint pain the "good" side may be weak too, so a normal ' +
    'LSI can hide a deficit on both sides: also compare force normalised to body mass over time.',
} as const

export const adductorAbductorRatio = {
  riskBelow: 0.8,
  citation: cite(['S50'], 'confirmed', 'Tyler 2001, professional ice-hockey players.'),
  explanation:
    'Adduction strength below 80% of abduction strength on the same side went with a 17 times ' +
    'higher risk of an adductor strain. The ratio was 95% in players who stayed uninjured and 78% ' +
    'in those who were injured, whose preseason adduction strength was 18% lower.',
} as const

export const oxfordScale: { grade: string; meaning: string }[] = [
  { grade: '0', meaning: 'No contraction.' },
  { grade: '1', meaning: 'A flicker or trace of contraction, without movement.' },
  { grade: '2', meaning: 'Active movement with gravity eliminated.' },
  {
    grade: '3',
    meaning: 'Active movement through full range against gravity, no added resistance.',
  },
  {
    grade: '4',
    meaning:
      'Movement against gravity and some resistance, but less than normal; often split into 4−, ' +
      '4 and 4+.',
  },
  { grade: '5', meaning: 'Normal power.' },
]

export const oxfordScaleCitation: Citation = cite(['S54'], 'confirmed')

export const manualMuscleTestNote =
  'Manual muscle testing is insensitive above grade 4: it cannot grade the strength differences ' +
  'that matter in runners, so measure force with a hand-held dynamometer. In gluteal ' +
  'tendinopathy research, weakness has been defined as MMT below 5/5.'

export const manualMuscleTestCitation: Citation = cite(['S54', 'S13'], 'confirmed')

export const dynamometryNotes: string[] = [
  'Test in the same position, with the same tester and the same set-up every time, and ' +
    'stabilise the patient; test isometrically after a practice trial (Mayne 2017).',
  'Hip abductor peak force is about 30% higher side-lying than standing or supine: never compare ' +
    'results taken in different positions.',
  'Normalise force to body mass (N/kg), or to torque (Nm/kg) using the lever arm, so visits and ' +
    'people can be compared; report LSI = involved / uninvolved × 100.',
  'Take the best of several trials: the maximum of 4 trials kept test–retest variation below 10% ' +
    'in 11 of 12 hip tests (abduction, ER, IR and flexion under 5%, adduction under 6%, ' +
    'extension under 8%) (Thorborg 2010).',
]

export const dynamometryCitation: Citation = cite(['S54c', 'S54d', 'S54b'], 'confirmed')

/** Standard gravity (m/s²): turns body mass into body weight in newtons. */
export const STANDARD_GRAVITY = 9.80665

/**
 * Hip-abductor isometric torque in distance runners, as % body weight × height (Fredericson
 * 2000, via the ITBS source): the injured limb of runners with iliotibial band syndrome, their
 * other limb, and healthy runners. Means, not cut-offs: a value near the injured mean is a deficit
 * worth training, not a diagnosis.
 */
export const hipAbductorTorqueNorms = {
  women: { injuredLimb: 7.82, otherLimb: 9.82, controls: 10.19 },
  men: { injuredLimb: 6.86, otherLimb: 8.62, controls: 9.73 },
  unit: '%BW·h',
  citation: cite(
    ['S51'],
    'confirmed',
    'Fredericson 2000: a 6-week gluteus medius programme corrected the deficit, with return to running.',
  ),
  explanation:
    'Hip-abductor torque (Fredericson 2000): healthy runners 10.19 %BW·h (women) and 9.73 (men); ' +
    'the injured limb in iliotibial band syndrome 7.82 and 6.86. Torque = force × lever arm; ' +
    '%BW·h = torque ÷ (body weight × height) × 100.',
} as const

/** Where to measure the lever arm, and why torque is worth the tape measure. */
export const leverArmNote =
  'Lever arm: the distance in metres from the joint centre to the middle of the dynamometer pad ' +
  '(for hip abduction, greater trochanter to the pad above the lateral knee). Torque (Nm, and ' +
  'Nm/kg) compares people of different leg length and visits with the pad in another place.'

export const leverArmCitation: Citation = cite(
  ['S54c', 'S51'],
  'partly-confirmed',
  'Normalising to torque is advised in the fact sheet (§5.2); the landmark is general practice.',
)
