import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runDiagnose } from '../../src/cli/diagnose'
import { topEntryIds } from '../../src/shared/clinical/reasoning/differentialEntries'
import { reason, type ReasoningResult } from '../../src/shared/clinical/reasoning/engine'
import expectations from '../fixtures/vignettes/expectations.json'
import { vignetteInput } from '../support/reasoning'
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

describe('npm run diagnose', () => {
  it('prints the same result as the engine in the app, as JSON', () => {
    const { code, out } = run(['tests/fixtures/vignettes/V03.json'])
    expect(code).toBe(0)
    expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(reason(vignetteInput('V03')))))
  })

  it.each(vignetteIds())('gives the expected ranking and red flags for vignette %s', (id) => {
    const expected = (
      expectations as Record<string, { top: string[]; topThree: string[]; redFlags: string[] }>
    )[id]!
    const { code, out } = run([`tests/fixtures/vignettes/${id}.json`])
    expect(code).toBe(0)
    const result = JSON.parse(out) as ReasoningResult
    const ranked = result.differential.map((c) => c.id)
    expect(expected.top).toContain(ranked[0])
    for (const c of expected.topThree) expect(topEntryIds(result.differential, 3)).toContain(c)
    expect(result.redFlags.map((f) => f.id).sort()).toEqual([...expected.redFlags].sort())
  })

  it('prints a readable summary with --pretty, red flags first', () => {
    const { code, out } = run(['tests/fixtures/vignettes/V03.json', '--pretty'])
    expect(code).toBe(0)
    expect(out.indexOf('RED FLAG')).toBeLessThan(
      out.indexOf('Femoral neck stress fracture / bone stress injury'),
    )
    expect(out).toMatch(/1\s+Femoral neck stress fracture/)
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
