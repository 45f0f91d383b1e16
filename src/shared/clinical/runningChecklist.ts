import { cite, type Citation } from './sources'

/**
 * What to look at for each item of the running-technique checklist and the published threshold
 * or effect to judge it by (clinical fact sheet §6). Keys match runningTechnique.ts.
 */

export interface ChecklistGuide {
  item:
    | 'cadenceSpm'
    | 'trunkLean'
    | 'footStrike'
    | 'overstride'
    | 'pelvicDrop'
    | 'hipAdductionKneeValgus'
    | 'crossover'
    | 'hipExtensionAtToeOff'
  label: string
  /** one line: what to look at and from which view */
  lookAt: string
  /** one line: the threshold or effect to judge by */
  threshold: string
  citation: Citation
}

export const runningChecklist: ChecklistGuide[] = [
  {
    item: 'cadenceSpm',
    label: 'Cadence (steps per minute)',
    lookAt: 'Count steps for 30 s and double it (or read the watch), at the usual easy pace.',
    threshold:
      '+5% lowers knee energy absorption; +10% also lowers hip energy absorption and peak hip ' +
      'adduction. There is no universal 180.',
    citation: cite(
      ['S55a', 'S55b'],
      'confirmed',
      'Heiderscheit 2011 (n=45); Anderson 2022 meta-analysis: moderate evidence of lower peak ' +
        'hip adduction, very limited evidence on injury.',
    ),
  },
  {
    item: 'trunkLean',
    label: 'Trunk lean',
    lookAt: 'Side view at midstance: trunk angle forward of vertical; rear view for side drop.',
    threshold:
      'Injured runners lean further forward; a thorax drop to the opposite side predicted injury.',
    citation: cite(
      ['S55c', 'S55i'],
      'confirmed',
      'Bramah 2018 (retrospective); RISC prospective study (n=258). That more lean shifts load ' +
        'to the hip extensors is unchecked.',
    ),
  },
  {
    item: 'footStrike',
    label: 'Foot strike',
    lookAt: 'Side view at initial contact (rear-, mid- or forefoot); rear view for heel eversion.',
    threshold:
      'No injury threshold for strike type; heel eversion can be judged on 2D video at 240 fps.',
    citation: cite(['S55d'], 'confirmed', 'Souza 2016.'),
  },
  {
    item: 'overstride',
    label: 'Overstriding (foot ahead of the body)',
    lookAt: 'Side view at initial contact: heel well ahead of the knee, knee straight, ankle up.',
    threshold:
      'Injured runners land with a straighter knee and more dorsiflexed ankle; aim for a shank ' +
      'near vertical.',
    citation: cite(
      ['S55c', 'S55h', 'S55d'],
      'confirmed',
      'Landing kinematics confirmed (Bramah 2018; more "tibial overstride" in SIJ pain). The ' +
        'vertical-shank cue is Souza 2016 guidance (partly confirmed).',
    ),
  },
  {
    item: 'pelvicDrop',
    label: 'Contralateral pelvic drop',
    lookAt: 'Rear view at midstance: tilt of the line joining the two PSIS dimples.',
    threshold: 'Each extra 1° of drop went with about 80% higher odds of being injured.',
    citation: cite(
      ['S55c', 'S55h'],
      'confirmed',
      'Bramah 2018: 72 injured vs 36 controls, retrospective. Group means of about 5° (healthy) ' +
        'vs 7–8° (injured) are unchecked.',
    ),
  },
  {
    item: 'hipAdductionKneeValgus',
    label: 'Hip adduction / knee valgus in stance',
    lookAt: 'Rear view at midstance: thigh angle against the pelvis, knee moving inwards.',
    threshold:
      'Greater peak hip adduction in female runners with past ITBS; +10% cadence reduces it.',
    citation: cite(
      ['S51', 'S55a'],
      'confirmed',
      'Direction confirmed (Ferber 2010). Typical peak values of about 8–12° and group ' +
        'differences of 2–4° are unchecked.',
    ),
  },
  {
    item: 'crossover',
    label: 'Crossover gait (narrow step width)',
    lookAt: 'Rear view: feet landing on or across the midline, or one heel brushing the other leg.',
    threshold: 'Left and right foot contacts should not overlap; crossing over raises ITB strain.',
    citation: cite(
      ['S55d', 'S55e'],
      'partly-confirmed',
      'Non-overlap rule confirmed (Souza 2016). Step-width figures (healthy about 6 cm; crossover ' +
        'raised ITB strain; ~10 cm wider lowered tibial load) are partly confirmed.',
    ),
  },
  {
    item: 'hipExtensionAtToeOff',
    label: 'Hip extension at toe-off',
    lookAt: 'Side view at toe-off: how far the thigh is behind vertical.',
    threshold:
      'No validated injury threshold; typical peak about 10–20°; reduced with stiff hip flexors.',
    citation: cite(
      [],
      'unchecked',
      'General knowledge: typical values and links to hip-flexor length, age and anterior ' +
        'pelvic tilt are unchecked.',
    ),
  },
]

export const cadenceGuide = {
  typicalRange: { min: 150, max: 170 },
  increasePercent: { min: 5, max: 10 },
  citation: cite(
    ['S55a', 'S55b'],
    'confirmed',
    'The +5–10% effect is confirmed (Heiderscheit 2011). The 150–170 steps/min range for ' +
      'recreational runners is unchecked general knowledge.',
  ),
  /** The typical range on its own is general knowledge. */
  typicalRangeCitation: cite(
    [],
    'unchecked',
    'Recreational runners often run at 150–170 steps/min; a universal 180 is not supported.',
  ),
} as const

/** Target cadence range for a given current cadence (+5% to +10%, rounded). */
export function cadenceTarget(currentSpm: number): { min: number; max: number } {
  return {
    min: Math.round(currentSpm * (1 + cadenceGuide.increasePercent.min / 100)),
    max: Math.round(currentSpm * (1 + cadenceGuide.increasePercent.max / 100)),
  }
}

export const videoTips: string[] = [
  'Film from the side and from behind on a treadmill, at the runner’s usual easy pace after a ' +
    'warm-up, at 120–240 frames per second (general advice).',
  'Keep the camera at hip height, level and square to the runner, and use the same set-up at ' +
    'review so that visits can be compared (general advice).',
  'Pause at initial contact, midstance and toe-off; judge pelvic drop and hip adduction at ' +
    'midstance from behind, overstride and trunk lean from the side.',
  '2D video is generally considered reliable; one study found excellent reliability and ' +
    'agreement with 3D for upper-trunk rotation (ICC ≥0.99).',
  'Change technique only when the finding matches the clinical picture: altering the form of ' +
    'uninjured runners is not evidence-based (Souza 2016).',
  'A structured clinic checklist took about 32 minutes per runner.',
]

export const videoTipsCitation: Citation = cite(
  ['S55d', 'S55f', 'S55g'],
  'confirmed',
  'Frame rate, views, camera set-up and treadmill advice are unchecked general knowledge.',
)
