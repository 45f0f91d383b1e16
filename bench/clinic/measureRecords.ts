import { samplePatients, valueOf, type BenchContext } from './benchContext'
import { progressScreenView } from './progressView'
import { row, type Row } from './results'
import { statsOf, timeCalls } from './timing'

/** Opening a patient, an assessment, and the progress screen of the patient with 200 visits. */
export async function measureRecords(ctx: BenchContext): Promise<Row[]> {
  const { db, handlers } = ctx
  const patientIds = samplePatients(ctx, ctx.inputs(100)).map((p) => p.id)
  const maxAssessment = db.prepare('SELECT max(rowid) FROM assessments').pluck().get() as number
  const assessmentById = db.prepare('SELECT id FROM assessments WHERE rowid = ?').pluck()
  const assessmentIds = Array.from(
    { length: ctx.inputs(100) },
    () => assessmentById.get(ctx.random.int(1, maxAssessment)) as string,
  ).filter(Boolean)

  const patientDocument = db.prepare('SELECT document FROM patients WHERE id = ?').pluck()
  const assessmentDocument = db.prepare('SELECT document FROM assessments WHERE id = ?').pluck()
  const historyDocuments = db
    .prepare('SELECT document FROM assessments WHERE patient_id = ? ORDER BY date, created_at')
    .pluck()
  const rounds = ctx.rounds(4)

  const openPatient = statsOf(
    await timeCalls(
      patientIds,
      async (id) => valueOf(await handlers.getPatient({ id }), 'getPatient'),
      { rounds },
    ),
  )
  const rawPatient = statsOf(
    await timeCalls(patientIds, (id) => patientDocument.get(id), { rounds }),
  )
  const openAssessment = statsOf(
    await timeCalls(
      assessmentIds,
      async (id) => valueOf(await handlers.getAssessment({ id }), 'getAssessment'),
      { rounds },
    ),
  )
  const rawAssessment = statsOf(
    await timeCalls(assessmentIds, (id) => assessmentDocument.get(id), { rounds }),
  )

  const longId = ctx.clinic.longHistoryPatientId
  const history = async () =>
    valueOf(await handlers.getProgressView({ patientId: longId }), 'getProgressView')
  const visits = (await history()).visits.length
  const progressRounds = ctx.rounds(30)
  const progress = statsOf(
    await timeCalls([longId], async () => progressScreenView(await history()), {
      rounds: progressRounds,
    }),
  )
  const rawProgress = statsOf(
    await timeCalls([longId], (id) => historyDocuments.all(id), { rounds: progressRounds }),
  )
  // Electron copies a handler's value between processes (structured clone); it is shown beside
  // the row (not inside it), for the screen's view and for the 200 full records it replaced.
  const value = await history()
  const ipcCopy = statsOf(
    await timeCalls([value], (v) => structuredClone(v), { rounds: ctx.rounds(10) }),
  )
  const fullHistory = valueOf(
    await handlers.getPatientHistory({ patientId: longId }),
    'getPatientHistory',
  )
  const ipcCopyFull = statsOf(
    await timeCalls([fullHistory], (v) => structuredClone(v), { rounds: ctx.rounds(10) }),
  )

  return [
    row('open.patient', 'open a patient (getPatient)', openPatient, {
      raw: { ...rawPatient, what: 'SELECT document by primary key' },
    }),
    row('open.assessment', 'open an assessment (getAssessment)', openAssessment, {
      raw: { ...rawAssessment, what: 'SELECT document by primary key' },
    }),
    row('progress.longHistory', `progress screen, patient with ${visits} visits`, progress, {
      raw: {
        ...rawProgress,
        what: "SELECT the patient's documents on the (patient_id, date) index",
      },
      note: "getProgressView + the screen's comparison and trend rows (shared functions)",
      extra: {
        visits,
        ipcCopyMedianMs: ipcCopy.median,
        ipcCopyOfFullHistoryMedianMs: ipcCopyFull.median,
      },
    }),
  ]
}
