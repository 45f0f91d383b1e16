import { canonicalJson, type Sha256 } from '../signing/canonicalJson'
import type { AuditEntry, ChainCheck } from './auditEntry'

/**
 * The audit trail's hash chain. Each entry's hash is the SHA-256 of its canonical text, which
 * holds every field of the entry and the previous entry's hash; the first entry follows
 * GENESIS_HASH. Changing, removing or inserting an entry anywhere but at the very end changes a
 * hash that a later entry depends on, and the check names the first entry that no longer fits.
 * (Removing entries from the end leaves a shorter chain that still holds: the check says how many
 * entries there are and which is the last, so a count noted elsewhere shows it.)
 *
 * Pure: the SHA-256 function is passed in.
 */
export const GENESIS_HASH = '0'.repeat(64)
export const AUDIT_ENTRY_FORMAT = 'runners-hip/audit/1'

export type UnhashedEntry = Omit<AuditEntry, 'hash'>

/** The exact text whose SHA-256 is an entry's hash: a JSON array, fields in a fixed order. */
export function auditEntryText(entry: UnhashedEntry): string {
  return canonicalJson([
    AUDIT_ENTRY_FORMAT,
    entry.seq,
    entry.at,
    entry.clinicianId,
    entry.action,
    entry.recordType,
    entry.recordId,
    entry.detail,
    entry.prevHash,
  ])
}

export const hashAuditEntry = (entry: UnhashedEntry, sha256: Sha256): string =>
  sha256(auditEntryText(entry))

/** The next entry of a chain whose last entry is `last` (or of an empty one). */
export function chainedEntry(
  last: Pick<AuditEntry, 'seq' | 'hash'> | undefined,
  fields: Omit<UnhashedEntry, 'seq' | 'prevHash'>,
  sha256: Sha256,
): AuditEntry {
  const unhashed: UnhashedEntry = {
    ...fields,
    seq: (last?.seq ?? 0) + 1,
    prevHash: last?.hash ?? GENESIS_HASH,
  }
  return { ...unhashed, hash: hashAuditEntry(unhashed, sha256) }
}

/**
 * Checks a chain entry by entry, oldest first, without holding it all in memory: `add` each
 * entry in order of `seq`, then read `result()`. It stops at the first broken link.
 */
export class ChainVerifier {
  private count = 0
  private last: AuditEntry | undefined
  private broken: Extract<ChainCheck, { intact: false }> | undefined

  constructor(private readonly sha256: Sha256) {}

  /** False once the chain is broken (nothing more needs to be read). */
  add(entry: AuditEntry): boolean {
    if (this.broken) return false
    const expectedSeq = (this.last?.seq ?? 0) + 1
    const problem =
      entry.seq !== expectedSeq
        ? expectedSeq === 1
          ? `entries #1 to #${entry.seq - 1} are missing`
          : `entries #${expectedSeq} to #${entry.seq - 1} are missing (#${this.last!.seq} is the last before)`
        : entry.prevHash !== (this.last?.hash ?? GENESIS_HASH)
          ? expectedSeq === 1
            ? 'it should open the chain, and does not: entries before it were removed'
            : `it does not follow from entry #${this.last!.seq}, which was changed, replaced or removed`
          : hashAuditEntry(entry, this.sha256) !== entry.hash
            ? 'its content does not match its hash: it was changed after it was written'
            : undefined
    if (problem) {
      this.broken = {
        intact: false,
        entries: this.count,
        brokenAt: { seq: entry.seq, at: entry.at },
        problem,
      }
      return false
    }
    this.count++
    this.last = entry
    return true
  }

  result(): ChainCheck {
    if (this.broken) return this.broken
    return {
      intact: true,
      entries: this.count,
      ...(this.last ? { last: { seq: this.last.seq, at: this.last.at } } : {}),
    }
  }
}

/** Checks a whole chain held in memory (tests, small logs). */
export function verifyChain(entries: Iterable<AuditEntry>, sha256: Sha256): ChainCheck {
  const verifier = new ChainVerifier(sha256)
  for (const entry of entries) if (!verifier.add(entry)) break
  return verifier.result()
}
