import { AppError } from '../api/appError'
import type { ClinicDetails } from '../model/clinic'

/**
 * A letter or handout must say who sent it and whom to call: a GP cannot reply to "Physiotherapy
 * clinic", and a runner whose pain gets worse needs a number. Printing either is refused until the
 * clinic's name and phone number are entered (Clinic details); the report buttons say so first.
 */
export const letterheadRequirements = [
  { field: 'name', label: 'the clinic’s name' },
  { field: 'phone', label: 'its phone number' },
] as const satisfies readonly { field: keyof ClinicDetails; label: string }[]

export type LetterheadField = (typeof letterheadRequirements)[number]['field']

/** What the clinic's details still lack for a letter or handout (empty: ready). */
export function missingLetterheadDetails(clinic: ClinicDetails | undefined): LetterheadField[] {
  return letterheadRequirements.filter((r) => !clinic?.[r.field]?.trim()).map((r) => r.field)
}

/** "Enter the clinic’s name and its phone number in Clinic details …", or nothing when ready. */
export function letterheadRefusal(clinic: ClinicDetails | undefined): string | undefined {
  const missing = letterheadRequirements.filter((r) => !clinic?.[r.field]?.trim())
  if (missing.length === 0) return undefined
  const what = missing.map((r) => r.label).join(' and ')
  return `Enter ${what} in Clinic details before printing letters and handouts: the reader must know who sent it and whom to call.`
}

/** Throws the refusal (main's check before it prints a letter or handout). */
export function assertLetterheadComplete(clinic: ClinicDetails | undefined): void {
  const refusal = letterheadRefusal(clinic)
  if (refusal) throw new AppError('conflict', refusal)
}
