/**
 * The weeks of the runner's exercise log on the handout: from the visit until the plan's review
 * date (4 weeks when none is set), each week as its seven calendar days.
 */

/** Without a review date the log covers this many weeks. */
export const DEFAULT_LOG_WEEKS = 4
/** A long gap to the review still prints a handful of pages at most. */
export const MAX_LOG_WEEKS = 12

export interface LogWeek {
  number: number
  /** The seven days of the week, `YYYY-MM-DD`, starting on the visit's weekday. */
  days: string[]
}

function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)
}

export function exerciseLogWeeks(visitDate: string, reviewDate: string | undefined): LogWeek[] {
  const start = visitDate.slice(0, 10)
  const span = reviewDate ? daysBetween(start, reviewDate) : NaN
  const count = Number.isFinite(span)
    ? Math.min(Math.max(Math.ceil(span / 7), 1), MAX_LOG_WEEKS)
    : DEFAULT_LOG_WEEKS
  return Array.from({ length: count }, (_, w) => ({
    number: w + 1,
    days: Array.from({ length: 7 }, (_, d) => addDays(start, w * 7 + d)),
  }))
}
