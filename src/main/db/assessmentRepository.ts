import type { Database, Statement } from 'better-sqlite3'
import { randomUUID } from 'node:crypto'
import type { DraftSaved } from '../../shared/api/contract'
import {
  assessmentSchema,
  type Assessment,
  type AssessmentDraft,
  type AssessmentType,
} from '../../shared/model/assessment/assessment'
import { summaryOf, type AssessmentSummary } from '../../shared/model/assessment/assessmentSummary'
import type { MedicalClearanceInput } from '../../shared/model/assessment/medicalClearance'
import type { PlanSource } from '../../shared/model/assessment/plan'
import { upgradeAssessment } from '../../shared/model/assessment/upgradeAssessment'
import type { ConfirmDiagnosisInput } from '../../shared/model/assessment/workingDiagnosis'
import type { RedFlagId } from '../../shared/clinical/conditions/conditionIds'
import { addAddendum, type Revision } from '../../shared/workflow/addenda'
import {
  confirmWorkingDiagnosis,
  recordClearance,
  referWithoutPlan,
  removeClearance,
} from '../../shared/workflow/decisions'
import { saveDraft } from '../../shared/workflow/drafts'
import { finaliseAssessment } from '../../shared/workflow/finalise'
import { startAssessment } from '../../shared/workflow/startAssessment'
import { AppError, notFound } from '../errors'
import type { Patient } from '../../shared/model/patient'
import { SUMMARY_VERSION } from './derived/derivedData'
import type { PatientRepository } from './patientRepository'

interface AssessmentRow {
  id: string
  patient_id: string
  date: string
  type: AssessmentType
  status: Assessment['status']
  revision: number
  document: string
  created_at: string
  updated_at: string
  finalised_at: string | null
}

export class AssessmentRepository {
  private readonly insert: Statement
  private readonly write: Statement
  private readonly byId: Statement<[string], AssessmentRow>
  private readonly byPatient: Statement<[string], AssessmentRow>
  private readonly remove: Statement<[string]>
  private readonly summariesByPatient: Statement<[string], string>

  constructor(
    private readonly db: Database,
    private readonly patients: PatientRepository,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.insert = db.prepare(`
            INSERT INTO assessments (id, patient_id, date, type, status, schema_version, revision,
                               document, created_at, updated_at, finalised_at,
                               working_diagnosis, summary, derived_version)
      VALUES (@id, @patientId, @date, @type, @status, @schemaVersion, @revision,
              @document, @createdAt, @updatedAt, @finalisedAt, @workingDiagnosis, @summary,
              @derivedVersion)`)
    this.write = db.prepare(`
      UPDATE assessments SET date = @date, status = @status, schema_version = @schemaVersion,
        revision = @revision, document = @document, updated_at = @updatedAt,
        finalised_at = @finalisedAt, working_diagnosis = @workingDiagnosis, summary = @summary,
        derived_version = @derivedVersion
      WHERE id = @id`)
    this.byId = db.prepare('SELECT * FROM assessments WHERE id = ?')
    this.byPatient = db.prepare(
      'SELECT * FROM assessments WHERE patient_id = ? ORDER BY date DESC, created_at DESC',
    )
    this.remove = db.prepare("DELETE FROM assessments WHERE id = ? AND status = 'draft'")
    this.summariesByPatient = db
      .prepare<[string], string>(
        'SELECT summary FROM assessments WHERE patient_id = ? ORDER BY date DESC, created_at DESC',
      )
      .pluck()
  }

  /**
   * Starts an assessment; a follow-up from the patient's latest assessment (finalised if there
   * is one). The rules are startAssessment's.
   */
  create(input: {
    patientId: string
    type: AssessmentType
    date: string
    clinicianName?: string
  }): Assessment {
    return this.db.transaction(() => {
      this.patients.get(input.patientId)
      const rows = this.byPatient.all(input.patientId)
      const previousRow = rows.find((r) => r.status === 'finalised') ?? rows[0]
      const assessment = assessmentSchema.parse(
        startAssessment(
          { id: randomUUID(), ...input },
          previousRow ? this.fromRow(previousRow) : undefined,
          this.now(),
        ),
      )
      this.insert.run(this.params(assessment))
      return assessment
    })()
  }

  get(id: string): Assessment {
    const row = this.byId.get(id)
    if (!row) throw notFound('The assessment')
    return this.fromRow(row)
  }

  listForPatient(patientId: string): AssessmentSummary[] {
    this.patients.get(patientId)
    return this.summariesByPatient
      .all(patientId)
      .map((summary) => JSON.parse(summary) as AssessmentSummary)
  }

  /** The stored version of an assessment, if any: its status and last change. */
  storedStateOf(
    id: string,
  ): { status: Assessment['status']; updatedAt: string; patientId: string } | undefined {
    const row = this.byId.get(id)
    return row
      ? { status: row.status, updatedAt: row.updated_at, patientId: row.patient_id }
      : undefined
  }

  /** Stores an assessment as it comes from an export file (ids, timestamps and status kept). */
  importRecord(assessment: Assessment): void {
    const valid = assessmentSchema.parse(assessment)
    if (this.byId.get(valid.id)) this.write.run(this.params(valid))
    else this.insert.run(this.params(valid))
  }

  /** A patient's assessments in full, oldest first. */
  historyOf(patientId: string): Assessment[] {
    this.patients.get(patientId)
    return this.byPatient
      .all(patientId)
      .reverse()
      .map((row) => this.fromRow(row))
  }

  /** Autosave (workflow/drafts.ts): a late, superseded save is reported stale and changes nothing. */
  saveDraft(draft: AssessmentDraft): DraftSaved {
    return this.db.transaction(() => {
      const current = this.get(draft.id)
      const saved = saveDraft(current, draft, this.now())
      if ('stale' in saved) {
        return { revision: current.revision, updatedAt: current.updatedAt, stale: true }
      }
      const next = this.store(saved.next)
      return { revision: next.revision, updatedAt: next.updatedAt, stale: false }
    })()
  }

  /** Locks the assessment, or lists exactly which required items and decisions are missing. */
  finalise(id: string): Assessment {
    return this.change(id, (current, patient) => finaliseAssessment(current, patient, this.now()))
  }

  /** Records the working diagnosis (or its deferral) and the plan (workflow/decisions.ts). */
  confirmDiagnosis(id: string, input: ConfirmDiagnosisInput & { plan?: PlanSource }): Assessment {
    return this.change(id, (current, patient) =>
      confirmWorkingDiagnosis(current, input, {
        patient,
        previous: current.previousAssessmentId ? this.get(current.previousAssessmentId) : undefined,
        now: this.now(),
      }),
    )
  }

  /** The patient was referred for a red flag and gets no plan at this visit (or not any more). */
  referWithoutPlan(id: string, referred: boolean): Assessment {
    return this.change(id, (current, patient) =>
      referWithoutPlan(current, referred, { patient, now: this.now() }),
    )
  }

  recordClearance(id: string, clearance: MedicalClearanceInput): Assessment {
    return this.change(id, (current, patient) =>
      recordClearance(current, clearance, { patient, now: this.now() }),
    )
  }

  removeClearance(id: string, redFlag: RedFlagId): Assessment {
    return this.change(id, (current) => removeClearance(current, redFlag, this.now()))
  }

  /** The only change a finalised assessment accepts: a dated note, perhaps revising a decision. */
  addAddendum(id: string, text: string, revise?: Revision): Assessment {
    return this.change(id, (current, patient) =>
      addAddendum(current, { text, ...(revise ? { revise } : {}) }, { patient, now: this.now() }),
    )
  }

  /** Deletes a draft started by mistake. Finalised assessments are clinical records and stay. */
  discardDraft(id: string): void {
    const current = this.get(id)
    if (current.status !== 'draft')
      throw new AppError('conflict', 'A finalised assessment cannot be deleted.')
    this.remove.run(id)
  }

  /** Applies a workflow rule to the stored record in one transaction, and stores the result. */
  private change(
    id: string,
    rule: (current: Assessment, patient: Patient) => Assessment,
  ): Assessment {
    return this.db.transaction(() => {
      const current = this.get(id)
      const next = rule(current, this.patients.get(current.patientId))
      return next === current ? current : this.store(next)
    })()
  }

  /** Validates a record once, on its way in, and writes it. */
  private store(next: Assessment): Assessment {
    const valid = assessmentSchema.parse(next)
    this.write.run(this.params(valid))
    return valid
  }

  private fromRow(row: AssessmentRow): Assessment {
    return upgradeAssessment(JSON.parse(row.document))
  }

  private params(a: Assessment) {
    const summary = summaryOf(a)
    return {
      workingDiagnosis: summary.workingDiagnosis ?? null,
      summary: JSON.stringify(summary),
      // Written with today's summary: the derived-data step leaves the row alone.
      derivedVersion: SUMMARY_VERSION,
      id: a.id,
      patientId: a.patientId,
      date: a.date,
      type: a.type,
      status: a.status,
      schemaVersion: a.schemaVersion,
      revision: a.revision,
      document: JSON.stringify(a),
      createdAt: a.createdAt,
      updatedAt: a.updatedAt,
      finalisedAt: a.finalisedAt ?? null,
    }
  }
}
