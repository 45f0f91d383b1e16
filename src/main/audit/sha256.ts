import { createHash } from 'node:crypto'
import type { Sha256 } from '../../shared/signing/canonicalJson'

/** SHA-256 of text as UTF-8, in hex: what signatures, addenda and the audit chain are hashed with. */
export const sha256: Sha256 = (text) => createHash('sha256').update(text, 'utf8').digest('hex')
