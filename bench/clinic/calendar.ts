/** Calendar days as integers (days since 1970-01-01, UTC), for generating visit dates. */
export const dayOf = (iso: string): number =>
  Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000)

export const isoOf = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10)

/**
 * The generated clinic's years. Fixed, not relative to today, so that a seed gives the same
 * clinic whenever it is generated (the end lies before the day this was written).
 */
export const CLINIC_OPENED = dayOf('2019-01-07')
export const CLINIC_LAST_VISIT = dayOf('2026-10-30')
