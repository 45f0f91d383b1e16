import { randomUUID } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createHandlers } from '../../src/main/ipc/handlers'
import { measuresOf } from '../../src/shared/clinical/measures'
import type { Assessment } from '../../src/shared/model/assessment/assessment'
import { repositories } from '../support/assessments'
import { tempDatabase } from '../support/tempDatabase'
import { loadVignette, vignetteIds } from '../support/vignettes'

/*
 * The progress screen's data read in main (db/progressView.ts): every visit's measures, cut out
 * of the stored documents by SQLite, are exactly what measuresOf gives on the whole record; the
 * compared visits come whole; an older document is upgraded; a damaged one is refused.
 */

let store: ReturnType<typeof tempDatabase>
beforeEach(() => (store = tempDatabase()))
afterEach(() => store.cleanup())

const dates = ['2026-01-05', '2026-02-02', '2026-03-02', '2026-04-06', '2026-05-04', '2026-06-01']

/** One patient seen six times, each visit a different vignette's record (varied measures). */
function patientWithVisits() {
  const repos = repositories(store.db)
  const vignettes = vignetteIds().map(loadVignette)
  const patientId = randomUUID()
  repos.patients.importRecord({ ...vignettes[0]!.patient, id: patientId })
  const ids = dates.map((date, i) => {
    const v = vignettes[(i * 5) % vignettes.length]!
    const id = randomUUID()
    repos.assessments.importRecord({
      ...v.assessment,
      id,
      patientId,
      date,
      type: i === 0 ? 'initial' : 'follow-up',
    })
    return id
  })
  return { patientId, ids, repos }
}

const byId = (visits: Assessment[]) =>
  Object.fromEntries(
    visits.map((a) => [a.id, Object.fromEntries(measuresOf(a).map((m) => [m.id, m.value]))]),
  )

describe('the progress view', () => {
  it("gives each visit's measures as measuresOf gives them, and the compared visits whole", async () => {
    const { patientId, ids } = patientWithVisits()
    const handlers = createHandlers(store.db)
    const history = await handlers.getPatientHistory({ patientId })
    const view = await handlers.getProgressView({ patientId })
    if (!history.ok || !view.ok) throw new Error('not read')
    expect(view.value.visits.map((v) => v.id)).toEqual(ids)
    expect(view.value.visits.map((v) => v.date)).toEqual(dates)
    expect(Object.fromEntries(view.value.visits.map((v) => [v.id, v.measures]))).toEqual(
      byId(history.value),
    )
    expect(view.value.visits.some((v) => Object.keys(v.measures).length > 5)).toBe(true)
    expect(view.value.painSide).toEqual(history.value.at(-1)!.history.painSide)
    // The latest, against the first and the one before it.
    expect(view.value.current).toEqual(history.value[5])
    expect(view.value.baseline).toEqual(history.value[0])
    expect(view.value.previous).toEqual(history.value[4])
    // Per visit, what crosses to the renderer is a fraction of the record (three come whole).
    expect(JSON.stringify(view.value.visits).length).toBeLessThan(
      JSON.stringify(history.value).length / 5,
    )
  })

  it('compares the visit asked for: the second has a baseline and no previous', async () => {
    const { patientId, ids } = patientWithVisits()
    const view = await createHandlers(store.db).getProgressView({ patientId, assessmentId: ids[1] })
    if (!view.ok) throw new Error('not read')
    expect(view.value.current?.id).toBe(ids[1])
    expect(view.value.baseline?.id).toBe(ids[0])
    expect(view.value.previous).toBeUndefined()
    expect(view.value.visits).toHaveLength(6)
  })

  it('reads a document of an older version through its upgrade, with the same measures', async () => {
    const { patientId, ids } = patientWithVisits()
    const handlers = createHandlers(store.db)
    const before = await handlers.getProgressView({ patientId })
    store.db.exec('DROP TRIGGER IF EXISTS assessments_signed_content_is_fixed')
    store.db
      .prepare(
        "UPDATE assessments SET schema_version = 1, document = json_set(document, '$.schemaVersion', 1) WHERE id = ?",
      )
      .run(ids[2])
    const after = await handlers.getProgressView({ patientId })
    if (!before.ok || !after.ok) throw new Error('not read')
    expect(after.value.visits).toEqual(before.value.visits)
  })

  it('refuses, as the full history does, when a stored visit is damaged', async () => {
    const { patientId, ids } = patientWithVisits()
    store.db.exec('DROP TRIGGER IF EXISTS assessments_signed_content_is_fixed')
    store.db
      .prepare('UPDATE assessments SET document = substr(document, 1, 300) WHERE id = ?')
      .run(ids[3])
    const handlers = createHandlers(store.db, { report: () => {} })
    const view = await handlers.getProgressView({ patientId })
    expect(view).toMatchObject({ ok: false, error: { code: 'conflict' } })
    expect(await handlers.getPatientHistory({ patientId })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    })
  })

  it('an unknown patient is not found; a patient with no visits has an empty view', async () => {
    const handlers = createHandlers(store.db)
    expect(await handlers.getProgressView({ patientId: randomUUID() })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    })
    const repos = repositories(store.db)
    const v = loadVignette(vignetteIds()[0]!)
    const patientId = randomUUID()
    repos.patients.importRecord({ ...v.patient, id: patientId })
    expect(await handlers.getProgressView({ patientId })).toEqual({
      ok: true,
      value: { visits: [] },
    })
  })
})
