import { ageInYears } from '@shared/model/calendarDate'

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
})

/** `1981-03-12` → `12 Mar 1981`. */
export const formatDate = (isoDate: string): string =>
  dateFormat.format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`))

const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
})

/** An instant, shown in the clinician's local time. */
export const formatDateTime = (isoInstant: string): string =>
  dateTimeFormat.format(new Date(isoInstant))

export const formatAge = (dateOfBirth: string): string => `${ageInYears(dateOfBirth)} y`
