import type { Assessment } from '../../shared/model/assessment/assessment'
import { checkRecord, firstBrokenAddendum } from '../../shared/signing/recordSignature'
import { sha256 } from '../audit/sha256'

/**
 * Whether an imported record's signature holds, checked over the record as the file states it
 * (`document`, before any upgrade or parsing, which could change what was signed), and each of
 * its addenda's hashes against the signature it continues. A record without a signature is
 * accepted as before (records finalised by earlier versions carry none); one whose content no
 * longer matches its signature is refused, and with it the whole file (checkImportFile), naming
 * the record.
 */
export function verifyImportedSignature(
  document: unknown,
  parsed: Assessment,
): { ok: true; signed: boolean } | { ok: false; why: string } {
  if (typeof document !== 'object' || document === null || !Object.hasOwn(document, 'signature'))
    return { ok: true, signed: false }
  const check = checkRecord(document as Record<string, unknown>, sha256)
  if (check.kind === 'unsigned') return { ok: true, signed: false }
  if (
    check.kind !== 'valid' ||
    firstBrokenAddendum(parsed.id, check.sha256, parsed.addenda, sha256) !== -1
  )
    return {
      ok: false,
      why: 'its content does not match its signature: it was changed after it was signed',
    }
  return { ok: true, signed: true }
}
