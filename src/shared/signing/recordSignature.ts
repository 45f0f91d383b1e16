import type { Addendum, Assessment } from '../model/assessment/assessment'
import type { Signature, Signer } from '../model/assessment/signature'
import type { PatientDemographics } from '../model/patientDemographics'
import { canonicalJson, type Sha256 } from './canonicalJson'

/**
 * What a signature covers, exactly, so that anyone with the record can recompute it:
 *
 *   SHA-256 of canonicalJson({
 *     format: 'runners-hip/signed-assessment/1',
 *     assessment: the record as finalised, without `signature` and `addenda`,
 *     patientAtSigning, signedAt, signedBy,
 *   })
 *
 * The record as finalised holds the findings, the decisions (working diagnosis, plan, doctors'
 * clearances, referral without a plan), the engine's result at finalising with its version, the
 * status, dates and revision. Addenda are not part of it: they come later, each with its own hash
 * chained to this signature (`addendumSha256`), so adding one never touches the signed record.
 *
 * Each addendum's hash covers its id, time, author, text and revisions, the record's id, and the
 * hash before it (the signature's for the first), so an addendum changed, removed from the middle
 * or moved to another record no longer matches.
 *
 * Pure: the SHA-256 function is passed in (main passes node:crypto's).
 */
export const SIGNED_RECORD_FORMAT = 'runners-hip/signed-assessment/1'
export const ADDENDUM_FORMAT = 'runners-hip/addendum/1'

type Document = Record<string, unknown>

/** The signed part of a stored or exported record: everything but its signature and addenda. */
export function signedPartOf(document: Document): Document {
  const { signature: _signature, addenda: _addenda, ...signed } = document
  return signed
}

/** The exact text whose SHA-256 is a record's signature. */
export function signedRecordText(
  document: Document,
  fields: { signedBy: Signer; signedAt: string; patientAtSigning: PatientDemographics },
): string {
  return canonicalJson({
    format: SIGNED_RECORD_FORMAT,
    assessment: signedPartOf(document),
    patientAtSigning: fields.patientAtSigning,
    signedAt: fields.signedAt,
    signedBy: fields.signedBy,
  })
}

/** The finalised record with its signature. */
export function signRecord(
  finalised: Assessment,
  fields: { signedBy: Signer; signedAt: string; patientAtSigning: PatientDemographics },
  sha256: Sha256,
): Assessment {
  const signature: Signature = {
    signedBy: fields.signedBy,
    signedAt: fields.signedAt,
    patientAtSigning: fields.patientAtSigning,
    sha256: sha256(signedRecordText(finalised as unknown as Document, fields)),
  }
  return { ...finalised, signature }
}

export type RecordCheck =
  /** Finalised before records were signed (document version 2 or earlier), or a draft. */
  | { kind: 'unsigned' }
  | { kind: 'valid'; sha256: string }
  /** The content is not what was signed. */
  | { kind: 'mismatch'; sha256: string }

/**
 * Recomputes a record's signature from the document as stored (raw JSON, not upgraded: an upgrade
 * to a later document version must not be mistaken for a change).
 */
export function checkRecord(document: Document, sha256: Sha256): RecordCheck {
  const signature = document.signature as Partial<Signature> | undefined
  if (signature === undefined || signature === null) return { kind: 'unsigned' }
  const claimed = typeof signature.sha256 === 'string' ? signature.sha256 : ''
  try {
    const text = signedRecordText(document, {
      signedBy: signature.signedBy as Signer,
      signedAt: signature.signedAt as string,
      patientAtSigning: signature.patientAtSigning as PatientDemographics,
    })
    return sha256(text) === claimed
      ? { kind: 'valid', sha256: claimed }
      : { kind: 'mismatch', sha256: claimed }
  } catch {
    // A value no JSON can hold (a signature field removed or replaced by something odd).
    return { kind: 'mismatch', sha256: claimed }
  }
}

/** The exact text whose SHA-256 is an addendum's hash. */
export function addendumText(
  addendum: Omit<Addendum, 'sha256'>,
  link: { assessmentId: string; follows: string },
): string {
  return canonicalJson({
    format: ADDENDUM_FORMAT,
    assessmentId: link.assessmentId,
    follows: link.follows,
    addendum: {
      id: addendum.id,
      at: addendum.at,
      author: addendum.author,
      text: addendum.text,
      revised: addendum.revised,
    },
  })
}

export const addendumSha256 = (
  addendum: Omit<Addendum, 'sha256'>,
  link: { assessmentId: string; follows: string },
  sha256: Sha256,
): string => sha256(addendumText(addendum, link))

/** The hash the next addendum of a signed record follows: the last addendum's, or the signature's. */
export const lastLinkOf = (record: Pick<Assessment, 'signature' | 'addenda'>): string | undefined =>
  record.addenda.at(-1)?.sha256 ?? record.signature?.sha256

/**
 * Checks a signed record's addenda, oldest first, against its signature: the position of the
 * first that does not match (its hash, or its link to the one before), or -1 when all match.
 * An addendum that says what it `follows` must follow the signature or an addendum before it
 * (two written on two laptops may follow the same one); one that does not, the one before it.
 */
export function firstBrokenAddendum(
  assessmentId: string,
  recordSha256: string,
  addenda: readonly Addendum[],
  sha256: Sha256,
): number {
  let previous = recordSha256
  const earlier = new Set([recordSha256])
  for (const [index, addendum] of addenda.entries()) {
    const { sha256: claimed, follows: stated, ...content } = addendum
    const follows = stated ?? previous
    if (
      !claimed ||
      !earlier.has(follows) ||
      addendumSha256(content, { assessmentId, follows }, sha256) !== claimed
    )
      return index
    previous = claimed
    earlier.add(claimed)
  }
  return -1
}
