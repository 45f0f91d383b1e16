import { foldForSearch } from '../text/foldForSearch'

/**
 * The caseload's rules: when a review is due, and when a new patient may be one already on
 * file. Pure, so that main's queries, the home screen and the tests agree on them.
 *
 * Dates are calendar days (`YYYY-MM-DD`) in the clinic's time zone: "today" is worked out there
 * (todayIn) and every comparison is between days, never instants.
 */

/** A review this many days ahead or less (today included) is listed as due this week. */
export const DUE_SOON_DAYS = 7

/**
 * A review missed by more than this many days is no longer listed as overdue on the home
 * screen: after twelve weeks the runner has usually been discharged or gone elsewhere, and a
 * ten-year clinic would otherwise list thousands. The patient list still shows the date, and
 * archiving the patient says so for good.
 */
export const OVERDUE_LISTED_DAYS = 84

export type ReviewState = 'overdue' | 'due-this-week' | 'later' | 'lapsed'

const DAY_MS = 86_400_000

/** `date` moved by `days` whole days (calendar arithmetic, no time zone involved). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS)
}

/** The calendar date at instant `now` in an IANA time zone (the clinic's). */
export function todayIn(now: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now)
  const part = (type: string) => parts.find((p) => p.type === type)!.value
  return `${part('year')}-${part('month')}-${part('day')}`
}

/** Where a review date stands on `today`. */
export function reviewState(reviewDate: string, today: string): ReviewState {
  const days = daysBetween(today, reviewDate)
  if (days < -OVERDUE_LISTED_DAYS) return 'lapsed'
  if (days < 0) return 'overdue'
  if (days < DUE_SOON_DAYS) return 'due-this-week'
  return 'later'
}

/**
 * The review dates the home screen lists on `today`, as inclusive bounds for an indexed range:
 * overdue from `overdueFrom` to the day before today, due this week from today to `dueUntil`.
 */
export function reviewWindows(today: string): {
  overdueFrom: string
  yesterday: string
  today: string
  dueUntil: string
} {
  return {
    overdueFrom: addDays(today, -OVERDUE_LISTED_DAYS),
    yesterday: addDays(today, -1),
    today,
    dueUntil: addDays(today, DUE_SOON_DAYS - 1),
  }
}

/** What two patients must share to be taken for the same person: as the database keeps it. */
export interface PersonKey {
  givenName: string
  familyName: string
  dateOfBirth: string
}

/**
 * The folded name a duplicate is looked up by: lower case, no accents, apostrophes and hyphens
 * as spaces (foldForSearch), so "ZOE O BRIEN" and "Zoë O'Brien" match. The same fold as the
 * patients table's search_name column, whose index finds it.
 */
export const foldedFullName = (p: Pick<PersonKey, 'givenName' | 'familyName'>): string =>
  foldForSearch(`${p.givenName} ${p.familyName}`)

/** Whether two records name the same person: same folded name, same date of birth. */
export function isSamePerson(a: PersonKey, b: PersonKey): boolean {
  return a.dateOfBirth === b.dateOfBirth && foldedFullName(a) === foldedFullName(b)
}
