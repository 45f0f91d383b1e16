import { z } from 'zod'
import type { PatientMode } from './patientMode'

/**
 * The people who use the app: each signs in with a passcode, and every write records who made it.
 * A registration number (e.g. HCPC PH123456 in the UK) goes on the letters they send.
 */
export const professions = [
  'physiotherapist',
  'sports-and-exercise-medicine-doctor',
  'sports-therapist',
  'student-physiotherapist',
  'other',
] as const
export const professionLabels: Record<(typeof professions)[number], string> = {
  physiotherapist: 'Physiotherapist',
  'sports-and-exercise-medicine-doctor': 'Sport and exercise medicine doctor',
  'sports-therapist': 'Sports therapist',
  'student-physiotherapist': 'Student physiotherapist',
  other: 'Other',
}

export const clinicianIdSchema = z.uuid('Not a valid clinician id')

/** A passcode: long enough not to be guessed at a glance in a shared room, short to type. */
export const passcodeSchema = z
  .string()
  .min(6, 'Use at least 6 characters (digits or letters)')
  .max(64, 'Keep it under 64 characters')

export const clinicianFieldsSchema = z.object({
  name: z.string().trim().min(1, 'Enter the name').max(120, 'Keep this under 120 characters'),
  profession: z.enum(professions, 'Choose a profession'),
  registrationNumber: z
    .string()
    .trim()
    .max(40, 'Keep this under 40 characters')
    .optional()
    .transform((v) => (v === '' ? undefined : v)),
})
export type ClinicianFields = z.input<typeof clinicianFieldsSchema>

/** A new clinician: their details and the passcode they will sign in with, typed twice. */
export const newClinicianSchema = clinicianFieldsSchema
  .extend({ passcode: passcodeSchema, passcodeAgain: z.string().max(64) })
  .refine((c) => c.passcode === c.passcodeAgain, {
    path: ['passcodeAgain'],
    message: 'The two passcodes are not the same',
  })
export type NewClinician = z.input<typeof newClinicianSchema>

/** What the screens show of a clinician: never the passcode. */
export interface Clinician {
  id: string
  name: string
  profession: (typeof professions)[number]
  registrationNumber?: string
}

export const signInSchema = z.object({
  clinicianId: clinicianIdSchema,
  passcode: z.string().max(64),
})

/** How long the app waits, without a key press or a click, before it locks itself. */
export const lockAfterMinutesSchema = z
  .number('Enter a number of minutes')
  .int('Whole minutes')
  .min(1, 'At least 1 minute')
  .max(120, 'At most 120 minutes')
export const DEFAULT_LOCK_AFTER_MINUTES = 5

/** Who is using the app now, as the screens see it. */
export interface SessionState {
  /** Everyone who can sign in (for the sign-in screen): empty until the first is set up. */
  clinicians: Clinician[]
  signedIn?: Clinician
  /** Locked: the screen shows nothing of the records until the passcode is typed again. */
  locked: boolean
  lockAfterMinutes: number
  /**
   * The laptop is with the patient, answering questionnaires on this draft: the window shows
   * nothing else until the signed-in clinician's passcode is typed.
   */
  patientMode?: PatientMode
  /** The page of patient mode the patient is on. */
  patientModePage?: number
}
