import { readFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createHandlers } from '../../src/main/ipc/handlers'
import type { Assessment } from '../../src/shared/model/assessment/assessment'
import type { DraftCopy } from '../../src/shared/model/assessment/draftCopy'
import { completeSections, decide, repositories } from '../support/assessments'
import { aPatient } from '../support/patients'
import { tempDatabase } from '../support/tempDatabase'
import { sectionsOf } from '../support/vignettes'

/**
 * The write-ahead copy of a draft (draftCopyRepository.ts): kept by main in the encrypted
 * database at every change, read back after a reload or a crash, dropped once the autosave has
 * stored it or the draft is finalised or discarded.
 */

let store: ReturnType<typeof tempDatabase>
let handlers: ReturnType<typeof createHandlers>
let draft: Assessment
beforeEach(async () => {
  store = tempDatabase()
  handlers = createHandlers(store.db)
  const patient = await handlers.createPatient(aPatient())
  if (!patient.ok) throw new Error('no patient')
  const created = await handlers.createAssessment({
    patientId: patient.value.id,
    type: 'initial',
    date: '2026-11-02',
  })
  if (!created.ok) throw new Error('no assessment')
  draft = created.value
})
afterEach(() => store.cleanup())

const copyRows = () => store.db.prepare('SELECT assessment_id, revision FROM draft_copies').all()

function copyAt(revision: number, goals = 'Run the Dublin marathon'): DraftCopy {
  return {
    id: draft.id,
    revision,
    date: draft.date,
    sections: {
      // What was typed, as the form holds it: a pain score of 15 fails the schema, and stays.
      history: { pain: { now: 15 }, general: { goals } },
      outcomes: {},
      exam: { specialTests: {} },
      running: {},
    },
  }
}

const saveAt = (revision: number) =>
  handlers.saveAssessmentDraft({
    id: draft.id,
    revision,
    date: draft.date,
    history: { pain: { now: 6 } },
    outcomes: {},
    exam: {},
    running: {},
  })

describe('the write-ahead copy of a draft', () => {
  it('is kept as typed, invalid values included, and read back while it is ahead of the saved draft', async () => {
    expect(await handlers.keepDraftCopy(copyAt(1))).toEqual({ ok: true, value: { kept: true } })
    expect(await handlers.keepDraftCopy(copyAt(2))).toEqual({ ok: true, value: { kept: true } })
    expect(await handlers.getDraftCopy({ id: draft.id })).toEqual({
      ok: true,
      value: { copy: copyAt(2) },
    })
    expect(copyRows()).toEqual([{ assessment_id: draft.id, revision: 2 }])
  })

  it('is dropped by the autosave that stores its revision, and kept past an earlier one', async () => {
    await handlers.keepDraftCopy(copyAt(2))
    await saveAt(1)
    expect(copyRows()).toHaveLength(1)
    await saveAt(2)
    expect(copyRows()).toEqual([])
    expect(await handlers.getDraftCopy({ id: draft.id })).toEqual({ ok: true, value: {} })
  })

  it('is not kept when the database already holds that revision', async () => {
    await saveAt(3)
    expect(await handlers.keepDraftCopy(copyAt(3))).toEqual({ ok: true, value: { kept: false } })
    expect(copyRows()).toEqual([])
  })

  it('goes when the draft is discarded', async () => {
    await handlers.keepDraftCopy(copyAt(1))
    const discarded = await handlers.deleteAssessmentDraft({
      id: draft.id,
      reason: 'Started by mistake',
    })
    expect(discarded.ok).toBe(true)
    expect(copyRows()).toEqual([])
    expect(await handlers.keepDraftCopy(copyAt(2))).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    })
  })

  it('goes when the draft is finalised, and a finalised assessment takes none', async () => {
    const { assessments } = repositories(store.db)
    await handlers.keepDraftCopy(copyAt(1))
    assessments.saveDraft({
      id: draft.id,
      revision: 1,
      date: draft.date,
      ...completeSections(sectionsOf(draft)),
    })
    await handlers.keepDraftCopy(copyAt(2))
    decide(assessments, draft.id)
    assessments.finalise(draft.id)
    expect(copyRows()).toEqual([])
    expect(await handlers.keepDraftCopy(copyAt(9))).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    })
    expect(copyRows()).toEqual([])
  })

  it('is checked with the shared schema on the way out: one that fails it is not shown, and left where it is', async () => {
    await handlers.keepDraftCopy(copyAt(1))
    store.db.prepare('UPDATE draft_copies SET document = \'{"id": 42}\'').run()
    expect(await handlers.getDraftCopy({ id: draft.id })).toEqual({
      ok: true,
      value: { unreadable: true },
    })
    store.db.prepare("UPDATE draft_copies SET document = 'not json'").run()
    expect(await handlers.getDraftCopy({ id: draft.id })).toEqual({
      ok: true,
      value: { unreadable: true },
    })
    expect(copyRows()).toHaveLength(1)
    // The next change typed replaces it.
    await handlers.keepDraftCopy(copyAt(2))
    expect(await handlers.getDraftCopy({ id: draft.id })).toEqual({
      ok: true,
      value: { copy: copyAt(2) },
    })
  })

  it.each([
    ['nested beyond any form', () => nested(200)],
    ['holding something other than plain data', () => ({ when: new Date() })],
    ['too large for a form', () => ({ notes: 'x'.repeat(1_000_001) })],
  ])('refuses sections %s, and keeps nothing', async (_what, history) => {
    const copy = { ...copyAt(1), sections: { ...copyAt(1).sections, history: history() } }
    expect(await handlers.keepDraftCopy(copy)).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', issues: [{ path: ['sections', 'history'] }] },
    })
    expect(copyRows()).toEqual([])
  })

  it('is stored encrypted: the database file never holds what was typed in clear', async () => {
    await handlers.keepDraftCopy(copyAt(1, 'Quintessential-marathon-goal'))
    store.db.pragma('wal_checkpoint(TRUNCATE)')
    for (const file of [store.file, `${store.file}-wal`]) {
      let bytes: Buffer
      try {
        bytes = readFileSync(file)
      } catch {
        continue
      }
      expect(bytes.includes('Quintessential')).toBe(false)
    }
    expect(JSON.stringify(store.db.prepare('SELECT document FROM draft_copies').all())).toContain(
      'Quintessential',
    )
  })
})

function nested(depth: number): Record<string, unknown> {
  let value: Record<string, unknown> = {}
  for (let i = 0; i < depth; i++) value = { inner: value }
  return value
}
