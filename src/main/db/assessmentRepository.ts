import type { Database, Statement } from 'better-sqlite3'
import { randomUUID } from 'node:crypto'
import type { DraftSaved } from '../../shared/api/contract'
import {
  ASSESSMENT_SCHEMA_VERSION,
  assessmentSchema,
  type Assessment,
  type AssessmentDraft,
  type AssessmentType,
} from '../../shared/model/assessment/assessment'
import { emptySections, followUpSections } from '../../shared/model/assessment/newAssessment'
import { summaryOf, type AssessmentSummary } from '../../shared/model/assessment/assessmentSummary'
import { pruneEmpty } from '../../shared/model/assessment/pruneEmpty'
import { missingItems } from '../../shared/model/assessment/requiredItems'
import { upgradeAssessment } from '../../shared/model/assessment/upgradeAssessment'
import { generatePlan } from '../../shared/clinical/plan/generatePlan'
import { proposalOf, reasoningInputOf } from '../../shared/clinical/reasoning/assessmentReasoning'
import { topEntryIds } from '../../shared/clinical/reasoning/differentialEntries'
import { findingsOf, reason } from '../../shared/clinical/reasoning/engine'
import type { PlanSource, TreatmentPlan } from '../../shared/model/assessment/plan'
import type { ConfirmedDiagnosis } from '../../shared/model/assessment/workingDiagnosis'
import { AppError, notFound } from '../errors'
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
  ) {
    this.insert = db.prepare(`
            INSERT INTO assessments (id, patient_id, date, type, status, schema_version, revision,
                               document, created_at, updated_at, finalised_at,
                               working_diagnosis, summary)
      VALUES (@id, @patientId, @date, @type, @status, @schemaVersion, @revision,
              @document, @createdAt, @updatedAt, @finalisedAt, @workingDiagnosis, @summary)`)
    this.write = db.prepare(`
      UPDATE assessments SET date = @date, status = @status, schema_version = @schemaVersion,
        revision = @revision, document = @document, updated_at = @updatedAt,
        finalised_at = @finalisedAt, working_diagnosis = @workingDiagnosis, summary = @summary
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
   * Starts an assessment. A follow-up is built from the patient's latest assessment (finalised
   * if there is one) and remembers which one.
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
      if (input.type === 'follow-up' && !previousRow) {
        throw new AppError('conflict', 'A follow-up needs an earlier assessment of this patient.', [
          { path: ['type'], message: 'No earlier assessment to follow up' },
        ])
      }
      const previous =
        input.type === 'follow-up' && previousRow ? this.fromRow(previousRow) : undefined
      const now = new Date().toISOString()
      const assessment = assessmentSchema.parse({
        schemaVersion: ASSESSMENT_SCHEMA_VERSION,
        id: randomUUID(),
        patientId: input.patientId,
        type: input.type,
        status: 'draft',
        ...(previous ? { previousAssessmentId: previous.id } : {}),
        date: input.date,
        ...(input.clinicianName ? { clinicianName: input.clinicianName } : {}),
        ...(previous ? followUpSections(previous) : emptySections()),
        revision: 0,
        createdAt: now,
        updatedAt: now,
        addenda: [],
      })
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

  /**
   * Autosave. Saves arrive in order of `revision`; one that is not newer than what is stored
   * (a late, superseded save) is ignored rather than allowed to overwrite newer typing.
   */
  saveDraft(draft: AssessmentDraft): DraftSaved {
    return this.db.transaction(() => {
      const current = this.get(draft.id)
      if (current.status !== 'draft') {
        throw new AppError(
          'conflict',
          'This assessment is finalised and can no longer be edited; add an addendum instead.',
        )
      }
      if (draft.revision <= current.revision) {
        return { revision: current.revision, updatedAt: current.updatedAt, stale: true }
      }
      const { id: _id, ...editable } = draft
      const next = assessmentSchema.parse({
        ...current,
        ...pruneEmpty(editable),
        updatedAt: new Date().toISOString(),
      })
      this.write.run(this.params(next))
      return { revision: next.revision, updatedAt: next.updatedAt, stale: false }
    })()
  }

  /** Locks the assessment, or lists exactly which required items are still missing. */
  finalise(id: string): Assessment {
    return this.db.transaction(() => {
      const current = this.get(id)
      if (current.status === 'finalised') return current
      const patient = this.patients.get(current.patientId)
      const missing = missingItems(current, { sex: patient.sex })
      if (missing.length > 0) {
        throw new AppError(
          'invalid-input',
          `${missing.length} required ${missing.length === 1 ? 'item is' : 'items are'} not recorded yet.`,
          missing.map((item) => ({ path: item.path.split('.'), message: item.label })),
        )
      }
      const now = new Date().toISOString()
      const finalised = assessmentSchema.parse({
        ...current,
        status: 'finalised',
        finalisedAt: now,
        updatedAt: now,
        reasoningAtFinalise: proposalOf(reason(reasoningInputOf(current, patient))),
      })
      this.write.run(this.params(finalised))
      return finalised
    })()
  }

  /**
   * Records the clinician's working diagnosis with the engine's proposal at this moment, and
   * proposes a treatment plan from it (replacing an existing plan only when asked to, or carrying
   * on the previous visit's). Choosing outside the top three suggestions, or a free-text
   * diagnosis, needs a reason.
   */
  confirmDiagnosis(
    id: string,
    input: { confirmed: ConfirmedDiagnosis[]; reason?: string; plan?: PlanSource },
  ): Assessment {
    return this.db.transaction(() => {
      const current = this.get(id)
      if (current.status !== 'draft') {
        throw new AppError('conflict', 'This assessment is finalised; add an addendum instead.')
      }
      const patient = this.patients.get(current.patientId)
      const reasoningInput = reasoningInputOf(current, patient)
      const result = reason(reasoningInput)
      // The top three entries: a group (GTPS) counts once, its nested member included.
      const topThree: string[] = topEntryIds(result.differential, 3)
      const overrides = input.confirmed.some(
        (d) => !('conditionId' in d) || !topThree.includes(d.conditionId),
      )
      if (overrides && !input.reason) {
        throw new AppError(
          'invalid-input',
          'Say why you chose a diagnosis other than the suggestions.',
          [{ path: ['reason'], message: 'Say why you chose differently from the top suggestions' }],
        )
      }
      const now = new Date()
      const source = input.plan ?? 'keep'
      const plan =
        source === 'previous-visit'
          ? this.carriedOnPlan(current, result.redFlags.length > 0, now)
          : current.plan && source === 'keep'
            ? current.plan
            : generatePlan({
                diagnoses: input.confirmed.map((d) =>
                  'conditionId' in d ? d.conditionId : d.freeText,
                ),
                redFlags: result.redFlags,
                findings: findingsOf(reasoningInput),
                date: current.date,
                now,
              })
      const next = assessmentSchema.parse({
        ...current,
        workingDiagnosis: {
          confirmed: input.confirmed,
          ...(input.reason ? { reason: input.reason } : {}),
          confirmedAt: now.toISOString(),
          proposal: proposalOf(result),
        },
        plan,
        revision: current.revision + 1,
        updatedAt: now.toISOString(),
      })
      this.write.run(this.params(next))
      return next
    })()
  }

  /**
   * The previous visit's plan, to carry on at a follow-up: its edits and current phase kept, its
   * review date dropped (that was this visit). Refused when today's findings raise a red flag,
   * because a fresh proposal puts the referral first.
   */
  private carriedOnPlan(current: Assessment, redFlagToday: boolean, now: Date): TreatmentPlan {
    const previous = current.previousAssessmentId
      ? this.get(current.previousAssessmentId)
      : undefined
    if (!previous?.plan) {
      throw new AppError('conflict', 'There is no plan from a previous visit to carry on.')
    }
    if (redFlagToday) {
      throw new AppError(
        'conflict',
        "Today's findings raise a red flag: propose a new plan so that the referral comes first.",
      )
    }
    const { reviewDate: _lastVisitsReview, ...plan } = previous.plan
    return { ...plan, generatedAt: now.toISOString(), carriedOnFrom: previous.date }
  }

  /** The only change a finalised assessment accepts: a dated note appended to it. */
  addAddendum(id: string, text: string): Assessment {
    return this.db.transaction(() => {
      const current = this.get(id)
      if (current.status !== 'finalised') {
        throw new AppError(
          'conflict',
          'Addenda are for finalised assessments; a draft can simply be edited.',
        )
      }
      const now = new Date().toISOString()
      const next = assessmentSchema.parse({
        ...current,
        addenda: [...current.addenda, { at: now, text }],
        updatedAt: now,
      })
      this.write.run(this.params(next))
      return next
    })()
  }

  /** Deletes a draft started by mistake. Finalised assessments are clinical records and stay. */
  discardDraft(id: string): void {
    const current = this.get(id)
    if (current.status !== 'draft')
      throw new AppError('conflict', 'A finalised assessment cannot be deleted.')
    this.remove.run(id)
  }

  private fromRow(row: AssessmentRow): Assessment {
    return upgradeAssessment(JSON.parse(row.document))
  }

  private params(a: Assessment) {
    const summary = summaryOf(a)
    return {
      workingDiagnosis: summary.workingDiagnosis ?? null,
      summary: JSON.stringify(summary),
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
