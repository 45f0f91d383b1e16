import {
  independentLikelihoodNote,
  likelihoodBand,
  likelihoodLegend,
  likelihoodText,
  type LikelihoodBand,
} from '../shared/clinical/presentation/likelihood'
import { differentialEntries } from '../shared/clinical/reasoning/differentialEntries'
import {
  reason,
  type ConditionResult,
  type ReasoningResult,
} from '../shared/clinical/reasoning/engine'
import { urgencyLabels } from '../shared/clinical/reasoning/redFlagRules'
import { assessmentExportSchema } from '../shared/model/assessment/assessmentExport'
import { upgradeAssessmentDocument } from '../shared/model/assessment/upgradeAssessment'
import { planForTopCondition } from '../shared/workflow/decisions'

/**
 * `npm run diagnose -- <assessment.json> [--pretty | --plan]`: the app's reasoning engine on one
 * assessment file in the export format. Prints the result as JSON (or a readable summary with
 * --pretty), or with --plan the treatment plan the app would propose if the clinician confirmed
 * the top-ranked condition (the protective plan while a red flag owns it), as JSON. Exit codes:
 * 0 done, 2 the file or the arguments are wrong (with a message saying what and where), 1
 * anything unexpected.
 *
 * The JSON is the engine's result with each condition's raw probability kept and its word
 * (`likelihood`: likely / possible / unlikely) added; --pretty prints the word with the number
 * in brackets, as the app and the clinician report show them.
 */
export interface CliIo {
  readFile: (path: string) => string
  out: (text: string) => void
  err: (text: string) => void
  /** The time the plan is generated at (the plan records it). */
  now?: () => Date
}

const usage = 'Usage: npm run diagnose -- <assessment.json> [--pretty | --plan]'
const options = ['--pretty', '--plan', '--help']

export function runDiagnose(args: string[], io: CliIo): number {
  const pretty = args.includes('--pretty')
  const files = args.filter((a) => !a.startsWith('--'))
  const unknown = args.filter((a) => a.startsWith('--') && !options.includes(a))
  if (args.includes('--help')) {
    io.out(usage)
    return 0
  }
  if (files.length !== 1 || unknown.length > 0) {
    io.err(unknown.length > 0 ? `Unknown option ${unknown.join(', ')}.\n${usage}` : usage)
    return 2
  }
  const path = files[0]!
  let text: string
  try {
    text = io.readFile(path)
  } catch {
    io.err(`Cannot read ${path}: check the path and that the file exists.`)
    return 2
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    io.err(`${path} is not valid JSON (${(error as Error).message}).`)
    return 2
  }
  const parsed = assessmentExportSchema.safeParse(withCurrentAssessment(json))
  if (!parsed.success) {
    const lines = parsed.error.issues
      .slice(0, 20)
      .map((i) => `  - ${i.path.join('.') || '(the file)'}: ${i.message}`)
    const more =
      parsed.error.issues.length > 20 ? [`  … and ${parsed.error.issues.length - 20} more`] : []
    io.err(
      [
        `${path} is not a Runner's Hip assessment export (format "runners-hip/assessment", version 1):`,
        ...lines,
        ...more,
      ].join('\n'),
    )
    return 2
  }
  const { patient, assessment } = parsed.data
  if (args.includes('--plan')) {
    const now = io.now?.() ?? new Date()
    io.out(JSON.stringify(planForTopCondition(assessment, patient, now), null, 2))
    return 0
  }
  const result = reason({
    sections: {
      history: assessment.history,
      outcomes: assessment.outcomes,
      exam: assessment.exam,
      running: assessment.running,
    },
    patient,
    date: assessment.date,
  })
  io.out(pretty ? prettyPrint(result) : JSON.stringify(withLikelihood(result), null, 2))
  return 0
}

export type ConditionWithLikelihood = ConditionResult & { likelihood: LikelihoodBand }

/** The result as printed in JSON: each condition's word beside its raw probability. */
export function withLikelihood(
  result: ReasoningResult,
): Omit<ReasoningResult, 'differential'> & { differential: ConditionWithLikelihood[] } {
  return {
    ...result,
    differential: result.differential.map((c) => ({
      ...c,
      likelihood: likelihoodBand(c.probability),
    })),
  }
}

const pad = (text: string, width: number) =>
  text.length >= width ? text.slice(0, width - 1) + '…' : text.padEnd(width)

export function prettyPrint(result: ReasoningResult): string {
  const lines: string[] = []
  lines.push(
    `Runner's Hip reasoning (engine ${result.engineVersion}) — decision support, not a diagnosis`,
    '',
  )
  if (result.redFlags.length === 0) lines.push('Red flags: none raised', '')
  for (const flag of result.redFlags) {
    lines.push(`RED FLAG [${urgencyLabels[flag.urgency]}] ${flag.name}`)
    lines.push(`  Action: ${flag.action}`)
    lines.push(`  Because: ${flag.because.join('; ')}`, '')
  }
  for (const note of result.notes) lines.push(`Note: ${note}`, '')
  lines.push(independentLikelihoodNote, likelihoodLegend, '')
  lines.push(
    `${pad('#', 3)} ${pad('Condition', 58)} ${pad('Likelihood', 17)} Findings for / against`,
  )
  const evidence = (c: ConditionResult) =>
    [
      c.supporting
        .slice(0, 3)
        .map((e) => `+ ${e.label}`)
        .join(', '),
      c.opposing
        .slice(0, 2)
        .map((e) => `− ${e.label}`)
        .join(', '),
    ]
      .filter(Boolean)
      .join(' | ')
  // One numbered line per entry; a group's members (GTPS: bursitis) are indented under it.
  differentialEntries(result.differential).forEach(({ lead, probability, nested }, i) => {
    lines.push(
      `${pad(String(i + 1), 3)} ${pad(lead.name, 58)} ${pad(likelihoodText(probability), 17)} ${evidence(lead)}`,
    )
    for (const n of nested) lines.push(`    within: ${pad(n.name, 58)}   ${evidence(n)}`)
  })
  if (result.suggestedTests.length > 0) {
    lines.push('', 'Suggested next tests:')
    for (const s of result.suggestedTests) lines.push(`  - ${s.what} not done: ${s.why}`)
  }
  return lines.join('\n')
}

/**
 * The file with its assessment brought to the current document version, so that a file exported
 * by an earlier version of the app is read as the app reads it. Anything that is not an
 * assessment of a known version is left as it is, for the schema to say what is wrong.
 */
function withCurrentAssessment(json: unknown): unknown {
  if (typeof json !== 'object' || json === null || !('assessment' in json)) return json
  try {
    return { ...json, assessment: upgradeAssessmentDocument(json.assessment) }
  } catch {
    return json
  }
}
