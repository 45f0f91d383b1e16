import { clinicianReportHtml } from '../../src/main/reports/clinicianReport'
import { patientHandoutHtml } from '../../src/main/reports/patientHandout'
import { reportDataFor, type ReportData } from '../../src/main/reports/reportData'
import { referralLetterHtml } from '../../src/main/reports/referralLetter'
import { reasoningInputOf } from '../../src/shared/clinical/reasoning/assessmentReasoning'
import { reason } from '../../src/shared/clinical/reasoning/engine'
import { valueOf, type BenchContext } from './benchContext'
import { row, type Row } from './results'
import { statsOf, timeCalls } from './timing'

/*
 * The engine (reason() on full stored assessments) and the three reports' HTML, built as the
 * exportReport handler builds them (read the assessment, the patient and the clinic's details,
 * reportDataFor, the report's HTML function). The PDF step needs Chromium's printing (Electron's
 * printToPDF) and is not measured here. These rows are CPU work with no SQL to compare with:
 * they have no raw statement.
 */
export async function measureEngineAndReports(ctx: BenchContext): Promise<Row[]> {
  const { db, handlers } = ctx
  valueOf(
    await handlers.saveClinicDetails({
      name: 'Riverside Running Physiotherapy',
      tagline: 'Hip and running injuries',
      address: '1 Example Street\nExampletown',
      phone: '+44 20 7946 0000',
      email: 'clinic@example.org',
    }),
    'saveClinicDetails',
  )
  const max = db.prepare('SELECT max(rowid) FROM assessments').pluck().get() as number
  const finalisedAt = db
    .prepare("SELECT id FROM assessments WHERE rowid >= ? AND status = 'finalised' LIMIT 1")
    .pluck()
  const ids = [
    ...new Set(
      Array.from(
        { length: ctx.inputs(40) },
        () => finalisedAt.get(ctx.random.int(1, max)) as string,
      ),
    ),
  ].filter(Boolean)
  const records = []
  for (const id of ids) {
    const assessment = valueOf(await handlers.getAssessment({ id }), 'getAssessment')
    const patient = valueOf(await handlers.getPatient({ id: assessment.patientId }), 'getPatient')
    records.push({ assessment, patient })
  }
  const rounds = ctx.rounds(5)
  const engine = statsOf(
    await timeCalls(
      records,
      ({ assessment, patient }) => reason(reasoningInputOf(assessment, patient)),
      { rounds },
    ),
  )
  const rows: Row[] = [
    row('engine', 'engine: reason() on a full assessment', engine, {
      note: 'CPU only, no raw statement',
    }),
  ]
  const reports: [string, string, (data: ReportData) => string][] = [
    ['report.clinician', 'clinician report (HTML)', clinicianReportHtml],
    ['report.handout', 'patient exercise handout (HTML)', patientHandoutHtml],
    ['report.referral', 'referral letter (HTML)', referralLetterHtml],
  ]
  for (const [id, action, html] of reports) {
    const stats = statsOf(
      await timeCalls(
        ids,
        async (assessmentId) => {
          const assessment = valueOf(
            await handlers.getAssessment({ id: assessmentId }),
            'getAssessment',
          )
          const patient = valueOf(
            await handlers.getPatient({ id: assessment.patientId }),
            'getPatient',
          )
          const clinic = valueOf(await handlers.getClinicDetails({}), 'getClinicDetails').clinic
          return html(reportDataFor(patient, assessment, new Date().toISOString(), clinic))
        },
        { rounds },
      ),
    )
    rows.push(
      row(id, action, stats, {
        note: 'HTML only: printing to PDF needs Chromium and is not timed',
      }),
    )
  }
  return rows
}
