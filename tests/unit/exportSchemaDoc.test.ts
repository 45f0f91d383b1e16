import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { assessmentExportSchema } from '../../src/shared/model/assessment/assessmentExport'

const file = 'docs/assessment-export.schema.json'

/** The JSON Schema of the export format, generated from the zod schema the app itself uses. */
function generate(): string {
  const schema = z.toJSONSchema(assessmentExportSchema, {
    target: 'draft-2020-12',
    unrepresentable: 'any',
  })
  const { $schema, ...rest } = schema
  const documented = {
    $schema,
    $id: 'https://runners-hip.app/schemas/assessment-export-v1.json',
    title: "Runner's Hip assessment export, format version 1",
    description:
      'One assessment and its patient, as exported by the app and read by `npm run diagnose`. Generated from src/shared/model/assessment/assessmentExport.ts by `npm run docs:schema`; do not edit by hand.',
    ...rest,
  }
  return `${JSON.stringify(documented, null, 2)}\n`
}

describe('documented export format', () => {
  it('docs/assessment-export.schema.json is generated from the current zod schema (run `npm run docs:schema` after changing it)', () => {
    const fresh = generate()
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(file, fresh)
    expect(existsSync(file)).toBe(true)
    expect(readFileSync(file, 'utf8')).toBe(fresh)
  })
})
