import { cite, type Citation } from '../sources'

/**
 * Running-retraining cues, each tied to a finding of the running-technique checklist
 * (src/shared/clinical/runningChecklist.ts; clinical fact sheet §6 and §8.5). The plan generator
 * offers a cue only when its finding was recorded and fits the clinical picture.
 */

export interface RunningCue {
  id: 'cadence' | 'step-width' | 'pelvic-drop' | 'overstride' | 'trunk-lean' | 'hip-extension'
  title: string
  /** What to tell the runner, in plain words. */
  cue: string
  /** How to train it. */
  method: string
  /** Which checklist finding prompts it. */
  appliesWhen: string
  citation: Citation
}

export const runningCueCaveat =
  'Change running technique only when the finding fits the clinical picture (for example ' +
  'crossover gait with ITBS or lateral hip pain). Changing the form of uninjured runners is not ' +
  'evidence-based. Change one thing at a time, in short bouts, and expect it to feel harder at ' +
  'first.'

export const runningCueCaveatCitation: Citation = cite(
  ['S55d'],
  'confirmed',
  'Souza 2016: modify technique only when it matches the pathology. "One change at a time" is ' +
    'general advice (unchecked).',
)

const fadedFeedback =
  'Use feedback in short bouts within easy runs, then fade it (every other bout, then only at ' +
  'the start of the run) until the change holds without it.'

export const runningCues: Record<RunningCue['id'], RunningCue> = {
  cadence: {
    id: 'cadence',
    title: 'Increase cadence by 5–10%',
    cue: 'Take slightly shorter, quicker steps at the same speed: a few more steps each minute.',
    method:
      'Measure the current step rate, then set a metronome (app or watch) 5% higher, moving to ' +
      '10% higher if needed. A single metronome session can raise cadence. ' +
      fadedFeedback,
    appliesWhen:
      'Cadence recorded, with hip adduction, pelvic drop or overstriding, or a load-sensitive ' +
      'hip condition (gluteal tendinopathy, ITBS, repeated bone stress injury). There is no ' +
      'universal target of 180.',
    citation: cite(
      ['S55a', 'S55b'],
      'confirmed',
      'Heiderscheit 2011: +5% less knee energy absorption; +10% also less hip energy absorption ' +
        'and lower peak hip adduction. Anderson 2022: moderate evidence of lower peak hip ' +
        'adduction, very limited evidence on injury, higher perceived effort.',
    ),
  },
  'step-width': {
    id: 'step-width',
    title: 'Wider step, no crossover',
    cue: 'Let your feet land a little apart, as if running along both sides of a line, never on or across it.',
    method:
      'On a treadmill, put a strip of tape down the middle of the belt, or use a mirror in ' +
      'front. Practise in 1–2 minute bouts, then on the road along a painted line. ' +
      fadedFeedback,
    appliesWhen:
      'Crossover gait (feet landing on or across the midline, heel brushing the other leg), ' +
      'especially with ITBS or lateral hip pain.',
    citation: cite(
      ['S55d', 'S55e', 'S51'],
      'partly-confirmed',
      'The rule that left and right foot contacts should not overlap is confirmed (Souza 2016); ' +
        'crossover raising ITB strain and wider steps lowering tibial load are partly confirmed.',
    ),
  },
  'pelvic-drop': {
    id: 'pelvic-drop',
    title: 'Keep the pelvis level',
    cue: 'Run tall through the standing leg and keep your belt line level as you land.',
    method:
      'Practise single-leg squats and step-downs in front of a mirror first, then run on a ' +
      'treadmill facing a mirror or with rear-view video feedback. ' +
      fadedFeedback,
    appliesWhen:
      'Contralateral pelvic drop at midstance on the rear view, particularly with gluteal ' +
      'tendinopathy, ITBS or sacroiliac pain.',
    citation: cite(
      ['S55c', 'S55h'],
      'confirmed',
      'Each extra 1° of drop went with about 80% higher odds of injury (Bramah 2018, ' +
        'retrospective). That retraining the drop reduces injury is unchecked.',
    ),
  },
  overstride: {
    id: 'overstride',
    title: 'Land closer under the body',
    cue: 'Let your foot land closer beneath you, with the shin about vertical and the knee soft.',
    method:
      'Often corrected by the cadence change; add side-view video or a treadmill mirror, and ' +
      'practise in short bouts. ' +
      fadedFeedback,
    appliesWhen:
      'Overstriding at initial contact on the side view: heel well ahead of the knee, knee ' +
      'straight, ankle pulled up.',
    citation: cite(
      ['S55c', 'S55h', 'S55d', 'S55a'],
      'confirmed',
      'Injured runners land with a straighter knee and more dorsiflexed ankle (Bramah 2018); ' +
        'higher cadence brings foot landing closer. The vertical-shank cue is Souza 2016 ' +
        'guidance (partly confirmed).',
    ),
  },
  'trunk-lean': {
    id: 'trunk-lean',
    title: 'Run tall',
    cue: 'Run tall with a slight lean from the ankles, not bent at the hips, and keep the shoulders level.',
    method:
      'Side-view video or a mirror; a cue such as "head up, chest proud" in short bouts. ' +
      fadedFeedback,
    appliesWhen:
      'Excessive forward trunk lean on the side view (consider it with proximal hamstring ' +
      'tendinopathy), or the trunk dropping to one side on the rear view.',
    citation: cite(
      ['S55c', 'S55i'],
      'confirmed',
      'Injured runners lean further forward (Bramah 2018); a thorax drop to the opposite side ' +
        'predicted injury (RISC, n=258). That more lean loads the hip extensors is unchecked.',
    ),
  },
  'hip-extension': {
    id: 'hip-extension',
    title: 'Let the hip extend behind you',
    cue: 'Push the ground away behind you and let the thigh travel back without arching your back.',
    method:
      'Hip-flexor stretch and glute bridges before the run, then short bouts with side-view ' +
      'feedback. ' +
      fadedFeedback,
    appliesWhen:
      'Reduced hip extension at toe-off on the side view, with stiff hip flexors (modified Thomas ' +
      'test) or the low back arching to make up for it.',
    citation: cite(
      [],
      'unchecked',
      'General knowledge: typical hip extension values and the link with hip-flexor length are ' +
        'unchecked; no validated injury threshold.',
    ),
  },
}
