import type { Database, Statement } from 'better-sqlite3'
import { randomBytes, randomUUID, scryptSync, timingSafeEqual } from 'node:crypto'
import {
  clinicianFieldsSchema,
  newClinicianSchema,
  type Clinician,
  type NewClinician,
} from '../../shared/model/clinician'
import { notFound } from '../errors'

interface ClinicianRow {
  id: string
  name: string
  profession: Clinician['profession']
  registration_number: string | null
  passcode_hash: string
}

// scrypt's cost: about 50 ms per check on a laptop (16 MB of memory), slow enough to make guessing costly.
const SCRYPT = { N: 1 << 14, r: 8, p: 1, maxmem: 64 * 1024 * 1024 }

/** A salted scrypt hash, self-describing so the cost can grow later: scrypt$N$r$p$salt$hash. */
export function hashPasscode(passcode: string): string {
  const salt = randomBytes(16)
  const hash = scryptSync(passcode, salt, 32, SCRYPT)
  return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('hex'), hash.toString('hex')].join(
    '$',
  )
}

export function passcodeMatches(passcode: string, stored: string): boolean {
  const [kind, n, r, p, salt, hash] = stored.split('$')
  if (kind !== 'scrypt' || !salt || !hash) return false
  const expected = Buffer.from(hash, 'hex')
  const actual = scryptSync(passcode, Buffer.from(salt, 'hex'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: SCRYPT.maxmem,
  })
  return timingSafeEqual(actual, expected)
}

const toClinician = (row: ClinicianRow): Clinician => ({
  id: row.id,
  name: row.name,
  profession: row.profession,
  ...(row.registration_number ? { registrationNumber: row.registration_number } : {}),
})

/** The people who sign in (migration 6). Passcodes never leave this file but as hashes. */
export class ClinicianRepository {
  private readonly all: Statement<[], ClinicianRow>
  private readonly byId: Statement<[string], ClinicianRow>
  private readonly insert: Statement

  constructor(db: Database) {
    this.all = db.prepare('SELECT * FROM clinicians ORDER BY name COLLATE NOCASE')
    this.byId = db.prepare('SELECT * FROM clinicians WHERE id = ?')
    this.insert = db.prepare(`
      INSERT INTO clinicians (id, name, profession, registration_number, passcode_hash,
                              created_at, created_by)
      VALUES (@id, @name, @profession, @registrationNumber, @passcodeHash, @createdAt, @createdBy)`)
  }

  list(): Clinician[] {
    return this.all.all().map(toClinician)
  }

  get(id: string): Clinician {
    const row = this.byId.get(id)
    if (!row) throw notFound('The clinician')
    return toClinician(row)
  }

  create(input: NewClinician, createdBy: string | undefined, now: Date): Clinician {
    const parsed = newClinicianSchema.parse(input)
    const fields = clinicianFieldsSchema.parse(parsed)
    const id = randomUUID()
    this.insert.run({
      id,
      name: fields.name,
      profession: fields.profession,
      registrationNumber: fields.registrationNumber ?? null,
      passcodeHash: hashPasscode(parsed.passcode),
      createdAt: now.toISOString(),
      createdBy: createdBy ?? null,
    })
    return this.get(id)
  }

  /** Whether the passcode is this clinician's (false for an unknown clinician). */
  verify(id: string, passcode: string): boolean {
    const row = this.byId.get(id)
    return row ? passcodeMatches(passcode, row.passcode_hash) : false
  }
}
