import * as A from '@automerge/automerge'
import type Database from 'better-sqlite3'
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto'
import { type DocId, type HubLaptops } from '../../shared/sync/hubProtocol'
import { fingerprintOf } from './hubCertificate'
import { createHubDatabase, openHubDatabase, type HubDatabaseOptions } from './hubDatabase'
import {
  JOIN_CODE_MINUTES,
  JOIN_CODE_TRIES,
  groupJoinCode,
  joinCodeHash,
  newJoinCodeText,
  proofWithCodeHash,
} from './joinCode'

export type HubLaptop = HubLaptops[number]

export interface HubInfo {
  id: string
  name: string
  createdAt: string
  certPem: string
  keyPem: string
  /** SHA-256 of the certificate's DER, lowercase hex: what laptops pin. */
  fingerprint: string
  /** The port the hub last listened on, if it has run. */
  lastPort: number | null
}

/** Why a join code was refused: none open (never made, used, or voided), expired, or wrong. */
export type JoinRefusal =
  { refused: 'no-code' } | { refused: 'expired' } | { refused: 'wrong'; triesLeft: number }

export type AuthResult =
  | { ok: true; laptop: HubLaptop }
  | { ok: false; refused: 'unauthorised' }
  | { ok: false; refused: 'revoked'; revokedAt: string }

export type RevokeResult =
  | { ok: true; laptop: HubLaptop }
  | { ok: false; refused: 'not-found' }
  | { ok: false; refused: 'ambiguous'; laptops: HubLaptop[] }

export interface PulledDoc {
  docId: DocId
  seq: number
  bytes: Uint8Array
}

/** A pushed document whose bytes Automerge cannot load; `index` is its place in the push. */
export class BadDocumentError extends Error {
  override readonly name = 'BadDocumentError'
  constructor(readonly index: number) {
    super(`docs.${index}.bytes: not an Automerge document`)
  }
}

export interface HubStoreOptions extends HubDatabaseOptions {
  /** The clock (tests move it to expire a code). */
  now?: () => Date
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')
const sameHex = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a, 'hex'), Buffer.from(b, 'hex'))
const sameHeads = (a: A.Heads, b: A.Heads) =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join()

interface LaptopRow {
  id: string
  name: string
  token_sha256: string
  joined_at: string
  revoked_at: string | null
}
const laptopOf = (row: LaptopRow): HubLaptop => ({
  id: row.id,
  name: row.name,
  joinedAt: row.joined_at,
  revokedAt: row.revoked_at,
})

/** Makes a new hub (database, certificate) in `folder`; see hubDatabase.ts. */
export const initHub = (
  folder: string,
  passphrase: string,
  name: string,
  options: HubDatabaseOptions = {},
) => createHubDatabase(folder, passphrase, name, options)

/** Opens an existing hub's store with its passphrase. */
export const openHubStore = (folder: string, passphrase: string, options: HubStoreOptions = {}) =>
  new HubStore(openHubDatabase(folder, passphrase, options), options.now)

/**
 * Everything the hub keeps, over its SQLCipher database. Every call reads the file afresh (no
 * cache), so a second handle on the same file (the command line's `code` or `revoke` while the
 * hub runs) is seen at the next request. Documents are Automerge's, merged one at a time.
 */
export class HubStore {
  constructor(
    private readonly db: Database.Database,
    private readonly now: () => Date = () => new Date(),
  ) {}

  info(): HubInfo {
    const row = this.db
      .prepare('SELECT id, name, created_at, cert_pem, key_pem, last_port FROM hub')
      .get() as {
      id: string
      name: string
      created_at: string
      cert_pem: string
      key_pem: string
      last_port: number | null
    }
    return {
      id: row.id,
      name: row.name,
      createdAt: row.created_at,
      certPem: row.cert_pem,
      keyPem: row.key_pem,
      fingerprint: fingerprintOf(row.cert_pem),
      lastPort: row.last_port,
    }
  }

  setLastPort(port: number) {
    this.db.prepare('UPDATE hub SET last_port = ?').run(port)
  }

  /** A new one-time join code, grouped for reading (`7K3F-9QXM-2PLD`); it replaces any open one. */
  newJoinCode(): string {
    const code = newJoinCodeText()
    const expires = new Date(this.now().getTime() + JOIN_CODE_MINUTES * 60 * 1000)
    this.db
      .prepare(
        'INSERT OR REPLACE INTO join_code (id, code_sha256, expires_at, tries_left) VALUES (1, ?, ?, ?)',
      )
      .run(joinCodeHash(code), expires.toISOString(), JOIN_CODE_TRIES)
    return groupJoinCode(code)
  }

  /** The open code's expiry and tries left (not the code: only its hash is kept). */
  openJoinCode(): { expiresAt: string; triesLeft: number } | null {
    const row = this.openCodeRow()
    return row ? { expiresAt: row.expires_at, triesLeft: row.tries_left } : null
  }

  private openCodeRow() {
    const row = this.db
      .prepare('SELECT code_sha256, expires_at, tries_left FROM join_code WHERE id = 1')
      .get() as { code_sha256: string; expires_at: string; tries_left: number } | undefined
    if (!row || row.tries_left <= 0 || Date.parse(row.expires_at) <= this.now().getTime())
      return undefined
    return row
  }

  /**
   * Redeems a join code (as typed: case, spaces and dashes do not matter) for a new laptop's id
   * and key. The code works once; a wrong one costs a try, and the last wrong try voids it. The
   * key is returned here only; the hub keeps its SHA-256.
   */
  redeem(
    typedCode: string,
    laptopName: string,
  ):
    | ({ ok: true; laptopId: string; token: string } & { hubId: string; hubName: string })
    | ({ ok: false } & JoinRefusal) {
    return this.db
      .transaction(() => {
        const row = this.db
          .prepare('SELECT code_sha256, expires_at, tries_left FROM join_code WHERE id = 1')
          .get() as { code_sha256: string; expires_at: string; tries_left: number } | undefined
        if (!row || row.tries_left <= 0) return { ok: false as const, refused: 'no-code' as const }
        if (Date.parse(row.expires_at) <= this.now().getTime())
          return { ok: false as const, refused: 'expired' as const }
        let typedHash: string | undefined
        try {
          typedHash = joinCodeHash(typedCode)
        } catch {
          typedHash = undefined
        }
        if (typedHash === undefined || !sameHex(typedHash, row.code_sha256)) {
          const triesLeft = row.tries_left - 1
          if (triesLeft <= 0) this.db.prepare('DELETE FROM join_code').run()
          else this.db.prepare('UPDATE join_code SET tries_left = ?').run(triesLeft)
          return { ok: false as const, refused: 'wrong' as const, triesLeft }
        }
        this.db.prepare('DELETE FROM join_code').run()
        const laptopId = randomUUID()
        const token = randomBytes(32).toString('hex')
        this.db
          .prepare('INSERT INTO laptops (id, name, token_sha256, joined_at) VALUES (?, ?, ?, ?)')
          .run(laptopId, laptopName.trim(), sha256(token), this.now().toISOString())
        const hub = this.db.prepare('SELECT id, name FROM hub').get() as {
          id: string
          name: string
        }
        return { ok: true as const, laptopId, token, hubId: hub.id, hubName: hub.name }
      })
      .immediate()
  }

  /** Checks `Authorization: Bearer <laptopId>.<token>` (the header's value, or its bearer part). */
  authenticate(authorization: string | undefined): AuthResult {
    const match = /^(?:Bearer\s+)?([0-9a-f-]{36})\.([0-9a-f]{64})$/i.exec(
      authorization?.trim() ?? '',
    )
    if (!match) return { ok: false, refused: 'unauthorised' }
    const row = this.db
      .prepare('SELECT id, name, token_sha256, joined_at, revoked_at FROM laptops WHERE id = ?')
      .get(match[1]!.toLowerCase()) as LaptopRow | undefined
    if (!row || !sameHex(sha256(match[2]!.toLowerCase()), row.token_sha256))
      return { ok: false, refused: 'unauthorised' }
    if (row.revoked_at) return { ok: false, refused: 'revoked', revokedAt: row.revoked_at }
    return { ok: true, laptop: laptopOf(row) }
  }

  /** Revokes a laptop by id or by name (a name two laptops share is refused as ambiguous). */
  revoke(idOrName: string): RevokeResult {
    return this.db
      .transaction((): RevokeResult => {
        const wanted = idOrName.trim()
        let rows = this.db
          .prepare('SELECT * FROM laptops WHERE id = ?')
          .all(wanted.toLowerCase()) as LaptopRow[]
        if (rows.length === 0)
          rows = this.db
            .prepare('SELECT * FROM laptops WHERE name = ? COLLATE NOCASE ORDER BY joined_at')
            .all(wanted) as LaptopRow[]
        // Among laptops of the same name, only the ones still in the clinic are candidates.
        if (rows.length > 1) rows = rows.filter((row) => row.revoked_at === null)
        if (rows.length === 0) return { ok: false, refused: 'not-found' }
        if (rows.length > 1) return { ok: false, refused: 'ambiguous', laptops: rows.map(laptopOf) }
        const row = rows[0]!
        if (!row.revoked_at) {
          row.revoked_at = this.now().toISOString()
          this.db
            .prepare('UPDATE laptops SET revoked_at = ? WHERE id = ?')
            .run(row.revoked_at, row.id)
        }
        return { ok: true, laptop: laptopOf(row) }
      })
      .immediate()
  }

  laptops(): HubLaptop[] {
    return (
      this.db.prepare('SELECT * FROM laptops ORDER BY joined_at, name').all() as LaptopRow[]
    ).map(laptopOf)
  }

  /**
   * Merges pushed documents (Automerge `save` or incremental bytes) into the hub's copies, in one
   * transaction. A document whose heads do not move is left alone (a repeated push changes
   * nothing); each one that changes gets the next seq. One document is in memory at a time and
   * freed after use. Bytes Automerge cannot load refuse the whole push (BadDocumentError).
   */
  push(docs: readonly { docId: DocId; bytes: Uint8Array }[]): { changed: number; seq: number } {
    const read = this.db.prepare('SELECT bytes FROM docs WHERE doc_id = ?').pluck()
    const next = this.db.prepare('UPDATE hub SET seq = seq + 1 RETURNING seq').pluck()
    const write = this.db.prepare(
      `INSERT INTO docs (doc_id, bytes, seq) VALUES (?, ?, ?)
       ON CONFLICT (doc_id) DO UPDATE SET bytes = excluded.bytes, seq = excluded.seq`,
    )
    return this.db
      .transaction(() => {
        let changed = 0
        docs.forEach(({ docId, bytes }, index) => {
          const existing = read.get(docId) as Buffer | undefined
          let doc: A.Doc<unknown> | undefined
          try {
            doc = existing ? A.load(existing) : A.init()
            const before = A.getHeads(doc)
            try {
              doc = A.loadIncremental(doc, bytes)
            } catch {
              throw new BadDocumentError(index)
            }
            if (sameHeads(before, A.getHeads(doc))) return
            write.run(docId, A.save(doc), next.get() as number)
            changed += 1
          } finally {
            if (doc) A.free(doc)
          }
        })
        return { changed, seq: this.seq() }
      })
      .immediate()
  }

  /** The change counter: the seq of the last document stored. */
  seq(): number {
    return this.db.prepare('SELECT seq FROM hub').pluck().get() as number
  }

  /** Documents changed after `after`, oldest change first, and how many more are waiting. */
  pull(after: number, limit: number): { docs: PulledDoc[]; last: number; remaining: number } {
    return this.db.transaction(() => {
      const docs = (
        this.db
          .prepare('SELECT doc_id, seq, bytes FROM docs WHERE seq > ? ORDER BY seq LIMIT ?')
          .all(after, limit) as { doc_id: DocId; seq: number; bytes: Buffer }[]
      ).map((row) => ({ docId: row.doc_id, seq: row.seq, bytes: row.bytes }))
      const last = docs.length > 0 ? docs[docs.length - 1]!.seq : after
      const remaining = this.db
        .prepare('SELECT count(*) FROM docs WHERE seq > ?')
        .pluck()
        .get(last) as number
      return { docs, last, remaining }
    })()
  }

  /**
   * The hello's proof for `nonce` and the certificate's fingerprint, keyed by SHA-256 of the open
   * code (joinCode.ts); null when no code is open.
   */
  proof(nonce: string, fingerprint: string): string | null {
    const row = this.openCodeRow()
    return row ? proofWithCodeHash(row.code_sha256, fingerprint, nonce) : null
  }

  close() {
    if (this.db.open) this.db.close()
  }
}
