import { createHash, createHmac, randomInt } from 'node:crypto'
import { hubProofMessage, joinCodeSchema } from '../../shared/sync/hubProtocol'

/** The join code's letters: digits and capitals without I and O (read as 1 and 0). */
export const JOIN_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ'
export const JOIN_CODE_LENGTH = 12
/** How long a join code stays open, and how many wrong codes void it. */
export const JOIN_CODE_MINUTES = 15
export const JOIN_CODE_TRIES = 5

/** 12 letters and digits from a uniform, unbiased random draw (34^12, about 61 bits). */
export function newJoinCodeText(): string {
  let code = ''
  for (let i = 0; i < JOIN_CODE_LENGTH; i += 1)
    code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)]
  return code
}

/** A code as shown to people: `7K3F-9QXM-2PLD`. */
export const groupJoinCode = (code: string) => (code.match(/.{1,4}/g) ?? []).join('-')

/** The code as the protocol compares it (trimmed, capitals, no dashes or spaces); throws if not one. */
export const normaliseJoinCode = (typed: string) => joinCodeSchema.parse(typed)

/** SHA-256 of the normalised code, hex: all the hub keeps of an open code. */
export const joinCodeHash = (code: string) =>
  createHash('sha256').update(normaliseJoinCode(code), 'utf8').digest('hex')

/**
 * The hello's proof (hubProtocol.ts `helloResponseSchema.proof`): HMAC-SHA256 over
 * `runners-hip hub|<fingerprint>|<nonce>`, keyed with the 32 bytes of SHA-256(normalised code).
 * Keyed by the code's hash, not the code itself, because the hub keeps only the hash; the laptop,
 * which has the code the clinician typed, hashes it first (`joinProof`) and gets the same key.
 */
export function proofWithCodeHash(codeSha256Hex: string, fingerprint: string, nonce: string) {
  return createHmac('sha256', Buffer.from(codeSha256Hex, 'hex'))
    .update(hubProofMessage(fingerprint, nonce), 'utf8')
    .digest('hex')
}

/** The proof a laptop expects, from the code typed and the certificate it sees. */
export const joinProof = (code: string, fingerprint: string, nonce: string) =>
  proofWithCodeHash(joinCodeHash(code), fingerprint, nonce)
