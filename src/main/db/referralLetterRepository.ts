import type { Database } from 'better-sqlite3'
import { referralLetterSchema, type ReferralLetter } from '../../shared/model/referralLetter'
import { notFound } from '../errors'

interface LetterRow {
  id: string
  assessment_id: string
  patient_id: string
  document: string
  written_at: string
}

const toLetter = (row: LetterRow): ReferralLetter =>
  referralLetterSchema.parse({
    ...JSON.parse(row.document),
    id: row.id,
    assessmentId: row.assessment_id,
    patientId: row.patient_id,
    writtenAt: row.written_at,
  })

/**
 * The referral letters sent (migration 13): each with the page as printed. The database refuses
 * to change or delete one (but with its patient's erasure).
 */
export class ReferralLetterRepository {
  constructor(private readonly db: Database) {}

  /** An assessment's letters, newest first. */
  listForAssessment(assessmentId: string): ReferralLetter[] {
    return this.db
      .prepare<[string], LetterRow>(
        `SELECT id, assessment_id, patient_id, document, written_at FROM referral_letters
         WHERE assessment_id = ? ORDER BY written_at DESC, id`,
      )
      .all(assessmentId)
      .map(toLetter)
  }

  get(id: string): ReferralLetter {
    const row = this.db
      .prepare<[string], LetterRow>(
        'SELECT id, assessment_id, patient_id, document, written_at FROM referral_letters WHERE id = ?',
      )
      .get(id)
    if (!row) throw notFound('The letter')
    return toLetter(row)
  }

  /** The page as it was printed. */
  htmlOf(id: string): string {
    const html = this.db
      .prepare<[string], string>('SELECT html FROM referral_letters WHERE id = ?')
      .pluck()
      .get(id)
    if (html === undefined) throw notFound('The letter')
    return html
  }

  add(letter: ReferralLetter, html: string, writtenBy: string | undefined): ReferralLetter {
    const parsed = referralLetterSchema.parse(letter)
    const { id, assessmentId, patientId, writtenAt, ...document } = parsed
    this.db
      .prepare(
        `INSERT INTO referral_letters (id, assessment_id, patient_id, document, html, written_at, written_by)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        id,
        assessmentId,
        patientId,
        JSON.stringify(document),
        html,
        writtenAt,
        writtenBy ?? null,
      )
    return this.get(id)
  }
}
