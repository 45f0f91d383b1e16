import { z } from 'zod'

/**
 * A calendar date as `YYYY-MM-DD`. Clinical dates (birth, onset, visit) are days, not instants:
 * storing them as plain strings keeps them free of time-zone shifts between export and import.
 */
export const calendarDateSchema = z.iso.date('Enter a date as YYYY-MM-DD')

/** Today's date in the local time zone, as `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): string {
  const y = now.getFullYear()
  const m = String(now.getMonth() + 1).padStart(2, '0')
  const d = String(now.getDate()).padStart(2, '0')
  return `${y}-${m}-${d}`
}

/** Whole years between a date of birth and a reference date (both `YYYY-MM-DD`). */
export function ageInYears(dateOfBirth: string, on: string = todayIso()): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number]
  const [ry, rm, rd] = on.split('-').map(Number) as [number, number, number]
  const hadBirthday = rm > bm || (rm === bm && rd >= bd)
  return ry - by - (hadBirthday ? 0 : 1)
}

/**
 * Reads a date the way clinic staff type one: `YYYY-MM-DD`, or day first as `DD/MM/YYYY`,
 * `DD.MM.YYYY` or `DD-MM-YYYY`. Returns `YYYY-MM-DD`, or undefined if it is not a real date.
 */
export function parseTypedDate(text: string): string | undefined {
  const t = text.trim()
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t)
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t)
  const [y, m, d] = iso
    ? [iso[1], iso[2], iso[3]]
    : dayFirst
      ? [dayFirst[3], dayFirst[2], dayFirst[1]]
      : []
  if (!y || !m || !d) return undefined
  const candidate = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`
  const check = new Date(`${candidate}T00:00:00Z`)
  return !Number.isNaN(check.getTime()) && check.toISOString().startsWith(candidate)
    ? candidate
    : undefined
}
