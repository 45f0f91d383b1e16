import type { Database, Statement } from 'better-sqlite3'
import type {
  Caseload,
  CaseloadPatient,
  Listed,
  OpenDraft,
  ReviewDue,
} from '../../shared/api/caseload'
import type { AssessmentType } from '../../shared/model/assessment/assessment'
import { reviewWindows } from '../../shared/workflow/caseload'

/** How many rows of each list the home screen shows (the totals say how many more). */
export const HOME_ROWS = 25
export const RECENT_ROWS = 8

/**
 * The home screen's queries, each read from its own partial index of migration 14 (patients
 * neither deleted nor archived; drafts not deleted), so each costs about the rows it returns
 * whatever the size of the clinic. The SQL is exported for the EXPLAIN QUERY PLAN test and the
 * bench.
 */
const PATIENT = `p.id, p.given_name, p.family_name, p.date_of_birth, p.last_visit,
  p.working_diagnosis, p.next_review, p.open_drafts`
const ACTIVE = 'p.deleted_at IS NULL AND p.archived_at IS NULL'

/** Reviews with a date in [from, to], earliest first (patients_next_review). */
export const REVIEWS_SQL = `SELECT ${PATIENT} FROM patients p
  WHERE p.next_review IS NOT NULL AND p.next_review BETWEEN ? AND ? AND ${ACTIVE}
  ORDER BY p.next_review, p.list_order LIMIT ?`
export const REVIEWS_COUNT_SQL = `SELECT count(*) FROM patients p
  WHERE p.next_review IS NOT NULL AND p.next_review BETWEEN ? AND ? AND ${ACTIVE}`

/** Open drafts, the latest touched first (assessments_open_drafts), with who started them. */
export const DRAFTS_SQL = `SELECT a.id, a.patient_id, a.type, a.date, a.created_at, a.updated_at,
    c.name AS started_by, p.given_name, p.family_name
  FROM assessments a
  JOIN patients p ON p.id = a.patient_id
  LEFT JOIN clinicians c ON c.id = a.created_by
  WHERE a.status = 'draft' AND a.deleted_at IS NULL AND ${ACTIVE}
  ORDER BY a.updated_at DESC LIMIT ?`
/** How many, from each patient's open_drafts (patients_open_drafts, an index-only read). */
export const DRAFTS_COUNT_SQL = `SELECT coalesce(sum(p.open_drafts), 0) FROM patients p
  WHERE p.open_drafts > 0 AND ${ACTIVE}`

/** The patients last added, edited or seen (patients_recent). */
export const RECENT_SQL = `SELECT ${PATIENT} FROM patients p
  WHERE p.last_activity IS NOT NULL AND ${ACTIVE}
  ORDER BY p.last_activity DESC LIMIT ?`

interface PatientRow {
  id: string
  given_name: string
  family_name: string
  date_of_birth: string
  last_visit: string | null
  working_diagnosis: string | null
  next_review: string | null
  open_drafts: number
}

interface DraftRow {
  id: string
  patient_id: string
  type: AssessmentType
  date: string
  created_at: string
  updated_at: string
  started_by: string | null
  given_name: string
  family_name: string
}

function patientOf(r: PatientRow): CaseloadPatient {
  return {
    patientId: r.id,
    givenName: r.given_name,
    familyName: r.family_name,
    dateOfBirth: r.date_of_birth,
    ...(r.last_visit ? { lastVisit: r.last_visit } : {}),
    ...(r.working_diagnosis ? { workingDiagnosis: r.working_diagnosis } : {}),
    ...(r.next_review ? { nextReview: r.next_review } : {}),
    openDrafts: r.open_drafts,
  }
}

function draftOf(r: DraftRow): OpenDraft {
  return {
    assessmentId: r.id,
    patientId: r.patient_id,
    givenName: r.given_name,
    familyName: r.family_name,
    type: r.type,
    date: r.date,
    startedAt: r.created_at,
    ...(r.started_by ? { startedBy: r.started_by } : {}),
    updatedAt: r.updated_at,
  }
}

export class CaseloadRepository {
  private readonly reviews: Statement<[string, string, number], PatientRow>
  private readonly reviewCount: Statement<[string, string], number>
  private readonly drafts: Statement<[number], DraftRow>
  private readonly draftCount: Statement<[], number>
  private readonly recent: Statement<[number], PatientRow>

  constructor(db: Database) {
    this.reviews = db.prepare(REVIEWS_SQL)
    this.reviewCount = db.prepare<[string, string], number>(REVIEWS_COUNT_SQL).pluck()
    this.drafts = db.prepare(DRAFTS_SQL)
    this.draftCount = db.prepare<[], number>(DRAFTS_COUNT_SQL).pluck()
    this.recent = db.prepare(RECENT_SQL)
  }

  /** The caseload on `today` (the clinic's date): reviews due, open drafts, recent patients. */
  caseload(today: string): Caseload {
    const w = reviewWindows(today)
    const reviews = (from: string, to: string): Listed<ReviewDue> => ({
      rows: this.reviews.all(from, to, HOME_ROWS).map((r) => patientOf(r) as ReviewDue),
      total: this.reviewCount.get(from, to) ?? 0,
    })
    return {
      today,
      overdue: reviews(w.overdueFrom, w.yesterday),
      dueThisWeek: reviews(w.today, w.dueUntil),
      drafts: {
        rows: this.drafts.all(HOME_ROWS).map(draftOf),
        total: this.draftCount.get() ?? 0,
      },
      recent: this.recent.all(RECENT_ROWS).map(patientOf),
    }
  }
}
