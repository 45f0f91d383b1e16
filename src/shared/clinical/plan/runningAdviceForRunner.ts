import type { TreatmentPlan } from '../../model/assessment/plan'
import { cite, type Citation } from '../sources'
import { runningCues, type RunningCue } from './runningCues'

/**
 * The running advice of a plan in words a runner understands, for the patient handout: how much
 * to run, the pain rule, the step-rate (cadence) cue explained with how to count it, and the
 * other technique cues the plan carries. The plan's own lines are written for the clinician
 * (percentages, study names, "contralateral pelvic drop"); this says the same in plain words.
 */

export interface RunnerAdvicePoint {
  title: string
  text: string
}

export const runnerAdviceCitations: Record<'load' | 'painRule' | 'cadence', Citation> = {
  load: cite(
    [],
    'unchecked',
    'Fact sheet §8 (return to running): easy, flat runs; one variable at a time (how often, then ' +
      'how long, then how fast); hills and speed last. General clinical guidance, unchecked.',
  ),
  painRule: cite(
    [],
    'unchecked',
    'Fact sheet §8–§9 pain-monitoring rule: up to 3/10 during activity, settled by the next ' +
      'morning, not worsening week to week (the plan templates’ pain rule).',
  ),
  cadence: cite(
    ['S55a', 'S55b'],
    'confirmed',
    'Fact sheet §6: count steps for 30 s and double it; +5–10% lowers hip and knee load ' +
      '(Heiderscheit 2011); a metronome can raise cadence in one session.',
  ),
}

/** How much a cadence target goes up: the lower end of the 5–10% the evidence supports. */
export const CADENCE_INCREASE = 0.05

export interface RunnerAdviceInput {
  plan: TreatmentPlan | undefined
  /** The step rate counted at the assessment, steps per minute, if recorded. */
  cadenceSpm?: number
  /** True when a red flag says stop running (the handout's safety box explains why). */
  stopRunning: boolean
  /**
   * True when any other red flag is raised and not cleared (e.g. low energy availability, a
   * nerve deficit, night pain needing a medical review): building up running waits for it.
   */
  redFlagPending?: boolean
}

/** The technique cues the plan carries (its lines start with the cue's title). */
export function planCues(plan: TreatmentPlan | undefined): RunningCue[] {
  const lines = [...(plan?.runningRetraining ?? []), ...(plan?.loadManagement ?? [])]
  return Object.values(runningCues).filter((cue) =>
    lines.some(
      (line) => line.startsWith(cue.title) || (cue.id === 'cadence' && /\bcadence\b/i.test(line)),
    ),
  )
}

function cadenceText(cadenceSpm: number | undefined): string {
  const counting =
    'Cadence means how many steps you take in one minute. To count it, run at your easy pace ' +
    'and count every time either foot lands for 30 seconds, then double the number.'
  const target =
    cadenceSpm !== undefined
      ? ` Today you ran at ${cadenceSpm} steps a minute: aim for about ` +
        `${Math.round(cadenceSpm * (1 + CADENCE_INCREASE))}.`
      : ' Aim for about 5 more steps in every 100 than you count now.'
  return (
    counting +
    target +
    ' Take slightly shorter, quicker steps at the same speed, not faster running. A free ' +
    'metronome app set to that number helps: one step on each beat, for a few minutes at a ' +
    'time during easy runs.'
  )
}

export function runningAdviceForRunner(input: RunnerAdviceInput): RunnerAdvicePoint[] {
  const { plan } = input
  if (input.stopRunning || plan?.loadingOnHold) {
    return [
      {
        title: 'No running for now',
        text:
          'Please do not run, jump or hop until a doctor has checked your hip and we tell you ' +
          'it is safe to start again.',
      },
    ]
  }
  if (input.redFlagPending) {
    // The build-up and the pain rule would contradict a flag awaiting a medical answer.
    return [
      {
        title: 'Do not build up your running yet',
        text:
          'Something we found needs checking by a doctor first (the box at the top of this ' +
          'sheet says what and how soon). Until we tell you it is fine, keep any running short ' +
          'and easy, no more than you do now, and stop if the pain gets worse.',
      },
    ]
  }
  if (!plan) return []
  const points: RunnerAdvicePoint[] = [
    {
      title: 'How much to run',
      text:
        'Keep your runs easy (you can talk in full sentences) and on flat ground for now. ' +
        'Build up one thing at a time: first how often you run, then how long, then how fast. ' +
        'Hills and fast running come last.',
    },
    {
      title: 'The pain rule',
      text:
        'Score your pain from 0 (none) to 10 (the worst you can imagine). Some pain while you ' +
        'run or exercise is fine if it stays at 3 or below, has settled by the next morning, ' +
        'and is not getting worse from week to week. If it goes higher, go back to what you ' +
        'did before for a few days.',
    },
  ]
  for (const cue of planCues(plan)) {
    points.push(
      cue.id === 'cadence'
        ? { title: 'Your step rate (cadence)', text: cadenceText(input.cadenceSpm) }
        : { title: cue.title, text: cue.cue },
    )
  }
  return points
}
