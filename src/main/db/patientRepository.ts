import type { Database, Statement } from 'better-sqlite3'
import { randomUUID } from 'node:crypto'
import type {
  PatientCursor,
  PatientMatch,
  PatientSearchResult,
  PatientStanding,
} from '../../shared/api/contract'
import { foldedFullName, type PersonKey } from '../../shared/workflow/caseload'
import { foldForSearch } from '../../shared/text/foldForSearch'
import { patientSchema, type Patient, type PatientFields } from '../../shared/model/patient'
import {
  demographicFieldLabels,
  type DemographicField,
} from '../../shared/model/patientDemographics'
import { canonicalJson } from '../../shared/signing/canonicalJson'
import { AuditTrail } from '../audit/auditTrail'
import { AppError, notFound } from '../errors'
import type { Authored } from './authored'
import { PatientListOrder } from './patientListOrder'
import { patientRowOf, type PatientRowParams } from './patientRow'
import { caseloadOf, DEFAULT_PAGE, PatientSearch } from './patientSearch'
import { readStoredPatient } from './storedRecords'

interface PatientRow {
  id: string
  given_name: string
  family_name: string
  date_of_birth: string
  sex: string
  record_number: string | null
  search_name: string
  created_at: string
  updated_at: string
  document: string
  deleted_at: string | null
  archived_at: string | null
  last_visit: string | null
  working_diagnosis: string | null
  next_review: string | null
  open_drafts: number
}

interface DuplicateRow {
  id: string
  given_name: string
  family_name: string
  date_of_birth: string
  record_number: string | null
  archived_at: string | null
  last_visit: string | null
}

/** The names of the fields that differ, for the audit trail (the names only, never the values). */
function changedFieldNames(before: PatientFields, after: PatientFields): string[] {
  const labels: Record<string, string> = { ...demographicFieldLabels, notes: 'notes' }
  return Object.keys(labels)
    .filter(
      (field) =>
        canonicalJson(before[field as DemographicField] ?? null) !==
        canonicalJson(after[field as DemographicField] ?? null),
    )
    .map((field) => labels[field]!)
}

/** A deleted patient is kept in the file but is not found: not listed, searched or opened. */
export const deletedPatient = () => new AppError('not-found', 'This patient’s record was deleted.')

/** Drops empty optional values so the stored record says "not given" rather than "". */
function withoutBlanks(fields: PatientFields): PatientFields {
  return Object.fromEntries(
    Object.entries(fields).filter(([, v]) => v !== undefined && v !== ''),
  ) as PatientFields
}

export class PatientRepository {
  private readonly insert: Statement
  private readonly replace: Statement
  private readonly byId: Statement<[string], PatientRow>
  private readonly recordNumberOwner: Statement<[string, string], { id: string }>
  private readonly replaceSamePatient: Statement<Authored<PatientRowParams>>
  private readonly markDeleted: Statement
  private readonly setArchived: Statement
  private readonly samePerson: Statement<[string, string, string], DuplicateRow>
  private readonly listOrder: PatientListOrder
  private readonly finder: PatientSearch

  /**
   * @param author the signed-in clinician's id, stamped on every write (created_by, updated_by)
   * @param audit where every write is recorded, in the write's own transaction
   */
  constructor(
    private readonly db: Database,
    private readonly author: () => string | undefined = () => undefined,
    private readonly audit: AuditTrail = new AuditTrail(db, { author }),
  ) {
    this.insert = db.prepare(`
      INSERT INTO patients (id, given_name, family_name, date_of_birth, sex, record_number,
                            document, search_name, family_folded, created_at, updated_at,
                            created_by, updated_by)
      VALUES (@id, @givenName, @familyName, @dateOfBirth, @sex, @recordNumber,
              @document, @searchName, @familyFolded, @createdAt, @updatedAt, @author, @author)`)
    this.replace = db.prepare(`
      UPDATE patients SET given_name = @givenName, family_name = @familyName,
        date_of_birth = @dateOfBirth, sex = @sex, record_number = @recordNumber,
        document = @document, search_name = @searchName, family_folded = @familyFolded,
        updated_at = @updatedAt, updated_by = @author
      WHERE id = @id`)
    this.byId = db.prepare('SELECT * FROM patients WHERE id = ?')
    this.recordNumberOwner = db.prepare(
      'SELECT id FROM patients WHERE record_number = ? AND id <> ?',
    )
    // An import replaces a patient only with a newer copy of the same person: the row must still
    // be the one the import compared (same creation, date of birth and name), or nothing changes.
    this.replaceSamePatient = db.prepare(`
      UPDATE patients SET given_name = @givenName, family_name = @familyName,
        date_of_birth = @dateOfBirth, sex = @sex, record_number = @recordNumber,
        document = @document, search_name = @searchName, family_folded = @familyFolded,
        updated_at = @updatedAt, updated_by = @author
      WHERE id = @id AND created_at = @createdAt AND date_of_birth = @dateOfBirth
        AND search_name = @searchName`)
    this.markDeleted = db.prepare(`
      UPDATE patients SET deleted_at = @at, deleted_by = @author, delete_reason = @reason
      WHERE id = @id AND deleted_at IS NULL`)
    this.setArchived = db.prepare(`
      UPDATE patients SET archived_at = @at, archived_by = @author
      WHERE id = @id AND deleted_at IS NULL AND (archived_at IS NULL) = (@at IS NOT NULL)`)
    // Same folded surname, name and date of birth: a prefix of patients_list_key (migration 11).
    this.samePerson = db.prepare(`
      SELECT id, given_name, family_name, date_of_birth, record_number, archived_at, last_visit
      FROM patients
      WHERE family_folded = ? AND search_name = ? AND date_of_birth = ? AND deleted_at IS NULL
      ORDER BY list_order LIMIT 20`)
    this.listOrder = new PatientListOrder(db)
    this.finder = new PatientSearch(db)
  }

  create(fields: PatientFields): Patient {
    const now = new Date().toISOString()
    const patient = patientSchema.parse({
      ...withoutBlanks(fields),
      id: randomUUID(),
      createdAt: now,
      updatedAt: now,
    })
    this.db
      .transaction(() => {
        this.assertRecordNumberFree(patient)
        const row = this.rowParams(patient)
        this.listOrder.makeRoom(row)
        this.insert.run(row)
        this.audit.record({ action: 'create', recordType: 'patient', recordId: patient.id })
      })
      .immediate()
    return patient
  }

  update(id: string, fields: PatientFields): Patient {
    return this.db
      .transaction(() => {
        const existing = this.get(id)
        const patient = patientSchema.parse({
          ...withoutBlanks(fields),
          id,
          createdAt: existing.createdAt,
          updatedAt: new Date().toISOString(),
        })
        this.assertRecordNumberFree(patient)
        const row = this.rowParams(patient)
        this.listOrder.makeRoom(row)
        this.replace.run(row)
        const changed = changedFieldNames(existing, patient)
        this.audit.record({
          action: 'update',
          recordType: 'patient',
          recordId: id,
          detail: changed.length > 0 ? `fields changed: ${changed.join(', ')}` : 'saved unchanged',
        })
        return patient
      })
      .immediate()
  }

  /**
   * Deletes a patient softly: hidden from the list, search and exports, kept in the file with
   * who deleted them, when and why. Their assessments stay with them. (Removing the records
   * themselves is an erasure on request: patientErasure.ts.)
   */
  softDelete(id: string, reason: string): void {
    this.db
      .transaction(() => {
        this.get(id)
        this.markDeleted.run({
          id,
          at: new Date().toISOString(),
          author: this.author() ?? null,
          reason,
        })
        this.audit.record({
          action: 'delete',
          recordType: 'patient',
          recordId: id,
          detail: 'marked deleted; reason kept with the record',
        })
      })
      .immediate()
  }

  /**
   * Archives a patient (or brings them back): they leave the home screen and the default list,
   * every record is kept, search finds them with "include archived". Recorded in the audit trail.
   * Archiving an archived patient (or the reverse) changes nothing and records nothing.
   */
  setArchivedState(id: string, archived: boolean): { archivedAt?: string } {
    return this.db
      .transaction(() => {
        this.get(id)
        const at = archived ? new Date().toISOString() : null
        const changed = this.setArchived.run({ id, at, author: this.author() ?? null }).changes
        if (changed === 1)
          this.audit.record({
            action: archived ? 'archive' : 'unarchive',
            recordType: 'patient',
            recordId: id,
            detail: archived
              ? 'archived: off the home screen and the list; records kept'
              : 'back in the caseload',
          })
        const row = this.byId.get(id)!
        return row.archived_at ? { archivedAt: row.archived_at } : {}
      })
      .immediate()
  }

  /** A patient's caseload columns (kept by migration 14's triggers). */
  standingOf(id: string): PatientStanding {
    this.get(id)
    return caseloadOf(this.byId.get(id)!)
  }

  /**
   * Patients already on file with the same name and date of birth (accents, case, apostrophes
   * and hyphens aside: the folded name), archived ones included: the one to open rather than
   * add again.
   */
  sameNameAndBirth(person: PersonKey): PatientMatch[] {
    return this.samePerson
      .all(foldForSearch(person.familyName), foldedFullName(person), person.dateOfBirth)
      .map((r) => ({
        id: r.id,
        givenName: r.given_name,
        familyName: r.family_name,
        dateOfBirth: r.date_of_birth,
        ...(r.record_number ? { recordNumber: r.record_number } : {}),
        ...(r.last_visit ? { lastVisit: r.last_visit } : {}),
        ...(r.archived_at ? { archivedAt: r.archived_at } : {}),
      }))
  }

  /** Whether a patient with this id is stored (deleted or not), and when it was last changed. */
  storedStateOf(id: string): { updatedAt: string; deleted: boolean } | undefined {
    const row = this.byId.get(id)
    return row ? { updatedAt: row.updated_at, deleted: row.deleted_at !== null } : undefined
  }

  /**
   * Stores a patient record as it comes from an export file, keeping its id and timestamps.
   * The caller decides whether it is new or a newer copy of the same patient.
   */
  importRecord(patient: Patient): void {
    const valid = patientSchema.parse(patient)
    this.assertRecordNumberFree(valid)
    this.writeImported(patientRowOf(valid), this.byId.get(valid.id) !== undefined)
  }

  /** Who a stored patient is, as an import compares a file's patient with them; undefined if none. */
  importStateOf(id: string):
    | {
        createdAt: string
        dateOfBirth: string
        searchName: string
        updatedAt: string
        deleted: boolean
      }
    | undefined {
    const row = this.byId.get(id)
    return row
      ? {
          createdAt: row.created_at,
          dateOfBirth: row.date_of_birth,
          searchName: row.search_name,
          updatedAt: row.updated_at,
          deleted: row.deleted_at !== null,
        }
      : undefined
  }

  /** Whether a patient other than `id` has this record number here. */
  recordNumberTaken(recordNumber: string, id: string): boolean {
    return this.recordNumberOwner.get(recordNumber, id) !== undefined
  }

  /**
   * Writes a row an import prepared from a validated record (patientRow.ts): a new patient, or
   * a newer copy of the same patient. Refuses, rather than overwrite, a row that is no longer
   * the same person.
   */
  writeImported(row: PatientRowParams, replacing: boolean): void {
    const authored = { ...row, author: this.author() ?? null }
    this.listOrder.makeRoom(row)
    if (!replacing) this.insert.run(authored)
    else if (this.replaceSamePatient.run(authored).changes !== 1)
      throw new AppError('conflict', 'An import may only update the same patient.')
    this.audit.record({
      action: 'import',
      recordType: 'patient',
      recordId: row.id,
      detail: replacing ? 'updated from an export file' : 'added from an export file',
    })
  }

  /** Every patient id but the deleted ones, by surname: the order exports are written in. */
  allIds(): string[] {
    return this.db
      .prepare(
        'SELECT id FROM patients WHERE deleted_at IS NULL ORDER BY family_folded, search_name, id',
      )
      .pluck()
      .all() as string[]
  }

  get(id: string): Patient {
    const row = this.byId.get(id)
    if (!row) throw notFound('The patient')
    if (row.deleted_at !== null) throw deletedPatient()
    return readStoredPatient(row)
  }

  /**
   * Search-as-you-type. Every word typed must occur somewhere in the patient's folded name
   * (so "mar gar" finds "María García"); a typed date matches the date of birth; a single
   * word also matches the start of a record number. Sorted by surname, then first name.
   */
  search(
    query: string,
    limit = DEFAULT_PAGE,
    after?: PatientCursor,
    includeArchived = false,
  ): PatientSearchResult {
    return this.finder.search(query, limit, after, includeArchived)
  }

  private assertRecordNumberFree(patient: Patient) {
    if (!patient.recordNumber) return
    if (this.recordNumberOwner.get(patient.recordNumber, patient.id)) {
      throw new AppError('conflict', 'Another patient already has this record number.', [
        { path: ['recordNumber'], message: 'Already used for another patient' },
      ])
    }
  }

  /** A row with the signed-in clinician as its author. */
  private rowParams(p: Patient) {
    return { ...patientRowOf(p), author: this.author() ?? null }
  }
}
