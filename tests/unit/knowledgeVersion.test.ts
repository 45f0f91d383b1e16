import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { conditionGroups } from '../../src/shared/clinical/conditions/conditionGroups'
import { exercises } from '../../src/shared/clinical/plan/exercises'
import { planTemplates } from '../../src/shared/clinical/plan/planTemplates'
import { protectivePlans } from '../../src/shared/clinical/plan/protectivePlans'
import { runningCues } from '../../src/shared/clinical/plan/runningCues'
import { conditionModels } from '../../src/shared/clinical/reasoning/conditionModels'
import { ENGINE_VERSION, RATIO_LIMITS } from '../../src/shared/clinical/reasoning/engine'
import { findings } from '../../src/shared/clinical/reasoning/findings'
import { redFlagRules } from '../../src/shared/clinical/reasoning/redFlagRules'
import { sources } from '../../src/shared/clinical/sources'
import { palpationAccuracy, specialTests } from '../../src/shared/clinical/specialTests'

/**
 * Every finalised record keeps the engine version it was reasoned with, so the version must
 * change whenever what the engine knows changes: conditions and their evidence, findings and how
 * they are read, red-flag rules, plan templates, protective plans, exercises, cues, tests and
 * sources. This test fingerprints all of it (functions by their source text) and fails when the
 * fingerprint no longer matches the one recorded for ENGINE_VERSION.
 *
 * After a deliberate change: bump ENGINE_VERSION in src/shared/clinical/reasoning/engine.ts, then
 *   UPDATE_FINGERPRINT=1 npx vitest run tests/unit/knowledgeVersion.test.ts
 * which records the new version's fingerprint (it never rewrites an earlier version's).
 */

const FILE = 'tests/fixtures/knowledgeFingerprints.json'

const knowledge = {
  RATIO_LIMITS,
  conditionModels,
  conditionGroups,
  findings,
  redFlagRules,
  planTemplates,
  protectivePlans,
  exercises,
  runningCues,
  specialTests,
  palpationAccuracy,
  sources,
}

function fingerprint(): string {
  const text = JSON.stringify(knowledge, (_key, value: unknown) =>
    typeof value === 'function' ? value.toString().replace(/\s+/g, ' ') : value,
  )
  return createHash('sha256').update(text).digest('hex')
}

describe('knowledge base version', () => {
  const recorded = JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, string>
  const now = fingerprint()

  if (process.env.UPDATE_FINGERPRINT) {
    const earlier = recorded[ENGINE_VERSION]
    if (earlier && earlier !== now)
      throw new Error(`${ENGINE_VERSION} already has another fingerprint: bump ENGINE_VERSION.`)
    recorded[ENGINE_VERSION] = now
    writeFileSync(FILE, `${JSON.stringify(recorded, null, 2)}\n`)
  }

  it('changes only with a new ENGINE_VERSION', () => {
    expect(
      recorded[ENGINE_VERSION],
      `The knowledge base is not the one recorded for engine ${ENGINE_VERSION}. Bump ENGINE_VERSION ` +
        'and run UPDATE_FINGERPRINT=1 npx vitest run tests/unit/knowledgeVersion.test.ts',
    ).toBe(now)
  })

  it('never gives two versions the same knowledge', () => {
    const values = Object.values(recorded)
    expect(new Set(values).size).toBe(values.length)
  })
})
