import { afterEach, describe, expect, it } from 'vitest'
import { generateClinic } from '../../bench/clinic/generateClinic'
import { checkSignatures } from '../../src/main/audit/signatureCheck'
import { tempDatabase } from '../support/tempDatabase'

/**
 * The sync bench's clinic (npm run bench:sync): a laptop receiving a shared record refuses one
 * whose signature or addendum chain does not verify, so the generated clinic it sends must be
 * signed for real. The bench itself stays out of `npm test` (it runs for minutes).
 */
let cleanup: (() => void) | undefined
afterEach(() => cleanup?.())

describe('the generated clinic with valid signatures', () => {
  it('has every signed record and every addendum verifying, as a receiving laptop checks them', () => {
    const temp = tempDatabase()
    cleanup = temp.cleanup
    const clinic = generateClinic(temp.db, { seed: 11, size: 150, validSignatures: true })
    const check = checkSignatures(temp.db)
    const count = (sql: string) => temp.db.prepare(sql).pluck().get() as number
    const signed = count(`SELECT count(*) FROM assessments WHERE status = 'finalised'`)
    expect(signed).toBe(clinic.assessments - clinic.drafts)
    expect(check.checked).toBe(signed)
    expect(check.unsigned).toBe(0)
    expect(check.mismatches).toEqual([])
    // Addenda are there, each hashed and chained to what it follows.
    expect(count('SELECT count(*) FROM addenda')).toBeGreaterThan(0)
    expect(count('SELECT count(*) FROM addenda WHERE sha256 IS NULL OR follows IS NULL')).toBe(0)
  })

  it('without the option keeps the clinic bench’s clinic as it was (signatures not recomputed)', () => {
    const temp = tempDatabase()
    cleanup = temp.cleanup
    generateClinic(temp.db, { seed: 11, size: 150 })
    expect(checkSignatures(temp.db).mismatches.length).toBeGreaterThan(0)
  })
})
