import type { Assessment, AssessmentDraft } from '../../src/shared/model/assessment/assessment'
import { todayIso } from '../../src/shared/model/calendarDate'
import { sectionsOf } from '../../tests/support/vignettes'
import { samplePatients, valueOf, type BenchContext } from './benchContext'
import { row, type Row } from './results'
import { cpuTimeCalls, statsOf, timeCalls } from './timing'
import { loadTemplates, type VisitTemplate } from './templates'

/*
 * The writes a clinician makes: autosave, a new follow-up, finalising and an addendum, through
 * the handler table with the app's pragmas (WAL, synchronous=FULL: every commit waits for the
 * disk). Each raw statement is the single SQL write (and read) the action needs at least, in a
 * transaction, with a document of the same size. The records the bench creates are removed at
 * the end (with SQL: the app keeps finalised records), so later rows see the clinic as generated.
 */

const today = todayIso()

/** Fresh drafts holding a vignette's full findings, for patients of the vignette's sex. */
async function freshDrafts(ctx: BenchContext, count: number, templates: VisitTemplate[]) {
  const { handlers } = ctx
  const drafts: { id: string; revision: number; template: VisitTemplate }[] = []
  for (const patient of samplePatients(ctx, count)) {
    const fitting = templates.filter((t) => t.patient.sex === patient.sex)
    const template = ctx.random.pick(fitting.length > 0 ? fitting : templates)
    const created = valueOf(
      await handlers.createAssessment({ patientId: patient.id, type: 'initial', date: today }),
      'createAssessment',
    )
    valueOf(
      await handlers.saveAssessmentDraft({
        id: created.id,
        revision: 1,
        date: today,
        ...sectionsOf(template.draft),
      }),
      'saveAssessmentDraft',
    )
    drafts.push({ id: created.id, revision: 1, template })
  }
  return drafts
}

export async function measureWorkflow(ctx: BenchContext): Promise<Row[]> {
  const { db, handlers } = ctx
  const templates = loadTemplates()
  const created: string[] = []
  const documentOf = db.prepare('SELECT document FROM assessments WHERE id = ?').pluck()
  const rewrite = db.prepare(
    'UPDATE assessments SET document = ?, revision = revision + 1, updated_at = ? WHERE id = ?',
  )
  const rawRewrite = db.transaction((id: string, document: string) =>
    rewrite.run(document, new Date().toISOString(), id),
  )
  const rows: Row[] = []
  // The bench removes what it creates, on its scratch copy: the triggers that keep records from
  // ever being deleted (migration 9) act on DELETE only, which no measured action does.
  for (const trigger of [
    'assessments_signed_not_deleted',
    'assessments_deleted_softly',
    'addenda_not_deleted',
  ])
    db.exec(`DROP TRIGGER IF EXISTS ${trigger}`)

  // Autosave: each call is one keystroke's worth of change to a full assessment.
  const drafts = await freshDrafts(ctx, ctx.inputs(20), templates)
  created.push(...drafts.map((d) => d.id))
  let keystroke = 0
  const save = async (d: (typeof drafts)[number]) => {
    d.revision++
    keystroke++
    const sections = sectionsOf(d.template.draft)
    const draft: AssessmentDraft = {
      id: d.id,
      revision: d.revision,
      date: today,
      ...sections,
      history: {
        ...sections.history,
        general: { ...sections.history.general, goals: `Run again ${'.'.repeat(keystroke % 40)}` },
      },
    }
    const saved = valueOf(await handlers.saveAssessmentDraft(draft), 'saveAssessmentDraft')
    if (saved.stale) throw new Error('autosave was reported stale')
  }
  const documents = new Map(drafts.map((d) => [d.id, documentOf.get(d.id) as string]))
  const rawSave = (d: (typeof drafts)[number]) => rawRewrite(d.id, documents.get(d.id)!)
  const rounds = ctx.rounds(10)
  const durable = statsOf(await timeCalls(drafts, save, { rounds }))
  const rawDurable = statsOf(await timeCalls(drafts, rawSave, { rounds }))
  rows.push(
    row('autosave.durable', 'autosave, durable commit (synchronous=FULL)', durable, {
      raw: { ...rawDurable, what: 'one UPDATE of the document in a transaction, synchronous=FULL' },
    }),
  )
  db.pragma('synchronous = OFF')
  try {
    const wall = statsOf(await timeCalls(drafts, save, { rounds }))
    const cpu = statsOf(await cpuTimeCalls(drafts, save, { rounds }))
    const rawWall = statsOf(await timeCalls(drafts, rawSave, { rounds }))
    rows.push(
      row('autosave.cpu', 'autosave, CPU (synchronous=OFF: no wait for the disk)', wall, {
        raw: { ...rawWall, what: 'the same UPDATE, synchronous=OFF' },
        note: 'wall-clock with synchronous=OFF; process CPU time per call in extra',
        extra: { cpuMedianMs: cpu.median, cpuP95Ms: cpu.p95 },
      }),
    )
  } finally {
    db.pragma('synchronous = FULL')
  }

  // A new follow-up: the patient with 200 visits against patients with one.
  const oneVisit = db
    .prepare(
      `SELECT patient_id FROM assessments GROUP BY patient_id
       HAVING count(*) = 1 AND min(status) = 'finalised' LIMIT 500`,
    )
    .pluck()
    .all() as string[]
  const onePatients = Array.from({ length: Math.min(ctx.inputs(20), oneVisit.length) }, () =>
    ctx.random.pick(oneVisit),
  )
  const latestFinalised = db
    .prepare(
      `SELECT document FROM assessments WHERE patient_id = ? AND status = 'finalised'
       ORDER BY date DESC, created_at DESC LIMIT 1`,
    )
    .pluck()
  const insert = db.prepare(
    `INSERT INTO assessments (id, patient_id, date, type, status, schema_version, revision, document, created_at, updated_at)
     VALUES (?, ?, ?, 'follow-up', 'draft', 2, 0, ?, ?, ?)`,
  )
  const remove = db.prepare('DELETE FROM assessments WHERE id = ?')
  const rawFollowUp = db.transaction((patientId: string, id: string) => {
    const previous = latestFinalised.get(patientId) as string
    const at = new Date().toISOString()
    insert.run(id, patientId, today, previous, at, at)
  })
  const followUp = async (patientId: string) => {
    const start = performance.now()
    const a = valueOf(
      await handlers.createAssessment({ patientId, type: 'follow-up', date: today }),
      'createAssessment',
    )
    const ms = performance.now() - start
    valueOf(
      await handlers.deleteAssessmentDraft({ id: a.id, reason: 'Bench: follow-up timed' }),
      'deleteAssessmentDraft',
    )
    created.push(a.id)
    return ms
  }
  const rawFollowUpTimed = (patientId: string) => {
    const id = ctx.random.uuid()
    const start = performance.now()
    rawFollowUp(patientId, id)
    const ms = performance.now() - start
    remove.run(id)
    return ms
  }
  const timedApart = async (
    inputs: string[],
    fn: (id: string) => number | Promise<number>,
    n: number,
  ) => {
    for (const input of inputs) await fn(input)
    const samples: number[] = []
    for (let r = 0; r < n; r++) for (const input of inputs) samples.push(await fn(input))
    return statsOf(samples)
  }
  const longId = ctx.clinic.longHistoryPatientId
  const visits = db
    .prepare('SELECT count(*) FROM assessments WHERE patient_id = ?')
    .pluck()
    .get(longId) as number
  const followRounds = ctx.rounds(30)
  const long = await timedApart([longId], followUp, followRounds)
  const rawLong = await timedApart([longId], rawFollowUpTimed, followRounds)
  rows.push(
    row('followUp.longHistory', `new follow-up, patient with ${visits} visits`, long, {
      raw: {
        ...rawLong,
        what: 'read the latest finalised document + one INSERT, in a transaction',
      },
      note: 'createAssessment(follow-up); discarded after, untimed',
    }),
  )
  if (onePatients.length > 0) {
    const one = await timedApart(
      onePatients,
      followUp,
      Math.max(1, Math.ceil(followRounds / onePatients.length)),
    )
    const rawOne = await timedApart(
      onePatients,
      rawFollowUpTimed,
      Math.max(1, Math.ceil(followRounds / onePatients.length)),
    )
    rows.push(
      row('followUp.oneVisit', 'new follow-up, patient with 1 visit', one, {
        raw: {
          ...rawOne,
          what: 'read the latest finalised document + one INSERT, in a transaction',
        },
        note: 'createAssessment(follow-up); discarded after, untimed',
      }),
    )
  }

  // Finalise and addendum, on fresh drafts whose working diagnosis and plan are confirmed first.
  const toFinalise = await freshDrafts(ctx, ctx.inputs(30), templates)
  created.push(...toFinalise.map((d) => d.id))
  for (const d of toFinalise) {
    valueOf(
      await handlers.confirmWorkingDiagnosis({
        id: d.id,
        confirmed: [{ freeText: 'Lateral hip pain, cause to be confirmed' }],
        reason: 'Generated for the performance bench',
        plan: 'proposal',
      }),
      'confirmWorkingDiagnosis',
    )
  }
  // The raw write of finalising: one UPDATE of each draft's document (a signed record refuses any).
  const rawFinalise = statsOf(
    await timeCalls(
      toFinalise.map((d) => ({ id: d.id, document: documentOf.get(d.id) as string })),
      (d) => rawRewrite(d.id, d.document),
      { rounds: ctx.rounds(2) },
    ),
  )
  const finaliseSamples: number[] = []
  const finalised: Assessment[] = []
  for (const d of toFinalise) {
    const start = performance.now()
    finalised.push(valueOf(await handlers.finaliseAssessment({ id: d.id }), 'finaliseAssessment'))
    finaliseSamples.push(performance.now() - start)
  }
  rows.push(
    row('finalise', 'finalise an assessment', statsOf(finaliseSamples), {
      raw: {
        ...rawFinalise,
        what: 'one UPDATE of the document in a transaction, synchronous=FULL',
      },
      note: 'on fresh full drafts, diagnosis and plan confirmed before (untimed)',
    }),
  )
  const addendum = statsOf(
    await timeCalls(
      finalised,
      async (a) =>
        valueOf(
          await handlers.addAssessmentAddendum({
            id: a.id,
            text: 'Telephone review: no new symptoms.',
          }),
          'addAssessmentAddendum',
        ),
      { rounds: ctx.rounds(2), warmup: 0 },
    ),
  )
  // The raw write of an addendum: one INSERT of its row (migration 9), in a transaction.
  const insertAddendum = db.prepare(
    `INSERT INTO addenda (id, assessment_id, position, at, text)
     VALUES (?, ?, (SELECT count(*) FROM addenda WHERE assessment_id = ?), ?, ?)`,
  )
  const rawAddendum = statsOf(
    await timeCalls(
      finalised,
      (a) =>
        db.transaction(() =>
          insertAddendum.run(
            ctx.random.uuid(),
            a.id,
            a.id,
            new Date().toISOString(),
            'Telephone review: no new symptoms.',
          ),
        )(),
      { rounds: ctx.rounds(2) },
    ),
  )
  rows.push(
    row('addendum', 'add an addendum to a finalised assessment', addendum, {
      raw: {
        ...rawAddendum,
        what: 'one INSERT of the addendum row in a transaction, synchronous=FULL',
      },
    }),
  )

  const removeAddenda = db.prepare('DELETE FROM addenda WHERE assessment_id = ?')
  db.transaction(() => {
    for (const id of created) {
      removeAddenda.run(id)
      remove.run(id)
    }
  })()
  return rows
}
