import type { Database, Statement } from 'better-sqlite3'
import { randomUUID } from 'node:crypto'
import type { DraftSaved } from '../../shared/api/contract'
import {
  assessmentSchema,
  type Assessment,
  type AssessmentDraft,
  type AssessmentType,
} from '../../shared/model/assessment/assessment'
import type { AssessmentSummary } from '../../shared/model/assessment/assessmentSummary'
import type { MedicalClearanceInput } from '../../shared/model/assessment/medicalClearance'
import type { PlanSource } from '../../shared/model/assessment/plan'
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
import { assessmentRowOf, type AssessmentRowParams } from './assessmentRow'
import type { Authored } from './authored'
import type { PatientRepository } from './patientRepository'
import { readStoredAssessment, type StoredAssessmentRow } from './storedRecords'

interface AssessmentRow {
  id: string
  patient_id: string
  date: string
  type: AssessmentType
  status: Assessment['status']
  schema_version: number
  revision: number
  document: string
  created_at: string
  updated_at: string
  finalised_at: string | null
}

export class AssessmentRepository {
  private readonly insert: Statement
  private readonly write: Statement
  private readonly overwriteDraft: Statement<Authored<AssessmentRowParams>>
  private readonly byId: Statement<[string], AssessmentRow>
  private readonly remove: Statement<[string]>
  private readonly dropCopies: Statement<[string, number]>
  private readonly summariesByPatient: Statement<[string], string>
  private readonly latestFinalised: Statement<[string], StoredAssessmentRow>
  private readonly latest: Statement<[string], StoredAssessmentRow>
  private readonly historyRows: Statement<[string], StoredAssessmentRow>

  constructor(
    private readonly db: Database,
    private readonly patients: PatientRepository,
    private readonly now: () => Date = () => new Date(),
    /** The signed-in clinician's id, stamped on every write (created_by, updated_by). */
    private readonly author: () => string | undefined = () => undefined,
  ) {
    this.insert = db.prepare(`
      INSERT INTO assessments (id, patient_id, date, type, status, schema_version, revision,
                               document, created_at, updated_at, finalised_at,
                               working_diagnosis, summary, derived_version, created_by, updated_by)
      VALUES (@id, @patientId, @date, @type, @status, @schemaVersion, @revision,
              @document, @createdAt, @updatedAt, @finalisedAt, @workingDiagnosis, @summary,
              @derivedVersion, @author, @author)`)
    this.write = db.prepare(`
      UPDATE assessments SET date = @date, status = @status, schema_version = @schemaVersion,
        revision = @revision, document = @document, updated_at = @updatedAt,
        finalised_at = @finalisedAt, working_diagnosis = @workingDiagnosis, summary = @summary,
        derived_version = @derivedVersion, updated_by = @author
      WHERE id = @id`)
    // An import overwrites only a draft of the same patient: a finalised record is never
    // rewritten, and a record never moves to another patient.
    this.overwriteDraft = db.prepare(`
      UPDATE assessments SET date = @date, type = @type, status = @status,
        schema_version = @schemaVersion, revision = @revision, document = @document,
        created_at = @createdAt, updated_at = @updatedAt, finalised_at = @finalisedAt,
        working_diagnosis = @workingDiagnosis, summary = @summary,
        derived_version = @derivedVersion, updated_by = @author
      WHERE id = @id AND patient_id = @patientId AND status = 'draft'`)
    this.byId = db.prepare('SELECT * FROM assessments WHERE id = ?')
    this.remove = db.prepare("DELETE FROM assessments WHERE id = ? AND status = 'draft'")
    this.dropCopies = db.prepare(
      'DELETE FROM draft_copies WHERE assessment_id = ? AND revision <= ?',
    )
    this.summariesByPatient = db
      .prepare<[string], string>(
        'SELECT summary FROM assessments WHERE patient_id = ? ORDER BY date DESC, created_at DESC',
      )
      .pluck()
    // The follow-up's previous visit: the latest finalised, or else the latest. Both walk
    // assessments_by_patient from its newest entry and stop at the first row that fits, so the
    // cost does not grow with the patient's visits (only drafts newer than it are stepped over,
    // on their table row's status, never their document).
    this.latestFinalised = db.prepare(`
      SELECT id, schema_version, document FROM assessments
      WHERE patient_id = ? AND status = 'finalised'
      ORDER BY date DESC, created_at DESC LIMIT 1`)
    this.latest = db.prepare(`
      SELECT id, schema_version, document FROM assessments
      WHERE patient_id = ? ORDER BY date DESC, created_at DESC LIMIT 1`)
    this.historyRows = db.prepare(`
      SELECT id, schema_version, document FROM assessments
      WHERE patient_id = ? ORDER BY date, created_at`)
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
      // Only a follow-up starts from an earlier visit; an initial assessment reads none.
      const previousRow =
        input.type === 'follow-up'
          ? (this.latestFinalised.get(input.patientId) ?? this.latest.get(input.patientId))
          : undefined
      const assessment = assessmentSchema.parse(
        startAssessment(
          { id: randomUUID(), ...input },
          previousRow ? readStoredAssessment(previousRow) : undefined,
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
    this.writeImported(assessmentRowOf(valid), this.byId.get(valid.id) !== undefined)
  }

  /**
   * Writes a row an import prepared from a validated record (assessmentRow.ts): a new
   * assessment, or a newer copy of a draft of the same patient. Refuses, rather than overwrite,
   * a finalised record or one of another patient.
   */
  writeImported(row: AssessmentRowParams, replacing: boolean): void {
    const authored = { ...row, author: this.author() ?? null }
    if (!replacing) {
      this.insert.run(authored)
      return
    }
    if (this.overwriteDraft.run(authored).changes !== 1) {
      throw new AppError(
        'conflict',
        'An import may only update a draft of the same patient; finalised records are kept.',
      )
    }
  }

  /** A patient's assessments in full, oldest first. */
  historyOf(patientId: string): Assessment[] {
    this.patients.get(patientId)
    return this.historyRows.all(patientId).map(readStoredAssessment)
  }

  /**
   * Autosave (workflow/drafts.ts): a late, superseded save is reported stale and changes nothing.
   * The write-ahead copies it stores the changes of are dropped with it (draftCopyRepository.ts).
   */
  saveDraft(draft: AssessmentDraft): DraftSaved {
    return this.db.transaction(() => {
      const current = this.get(draft.id)
      const saved = saveDraft(current, draft, this.now())
      if ('stale' in saved) {
        return { revision: current.revision, updatedAt: current.updatedAt, stale: true }
      }
      const next = this.store(saved.next)
      this.dropCopies.run(next.id, next.revision)
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
    this.db.transaction(() => {
      this.dropCopies.run(id, Number.MAX_SAFE_INTEGER)
      this.remove.run(id)
    })()
  }

  /** Applies a workflow rule to the stored record in one transaction, and stores the result. */
  private change(
    id: string,
    rule: (current: Assessment, patient: Patient) => Assessment,
  ): Assessment {
    return this.db.transaction(() => {
      const current = this.get(id)
      const next = rule(current, this.patients.get(current.patientId))
      if (next === current) return current
      const stored = this.store(next)
      // A finalised record takes no more typing: its write-ahead copy, if any, goes.
      this.dropCopies.run(
        id,
        stored.status === 'finalised' ? Number.MAX_SAFE_INTEGER : stored.revision,
      )
      return stored
    })()
  }

  /** Validates a record once, on its way in, and writes it. */
  private store(next: Assessment): Assessment {
    const valid = assessmentSchema.parse(next)
    this.write.run(this.params(valid))
    return valid
  }

  /** Trusted when of this app's version, upgraded and validated when older (storedRecords.ts). */
  private fromRow(row: AssessmentRow): Assessment {
    return readStoredAssessment(row)
  }

  /** A row with the signed-in clinician as its author. */
  private params(a: Assessment) {
    return { ...assessmentRowOf(a), author: this.author() ?? null }
  }
}
