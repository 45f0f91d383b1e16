import type { Database } from 'better-sqlite3'
import type { SignatureCheck, SignatureMismatch } from '../../shared/audit/auditEntry'
import type { Sha256 } from '../../shared/signing/canonicalJson'
import { checkRecord, firstBrokenAddendum } from '../../shared/signing/recordSignature'
import { toAddendum, type AddendumRow } from '../db/addendumRow'
import { sha256 as nodeSha256 } from './sha256'

interface Row {
  id: string
  date: string
  status: string
  document: string
  signature: string | null
}

const SIGNED_HASH = /SHA-256 ([0-9a-f]{64})/

/**
 * Recomputes every signature in the database and says which records no longer match, by id and
 * date only (never their content). The triggers of migration 9 stop changes made through SQLite;
 * this check finds those made around it (triggers dropped, the file edited by other means):
 *
 * - a signed record whose content, signature or status no longer hashes to its signature;
 * - an addendum changed, removed from the middle or moved (its hash chain to the signature);
 * - a record the audit trail says was signed (or given an addendum) that is now gone, unsigned
 *   or signed with another hash, unless the trail also records its erasure.
 *
 * Records finalised before signing existed are counted as unsigned: the database keeps them
 * locked, but there is no signature to recompute.
 */
export function checkSignatures(db: Database, sha256: Sha256 = nodeSha256): SignatureCheck {
  const mismatches: SignatureMismatch[] = []
  const mismatch = (assessmentId: string, date: string | null, problem: string) =>
    mismatches.push({ assessmentId, date, problem })
  const addendaOf = db.prepare<[string], AddendumRow>(
    'SELECT * FROM addenda WHERE assessment_id = ? ORDER BY position',
  )
  let checked = 0
  let unsigned = 0
  const signedHashes = new Map<string, string>()
  const addendumHashes = new Map<string, Set<string>>()
  const dates = new Map<string, string>()

  const rows = db
    .prepare<[], Row>('SELECT id, date, status, document, signature FROM assessments ORDER BY id')
    .all()
  for (const row of rows) {
    dates.set(row.id, row.date)
    let document: Record<string, unknown>
    try {
      document = JSON.parse(row.document) as Record<string, unknown>
    } catch {
      mismatch(row.id, row.date, 'the stored record cannot be read')
      continue
    }
    const result = checkRecord(document, sha256)
    const addenda = addendaOf.all(row.id).map(toAddendum)
    addendumHashes.set(row.id, new Set(addenda.flatMap((a) => (a.sha256 ? [a.sha256] : []))))
    if (result.kind === 'unsigned') {
      if (row.signature !== null) mismatch(row.id, row.date, 'its signature was removed')
      else if (row.status === 'finalised') unsigned++
      continue
    }
    checked++
    signedHashes.set(row.id, result.sha256)
    if (result.kind === 'mismatch') {
      mismatch(row.id, row.date, 'its content does not match its signature')
      continue
    }
    if (row.status !== 'finalised') {
      mismatch(row.id, row.date, 'it is signed but stored as a draft')
    } else if (row.signature !== result.sha256) {
      mismatch(row.id, row.date, 'its signature column differs from the signed record')
    } else {
      const broken = firstBrokenAddendum(row.id, result.sha256, addenda, sha256)
      if (broken >= 0)
        mismatch(row.id, row.date, `addendum ${broken + 1} does not match its hash chain`)
    }
  }

  // The audit trail remembers each signature and addendum hash: a record made to look unsigned
  // or an addendum removed from the end is found there.
  const erased = new Set(
    db
      .prepare<[], string>(
        "SELECT record_id FROM audit_log WHERE action = 'erase' AND record_type = 'assessment'",
      )
      .pluck()
      .all(),
  )
  const flagged = new Set(mismatches.map((m) => m.assessmentId))
  const entries = db
    .prepare<[], { record_id: string; action: string; detail: string | null; seq: number }>(
      `SELECT record_id, action, detail, seq FROM audit_log
       WHERE record_type = 'assessment' AND action IN ('sign', 'addendum') ORDER BY seq`,
    )
    .all()
  for (const entry of entries) {
    const id = entry.record_id
    const hash = SIGNED_HASH.exec(entry.detail ?? '')?.[1]
    if (!hash || erased.has(id) || flagged.has(id)) continue
    const problem = !dates.has(id)
      ? `it was signed (audit entry #${entry.seq}) and is no longer in the database`
      : entry.action === 'sign' && signedHashes.get(id) !== hash
        ? `its signature is not the one recorded when it was signed (audit entry #${entry.seq})`
        : entry.action === 'addendum' && !addendumHashes.get(id)?.has(hash)
          ? `an addendum recorded in the audit trail (entry #${entry.seq}) is missing`
          : undefined
    if (problem) {
      mismatch(id, dates.get(id) ?? null, problem)
      flagged.add(id)
    }
  }
  return { checked, mismatches, unsigned }
}
