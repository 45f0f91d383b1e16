import {
  DRAFTS_COUNT_SQL,
  DRAFTS_SQL,
  HOME_ROWS,
  RECENT_ROWS,
  RECENT_SQL,
  REVIEWS_COUNT_SQL,
  REVIEWS_SQL,
} from '../../src/main/db/caseloadRepository'
import { reviewWindows } from '../../src/shared/workflow/caseload'
import { samplePatients, valueOf, type BenchContext } from './benchContext'
import { CLINIC_LAST_VISIT, isoOf } from './calendar'
import { queryPlan } from './queryPlan'
import { row, type Row } from './results'
import { statsOf, timeCalls } from './timing'

/**
 * The home screen (issue 12): getCaseload through the handler table (reviews overdue and due
 * this week with their totals, open drafts with who started them, recent patients), against its
 * statements run directly on the same connection; and the duplicate check before a new patient
 * is saved. Today is one of the last weeks of the generated clinic's years, when its latest
 * plans' reviews fall due.
 */
export async function measureCaseload(ctx: BenchContext): Promise<Row[]> {
  const { db, handlers } = ctx
  const days = Array.from({ length: ctx.inputs(20) }, () =>
    isoOf(CLINIC_LAST_VISIT + ctx.random.int(-28, 14)),
  )
  const reviews = db.prepare(REVIEWS_SQL)
  const reviewCount = db.prepare(REVIEWS_COUNT_SQL).pluck()
  const drafts = db.prepare(DRAFTS_SQL)
  const draftCount = db.prepare(DRAFTS_COUNT_SQL).pluck()
  const recent = db.prepare(RECENT_SQL)
  const rounds = ctx.rounds(10)

  const home = statsOf(
    await timeCalls(days, async (today) => valueOf(await handlers.getCaseload({ today }), 'home'), {
      rounds,
    }),
  )
  const raw = statsOf(
    await timeCalls(
      days,
      (today) => {
        const w = reviewWindows(today)
        reviews.all(w.overdueFrom, w.yesterday, HOME_ROWS)
        reviewCount.get(w.overdueFrom, w.yesterday)
        reviews.all(w.today, w.dueUntil, HOME_ROWS)
        reviewCount.get(w.today, w.dueUntil)
        drafts.all(HOME_ROWS)
        draftCount.get()
        recent.all(RECENT_ROWS)
      },
      { rounds },
    ),
  )
  const sample = valueOf(await handlers.getCaseload({ today: days[0]! }), 'home')
  const w = reviewWindows(days[0]!)

  const people = samplePatients(ctx, ctx.inputs(100)).map((p) => ({
    givenName: p.given_name,
    familyName: p.family_name,
    dateOfBirth: p.date_of_birth,
  }))
  const duplicates = statsOf(
    await timeCalls(
      people,
      async (p) => valueOf(await handlers.findDuplicatePatients(p), 'duplicates'),
      { rounds: ctx.rounds(4) },
    ),
  )

  return [
    row('caseload.home', 'home screen: reviews due, open drafts, recent (getCaseload)', home, {
      raw: { ...raw, what: 'the seven statements on their partial indexes (migration 14)' },
      extra: {
        overdue: sample.overdue.total,
        dueThisWeek: sample.dueThisWeek.total,
        openDrafts: sample.drafts.total,
      },
      plans: {
        input: days[0]!,
        app: queryPlan(db, REVIEWS_SQL, [w.overdueFrom, w.yesterday, HOME_ROWS]),
        raw: queryPlan(db, DRAFTS_SQL, [HOME_ROWS]),
      },
      note: 'plans: reviews (app column) and open drafts (raw column)',
    }),
    row(
      'caseload.duplicateCheck',
      'same name and date of birth, before a new patient (findDuplicatePatients)',
      duplicates,
    ),
  ]
}
