import { z } from 'zod'

/**
 * Where the app is in opening the clinic's records, as the first screen needs to know: open and
 * ready, waiting for the clinic's passphrase (on a computer whose OS keeps no secrets), or stopped
 * by a problem it explains, with the ways forward it offers.
 */
export type StartupState =
  | { state: 'ready' }
  | {
      state: 'needs-passphrase'
      /** True when the passphrase is being chosen (a new clinic, or records not yet encrypted). */
      choosing: boolean
    }
  | { state: 'problem'; problem: StartupProblem }

export const startupProblemKinds = [
  'newer-version',
  'key-unavailable',
  'wrong-key',
  'cannot-open',
] as const
export type StartupProblemKind = (typeof startupProblemKinds)[number]

export interface StartupProblem {
  kind: StartupProblemKind
  title: string
  /** What happened and what it means for the records, in plain words; never patient data. */
  message: string
}

/** A passphrase strong enough to stand in for a random key: long, not a word. */
export const passphraseSchema = z
  .string()
  .min(12, 'Use at least 12 characters: a few unrelated words are easy to type and hard to guess')
  .max(200, 'Keep it under 200 characters')

export const submitPassphraseInputSchema = z
  .object({ passphrase: z.string().max(200), confirmation: z.string().max(200).optional() })
  .superRefine((value, ctx) => {
    if (value.confirmation === undefined) return
    const strong = passphraseSchema.safeParse(value.passphrase)
    if (!strong.success)
      ctx.addIssue({
        code: 'custom',
        path: ['passphrase'],
        message: strong.error.issues[0]!.message,
      })
    if (value.confirmation !== value.passphrase)
      ctx.addIssue({
        code: 'custom',
        path: ['confirmation'],
        message: 'The two passphrases are not the same',
      })
  })
