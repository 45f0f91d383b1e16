import type { Database, Statement } from 'better-sqlite3'
import { randomUUID } from 'node:crypto'
import type { DraftSaved } from '../../shared/api/contract'
import {
  assessmentSchema,
  type Addendum,
  type Assessment,
  type AssessmentDraft,
  type AssessmentType,
} from '../../shared/model/assessment/assessment'
import { summaryOf, type AssessmentSummary } from '../../shared/model/assessment/assessmentSummary'
import type { MedicalClearanceInput } from '../../shared/model/assessment/medicalClearance'
import type { PlanSource } from '../../shared/model/assessment/plan'
import type { PlanProgression } from '../../shared/model/assessment/followUp'
import type { Signer } from '../../shared/model/assessment/signature'
import type { ConfirmDiagnosisInput } from '../../shared/model/assessment/workingDiagnosis'
import type { RedFlagId } from '../../shared/clinical/conditions/conditionIds'
import { checkRecord } from '../../shared/signing/recordSignature'
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
import { AuditTrail } from '../audit/auditTrail'
import { sha256 } from '../audit/sha256'
import { AppError, notFound } from '../errors'
import type { Patient } from '../../shared/model/patient'
import { toAddendum, type AddendumRow } from './addendumRow'
import { assessmentRowOf, documentOf, type AssessmentRowParams } from './assessmentRow'
import type { Authored } from './authored'
import { SUMMARY_VERSION } from './derived/derivedData'
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
  deleted_at: string | null
}

/** Autosaves of one draft by one clinician within this long are one audit entry. */
export const AUTOSAVE_AUDIT_WINDOW_MS = 5 * 60_000

const deletedDraft = () => new AppError('not-found', 'This draft assessment was deleted.')

/**
 * Assessments, stored by the rules of src/shared/workflow. Every write runs in one IMMEDIATE
 * transaction with its audit entry: the write lock is taken before the record is read, so a
 * change, its audit entry and the chain it continues are decided on what is really stored (a
 * second connection, a test's or a tool's, cannot slip a write in between).
 */
export class AssessmentRepository {
  private readonly insert: Statement
  private readonly write: Statement
  private readonly writeDerived: Statement
  private readonly overwriteDraft: Statement<Authored<AssessmentRowParams>>
  private readonly byId: Statement<[string], AssessmentRow>
  private readonly latestFinalised: Statement<[string], StoredAssessmentRow>
  private readonly latest: Statement<[string], StoredAssessmentRow>
  private readonly historyRows: Statement<[string], StoredAssessmentRow>
  private readonly markDeleted: Statement
  private readonly dropCopies: Statement<[string, number]>
  private readonly summariesByPatient: Statement<[string], string>
  private readonly addendaOf: Statement<[string], AddendumRow>
  private readonly insertAddendum: Statement
  private readonly clinicianById: Statement<
    [string],
    { id: string; name: string; registration_number: string | null }
  >

  constructor(
    private readonly db: Database,
    private readonly patients: PatientRepository,
    private readonly now: () => Date = () => new Date(),
    /** The signed-in clinician's id, stamped on every write (created_by, updated_by). */
    private readonly author: () => string | undefined = () => undefined,
    /** Where every write is recorded, in the write's own transaction. */
    private readonly audit: AuditTrail = new AuditTrail(db, { now, author }),
  ) {
    this.insert = db.prepare(`
      INSERT INTO assessments (id, patient_id, date, type, status, schema_version, revision,
                               document, created_at, updated_at, finalised_at,
                               working_diagnosis, summary, derived_version, created_by,
                               updated_by, signature, signed_at, signed_by, review_date)
      VALUES (@id, @patientId, @date, @type, @status, @schemaVersion, @revision,
              @document, @createdAt, @updatedAt, @finalisedAt, @workingDiagnosis, @summary,
              @derivedVersion, @author, @author, @signature, @signedAt, @signedBy, @reviewDate)`)
    this.write = db.prepare(`
      UPDATE assessments SET date = @date, status = @status, schema_version = @schemaVersion,
        revision = @revision, document = @document, updated_at = @updatedAt,
        finalised_at = @finalisedAt, working_diagnosis = @workingDiagnosis, summary = @summary,
        derived_version = @derivedVersion, updated_by = @author, signature = @signature,
        signed_at = @signedAt, signed_by = @signedBy, review_date = @reviewDate
      WHERE id = @id`)
    // What may change on a signed record (migration 9's trigger): derived columns and who wrote
    // the last addendum, when.
    this.writeDerived = db.prepare(`
      UPDATE assessments SET working_diagnosis = @workingDiagnosis, summary = @summary,
        review_date = @reviewDate, derived_version = ${SUMMARY_VERSION}, updated_at = @updatedAt,
        updated_by = @author
      WHERE id = @id`)
    // An import overwrites only a draft of the same patient, not deleted: a finalised record is
    // never rewritten, and a record never moves to another patient.
    this.overwriteDraft = db.prepare(`
      UPDATE assessments SET date = @date, type = @type, status = @status,
        schema_version = @schemaVersion, revision = @revision, document = @document,
        created_at = @createdAt, updated_at = @updatedAt, finalised_at = @finalisedAt,
        working_diagnosis = @workingDiagnosis, summary = @summary,
        derived_version = @derivedVersion, updated_by = @author, signature = @signature,
        signed_at = @signedAt, signed_by = @signedBy, review_date = @reviewDate
      WHERE id = @id AND patient_id = @patientId AND status = 'draft' AND deleted_at IS NULL`)
    this.byId = db.prepare('SELECT * FROM assessments WHERE id = ?')
    // The follow-up's previous visit: the latest finalised, or else the latest. Both walk
    // assessments_by_patient from its newest entry and stop at the first row that fits, so the
    // cost does not grow with the patient's visits (only drafts newer than it are stepped over,
    // on their table row's status, never their document).
    this.latestFinalised = db.prepare(`
      SELECT id, schema_version, document FROM assessments
      WHERE patient_id = ? AND status = 'finalised' AND deleted_at IS NULL
      ORDER BY date DESC, created_at DESC LIMIT 1`)
    this.latest = db.prepare(`
      SELECT id, schema_version, document FROM assessments
      WHERE patient_id = ? AND deleted_at IS NULL ORDER BY date DESC, created_at DESC LIMIT 1`)
    this.historyRows = db.prepare(`
      SELECT id, schema_version, document FROM assessments
      WHERE patient_id = ? AND deleted_at IS NULL ORDER BY date, created_at`)
    this.markDeleted = db.prepare(`
      UPDATE assessments SET deleted_at = @at, deleted_by = @author, delete_reason = @reason
      WHERE id = @id AND status = 'draft' AND deleted_at IS NULL`)
    this.dropCopies = db.prepare(
      'DELETE FROM draft_copies WHERE assessment_id = ? AND revision <= ?',
    )
    this.summariesByPatient = db
      .prepare<[string], string>(
        `SELECT summary FROM assessments WHERE patient_id = ? AND deleted_at IS NULL
         ORDER BY date DESC, created_at DESC`,
      )
      .pluck()
    this.addendaOf = db.prepare('SELECT * FROM addenda WHERE assessment_id = ? ORDER BY position')
    this.insertAddendum = db.prepare(`
      INSERT INTO addenda (id, assessment_id, position, at, author_id, author_name,
                           author_registration, text, revised, sha256, follows)
      VALUES (@id, @assessmentId, @position, @at, @authorId, @authorName, @authorRegistration,
              @text, @revised, @sha256, @follows)`)
    this.clinicianById = db.prepare(
      'SELECT id, name, registration_number FROM clinicians WHERE id = ?',
    )
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
    return this.db
      .transaction(() => {
        this.patients.get(input.patientId)
        // Only a follow-up starts from an earlier visit; an initial assessment reads none.
        const previousRow =
          input.type === 'follow-up'
            ? (this.latestFinalised.get(input.patientId) ?? this.latest.get(input.patientId))
            : undefined
        const assessment = assessmentSchema.parse(
          startAssessment(
            { id: randomUUID(), ...input },
            previousRow ? this.fromRow(previousRow) : undefined,
            this.now(),
          ),
        )
        this.insert.run(this.params(assessment))
        this.audit.record({
          action: 'create',
          recordType: 'assessment',
          recordId: assessment.id,
          detail: input.type === 'follow-up' ? 'follow-up started' : 'initial assessment started',
        })
        return assessment
      })
      .immediate()
  }

  get(id: string): Assessment {
    const row = this.byId.get(id)
    if (!row) throw notFound('The assessment')
    if (row.deleted_at !== null) throw deletedDraft()
    return this.fromRow(row)
  }

  listForPatient(patientId: string): AssessmentSummary[] {
    this.patients.get(patientId)
    return this.summariesByPatient
      .all(patientId)
      .map((summary) => JSON.parse(summary) as AssessmentSummary)
  }

  /** The stored version of an assessment, if any (deleted drafts included). */
  storedStateOf(id: string):
    | {
        status: Assessment['status']
        updatedAt: string
        patientId: string
        deleted: boolean
      }
    | undefined {
    const row = this.byId.get(id)
    return row
      ? {
          status: row.status,
          updatedAt: row.updated_at,
          patientId: row.patient_id,
          deleted: row.deleted_at !== null,
        }
      : undefined
  }

  /**
   * Stores an assessment as it comes from an export file (ids, timestamps, status, signature and
   * addenda kept); `signedDocument` is a signed record as the file states it, checked first.
   */
  importRecord(assessment: Assessment, signedDocument?: object): void {
    const valid = assessmentSchema.parse(assessment)
    this.writeImported(
      assessmentRowOf(valid, signedDocument),
      this.byId.get(valid.id) !== undefined,
      valid.addenda,
    )
  }

  /**
   * Writes a row an import prepared from a validated record (assessmentRow.ts), with its addenda:
   * a new assessment, or a newer copy of a draft of the same patient. Refuses, rather than
   * overwrite, a finalised record, a deleted one or one of another patient.
   */
  writeImported(row: AssessmentRowParams, replacing: boolean, addenda: Addendum[] = []): void {
    const authored = { ...row, author: this.author() ?? null }
    if (!replacing) this.insert.run(authored)
    else if (this.overwriteDraft.run(authored).changes !== 1)
      throw new AppError(
        'conflict',
        'An import may only update a draft of the same patient; finalised records are kept.',
      )
    addenda.forEach((addendum, position) => this.storeAddendum(row.id, position, addendum))
    this.audit.record({
      action: 'import',
      recordType: 'assessment',
      recordId: row.id,
      detail: replacing ? 'updated from an export file' : 'added from an export file',
    })
  }

  /** A patient's assessments in full, oldest first. */
  historyOf(patientId: string): Assessment[] {
    this.patients.get(patientId)
    return this.historyRows.all(patientId).map((row) => this.fromRow(row))
  }

  /**
   * Autosave (workflow/drafts.ts): a late, superseded save is reported stale and changes nothing.
   * The audit trail lists a stretch of typing as one entry: a save is not listed again when the
   * latest entry about this draft is this clinician's autosave of less than five minutes ago.
   */
  saveDraft(draft: AssessmentDraft): DraftSaved {
    return this.db
      .transaction(() => {
        const current = this.get(draft.id)
        const saved = saveDraft(current, draft, this.now())
        if ('stale' in saved) {
          return { revision: current.revision, updatedAt: current.updatedAt, stale: true }
        }
        const next = this.store(saved.next)
        // The write-ahead copies this save stores the changes of go with it
        // (draftCopyRepository.ts).
        this.dropCopies.run(next.id, next.revision)
        this.audit.recordUnlessRepeated(
          {
            action: 'update',
            recordType: 'assessment',
            recordId: draft.id,
            detail: 'autosave (further saves within 5 minutes not listed)',
          },
          AUTOSAVE_AUDIT_WINDOW_MS,
          { onlyIfLatest: true },
        )
        return { revision: next.revision, updatedAt: next.updatedAt, stale: false }
      })
      .immediate()
  }

  /**
   * Locks and signs the assessment (workflow/finalise.ts), or lists exactly which required items
   * and decisions are missing. The signer is the signed-in clinician as the clinicians table has
   * them now.
   */
  finalise(id: string): Assessment {
    return this.db
      .transaction(() => {
        const current = this.get(id)
        if (current.status === 'finalised') return current
        const patient = this.patients.get(current.patientId)
        const signed = finaliseAssessment(current, patient, this.now(), {
          signer: this.signer(),
          sha256,
        })
        const stored = this.store(signed)
        // A finalised record takes no more typing: its write-ahead copy, if any, goes.
        this.dropCopies.run(id, Number.MAX_SAFE_INTEGER)
        // The stored text is what a check will read: it must verify, or nothing is stored.
        if (checkRecord(JSON.parse(documentOf(stored)), sha256).kind !== 'valid') {
          throw new Error('The signed record does not verify as stored')
        }
        this.audit.record({
          action: 'sign',
          recordType: 'assessment',
          recordId: id,
          detail: `finalised and signed; SHA-256 ${stored.signature!.sha256}`,
        })
        return stored
      })
      .immediate()
  }

  /** Records the working diagnosis (or its deferral) and the plan (workflow/decisions.ts). */
  confirmDiagnosis(
    id: string,
    input: ConfirmDiagnosisInput & { plan?: PlanSource; progression?: PlanProgression },
  ): Assessment {
    return this.change(
      id,
      (current, patient) =>
        confirmWorkingDiagnosis(current, input, {
          patient,
          previous: current.previousAssessmentId
            ? this.get(current.previousAssessmentId)
            : undefined,
          now: this.now(),
        }),
      input.confirmed.length > 0 ? 'working diagnosis confirmed' : 'working diagnosis deferred',
    )
  }

  /** The patient was referred for a red flag and gets no plan at this visit (or not any more). */
  referWithoutPlan(id: string, referred: boolean): Assessment {
    return this.change(
      id,
      (current, patient) => referWithoutPlan(current, referred, { patient, now: this.now() }),
      referred ? 'referred without a plan' : 'referral without a plan withdrawn',
    )
  }

  recordClearance(id: string, clearance: MedicalClearanceInput): Assessment {
    return this.change(
      id,
      (current, patient) => recordClearance(current, clearance, { patient, now: this.now() }),
      "doctor's clearance recorded",
    )
  }

  removeClearance(id: string, redFlag: RedFlagId): Assessment {
    return this.change(
      id,
      (current) => removeClearance(current, redFlag, this.now()),
      "doctor's clearance withdrawn",
    )
  }

  /**
   * The only change a finalised assessment accepts: a dated note by its author, perhaps revising
   * a decision. It is a new row of `addenda`; the signed row keeps its content, and only its
   * derived columns (the timeline's summary) follow the revised decision.
   */
  addAddendum(id: string, text: string, revise?: Revision): Assessment {
    return this.db
      .transaction(() => {
        const current = this.get(id)
        const next = addAddendum(
          current,
          { text, ...(revise ? { revise } : {}) },
          {
            patient: this.patients.get(current.patientId),
            now: this.now(),
            author: this.signer(),
            id: randomUUID(),
            sha256,
          },
        )
        const valid = assessmentSchema.parse(next)
        const addendum = valid.addenda.at(-1)!
        this.storeAddendum(id, valid.addenda.length - 1, addendum)
        const summary = summaryOf(valid)
        this.writeDerived.run({
          id,
          workingDiagnosis: summary.workingDiagnosis ?? null,
          reviewDate: summary.reviewDate ?? null,
          summary: JSON.stringify(summary),
          updatedAt: addendum.at,
          author: this.author() ?? null,
        })
        const revised = Object.keys(addendum.revised ?? {})
        this.audit.record({
          action: 'addendum',
          recordType: 'assessment',
          recordId: id,
          detail: [
            `addendum ${valid.addenda.length}`,
            ...(revised.length > 0 ? [`revises: ${revised.join(', ')}`] : []),
            ...(addendum.sha256 ? [`SHA-256 ${addendum.sha256}`] : []),
          ].join('; '),
        })
        return valid
      })
      .immediate()
  }

  /**
   * Deletes a draft started by mistake, softly: it leaves the lists but stays in the file with
   * who deleted it, when and why. A finalised (signed) assessment is a clinical record and stays.
   */
  deleteDraft(id: string, reason: string): void {
    this.db
      .transaction(() => {
        const current = this.get(id)
        if (current.status !== 'draft')
          throw new AppError('conflict', 'A finalised assessment cannot be deleted.')
        this.markDeleted.run({
          id,
          at: this.now().toISOString(),
          author: this.author() ?? null,
          reason,
        })
        // What was being typed into it goes now: a deleted draft is kept as it was saved.
        this.dropCopies.run(id, Number.MAX_SAFE_INTEGER)
        this.audit.record({
          action: 'delete',
          recordType: 'assessment',
          recordId: id,
          detail: 'draft marked deleted; reason kept with the record',
        })
      })
      .immediate()
  }

  /** The signed-in clinician as a signature names them, or undefined when nobody is. */
  private signer(): Signer | undefined {
    const id = this.author()
    const row = id ? this.clinicianById.get(id) : undefined
    if (!row) return undefined
    return {
      id: row.id,
      name: row.name,
      ...(row.registration_number ? { registrationNumber: row.registration_number } : {}),
    }
  }

  /** Applies a workflow rule to the stored record in one transaction, stores and records it. */
  private change(
    id: string,
    rule: (current: Assessment, patient: Patient) => Assessment,
    detail: string,
  ): Assessment {
    return this.db
      .transaction(() => {
        const current = this.get(id)
        const next = rule(current, this.patients.get(current.patientId))
        if (next === current) return current
        const stored = this.store(next)
        this.dropCopies.run(id, stored.revision)
        this.audit.record({ action: 'update', recordType: 'assessment', recordId: id, detail })
        return stored
      })
      .immediate()
  }

  /** Validates a record once, on its way in, and writes it. */
  private store(next: Assessment): Assessment {
    const valid = assessmentSchema.parse(next)
    this.write.run(this.params(valid))
    return valid
  }

  private storeAddendum(assessmentId: string, position: number, a: Addendum) {
    this.insertAddendum.run({
      id: a.id ?? randomUUID(),
      assessmentId,
      position,
      at: a.at,
      authorId: a.author?.id ?? null,
      authorName: a.author?.name ?? null,
      authorRegistration: a.author?.registrationNumber ?? null,
      text: a.text,
      revised: a.revised ? JSON.stringify(a.revised) : null,
      sha256: a.sha256 ?? null,
      follows: a.follows ?? null,
    })
  }

  /**
   * The record as the app reads it: its stored document with its addenda (their own rows),
   * trusted when of this app's version, upgraded and validated when older (storedRecords.ts).
   */
  private fromRow(row: StoredAssessmentRow): Assessment {
    return readStoredAssessment(row, this.addendaOf.all(row.id).map(toAddendum))
  }

  /** A row with the signed-in clinician as its author. */
  private params(a: Assessment) {
    return { ...assessmentRowOf(a), author: this.author() ?? null }
  }
}
