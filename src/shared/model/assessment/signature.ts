import { z } from 'zod'
import { clinicianIdSchema } from '../clinician'
import { patientDemographicsSchema } from '../patientDemographics'

/** A SHA-256 digest as 64 lower-case hex digits. */
export const sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/, 'Not a SHA-256 digest')

/**
 * Who signed a record or wrote an addendum, as they were then: a clinician's name or
 * registration number may change later, the record keeps what was true when they signed.
 */
export const signerSchema = z.object({
  id: clinicianIdSchema,
  name: z.string().trim().min(1).max(120),
  registrationNumber: z.string().trim().max(40).optional(),
})
export type Signer = z.infer<typeof signerSchema>

/**
 * The signature a record gets when it is finalised: who, when, the patient's details as they
 * were then, and the SHA-256 of the signed content (src/shared/signing/recordSignature.ts says
 * exactly what that is). The database refuses any change of a signed record (migration 9); the
 * signature shows whether its content is still what was signed.
 */
export const signatureSchema = z.object({
  signedBy: signerSchema,
  signedAt: z.iso.datetime(),
  patientAtSigning: patientDemographicsSchema,
  sha256: sha256HexSchema,
})
export type Signature = z.infer<typeof signatureSchema>

/** "Alex Morgan, PH123456" (the registration number when there is one). */
export const signerInWords = (signer: Signer): string =>
  signer.registrationNumber ? `${signer.name}, ${signer.registrationNumber}` : signer.name
