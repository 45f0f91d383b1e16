import type { Database } from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  CaseloadRepository,
  DRAFTS_COUNT_SQL,
  DRAFTS_SQL,
  RECENT_SQL,
  REVIEWS_COUNT_SQL,
  REVIEWS_SQL,
} from '../../src/main/db/caseloadRepository'
import { listSql, nameStatementSql } from '../../src/main/db/patientSearch'
import { decisionOf } from '../../src/shared/model/assessment/currentDecision'
import {
  addDays,
  isSamePerson,
  reviewState,
  reviewWindows,
  todayIn,
} from '../../src/shared/workflow/caseload'
import { repositories, signedAssessment } from '../support/assessments'
import { SEEDING_CLINICIAN } from '../support/clinicians'
import { aPatient } from '../support/patients'
import { tempDatabase } from '../support/tempDatabase'

describe('when a review is due', () => {
  const today = '2026-11-30' // a Monday

  it('is overdue from the day after the review date, for twelve weeks', () => {
    expect(reviewState('2026-11-29', today)).toBe('overdue')
    expect(reviewState(addDays(today, -84), today)).toBe('overdue')
    expect(reviewState(addDays(today, -85), today)).toBe('lapsed')
  })

  it('is due this week from today to six days ahead, later after that', () => {
    expect(reviewState(today, today)).toBe('due-this-week')
    expect(reviewState('2026-12-06', today)).toBe('due-this-week')
    expect(reviewState('2026-12-07', today)).toBe('later')
  })

  it('crosses months and years as calendar days', () => {
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04')
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29')
    expect(reviewWindows('2027-01-02')).toEqual({
      overdueFrom: '2026-10-10',
      yesterday: '2027-01-01',
      today: '2027-01-02',
      dueUntil: '2027-01-08',
    })
  })

  it('takes today in the clinic’s time zone, not in UTC', () => {
    const lateEvening = new Date('2026-11-30T23:30:00Z')
    expect(todayIn(lateEvening, 'Europe/London')).toBe('2026-11-30')
    expect(todayIn(lateEvening, 'Europe/Berlin')).toBe('2026-12-01')
    expect(todayIn(lateEvening, 'Pacific/Auckland')).toBe('2026-12-01')
    expect(todayIn(new Date('2026-12-01T05:00:00Z'), 'America/Los_Angeles')).toBe('2026-11-30')
    // So a review on 1 December is due today in Berlin and tomorrow in London, at that instant.
    expect(reviewState('2026-12-01', todayIn(lateEvening, 'Europe/Berlin'))).toBe('due-this-week')
  })
})

describe('the same person', () => {
  const zoe = { givenName: 'Zoë', familyName: 'Ó Súilleabháin', dateOfBirth: '1990-11-30' }

  it('matches the name whatever its accents, case, apostrophes and hyphens', () => {
    expect(isSamePerson(zoe, { ...zoe, givenName: 'ZOE', familyName: 'o suilleabhain' })).toBe(true)
    expect(
      isSamePerson(
        { givenName: 'Jean-Luc', familyName: "D'Arcy", dateOfBirth: '1979-07-01' },
        { givenName: 'jean luc', familyName: 'd arcy', dateOfBirth: '1979-07-01' },
      ),
    ).toBe(true)
    expect(
      isSamePerson(
        { givenName: 'Søren', familyName: 'Ødegård', dateOfBirth: '1979-07-01' },
        { givenName: 'Soren', familyName: 'Odegard', dateOfBirth: '1979-07-01' },
      ),
    ).toBe(true)
  })

  it('needs the same date of birth and the whole name', () => {
    expect(isSamePerson(zoe, { ...zoe, dateOfBirth: '1990-11-29' })).toBe(false)
    expect(isSamePerson(zoe, { ...zoe, givenName: 'Zoe Ann' })).toBe(false)
  })
})

let store: ReturnType<typeof tempDatabase>
let db: Database
beforeEach(() => {
  store = tempDatabase()
  db = store.db
})
afterEach(() => store.cleanup())

describe('the caseload as stored', () => {
  it('keeps each patient’s last visit, diagnosis, next review and open drafts in step', () => {
    const { patients, assessments } = repositories(db)
    const claire = patients.create(aPatient())
    const listed = () => patients.search('Dupont').patients[0]!
    expect(listed()).toMatchObject({ openDrafts: 0 })
    expect(listed()).not.toHaveProperty('nextReview')

    const first = signedAssessment(assessments, claire.id, '2026-10-05')
    const review = decisionOf(first).plan!.reviewDate!
    expect(review > '2026-10-05').toBe(true)
    expect(listed()).toMatchObject({
      lastVisit: '2026-10-05',
      workingDiagnosis: 'Lateral hip pain, cause to be confirmed',
      nextReview: review,
      openDrafts: 0,
    })

    // A follow-up started: a visit and an open draft; the next review is still the signed one's.
    const draft = assessments.create({ patientId: claire.id, type: 'follow-up', date: review })
    expect(listed()).toMatchObject({ lastVisit: review, nextReview: review, openDrafts: 1 })

    // Deleted, the draft is no longer open, nor a visit.
    assessments.deleteDraft(draft.id, 'Started by mistake')
    expect(listed()).toMatchObject({ lastVisit: '2026-10-05', openDrafts: 0 })
  })

  it('lists reviews overdue and due this week, open drafts with who started them, and recent patients', () => {
    const { patients, assessments } = repositories(db)
    const late = patients.create(aPatient({ givenName: 'Ana', familyName: 'Garcia' }))
    const soon = patients.create(aPatient({ givenName: 'Paul', familyName: 'Müller' }))
    const drafted = patients.create(aPatient({ givenName: 'Søren', familyName: 'Wróbel' }))
    const lateReview = decisionOf(signedAssessment(assessments, late.id, '2026-09-01')).plan!
      .reviewDate!
    const soonReview = decisionOf(signedAssessment(assessments, soon.id, '2026-10-01')).plan!
      .reviewDate!
    const draft = assessments.create({ patientId: drafted.id, type: 'initial', date: '2026-11-30' })

    // Today: the day before the second review, so the first is overdue.
    const today = addDays(soonReview, -1)
    expect(reviewState(lateReview, today)).toBe('overdue')
    const home = new CaseloadRepository(db).caseload(today)
    expect(home.overdue.rows.map((r) => r.familyName)).toEqual(['Garcia'])
    expect(home.overdue.total).toBe(1)
    expect(home.overdue.rows[0]).toMatchObject({ nextReview: lateReview, openDrafts: 0 })
    expect(home.dueThisWeek.rows.map((r) => r.familyName)).toEqual(['Müller'])
    expect(home.drafts).toEqual({
      rows: [
        expect.objectContaining({
          assessmentId: draft.id,
          patientId: drafted.id,
          familyName: 'Wróbel',
          type: 'initial',
          startedBy: SEEDING_CLINICIAN.name,
          startedAt: draft.createdAt,
        }),
      ],
      total: 1,
    })
    // The latest worked on first: the draft's patient, then the two signed.
    expect(home.recent.map((r) => r.familyName)).toEqual(['Wróbel', 'Müller', 'Garcia'])

    // A week later nothing is due this week any more: Müller is overdue too, longest first.
    const later = new CaseloadRepository(db).caseload(addDays(today, 8))
    expect(later.overdue.rows.map((r) => r.familyName)).toEqual(['Garcia', 'Müller'])
    expect(later.dueThisWeek.total).toBe(0)
    // Twelve weeks after a review, it is no longer listed as overdue.
    const much = new CaseloadRepository(db).caseload(addDays(lateReview, 85))
    expect(much.overdue.rows.map((r) => r.familyName)).not.toContain('Garcia')
  })

  it('archives a patient: off the home screen and the default list, found with the filter, audited', () => {
    const { patients, assessments } = repositories(db)
    const p = patients.create(aPatient())
    const review = decisionOf(signedAssessment(assessments, p.id, '2026-10-05')).plan!.reviewDate!
    assessments.create({ patientId: p.id, type: 'follow-up', date: review })
    const home = () => new CaseloadRepository(db).caseload(review)
    expect(home().dueThisWeek.total).toBe(1)
    expect(home().drafts.total).toBe(1)

    const { archivedAt } = patients.setArchivedState(p.id, true)
    expect(archivedAt).toBeDefined()
    expect(home()).toMatchObject({
      dueThisWeek: { total: 0 },
      drafts: { total: 0 },
      recent: [],
    })
    expect(patients.search('').patients).toEqual([])
    expect(patients.search('Dupont').patients).toEqual([])
    expect(patients.search('Dupont', 50, undefined, true).patients).toEqual([
      expect.objectContaining({ id: p.id, archivedAt }),
    ])
    // Every record is kept.
    expect(assessments.listForPatient(p.id)).toHaveLength(2)
    expect(patients.get(p.id).familyName).toBe('Dupont')
    // Archiving again changes nothing and records nothing.
    expect(patients.setArchivedState(p.id, true)).toEqual({ archivedAt })

    expect(patients.setArchivedState(p.id, false)).toEqual({})
    expect(home().dueThisWeek.total).toBe(1)
    expect(patients.search('Dupont').patients.map((x) => x.id)).toEqual([p.id])
    const audited = db
      .prepare(
        `SELECT action, detail FROM audit_log WHERE record_id = ? AND action IN ('archive', 'unarchive')
         ORDER BY seq`,
      )
      .all(p.id)
    expect(audited).toEqual([
      { action: 'archive', detail: 'archived: off the home screen and the list; records kept' },
      { action: 'unarchive', detail: 'back in the caseload' },
    ])
  })

  it('finds a patient already on file by name and date of birth, accents and case aside', () => {
    const { patients } = repositories(db)
    const zoe = patients.create(
      aPatient({ givenName: 'Zoë', familyName: "O'Súilleabháin", dateOfBirth: '1990-11-30' }),
    )
    patients.create(
      aPatient({ givenName: 'Zoë', familyName: 'Suilleabhain', dateOfBirth: '1990-11-30' }),
    )
    const typed = { givenName: ' zoe ', familyName: 'O SUILLEABHAIN', dateOfBirth: '1990-11-30' }
    expect(patients.sameNameAndBirth(typed)).toEqual([
      expect.objectContaining({ id: zoe.id, givenName: 'Zoë', familyName: "O'Súilleabháin" }),
    ])
    expect(patients.sameNameAndBirth({ ...typed, dateOfBirth: '1990-11-29' })).toEqual([])
    // Archived, they are still the one to open; deleted, they are not offered.
    patients.setArchivedState(zoe.id, true)
    expect(patients.sameNameAndBirth(typed)[0]).toHaveProperty('archivedAt')
    patients.softDelete(zoe.id, 'Duplicate record')
    expect(patients.sameNameAndBirth(typed)).toEqual([])
  })
})

describe('the home screen’s queries', () => {
  const plan = (sql: string, ...args: unknown[]) =>
    (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[]).map(
      (r) => r.detail,
    )

  it('each read its own index, in its order, with no scan of patients or assessments and no sort', () => {
    const reviews = plan(REVIEWS_SQL, '2026-09-01', '2026-11-29', 25)
    expect(reviews.join('\n')).toMatch(/USING INDEX patients_next_review/)
    const drafts = plan(DRAFTS_SQL, 25)
    expect(drafts.join('\n')).toMatch(/SCAN a USING INDEX assessments_open_drafts/)
    expect(drafts.join('\n')).toMatch(/SEARCH p USING INDEX sqlite_autoindex_patients_1 \(id=\?\)/)
    const draftCount = plan(DRAFTS_COUNT_SQL)
    expect(draftCount.join('\n')).toMatch(/USING COVERING INDEX patients_open_drafts/)
    const reviewCount = plan(REVIEWS_COUNT_SQL, '2026-09-01', '2026-11-29')
    expect(reviewCount.join('\n')).toMatch(/USING COVERING INDEX patients_next_review/)
    const recent = plan(RECENT_SQL, 8)
    expect(recent.join('\n')).toMatch(/USING INDEX patients_recent/)
    const list = plan(listSql(), -1, 51)
    expect(list.join('\n')).toMatch(/USING INDEX patients_active_order/)
    for (const lines of [reviews, drafts, recent, list]) {
      expect(lines.join('\n')).not.toMatch(/TEMP B-TREE/)
      expect(lines.filter((l) => /^SCAN (p|a|patients|assessments)$/.test(l))).toEqual([])
    }
    // Search with archived patients included reads the same trigram index as before.
    expect(plan(nameStatementSql(1, 0, true), '"dup"', -1, 51).join('\n')).toMatch(
      /VIRTUAL TABLE INDEX/,
    )
  })
})
