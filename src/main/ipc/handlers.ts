import type { Database } from 'better-sqlite3'
import { AssessmentRepository } from '../db/assessmentRepository'
import { PatientRepository } from '../db/patientRepository'
import { defineHandlers, type ErrorReporter, type HandlerTable } from './defineHandlers'

/** Logs the kind of failure only: error messages from lower layers may quote stored values. */
export const reportWithoutPatientData: ErrorReporter = (channel, error) => {
  const kind = error instanceof Error ? error.name : typeof error
  const code = (error as { code?: unknown } | null)?.code
  console.error(`[ipc] ${channel} failed: ${kind}${typeof code === 'string' ? ` (${code})` : ''}`)
}

/** The one handler table: main registers it with ipcMain, the end-to-end harness with Playwright. */
export function createHandlers(db: Database, report = reportWithoutPatientData): HandlerTable {
  const patients = new PatientRepository(db)
  const assessments = new AssessmentRepository(db, patients)
  return defineHandlers(
    {
      findPatients: ({ query, limit }) => patients.search(query, limit),
      getPatient: ({ id }) => patients.get(id),
      createPatient: (fields) => patients.create(fields),
      updatePatient: ({ id, ...fields }) => patients.update(id, fields),
      listAssessments: ({ patientId }) => assessments.listForPatient(patientId),
      getPatientHistory: ({ patientId }) => assessments.historyOf(patientId),
      getAssessment: ({ id }) => assessments.get(id),
      createAssessment: (input) => assessments.create(input),
      saveAssessmentDraft: (draft) => assessments.saveDraft(draft),
      confirmWorkingDiagnosis: ({ id, ...input }) => assessments.confirmDiagnosis(id, input),
      finaliseAssessment: ({ id }) => assessments.finalise(id),
      addAssessmentAddendum: ({ id, text }) => assessments.addAddendum(id, text),
      discardAssessmentDraft: ({ id }) => {
        assessments.discardDraft(id)
        return { id }
      },
    },
    report,
  )
}
