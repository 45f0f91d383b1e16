import { z } from 'zod'
import { backupFileNameSchema } from './backups'

/**
 * Where the app is in opening the clinic's records, as the first screen needs to know: open and
 * ready (perhaps read-only), waiting for the clinic's passphrase (on a computer whose OS keeps no
 * secrets), or stopped by a problem it explains, with the ways forward it offers.
 */
export type StartupState =
  | {
      state: 'ready'
      /** The records are open for viewing only: every change is refused, and a banner says so. */
      readOnly?: { reason: StartupProblemKind; message: string }
      /** Things the clinic should know, found while opening (never patient data). */
      notices?: string[]
    }
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
  'corrupt',
  'empty',
  'truncated',
  'missing',
  'folder-missing',
  'read-only',
  'disk-full',
  'backup-failed',
  'cannot-open',
] as const
export type StartupProblemKind = (typeof startupProblemKinds)[number]

/**
 * The ways forward a problem screen offers: restore a backup (one of the list, or a file),
 * open the records read-only, use another folder (remembered for the next starts), try again
 * (after freeing space or fixing permissions), start a new clinic in place of an empty or
 * damaged file (which is kept aside, not deleted), or quit.
 */
export const startupActions = [
  'restore',
  'open-read-only',
  'choose-folder',
  'retry',
  'start-new',
  'quit',
] as const
export type StartupAction = (typeof startupActions)[number]

export interface StartupProblem {
  kind: StartupProblemKind
  title: string
  /** What happened and what it means for the records, in plain words; never patient data. */
  message: string
  /** The ways forward that apply, in the order the screen offers them. */
  actions: StartupAction[]
  /** Where the records are: the folder, so the clinic knows which copy is meant. */
  folder: string
  /** Restoring needs the clinic's passphrase typed with it (it has not been typed yet). */
  restoreNeedsPassphrase?: boolean
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

/** Restoring from the start-up screen: a listed backup or a file, with the passphrase if asked. */
export const restoreAtStartupInputSchema = z.union([
  z.object({ fileName: backupFileNameSchema, passphrase: z.string().max(200).optional() }),
  z.object({ fromFile: z.literal(true), passphrase: z.string().max(200).optional() }),
])

/** The folder the user picked in the folder dialog (main keeps the path; this is what it says). */
export type ChosenFolder = { chosen: false } | { chosen: true; folder: string; hasRecords: boolean }

/** Using the folder just chosen: `startNew` confirms a new, empty clinic where there is none. */
export const useChosenFolderInputSchema = z.object({ startNew: z.boolean() })
