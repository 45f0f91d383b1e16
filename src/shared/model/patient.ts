import { z } from 'zod'
import { calendarDateSchema, todayIso } from './calendarDate'
import { emailSchema, optionalText, phoneSchema } from './contactFields'

/**
 * The patient record: the one definition used by the patient form, by main's validation of
 * every IPC payload and by the export format. Optional text fields accept an empty string,
 * which is what an untouched form input holds; storage keeps it as "not given".
 */

export const sexes = ['female', 'male', 'intersex', 'not-stated'] as const
export type Sex = (typeof sexes)[number]
export const sexLabels: Record<Sex, string> = {
  female: 'Female',
  male: 'Male',
  intersex: 'Intersex',
  'not-stated': 'Not stated',
}

export const runningEvents = [
  'recreational',
  '5k-10k',
  'half-marathon',
  'marathon',
  'ultra',
  'trail',
  'track-sprint',
  'track-middle',
  'cross-country',
] as const
export const runningEventLabels: Record<(typeof runningEvents)[number], string> = {
  recreational: 'Recreational / fitness',
  '5k-10k': '5 km - 10 km',
  'half-marathon': 'Half marathon',
  marathon: 'Marathon',
  ultra: 'Ultra',
  trail: 'Trail / fell',
  'track-sprint': 'Track: sprints and hurdles',
  'track-middle': 'Track: middle distance',
  'cross-country': 'Cross-country',
}

const EARLIEST_BIRTH = '1900-01-01'

export const patientFieldsSchema = z.object({
  givenName: z
    .string()
    .trim()
    .min(1, 'Enter the first name')
    .max(100, 'Keep the first name under 100 characters'),
  familyName: z
    .string()
    .trim()
    .min(1, 'Enter the surname')
    .max(100, 'Keep the surname under 100 characters'),
  dateOfBirth: calendarDateSchema.pipe(
    z
      .string()
      .refine((d) => d >= EARLIEST_BIRTH, 'Check the year: this is before 1900')
      .refine((d) => d <= todayIso(), 'The date of birth cannot be in the future'),
  ),
  sex: z.enum(sexes, 'Choose an option'),
  /** The clinic's own reference for the patient (chart or hospital number); unique when given. */
  recordNumber: optionalText(40),
  phone: phoneSchema,
  email: emailSchema,
  address: optionalText(300),
  yearsRunning: z
    .number('Enter a number')
    .int('Whole years only')
    .min(0, 'Cannot be negative')
    .max(90, 'Check the number of years')
    .optional(),
  weeklyDistanceKm: z
    .number('Enter a number')
    .min(0, 'Cannot be negative')
    .max(400, 'Check the distance: over 400 km a week')
    .optional(),
  runsPerWeek: z
    .number('Enter a number')
    .int('Whole runs only')
    .min(0, 'Cannot be negative')
    .max(21, 'Check the number of runs')
    .optional(),
  mainEvent: z.enum(runningEvents, 'Choose an option').optional(),
  notes: optionalText(4000),
})
export type PatientFields = z.infer<typeof patientFieldsSchema>
export type PatientFieldsInput = z.input<typeof patientFieldsSchema>

export const patientIdSchema = z.uuid('Not a valid patient id')

export const patientSchema = patientFieldsSchema.extend({
  id: patientIdSchema,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
})
export type Patient = z.infer<typeof patientSchema>

export function patientFullName(p: Pick<PatientFields, 'givenName' | 'familyName'>): string {
  return `${p.givenName} ${p.familyName}`
}
