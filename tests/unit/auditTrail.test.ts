import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { AuditTrail } from '../../src/main/audit/auditTrail'
import { sha256 } from '../../src/main/audit/sha256'
import { ClinicianRepository } from '../../src/main/db/clinicianRepository'
import { SettingsRepository } from '../../src/main/db/settingsRepository'
import { createHandlers } from '../../src/main/ipc/handlers'
import type { Platform } from '../../src/main/platform/platform'
import { ClinicianSession } from '../../src/main/session/clinicianSession'
import {
  GENESIS_HASH,
  chainedEntry,
  hashAuditEntry,
  verifyChain,
} from '../../src/shared/audit/auditChain'
import type { AuditEntry } from '../../src/shared/audit/auditEntry'
import type { Result } from '../../src/shared/api/result'
import { completeSections } from '../support/assessments'
import { aPatient } from '../support/patients'
import { tempDatabase } from '../support/tempDatabase'
import { sectionsOf } from '../support/vignettes'

const valueOf = <T>(result: Result<T>): T => {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.value
}

/** A chain of n entries, in memory. */
function chainOf(n: number): AuditEntry[] {
  const entries: AuditEntry[] = []
  for (let i = 0; i < n; i++) {
    entries.push(
      chainedEntry(
        entries.at(-1),
        {
          at: `2026-11-02T10:0${i}:00.000Z`,
          clinicianId: null,
          action: 'view',
          recordType: 'patient',
          recordId: `p${i}`,
          detail: null,
        },
        sha256,
      ),
    )
  }
  return entries
}

describe('the hash chain (pure)', () => {
  it('holds for an untouched chain, and for an empty one', () => {
    expect(verifyChain(chainOf(5), sha256)).toEqual({
      intact: true,
      entries: 5,
      last: { seq: 5, at: '2026-11-02T10:04:00.000Z' },
    })
    expect(verifyChain([], sha256)).toEqual({ intact: true, entries: 0 })
    expect(chainOf(1)[0]!.prevHash).toBe(GENESIS_HASH)
  })

  it('names the first broken link: an entry changed, changed and rehashed, removed', () => {
    const changed = chainOf(5)
    changed[2] = { ...changed[2]!, recordId: 'p9' }
    expect(verifyChain(changed, sha256)).toMatchObject({
      intact: false,
      entries: 2,
      brokenAt: { seq: 3, at: '2026-11-02T10:02:00.000Z' },
      problem: expect.stringMatching(/does not match its hash/),
    })

    const rehashed = chainOf(5)
    const forged = { ...rehashed[2]!, recordId: 'p9' }
    rehashed[2] = { ...forged, hash: hashAuditEntry(forged, sha256) }
    expect(verifyChain(rehashed, sha256)).toMatchObject({
      brokenAt: { seq: 4 },
      problem: 'it does not follow from entry #3, which was changed, replaced or removed',
    })

    const removed = chainOf(5)
    removed.splice(1, 1)
    expect(verifyChain(removed, sha256)).toMatchObject({
      brokenAt: { seq: 3 },
      problem: 'entries #2 to #2 are missing (#1 is the last before)',
    })
    expect(verifyChain(chainOf(5).slice(2), sha256)).toMatchObject({
      brokenAt: { seq: 3 },
      problem: 'entries #1 to #2 are missing',
    })
  })
})

describe('the audit trail of a clinic day', () => {
  let store: ReturnType<typeof tempDatabase>
  let clock: Date
  let files: string
  const now = () => clock
  const minutes = (m: number) => {
    clock = new Date(clock.getTime() + m * 60_000)
  }
  beforeEach(() => {
    store = tempDatabase()
    clock = new Date('2026-11-02T09:00:00.000Z')
    files = mkdtempSync(join(tmpdir(), 'runners-hip-audit-'))
  })
  afterEach(() => {
    store.cleanup()
    rmSync(files, { recursive: true, force: true })
  })

  // Words that must never reach the trail: the patient's names and what the clinician typed.
  const SECRETS = [
    'Zebedee',
    'Quixote',
    'SECRET-NOTE',
    'SECRET-ADDENDUM',
    'SECRET-REASON',
    'SECRET-ERASE',
    'Run a half marathon',
  ]
  const platform: Platform = {
    chooseSavePath: async ({ defaultName }) => join(files, defaultName),
    chooseOpenPath: async () => undefined,
    chooseFolder: async () => undefined,
    printHtmlToPdf: async () => new Uint8Array([37, 80, 68, 70]),
  }

  function clinic() {
    const audit = new AuditTrail(store.db, { now, author: () => session.activeClinician()?.id })
    const session: ClinicianSession = new ClinicianSession(
      new ClinicianRepository(store.db),
      new SettingsRepository(store.db),
      now,
      audit,
    )
    const handlers = createHandlers(store.db, {
      now,
      platform,
      audit,
      author: () => session.activeClinician()?.id,
    })
    return { audit, session, handlers }
  }

  const entries = () =>
    store.db.prepare('SELECT * FROM audit_log ORDER BY seq').all() as (Record<string, unknown> & {
      action: string
      clinician_id: string | null
    })[]

  it('records each action with its author and no clinical content, in a chain that holds', async () => {
    const { audit, session, handlers } = clinic()
    const alex = session.createClinician({
      name: 'Alex Morgan',
      profession: 'physiotherapist',
      registrationNumber: 'PH123456',
      passcode: 'hip-clinic-1',
      passcodeAgain: 'hip-clinic-1',
    }).signedIn!
    const patient = valueOf(
      await handlers.createPatient(aPatient({ givenName: 'Zebedee', familyName: 'Quixote' })),
    )
    valueOf(
      await handlers.updatePatient({
        ...aPatient({ givenName: 'Zebedee', familyName: 'Quixote' }),
        id: patient.id,
        notes: 'SECRET-NOTE',
        phone: '0113 496 0000',
      }),
    )
    valueOf(await handlers.getPatient({ id: patient.id }))
    minutes(1)
    valueOf(await handlers.getPatient({ id: patient.id }))
    const a = valueOf(
      await handlers.createAssessment({
        patientId: patient.id,
        type: 'initial',
        date: '2026-11-02',
      }),
    )
    const sections = sectionsOf(completeSections(a))
    for (const revision of [1, 2, 3]) {
      valueOf(await handlers.saveAssessmentDraft({ ...sections, id: a.id, revision, date: a.date }))
      minutes(1)
    }
    valueOf(
      await handlers.confirmWorkingDiagnosis({
        id: a.id,
        confirmed: [{ freeText: 'Lateral hip pain' }],
        reason: 'SECRET-REASON for the override',
        plan: 'proposal',
      }),
    )
    const signed = valueOf(await handlers.finaliseAssessment({ id: a.id }))
    valueOf(await handlers.addAssessmentAddendum({ id: a.id, text: 'SECRET-ADDENDUM' }))
    valueOf(await handlers.exportReport({ id: a.id, kind: 'clinician' }))
    const draft = valueOf(
      await handlers.createAssessment({
        patientId: patient.id,
        type: 'follow-up',
        date: '2026-11-20',
      }),
    )
    valueOf(await handlers.deleteAssessmentDraft({ id: draft.id, reason: 'SECRET-REASON' }))
    session.lock()
    expect(() => session.unlock('wrong-passcode')).toThrow()
    session.unlock('hip-clinic-1')
    valueOf(await handlers.deletePatient({ id: patient.id, reason: 'SECRET-REASON' }))
    session.signOut()

    const trail = entries()
    expect(trail.map((e) => [e.action, e.record_type, e.detail])).toEqual([
      ['create', 'clinician', 'first clinician of this installation'],
      ['sign-in', 'session', 'signed in on setting up'],
      ['create', 'patient', null],
      ['update', 'patient', 'fields changed: phone, notes'],
      ['view', 'patient', null],
      ['create', 'assessment', 'initial assessment started'],
      ['update', 'assessment', 'autosave (further saves within 5 minutes not listed)'],
      ['update', 'assessment', 'working diagnosis confirmed'],
      ['sign', 'assessment', `finalised and signed; SHA-256 ${signed.signature!.sha256}`],
      ['addendum', 'assessment', expect.stringMatching(/^addendum 1; SHA-256 [0-9a-f]{64}$/)],
      ['export', 'assessment', 'report: clinician PDF'],
      ['create', 'assessment', 'follow-up started'],
      ['delete', 'assessment', 'draft marked deleted; reason kept with the record'],
      ['lock', 'session', 'locked by the clinician'],
      ['sign-in-failed', 'session', 'unlock: wrong passcode'],
      ['unlock', 'session', null],
      ['delete', 'patient', 'marked deleted; reason kept with the record'],
      ['sign-out', 'session', null],
    ])
    // Every entry names its clinician; none holds a name or anything typed.
    expect(trail.every((e) => e.clinician_id === alex.id)).toBe(true)
    const everything = JSON.stringify(trail)
    for (const secret of SECRETS) expect(everything, secret).not.toContain(secret)
    expect(audit.verify()).toEqual({
      intact: true,
      entries: trail.length,
      last: { seq: trail.length, at: clock.toISOString() },
    })

    // The screen's list: newest first, with names, filtered.
    const page = valueOf(await handlers.listAuditTrail({ action: 'sign' }))
    expect(page).toMatchObject({
      total: 1,
      entries: [{ action: 'sign', clinicianName: 'Alex Morgan', recordId: a.id }],
    })
    expect(
      valueOf(await handlers.listAuditTrail({ recordId: patient.id.slice(0, 8) })).entries.map(
        (e) => e.action,
      ),
    ).toEqual(['delete', 'view', 'update', 'create'])
    // The patient screen's link: the patient's own entries and those of their assessments, the
    // assessments looked up by main (the trail holds ids only).
    const aboutPatient = valueOf(await handlers.listAuditTrail({ patientId: patient.id }))
    expect(aboutPatient.total).toBe(
      trail.filter((e) => [patient.id, a.id, draft.id].includes(e.record_id as string)).length,
    )
    expect(new Set(aboutPatient.entries.map((e) => e.recordId))).toEqual(
      new Set([patient.id, a.id, draft.id]),
    )
  })

  it('lists autosaves of a stretch of typing once, and again after five minutes or another action', () => {
    const { audit } = clinic()
    const autosave = () =>
      audit.recordUnlessRepeated(
        { action: 'update', recordType: 'assessment', recordId: 'a1', detail: 'autosave' },
        5 * 60_000,
        { onlyIfLatest: true },
      )
    expect(autosave()).toBeDefined()
    minutes(2)
    expect(autosave()).toBeUndefined()
    minutes(4) // 6 minutes after the listed one
    expect(autosave()).toBeDefined()
    audit.record({ action: 'update', recordType: 'assessment', recordId: 'a1', detail: 'other' })
    expect(autosave()).toBeDefined()
    expect(entries().length).toBe(4)
  })

  it('is append-only: the database refuses to change or remove an entry, or to break the chain', () => {
    const { audit } = clinic()
    audit.record({ action: 'view', recordType: 'patient', recordId: 'p1' })
    audit.record({ action: 'view', recordType: 'patient', recordId: 'p2' })
    expect(() => store.db.prepare("UPDATE audit_log SET detail = 'x'").run()).toThrow(
      /audit trail cannot be changed/,
    )
    expect(() => store.db.prepare('DELETE FROM audit_log').run()).toThrow(
      /audit trail cannot be changed/,
    )
    expect(() =>
      store.db
        .prepare(
          "INSERT INTO audit_log VALUES (3, 't', NULL, 'view', 'patient', 'p3', NULL, ?, 'h')",
        )
        .run(GENESIS_HASH),
    ).toThrow(/must continue the chain/)
  })

  it('with its triggers dropped, a changed entry is named as the first broken link', () => {
    const { audit } = clinic()
    for (let i = 1; i <= 6; i++) {
      audit.record({ action: 'view', recordType: 'patient', recordId: `p${i}` })
      minutes(1)
    }
    for (const name of ['audit_log_no_update', 'audit_log_no_delete'])
      store.db.exec(`DROP TRIGGER ${name}`)
    store.db.prepare("UPDATE audit_log SET record_id = 'someone-else' WHERE seq = 3").run()
    expect(audit.verify()).toMatchObject({
      intact: false,
      entries: 2,
      brokenAt: { seq: 3, at: '2026-11-02T09:02:00.000Z' },
    })
    // Rehashing the changed entry moves the break to the next one, which no longer follows.
    const third = store.db.prepare('SELECT * FROM audit_log WHERE seq = 3').get() as Record<
      string,
      string | number | null
    >
    const rehashed = hashAuditEntry(
      {
        seq: 3,
        at: third.at as string,
        clinicianId: null,
        action: 'view',
        recordType: 'patient',
        recordId: 'someone-else',
        detail: null,
        prevHash: third.prev_hash as string,
      },
      sha256,
    )
    store.db.prepare('UPDATE audit_log SET hash = ? WHERE seq = 3').run(rehashed)
    expect(audit.verify()).toMatchObject({ brokenAt: { seq: 4 } })
    store.db.prepare('DELETE FROM audit_log WHERE seq IN (3, 4)').run()
    expect(audit.verify()).toMatchObject({
      brokenAt: { seq: 5 },
      problem: 'entries #3 to #4 are missing (#2 is the last before)',
    })
  })

  it('records exports and imports of files, and the session’s refusals', async () => {
    const { session, handlers } = clinic()
    session.createClinician({
      name: 'Alex Morgan',
      profession: 'physiotherapist',
      passcode: 'hip-clinic-1',
      passcodeAgain: 'hip-clinic-1',
    })
    const patient = valueOf(
      await handlers.createPatient(aPatient({ givenName: 'Zebedee', familyName: 'Quixote' })),
    )
    const started = valueOf(await handlers.startExport({ format: 'json' }))
    if (!started.started) throw new Error('not started')
    await expect
      .poll(async () => valueOf(await handlers.getJob({ jobId: started.jobId })).status, {
        timeout: 60_000,
      })
      .toBe('done')
    const file = readFileSync(
      join(files, `runners-hip-all-patients-json-${clock.toISOString().slice(0, 10)}.json`),
      'utf8',
    )
    const other = tempDatabase()
    try {
      const importer = createHandlers(other.db, {
        platform: {
          ...platform,
          chooseOpenPath: async () => {
            const path = join(files, 'in.json')
            writeFileSync(path, file)
            return path
          },
        },
      })
      const job = valueOf(await importer.startImport({}))
      if (!job.started) throw new Error('not started')
      // The import's worker starts from source here: on a busy machine that takes seconds.
      await expect
        .poll(async () => valueOf(await importer.getJob({ jobId: job.jobId })).status, {
          timeout: 60_000,
        })
        .toBe('done')
      const imported = other.db
        .prepare("SELECT record_type, record_id, detail FROM audit_log WHERE action = 'import'")
        .all()
      expect(imported).toEqual([
        { record_type: 'patient', record_id: patient.id, detail: 'added from an export file' },
        {
          record_type: 'records',
          record_id: null,
          detail:
            'export file: patients 1 added, 0 updated; assessments 0 added, 0 updated; 0 skipped',
        },
      ])
    } finally {
      other.cleanup()
    }
    expect(entries().find((e) => e.action === 'export')).toMatchObject({
      record_type: 'records',
      detail: 'JSON export: 1 patient',
    })
    expect(() => session.signIn(entries()[0]!.clinician_id!, 'not-it')).toThrow()
    expect(entries().at(-1)).toMatchObject({
      action: 'sign-in-failed',
      detail: 'sign-in: wrong passcode',
    })
  })
})
