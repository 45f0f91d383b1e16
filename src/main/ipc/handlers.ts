import type { Database } from 'better-sqlite3'
import {
  ASSESSMENT_EXPORT_FORMAT,
  ASSESSMENT_EXPORT_VERSION,
} from '../../shared/model/assessment/assessmentExport'
import type { ReportKind } from '../../shared/model/exportFile'
import { AssessmentRepository } from '../db/assessmentRepository'
import { DraftCopyRepository } from '../db/draftCopyRepository'
import { PatientRepository } from '../db/patientRepository'
import { SettingsRepository } from '../db/settingsRepository'
import { AppError } from '../errors'
import { writeFileWhole } from '../files'
import { noDesktopPlatform, type Platform } from '../platform/platform'
import { clinicianReportHtml } from '../reports/clinicianReport'
import { patientHandoutHtml } from '../reports/patientHandout'
import { reportDataFor } from '../reports/reportData'
import { referralLetterHtml } from '../reports/referralLetter'
import { runExport } from '../transfer/exportJob'
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
import { defineHandlers, type ErrorReporter, type Handlers } from './defineHandlers'

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
}

const fileSafe = (text: string) => text.replace(/[^\p{L}\p{N}-]+/gu, '-').replace(/^-|-$/g, '')

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
  const patients = new PatientRepository(db, author)
  const assessments = new AssessmentRepository(db, patients, now, author)
  const repos = { patients, assessments }
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
    return { saved: true as const, fileName: path.split(/[\\/]/).pop() ?? path }
  }

  const backups = options.backups
  const table = defineHandlers(
    {
      findPatients: ({ query, limit, after }) => patients.search(query, limit, after),
      getPatient: ({ id }) => patients.get(id),
      createPatient: (fields) => patients.create(fields),
      updatePatient: ({ id, ...fields }) => patients.update(id, fields),
      listAssessments: ({ patientId }) => assessments.listForPatient(patientId),
      getPatientHistory: ({ patientId }) => assessments.historyOf(patientId),
      getAssessment: ({ id }) => assessments.get(id),
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
      discardAssessmentDraft: ({ id }) => {
        assessments.discardDraft(id)
        return { id }
      },
      exportReport: ({ id, kind }) => exportReport(id, kind),
      startExport: async ({ format, patientId }) => {
        const ids = patientId ? [patients.get(patientId).id] : patients.allIds()
        const extension = format === 'csv' ? 'csv' : 'json'
        const who = patientId ? fileSafe(patients.get(patientId).familyName) : 'all-patients'
        const path = await platform.chooseSavePath({
          title: 'Export',
          defaultName: `runners-hip-${who}-${format}-${now().toISOString().slice(0, 10)}.${extension}`,
          filters: [{ name: extension.toUpperCase(), extensions: [extension] }],
        })
        if (!path) return { started: false as const }
        const jobId = jobs.start(`Export (${format.toUpperCase()})`, (control) =>
          runExport(
            repos,
            { format, patientIds: ids, path, exportedAt: now().toISOString() },
            control,
          ),
        )
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
            return runImport(db, repos, path, control, options.importWorker)
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
      saveClinicDetails: (details) => settings.saveClinic(details, author()),
      listBackups: () => (backups ?? { overview: noBackups }).overview(),
      backUpNow: () => (backups ?? { backUpNow: noBackups }).backUpNow('manual'),
      exportBackup: async ({ fileName }) => {
        if (!backups) return noBackups()
        const path = await platform.chooseSavePath({
          title: 'Export a backup',
          defaultName: fileName,
          filters: [{ name: 'Runner’s Hip backup', extensions: ['sqlite'] }],
        })
        if (!path) return { saved: false as const }
        backups.exportTo(fileName, path)
        return { saved: true as const, fileName: path.split(/[\\/]/).pop() ?? path }
      },
      restoreBackup: (input) => (backups ?? { restore: noBackups }).restore(input),
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
