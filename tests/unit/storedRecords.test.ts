import { randomUUID } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createHandlers } from '../../src/main/ipc/handlers'
import {
  ASSESSMENT_SCHEMA_VERSION,
  assessmentSchema,
  type Assessment,
} from '../../src/shared/model/assessment/assessment'
import { patientSchema } from '../../src/shared/model/patient'
import type { AppError } from '../../src/main/errors'
import { aPatientWithRepos } from '../support/assessments'
import { tempDatabase } from '../support/tempDatabase'

/*
 * Reads trust a stored document of this app's version (validated when written) and send an older
 * one through the upgrade and the schema: src/main/db/storedRecords.ts.
 */

let store: ReturnType<typeof tempDatabase>
let ctx: ReturnType<typeof aPatientWithRepos>
beforeEach(() => {
  store = tempDatabase()
  ctx = aPatientWithRepos(store.db)
})
afterEach(() => {
  vi.restoreAllMocks()
  store.cleanup()
})

const errorOf = (action: () => unknown): AppError => {
  try {
    action()
  } catch (error) {
    return error as AppError
  }
  throw new Error('expected an error')
}

/** Writes a row with SQL, as no app path would: the document exactly as given. */
function putRow(id: string, schemaVersion: number, document: string, date = '2026-01-05') {
  store.db
    .prepare(
      `INSERT INTO assessments (id, patient_id, date, type, status, schema_version, revision,
         document, created_at, updated_at, finalised_at, summary)
       VALUES (?, ?, ?, 'initial', 'finalised', ?, 1, ?, 't1', 't2', 't3', '{}')`,
    )
    .run(id, ctx.patient.id, date, schemaVersion, document)
}

function anAssessment(): Assessment {
  return ctx.assessments.create({ patientId: ctx.patient.id, type: 'initial', date: '2026-01-05' })
}

describe('reading stored records', () => {
  it('reads a document of the current version without validating it again', () => {
    const a = anAssessment()
    const parse = vi.spyOn(assessmentSchema, 'parse')
    const safeParse = vi.spyOn(assessmentSchema, 'safeParse')
    expect(ctx.assessments.get(a.id)).toEqual(a)
    expect(ctx.assessments.historyOf(ctx.patient.id)).toEqual([a])
    expect(parse).not.toHaveBeenCalled()
    expect(safeParse).not.toHaveBeenCalled()
    const patientParse = vi.spyOn(patientSchema, 'parse')
    expect(ctx.patients.get(ctx.patient.id)).toEqual(ctx.patient)
    expect(patientParse).not.toHaveBeenCalled()
  })

  it('upgrades a document of an older version and validates it', () => {
    const a = anAssessment()
    const id = randomUUID()
    const v1 = { ...a, id, schemaVersion: 1 }
    putRow(id, 1, JSON.stringify(v1))
    const parse = vi.spyOn(assessmentSchema, 'parse')
    expect(ctx.assessments.get(id)).toEqual({ ...a, id, schemaVersion: ASSESSMENT_SCHEMA_VERSION })
    expect(parse).toHaveBeenCalledTimes(1)

    // An old document that fails today's schema is refused, with words, not returned.
    const badId = randomUUID()
    putRow(badId, 1, JSON.stringify({ ...v1, id: badId, history: 'not a history' }))
    const error = errorOf(() => ctx.assessments.get(badId))
    expect(error).toMatchObject({ name: 'AppError', code: 'conflict' })
    expect(error.message).toMatch(/cannot read/)
    expect(error.message).not.toContain('not a history')
  })

  it('does not trust a document whose own version or id is not its row’s', () => {
    const a = anAssessment()
    // The column says current, the document says 1: it goes through the upgrade and the schema.
    const id = randomUUID()
    putRow(id, ASSESSMENT_SCHEMA_VERSION, JSON.stringify({ ...a, id, schemaVersion: 1 }))
    expect(ctx.assessments.get(id).schemaVersion).toBe(ASSESSMENT_SCHEMA_VERSION)
    // Another record's document in this row: refused.
    const other = randomUUID()
    putRow(other, ASSESSMENT_SCHEMA_VERSION, JSON.stringify(a))
    expect(errorOf(() => ctx.assessments.get(other))).toMatchObject({ code: 'conflict' })
  })

  it('reports a damaged or newer document with a clear error, never a crash or wrong data', async () => {
    const a = anAssessment()
    const broken = randomUUID()
    putRow(broken, ASSESSMENT_SCHEMA_VERSION, `{"schemaVersion":2,"id":"${broken}","hist`)
    const newer = randomUUID()
    putRow(
      newer,
      ASSESSMENT_SCHEMA_VERSION + 1,
      JSON.stringify({ ...a, id: newer, schemaVersion: ASSESSMENT_SCHEMA_VERSION + 1 }),
      '2026-02-05',
    )
    const notAnObject = randomUUID()
    putRow(notAnObject, ASSESSMENT_SCHEMA_VERSION, '[1,2]')

    const reported: unknown[] = []
    const handlers = createHandlers(store.db, { report: (_c, e) => reported.push(e) })
    expect(await handlers.getAssessment({ id: broken })).toEqual({
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching(/cannot read.*damaged/) },
    })
    expect(await handlers.getAssessment({ id: notAnObject })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    })
    expect(await handlers.getAssessment({ id: newer })).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        message: expect.stringContaining(
          `newer version of the app (format ${ASSESSMENT_SCHEMA_VERSION + 1})`,
        ),
      },
    })
    // The progress screen says so too, rather than show the other visits as the whole story.
    expect(await handlers.getPatientHistory({ patientId: ctx.patient.id })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    })
    // A follow-up would start from the newer record (the latest finalised): refused, nothing added.
    const before = ctx.assessments.listForPatient(ctx.patient.id).length
    expect(
      await handlers.createAssessment({
        patientId: ctx.patient.id,
        type: 'follow-up',
        date: '2026-03-01',
      }),
    ).toMatchObject({ ok: false, error: { code: 'conflict' } })
    expect(ctx.assessments.listForPatient(ctx.patient.id)).toHaveLength(before)
    // Expected failures, not internal errors.
    expect(reported).toEqual([])
  })
})

describe('a new follow-up', () => {
  /** A finalised record of the patient on `date`, its goal naming it. */
  function finalisedOn(date: string, base: Assessment): Assessment {
    const record: Assessment = {
      ...base,
      id: randomUUID(),
      date,
      status: 'finalised',
      finalisedAt: `${date}T12:00:00.000Z`,
      history: { ...base.history, general: { ...base.history.general, goals: `visit ${date}` } },
    }
    ctx.assessments.importRecord(record)
    return record
  }

  it('starts from the latest finalised visit whatever order the visits were stored in', () => {
    const base = anAssessment()
    ctx.assessments.deleteDraft(base.id, 'Only a template for the visits below')
    finalisedOn('2026-03-01', base)
    finalisedOn('2026-01-01', base)
    const april = finalisedOn('2026-04-01', base)
    finalisedOn('2026-02-01', base)
    // Later still, but a draft: a follow-up carries on from the latest finalised record.
    const draft = { ...base, id: randomUUID(), date: '2026-05-01' }
    ctx.assessments.importRecord(draft)
    const follow = ctx.assessments.create({
      patientId: ctx.patient.id,
      type: 'follow-up',
      date: '2026-06-01',
    })
    expect(follow.previousAssessmentId).toBe(april.id)
    expect(follow.history.general?.goals).toBe('visit 2026-04-01')
    // The history reads oldest first, whatever the order of insertion.
    expect(ctx.assessments.historyOf(ctx.patient.id).map((v) => v.date)).toEqual([
      '2026-01-01',
      '2026-02-01',
      '2026-03-01',
      '2026-04-01',
      '2026-05-01',
      '2026-06-01',
    ])
  })

  it('starts from the latest draft when no visit is finalised', () => {
    const first = anAssessment()
    const later = { ...first, id: randomUUID(), date: '2026-02-01' }
    ctx.assessments.importRecord(later)
    const follow = ctx.assessments.create({
      patientId: ctx.patient.id,
      type: 'follow-up',
      date: '2026-03-01',
    })
    expect(follow.previousAssessmentId).toBe(later.id)
  })
})
