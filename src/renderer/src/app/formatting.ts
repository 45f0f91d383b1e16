import { ageInYears } from '@shared/model/calendarDate'

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
})

/**
 * A stored value that is not a date (a damaged row, whose document the app cannot read either)
 * is shown as it is rather than stopping the screen: Intl throws on an invalid Date.
 */
const formatted = (format: Intl.DateTimeFormat, date: Date, raw: string) =>
  Number.isNaN(date.getTime()) ? raw : format.format(date)

/** `1981-03-12` → `12 Mar 1981`. */
export const formatDate = (isoDate: string): string =>
  formatted(dateFormat, new Date(`${isoDate.slice(0, 10)}T00:00:00Z`), isoDate)

const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
})

/** An instant, shown in the clinician's local time. */
export const formatDateTime = (isoInstant: string): string =>
  formatted(dateTimeFormat, new Date(isoInstant), isoInstant)

export const formatAge = (dateOfBirth: string): string => `${ageInYears(dateOfBirth)} y`
