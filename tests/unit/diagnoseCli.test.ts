import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runDiagnose, withLikelihood } from '../../src/cli/diagnose'
import { topEntryIds } from '../../src/shared/clinical/reasoning/differentialEntries'
import { reason, type ReasoningResult } from '../../src/shared/clinical/reasoning/engine'
import { treatmentPlanSchema, type TreatmentPlan } from '../../src/shared/model/assessment/plan'
import { vignetteInput } from '../support/reasoning'
import { planRuleFailures, vignetteExpectations } from '../support/vignetteExpectations'
import { vignetteIds } from '../support/vignettes'

function run(args: string[], files: Record<string, string> = {}) {
  const out: string[] = []
  const err: string[] = []
  const code = runDiagnose(args, {
    readFile: (path) => {
      if (path in files) return files[path]!
      return readFileSync(path, 'utf8')
    },
    out: (t) => out.push(t),
    err: (t) => err.push(t),
  })
  return { code, out: out.join('\n'), err: err.join('\n') }
}

describe('npm run diagnose -- --plan', () => {
  const planOf = (id: string) => {
    const { code, out } = run([`tests/fixtures/vignettes/${id}.json`, '--plan'])
    expect(code).toBe(0)
    return JSON.parse(out) as TreatmentPlan
  }

  it('prints the plan for the top-ranked condition, as the app would propose it (V01)', () => {
    const plan = planOf('V01')
    expect(treatmentPlanSchema.safeParse(plan).success).toBe(true)
    expect(plan.basedOn).toEqual(['gluteal-tendinopathy'])
    expect(plan.phases.flatMap((p) => p.exercises).length).toBeGreaterThan(3)
    expect(plan.protectiveFor).toBeUndefined()
  })

  it.each(vignetteIds())('prints a plan that meets the plan rules of vignette %s', (id) => {
    const plan = planOf(id)
    expect(treatmentPlanSchema.safeParse(plan).success).toBe(true)
    expect(planRuleFailures(plan, vignetteExpectations[id]!)).toEqual([])
  })

  it('reports a plan that breaks a rule, in words', () => {
    const plan = planOf('V03')
    const failures = planRuleFailures(plan, {
      ...vignetteExpectations.V03!,
      planMustContainText: ['copenhagen'],
      planMustNotContain: { because: 'a test', text: ['crutches'] },
    })
    expect(failures).toEqual([
      'the plan has nothing matching /copenhagen/i',
      'the plan matches /crutches/i: a test',
    ])
  })

  it('prints the protective plan when a red flag owns it (V03): referral first, no exercise', () => {
    const plan = planOf('V03')
    expect(plan.protectiveFor).toEqual(['femoral-neck-stress-fracture'])
    expect(plan.referrals[0]).toMatchObject({ urgency: 'same-day' })
    expect(plan.phases.flatMap((p) => p.exercises)).toEqual([])
    expect(plan.returnToRunning).toEqual([])
  })
})

describe('npm run diagnose', () => {
  it('prints the same result as the engine in the app, as JSON, with each condition in words', () => {
    const { code, out } = run(['tests/fixtures/vignettes/V03.json'])
    expect(code).toBe(0)
    const printed = JSON.parse(out)
    expect(printed).toEqual(
      JSON.parse(JSON.stringify(withLikelihood(reason(vignetteInput('V03'))))),
    )
    // The raw probability is kept beside the word.
    const byId = Object.fromEntries(
      (printed.differential as { id: string; probability: number; likelihood: string }[]).map(
        (c) => [c.id, c],
      ),
    )
    expect(byId['femoral-neck-bsi']).toMatchObject({ likelihood: 'likely', probability: 0.999 })
    expect(byId['labral-tear-fais']).toMatchObject({ likelihood: 'possible', probability: 0.216 })
    expect(byId['gluteal-tendinopathy']!.likelihood).toBe('unlikely')
  })

  it.each(vignetteIds())('gives the expected ranking and red flags for vignette %s', (id) => {
    const expected = vignetteExpectations[id]!
    const { code, out } = run([`tests/fixtures/vignettes/${id}.json`])
    expect(code).toBe(0)
    const result = JSON.parse(out) as ReasoningResult
    const ranked = result.differential.map((c) => c.id)
    expect(expected.top).toContain(ranked[0])
    for (const c of expected.topThree) expect(topEntryIds(result.differential, 3)).toContain(c)
    expect(result.redFlags.map((f) => f.id).sort()).toEqual([...expected.redFlags].sort())
    for (const flag of result.redFlags)
      expect(flag.urgency).toBe(expected.redFlagUrgency?.[flag.id] ?? flag.urgency)
  })

  it('prints a readable summary with --pretty, red flags first', () => {
    const { code, out } = run(['tests/fixtures/vignettes/V03.json', '--pretty'])
    expect(code).toBe(0)
    expect(out.indexOf('RED FLAG')).toBeLessThan(
      out.indexOf('Femoral neck stress fracture / bone stress injury'),
    )
    expect(out).toMatch(/1\s+Femoral neck stress fracture/)
  })

  it('prints each condition in words with the number in brackets, and says they do not add up', () => {
    const { out } = run(['tests/fixtures/vignettes/V01.json', '--pretty'])
    expect(out).toContain('do not add up to 100%')
    expect(out).toMatch(/1\s+Gluteal tendinopathy.*\s+likely \(> 95%\)/)
    expect(out).toMatch(/Pain referred from the lumbar spine\s+unlikely \(< 5%\)/)
    // The same number format as the app and the report: never "100%", "≥ 99%" or "×6.83".
    expect(out).not.toMatch(/100%\s|≥ ?99%|×6\.83|×0\.25/)
    expect(out).toContain('(×7); negative lowers it (×0.3)')
  })

  it('numbers greater trochanteric pain syndrome once, with bursitis indented within it', () => {
    const { out } = run(['tests/fixtures/vignettes/V01.json', '--pretty'])
    expect(out).toMatch(/1\s+Gluteal tendinopathy \/ greater trochanteric pain syndrome/)
    expect(out).toMatch(/\n\s+within: Trochanteric bursitis/)
    expect(out).not.toMatch(/\n2\s+Trochanteric bursitis/)
  })

  it('explains a file that is not JSON, with exit code 2', () => {
    const { code, err } = run(['bad.json'], { 'bad.json': '{ "format": ' })
    expect(code).toBe(2)
    expect(err).toMatch(/bad.json is not valid JSON/)
  })

  it('lists what is wrong, and where, in a file of the wrong shape', () => {
    const v = JSON.parse(readFileSync('tests/fixtures/vignettes/V01.json', 'utf8'))
    v.assessment.history.pain.now = 15
    delete v.patient.dateOfBirth
    const { code, err } = run(['wrong.json'], { 'wrong.json': JSON.stringify(v) })
    expect(code).toBe(2)
    expect(err).toMatch(/assessment\.history\.pain\.now: At most 10/)
    expect(err).toMatch(/patient\.dateOfBirth/)
  })

  it('reads a file exported by an earlier version of the app, as the app reads it', () => {
    const v = JSON.parse(readFileSync('tests/fixtures/vignettes/V01.json', 'utf8'))
    const v1 = { ...v, assessment: { ...v.assessment, schemaVersion: 1 } }
    const { code, out } = run(['v1.json'], { 'v1.json': JSON.stringify(v1) })
    expect(code).toBe(0)
    expect(JSON.parse(out).differential[0].id).toBe('gluteal-tendinopathy')
    const future = { ...v, assessment: { ...v.assessment, schemaVersion: 99 } }
    expect(run(['future.json'], { 'future.json': JSON.stringify(future) }).code).toBe(2)
  })

  it('refuses a foreign file and a missing file, and wrong arguments', () => {
    expect(run(['x.json'], { 'x.json': '{"hello":"world"}' }).err).toMatch(
      /not a Runner's Hip assessment export/,
    )
    expect(run(['missing.json']).err).toMatch(/Cannot read missing.json/)
    expect(run([]).code).toBe(2)
    expect(run(['a.json', '--verbose']).err).toMatch(/Unknown option --verbose/)
  })
})

// The built command, as a user runs it (npm test builds it first).
describe.runIf(existsSync('out/cli/diagnose.cjs'))('the built diagnose command', () => {
  it('exits 0 with JSON on a vignette and 2 with a message on a bad file', () => {
    const json = execFileSync(
      process.execPath,
      ['out/cli/diagnose.cjs', 'tests/fixtures/vignettes/V11.json'],
      { encoding: 'utf8' },
    )
    expect(JSON.parse(json).differential[0].id).toBe('lumbar-referred')
    const dir = mkdtempSync(join(tmpdir(), 'diagnose-'))
    writeFileSync(join(dir, 'broken.json'), 'not json')
    const broken = spawnSync(process.execPath, ['out/cli/diagnose.cjs', join(dir, 'broken.json')], {
      encoding: 'utf8',
    })
    expect(broken.status).toBe(2)
    expect(broken.stderr).toMatch(/is not valid JSON/)
    expect(broken.stdout).toBe('')
  })
})
