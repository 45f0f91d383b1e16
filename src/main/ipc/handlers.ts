import type { Database } from 'better-sqlite3'
import {
  ASSESSMENT_EXPORT_FORMAT,
  ASSESSMENT_EXPORT_VERSION,
} from '../../shared/model/assessment/assessmentExport'
import type { ReportKind } from '../../shared/model/exportFile'
import { AuditTrail } from '../audit/auditTrail'
import { checkSignatures } from '../audit/signatureCheck'
import { AssessmentRepository } from '../db/assessmentRepository'
import { CaseloadRepository } from '../db/caseloadRepository'
import { DraftCopyRepository } from '../db/draftCopyRepository'
import { erasePatient } from '../db/patientErasure'
import { PatientRepository } from '../db/patientRepository'
import { SettingsRepository } from '../db/settingsRepository'
import { AppError } from '../errors'
import { writeFileWhole } from '../files'
import { noDesktopPlatform, type Platform } from '../platform/platform'
import { clinicianReportHtml } from '../reports/clinicianReport'
import { patientHandoutHtml } from '../reports/patientHandout'
import { reportDataFor } from '../reports/reportData'
import { referralLetterHtml } from '../reports/referralLetter'
import { ProgressReader } from '../db/progressView'
import { runExport, type ExportRequest } from '../transfer/exportJob'
import { exportInWorker, type ExportConnection } from '../transfer/exportWorkerThread'
import { runImport } from '../transfer/importJob'
import { JobRegistry } from '../transfer/jobs'
import {
  isWriteChannel,
  type ChannelName,
  type SessionChannelName,
  type StartupChannelName,
} from '../../shared/api/channels'
import type {
  BackupInfo,
  BackupOverview,
  BackupReason,
  RestoreBackupInput,
} from '../../shared/api/backups'
import type { StartupState } from '../../shared/api/startup'
import { assertLetterheadComplete } from '../../shared/workflow/clinicLetterhead'
import { defineHandlers, type ErrorReporter, type Handlers } from './defineHandlers'
import { letterImplementations } from './letterHandlers'
import { syncImplementations } from './syncHandlers'
import type { SyncControl } from '../sync/syncControl'

/** Logs the kind of failure only: error messages from lower layers may quote stored values. */
export const reportWithoutPatientData: ErrorReporter = (channel, error) => {
  const kind = error instanceof Error ? error.name : typeof error
  const code = (error as { code?: unknown } | null)?.code
  console.error(`[ipc] ${channel} failed: ${kind}${typeof code === 'string' ? ` (${code})` : ''}`)
}

/** What the backup screen's calls use: the records' backups and the start-up's restore. */
export interface BackupCalls {
  overview(): BackupOverview
  /**
   * A verified backup now: 'manual' from the Backups screen; the import calls it with
   * 'before-import' before it writes (it throws AppError, with the reason, if none could be made).
   */
  backUpNow(reason?: BackupReason): BackupInfo
  /** Copies a listed backup to `destination` whole or not at all. */
  exportTo(fileName: string, destination: string): void
  restore(input: RestoreBackupInput): Promise<StartupState>
}

export interface HandlerOptions {
  report?: ErrorReporter
  /** The records were opened for viewing only: every call that changes something is refused. */
  readOnly?: boolean
  backups?: BackupCalls
  /** Dialogs and printing; the app passes Electron's, the end-to-end tests their own. */
  platform?: Platform
  now?: () => Date
  /** The signed-in clinician's id, recorded on every write. */
  author?: () => string | undefined
  /**
   * The built import worker, which main's entry passes in; without it (tests, scripts) the
   * worker runs from source (transfer/importWorkerThread.ts).
   */
  importWorker?: string
  /**
   * The database's key, and the built export worker: exports of the whole clinic then run in a
   * worker thread on a read-only connection of their own (transfer/exportWorkerThread.ts), so
   * main never pauses for them. Without it (tests, scripts), they run on main in slices.
   */
  exportWorker?: Omit<ExportConnection, 'file'>
  /** The clinic's audit trail; by default one on this database with `author` and `now`. */
  audit?: AuditTrail
  /**
   * This laptop's sync with the clinic's hub (sync/clinicSync.ts); without it the laptop is not
   * joined and cannot join (syncHandlers.ts).
   */
  sync?: SyncControl
}

/** Reopening the same record within this long is not listed again in the audit trail. */
export const VIEW_AUDIT_WINDOW_MS = 5 * 60_000

const reportLabels: Record<ReportKind, string> = {
  clinician: 'report: clinician PDF',
  handout: 'report: patient handout PDF',
  referral: 'report: referral letter PDF',
  'assessment-json': 'assessment file (JSON)',
}

const fileSafe = (text: string) => text.replace(/[^\p{L}\p{N}-]+/gu, '-').replace(/^-|-$/g, '')

const exportLabels = { json: 'JSON export', csv: 'CSV export', fhir: 'FHIR export' } as const

const pdfFilter = [{ name: 'PDF', extensions: ['pdf'] }]
const jsonFilter = [{ name: 'JSON', extensions: ['json'] }]

/** The calls on the clinic's records: every call but the start-up screens' and the session's. */
export type ClinicHandlers = Handlers<Exclude<ChannelName, StartupChannelName | SessionChannelName>>

/** What a call that would change something answers while the records are open read-only. */
export const READ_ONLY_MESSAGE =
  'The records are open read-only: nothing can be changed or saved. Solve the problem shown when the app started, then start it again.'

const noBackups = (): never => {
  throw new AppError('conflict', 'Backups are not available here.')
}

/** The clinic's handler table, on its open database: main registers it with ipcMain. */
export function createHandlers(db: Database, options: HandlerOptions = {}): ClinicHandlers {
  const report = options.report ?? reportWithoutPatientData
  const platform = options.platform ?? noDesktopPlatform
  const now = options.now ?? (() => new Date())
  const author = options.author ?? (() => undefined)
  const audit = options.audit ?? new AuditTrail(db, { now, author })
  const patients = new PatientRepository(db, author, audit)
  const assessments = new AssessmentRepository(db, patients, now, author, audit)
  const repos = { patients, assessments }
  const caseload = new CaseloadRepository(db)
  const progress = new ProgressReader(db, patients, assessments)
  /** Opening a record is recorded once per clinician and record in five minutes. */
  const viewed = (recordType: 'patient' | 'assessment', recordId: string, detail?: string) =>
    audit.recordUnlessRepeated(
      { action: 'view', recordType, recordId, detail: detail ?? null },
      VIEW_AUDIT_WINDOW_MS,
      { onlyIfLatest: false },
    )
  const settings = new SettingsRepository(db)
  const draftCopies = new DraftCopyRepository(db, now)
  const jobs = new JobRegistry()

  const reportFiles: Record<
    ReportKind,
    { suffix: string; title: string; filters: typeof pdfFilter }
  > = {
    clinician: {
      suffix: 'assessment-report.pdf',
      title: 'Save the clinician report',
      filters: pdfFilter,
    },
    handout: {
      suffix: 'exercise-handout.pdf',
      title: 'Save the patient handout',
      filters: pdfFilter,
    },
    referral: {
      suffix: 'referral-letter.pdf',
      title: 'Save the referral letter',
      filters: pdfFilter,
    },
    'assessment-json': {
      suffix: 'assessment.json',
      title: 'Save the assessment file',
      filters: jsonFilter,
    },
  }

  async function exportReport(id: string, kind: ReportKind) {
    const assessment = assessments.get(id)
    const patient = patients.get(assessment.patientId)
    const file = reportFiles[kind]
    // A letter or handout names the clinic and the number to call: refused, saying what to enter,
    // until both are there (the report buttons say so before the clinician tries).
    if (kind === 'handout' || kind === 'referral') assertLetterheadComplete(settings.clinic())
    const path = await platform.chooseSavePath({
      title: file.title,
      defaultName: `${fileSafe(`${patient.familyName}-${patient.givenName}`)}-${assessment.date}-${file.suffix}`,
      filters: file.filters,
    })
    if (!path) return { saved: false as const }
    const generatedAt = now().toISOString()
    if (kind === 'assessment-json') {
      const document = {
        format: ASSESSMENT_EXPORT_FORMAT,
        formatVersion: ASSESSMENT_EXPORT_VERSION,
        exportedAt: generatedAt,
        patient,
        assessment,
      }
      writeFileWhole(path, `${JSON.stringify(document, null, 2)}\n`)
    } else {
      const data = reportDataFor(patient, assessment, generatedAt, settings.clinic())
      const html =
        kind === 'clinician'
          ? clinicianReportHtml(data)
          : kind === 'handout'
            ? patientHandoutHtml(data)
            : referralLetterHtml(data)
      writeFileWhole(path, await platform.printHtmlToPdf(html))
    }
    audit.record({
      action: 'export',
      recordType: 'assessment',
      recordId: id,
      detail: reportLabels[kind],
    })
    return { saved: true as const, fileName: path.split(/[\\/]/).pop() ?? path }
  }

  const backups = options.backups
  const table = defineHandlers(
    {
      findPatients: ({ query, limit, after, includeArchived }) =>
        patients.search(query, limit, after, includeArchived),
      getPatient: ({ id }) => {
        const patient = patients.get(id)
        viewed('patient', id)
        return patient
      },
      createPatient: (fields) => patients.create(fields),
      updatePatient: ({ id, ...fields }) => patients.update(id, fields),
      listAssessments: ({ patientId }) => assessments.listForPatient(patientId),
      getPatientHistory: ({ patientId }) => {
        const history = assessments.historyOf(patientId)
        viewed('patient', patientId, 'progress: every assessment')
        return history
      },
      getProgressView: ({ patientId, assessmentId }) => {
        const view = progress.view(patientId, assessmentId)
        viewed('patient', patientId, 'progress: every assessment')
        return view
      },
      getAssessment: ({ id }) => {
        const assessment = assessments.get(id)
        viewed('assessment', id)
        return assessment
      },
      createAssessment: (input) => assessments.create(input),
      saveAssessmentDraft: (draft) => assessments.saveDraft(draft),
      keepDraftCopy: (copy) => draftCopies.keep(copy),
      getDraftCopy: ({ id }) => draftCopies.get(id),
      confirmWorkingDiagnosis: ({ id, ...input }) => assessments.confirmDiagnosis(id, input),
      referWithoutPlan: ({ id, referred }) => assessments.referWithoutPlan(id, referred),
      recordMedicalClearance: ({ id, ...clearance }) => assessments.recordClearance(id, clearance),
      removeMedicalClearance: ({ id, redFlag }) => assessments.removeClearance(id, redFlag),
      finaliseAssessment: ({ id }) => assessments.finalise(id),
      addAssessmentAddendum: ({ id, text, revise }) => assessments.addAddendum(id, text, revise),
      deleteAssessmentDraft: ({ id, reason }) => {
        assessments.deleteDraft(id, reason)
        return { id }
      },
      exportReport: ({ id, kind }) => exportReport(id, kind),
      startExport: async ({ format, patientId }) => {
        const patient = patientId ? patients.get(patientId) : undefined
        // The whole clinic in FHIR is FHIR Bulk Data: the user names its manifest (fhirBulk.ts).
        const bulk = format === 'fhir' && !patient
        const extension = format === 'csv' ? 'csv' : 'json'
        const who = patient ? fileSafe(patient.familyName) : 'all-patients'
        const path = await platform.chooseSavePath({
          title: bulk ? 'Export FHIR Bulk Data: name its manifest' : 'Export',
          defaultName: `runners-hip-${who}-${bulk ? 'fhir-bulk' : format}-${now().toISOString().slice(0, 10)}.${extension}`,
          filters: [{ name: extension.toUpperCase(), extensions: [extension] }],
        })
        if (!path) return { started: false as const }
        const label = bulk ? 'Export (FHIR Bulk Data)' : `Export (${format.toUpperCase()})`
        const jobId = jobs.start(label, async (control) => {
          const request: ExportRequest = {
            format,
            ...(patient ? { patientId: patient.id } : {}),
            path,
            exportedAt: now().toISOString(),
          }
          // One patient takes milliseconds on main; the whole clinic goes to the worker.
          const done =
            options.exportWorker && !patient
              ? await exportInWorker({ file: db.name, ...options.exportWorker }, request, control)
              : await runExport(db, request, control)
          // Recorded once the file is whole: a cancelled or failed export wrote nothing.
          audit.record({
            action: 'export',
            recordType: patient ? 'patient' : 'records',
            recordId: patient?.id ?? null,
            detail: `${bulk ? 'FHIR Bulk Data export' : exportLabels[format]}: ${done.patients} ${done.patients === 1 ? 'patient' : 'patients'}`,
          })
          return done
        })
        return { started: true as const, jobId }
      },
      startImport: async () => {
        const path = await platform.chooseOpenPath({
          title: "Import a Runner's Hip export file",
          filters: jsonFilter,
        })
        if (!path) return { started: false as const }
        return {
          started: true as const,
          jobId: jobs.start('Import', (control) => {
            // A verified copy of the records as they were, to go back to if the import was wrong.
            backups?.backUpNow('before-import')
            return runImport(db, repos, path, control, {
              workerScript: options.importWorker,
              audit,
            })
          }),
        }
      },
      getJob: ({ jobId }) => {
        const state = jobs.get(jobId)
        if (!state) throw new AppError('not-found', 'That export or import is not known.')
        return state
      },
      cancelJob: ({ jobId }) => {
        const state = jobs.cancel(jobId)
        if (!state) throw new AppError('not-found', 'That export or import is not known.')
        return state
      },
      getClinicDetails: () => {
        const clinic = settings.clinic()
        return clinic ? { clinic } : {}
      },
      saveClinicDetails: (details) =>
        db
          .transaction(() => {
            const saved = settings.saveClinic(details, author())
            audit.record({ action: 'update', recordType: 'settings', detail: 'clinic details' })
            return saved
          })
          .immediate(),
      listBackups: () => (backups ?? { overview: noBackups }).overview(),
      backUpNow: () => {
        const made = (backups ?? { backUpNow: noBackups }).backUpNow('manual')
        audit.record({ action: 'backup', recordType: 'records', detail: 'backup made on request' })
        return made
      },
      exportBackup: async ({ fileName }) => {
        if (!backups) return noBackups()
        const path = await platform.chooseSavePath({
          title: 'Export a backup',
          defaultName: fileName,
          filters: [{ name: 'Runner’s Hip backup', extensions: ['sqlite'] }],
        })
        if (!path) return { saved: false as const }
        backups.exportTo(fileName, path)
        audit.record({ action: 'export', recordType: 'records', detail: 'backup exported' })
        return { saved: true as const, fileName: path.split(/[\\/]/).pop() ?? path }
      },
      restoreBackup: (input) => (backups ?? { restore: noBackups }).restore(input),
      deletePatient: ({ id, reason }) => {
        patients.softDelete(id, reason)
        return { id }
      },
      erasePatient: ({ id, reason }) => ({
        id,
        ...erasePatient(db, id, reason, { audit, author, now }),
      }),
      listAuditTrail: (filter) => audit.list(filter),
      verifyAuditTrail: () => {
        const check = audit.verifyAll()
        audit.record({
          action: 'check',
          recordType: 'records',
          detail: check.intact
            ? `audit chain intact: ${check.entries} entries`
            : `audit chain broken at entry #${check.brokenAt.seq}`,
        })
        return check
      },
      getCaseload: ({ today }) => caseload.caseload(today),
      getPatientCaseload: ({ id }) => patients.standingOf(id),
      findDuplicatePatients: (person) => patients.sameNameAndBirth(person),
      setPatientArchived: ({ id, archived }) => patients.setArchivedState(id, archived),
      ...letterImplementations({
        db,
        patients,
        assessments,
        settings,
        audit,
        platform,
        now,
        author,
      }),
      ...syncImplementations(options.sync, author),
      verifySignatures: () => {
        const check = checkSignatures(db)
        audit.record({
          action: 'check',
          recordType: 'records',
          detail: `signatures: ${check.checked} checked, ${check.mismatches.length} not matching, ${check.unsigned} unsigned`,
        })
        return check
      },
    },
    report,
  )
  if (options.readOnly) {
    // Every call that would change the records says why it cannot, and does nothing else: its
    // input is not even read.
    const refused = async () =>
      ({ ok: false, error: { code: 'conflict', message: READ_ONLY_MESSAGE } }) as const
    for (const name of Object.keys(table) as (keyof typeof table)[])
      if (isWriteChannel(name)) (table as Record<string, unknown>)[name] = refused
  }
  return table
}
