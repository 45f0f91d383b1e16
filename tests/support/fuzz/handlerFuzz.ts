import fc from 'fast-check'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { Database } from 'better-sqlite3'
import type { Handler } from '../../../src/main/ipc/defineHandlers'
import { ClinicianRepository } from '../../../src/main/db/clinicianRepository'
import { SettingsRepository } from '../../../src/main/db/settingsRepository'
import { createHandlers } from '../../../src/main/ipc/handlers'
import { createSessionHandlers } from '../../../src/main/ipc/sessionHandlers'
import { createStartupHandlers } from '../../../src/main/ipc/startupHandlers'
import { ClinicianSession } from '../../../src/main/session/clinicianSession'
import { ClinicStartup } from '../../../src/main/startup/clinicStartup'
import {
  channelNames,
  isSessionChannel,
  isStartupChannel,
  type ChannelName,
  type SessionChannelName,
  type StartupChannelName,
} from '../../../src/shared/api/channels'
import { contract } from '../../../src/shared/api/contract'
import type { ErrorCode, Result } from '../../../src/shared/api/result'
import { redFlagIds } from '../../../src/shared/clinical/conditions/conditionIds'
import { completeSections, decide, repositories } from '../assessments'
import { tempDatabase, tempFolder } from '../tempDatabase'
import { loadVignette, sectionsOf } from '../vignettes'

/**
 * Fuzzing of every IPC handler, the start-up screens' included, through the handler table main
 * registers: arbitrary values of every kind a structured clone can carry, and near-valid inputs
 * (a valid input with one field broken or removed). For every input:
 *
 * - the handler never throws: it answers with a Result;
 * - an input its contract schema refuses gets `invalid-input` with the issues, and not one row
 *   of the database changes (`total_changes()` of the connection every handler uses);
 * - no error message, nor any issue's, carries the seeded patient's data;
 * - only the calls that need a desktop (dialogs, printing, absent here) fail as `internal`.
 *
 * `npm run fuzz` (scripts/fuzz.ts) runs 1,000 inputs of each kind per handler; `npm test` 100
 * (tests/unit/handlerFuzz.test.ts).
 */

/** The seeded patient: no error message may quote any of this. */
const seededPatient = {
  givenName: 'Zephyrine',
  familyName: 'Quagmire-Oyelaran',
  dateOfBirth: '1979-04-23',
  sex: 'female' as const,
  recordNumber: 'ZQ-44718',
  phone: '0161 496 0732',
  email: 'zephyrine.q@example.org',
  address: '17 Marlowe Crescent',
  notes: 'Prefers early appointments',
}
const secrets = [
  'Zephyrine',
  'Quagmire',
  'Oyelaran',
  '1979-04-23',
  'ZQ-44718',
  '496 0732',
  'zephyrine.q',
  'Marlowe',
  'early appointments',
  'Confidential goal: sub-3 marathon',
]

/** Calls that need the desktop (file dialogs, printing), which the fuzzed table does not have. */
const needDesktop = new Set<ChannelName>([
  'exportReport',
  'startExport',
  'startImport',
  'writeReferralLetter',
  'printReferralLetterAgain',
])

const errorCodes: ErrorCode[] = ['invalid-input', 'not-found', 'conflict', 'locked', 'internal']

export interface ChannelFuzzReport {
  channel: ChannelName
  /** Arbitrary values (any JSON or structured-clone value) and near-valid inputs tried. */
  arbitrary: number
  nearValid: number
  refusedBySchema: number
  byCode: Partial<Record<ErrorCode | 'ok', number>>
}

interface Subject {
  handler: Handler<ChannelName>
  /** Counts changes to the stored records; equal before and after means none changed. */
  changes: () => string
  /** A valid input, as the renderer would send it. */
  valid: unknown
  close: () => void
}

/** A clinic with the seeded patient, a draft, a finalised assessment and the clinic's details. */
function clinicSubject(channel: Exclude<ChannelName, StartupChannelName | SessionChannelName>) {
  const store = tempDatabase()
  const ids = seed(store.db)
  const handlers = createHandlers(store.db, { report: () => {} })
  const changes = () => String(store.db.prepare('SELECT total_changes()').pluck().get())
  const jobId = '6c1f2f44-51a2-4d3e-9c59-0b0b3a8b3a10'
  const date = '2026-11-02'
  const valid: Record<typeof channel, unknown> = {
    findPatients: { query: 'Quag', limit: 10 },
    getPatient: { id: ids.patientId },
    createPatient: { ...seededPatient, recordNumber: 'ZQ-1' },
    updatePatient: { ...seededPatient, id: ids.patientId },
    listAssessments: { patientId: ids.patientId },
    getPatientHistory: { patientId: ids.patientId },
    getProgressView: { patientId: ids.patientId },
    getAssessment: { id: ids.draftId },
    createAssessment: { patientId: ids.patientId, type: 'follow-up', date },
    saveAssessmentDraft: {
      id: ids.draftId,
      revision: 9,
      date,
      history: { pain: { now: 4 } },
      outcomes: {},
      exam: {},
      running: {},
    },
    keepDraftCopy: {
      id: ids.draftId,
      revision: 10,
      date,
      sections: { history: { pain: { now: 15 } }, outcomes: {}, exam: {}, running: {} },
    },
    getDraftCopy: { id: ids.draftId },
    confirmWorkingDiagnosis: {
      id: ids.draftId,
      confirmed: [{ freeText: 'Lateral hip pain' }],
      reason: 'Fuzzing',
      plan: 'proposal',
    },
    referWithoutPlan: { id: ids.draftId, referred: true },
    recordMedicalClearance: {
      id: ids.draftId,
      redFlag: redFlagIds[0],
      clearedBy: 'Dr A. Shah, GP',
      clearedOn: '2026-11-01',
      excluded: 'MRI: no fracture',
    },
    removeMedicalClearance: { id: ids.draftId, redFlag: redFlagIds[0] },
    finaliseAssessment: { id: ids.draftId },
    addAssessmentAddendum: {
      id: ids.finalisedId,
      text: 'Phoned: better',
      revise: { plan: 'proposal' },
    },
    deleteAssessmentDraft: { id: ids.draftId, reason: 'Started by mistake' },
    deletePatient: { id: ids.patientId, reason: 'Duplicate record' },
    erasePatient: { id: ids.patientId, reason: 'Erasure requested', confirmed: true },
    listAuditTrail: {},
    verifyAuditTrail: {},
    verifySignatures: {},
    getCaseload: { today: date },
    getPatientCaseload: { id: ids.patientId },
    findDuplicatePatients: {
      givenName: seededPatient.givenName,
      familyName: seededPatient.familyName,
      dateOfBirth: seededPatient.dateOfBirth,
    },
    setPatientArchived: { id: ids.patientId, archived: true },
    exportReport: { id: ids.finalisedId, kind: 'clinician' },
    startExport: { format: 'csv', patientId: ids.patientId },
    startImport: {},
    getJob: { jobId },
    cancelJob: { jobId },
    getClinicDetails: {},
    saveClinicDetails: { name: 'Riverside Physio', phone: '0113 496 0000' },
    listReferralContacts: {},
    saveReferralContact: { name: 'Dr Priya Shah', role: 'GP', phone: '0113 496 0101' },
    removeReferralContact: { id: jobId },
    startReferralLetter: { assessmentId: ids.finalisedId },
    writeReferralLetter: {
      assessmentId: ids.finalisedId,
      recipient: { name: 'Dr Priya Shah', role: 'GP' },
      question: 'Please advise.',
    },
    getReferralLetter: { id: jobId },
    printReferralLetterAgain: { id: jobId },
    listBackups: {},
    backUpNow: {},
    exportBackup: { fileName: 'runners-hip-2026-11-02-090000Z-manual.sqlite' },
    restoreBackup: { fileName: 'runners-hip-2026-11-02-090000Z-manual.sqlite' },
    getSyncStatus: {},
    joinHub: { address: 'hub.clinic.lan:8443', code: 'K7QM-2XHP-9D4R', laptopName: 'Room 2' },
    syncNow: {},
    leaveHub: {},
    listSyncConflicts: {},
    resolveSyncConflict: { id: jobId, choice: 1 },
    reviewChangeAfterSigning: { id: jobId, decision: 'set-aside' },
  }
  return {
    handler: handlers[channel] as Handler<ChannelName>,
    changes,
    valid: valid[channel],
    close: store.cleanup,
  } satisfies Subject
}

function seed(db: Database) {
  const repos = repositories(db)
  const patient = repos.patients.create(seededPatient)
  const v = loadVignette('V01')
  const sections = completeSections(sectionsOf(v.assessment))
  sections.history.general = { ...sections.history.general, goals: secrets.at(-1) }
  const finalised = repos.assessments.create({
    patientId: patient.id,
    type: 'initial',
    date: '2026-10-01',
  })
  repos.assessments.saveDraft({ id: finalised.id, revision: 1, date: '2026-10-01', ...sections })
  decide(repos.assessments, finalised.id)
  repos.assessments.finalise(finalised.id)
  const draft = repos.assessments.create({
    patientId: patient.id,
    type: 'follow-up',
    date: '2026-11-02',
  })
  repos.assessments.saveDraft({ id: draft.id, revision: 1, date: '2026-11-02', ...sections })
  return { patientId: patient.id, draftId: draft.id, finalisedId: finalised.id }
}

/** Signing in and locking, with one clinician set up and signed in. */
function sessionSubject(channel: SessionChannelName) {
  const store = tempDatabase()
  const session = new ClinicianSession(
    new ClinicianRepository(store.db),
    new SettingsRepository(store.db),
  )
  const passcode = 'hip-clinic-1'
  const clinicianId = session.createClinician({
    name: 'Alex Morgan',
    profession: 'physiotherapist',
    passcode,
    passcodeAgain: passcode,
  }).signedIn!.id
  const handlers = createSessionHandlers(session, () => {})
  const valid: Record<SessionChannelName, unknown> = {
    getSession: {},
    createClinician: {
      name: 'Sam Okafor',
      profession: 'physiotherapist',
      registrationNumber: 'PH654321',
      passcode: 'groin-22',
      passcodeAgain: 'groin-22',
    },
    signIn: { clinicianId, passcode },
    unlockSession: { passcode },
    lockSession: {},
    signOut: {},
    touchSession: {},
    setLockAfterMinutes: { minutes: 10 },
    handToPatient: {
      patientId: '7b0c6d0e-3f4a-4c1e-9d2b-5a6f7e8d9c0b',
      assessmentId: '2f1e0d9c-8b7a-4c6d-9e5f-4a3b2c1d0e9f',
      questionnaires: ['nprs', 'lefs', 'psfs'],
      carriedPsfs: ['Running 5 km'],
    },
    patientModePage: { page: 3 },
    leavePatientMode: { passcode },
  }
  return {
    handler: handlers[channel] as Handler<ChannelName>,
    changes: () => String(store.db.prepare('SELECT total_changes()').pluck().get()),
    valid: valid[channel],
    close: store.cleanup,
  } satisfies Subject
}

/** The start-up screens on a computer without a key store: the passphrase is being chosen. */
function startupSubject(channel: StartupChannelName) {
  const folder = tempFolder()
  const file = join(folder.dir, 'clinic.sqlite')
  let opened: Database | undefined
  const startup = new ClinicStartup({
    file,
    store: {
      isEncryptionAvailable: () => false,
      encryptString: () => Buffer.alloc(0),
      decryptString: () => '',
    },
    onOpen: (db) => (opened = db),
  })
  startup.start()
  const handlers = createStartupHandlers(startup, { quit: () => {}, report: () => {} })
  const passphrase = 'correct horse battery staple'
  const valid: Record<StartupChannelName, unknown> = {
    getStartupState: {},
    submitPassphrase: { passphrase, confirmation: passphrase },
    listStartupBackups: {},
    restoreAtStartup: { fileName: 'runners-hip-2026-11-02-090000Z-manual.sqlite', passphrase },
    openReadOnly: {},
    chooseDataFolder: {},
    useChosenFolder: { startNew: true },
    startNewClinic: {},
    retryStartup: {},
    quitApp: {},
  }
  return {
    handler: handlers[channel] as Handler<ChannelName>,
    changes: () =>
      `${JSON.stringify(startup.state)} ${existsSync(file)} ${
        opened ? String(opened.prepare('SELECT total_changes()').pluck().get()) : '-'
      }`,
    valid: valid[channel],
    close: () => {
      opened?.close()
      folder.cleanup()
    },
  } satisfies Subject
}

/** Every path into a value: where one field can be broken. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix]
  const entries = Array.isArray(value)
    ? value.map((v, i) => [i, v] as const)
    : Object.entries(value as Record<string, unknown>)
  return [prefix, ...entries.flatMap(([key, v]) => pathsOf(v, [...prefix, key]))]
}

/** The valid input with the field at `path` replaced by `bad`, or removed. */
function withBroken(
  valid: unknown,
  path: (string | number)[],
  bad: { remove: boolean; value: unknown },
) {
  if (path.length === 0) return bad.value
  const copy = structuredClone(valid) as Record<string | number, unknown>
  let node = copy
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>
  const last = path.at(-1)!
  if (bad.remove) delete node[last]
  else node[last] = bad.value
  return copy
}

/** Values of every kind Electron's IPC carries (the structured clone algorithm). */
const anyValue = fc.anything({
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withTypedArray: true,
  withSparseArray: true,
  withBoxedValues: true,
  maxDepth: 4,
})

/** What breaks a field: another type, an edge of a range, text too long, a malformed id. */
const badValue = fc.oneof(
  anyValue,
  fc.constantFrom(
    null,
    undefined,
    '',
    ' ',
    -1,
    0,
    1e308,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    '2999-12-31',
    '2026-02-30',
    'not-a-uuid',
    '00000000-0000-0000-0000-000000000000',
    [],
    {},
  ),
  fc.uuid(),
  fc.integer(),
  fc.double(),
  fc.string({ maxLength: 12 }),
  fc.string({ minLength: 4001, maxLength: 4100 }),
)

const nearValid = (valid: unknown) =>
  fc
    .record({
      path: fc.constantFrom(...pathsOf(valid)),
      remove: fc.boolean(),
      value: badValue,
    })
    .map(({ path, remove, value }) => withBroken(valid, path, { remove, value }))

function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false
  const r = value as Record<string, unknown>
  if (r.ok === true) return 'value' in r
  if (r.ok !== false || typeof r.error !== 'object' || r.error === null) return false
  const e = r.error as Record<string, unknown>
  return (
    errorCodes.includes(e.code as ErrorCode) &&
    typeof e.message === 'string' &&
    (e.issues === undefined ||
      (Array.isArray(e.issues) &&
        e.issues.every(
          (i: { path?: unknown; message?: unknown }) =>
            Array.isArray(i.path) && typeof i.message === 'string',
        )))
  )
}

/** Fuzzes one handler with `runs` arbitrary and `runs` near-valid inputs; throws on a failure. */
export async function fuzzChannel(
  channel: ChannelName,
  { runs, seed }: { runs: number; seed?: number },
): Promise<ChannelFuzzReport> {
  const subject = isStartupChannel(channel)
    ? startupSubject(channel)
    : isSessionChannel(channel)
      ? sessionSubject(channel)
      : clinicSubject(channel)
  const report: ChannelFuzzReport = {
    channel,
    arbitrary: 0,
    nearValid: 0,
    refusedBySchema: 0,
    byCode: {},
  }
  const schema = contract[channel].input
  try {
    const property = (kind: 'arbitrary' | 'nearValid', inputs: fc.Arbitrary<unknown>) =>
      fc.asyncProperty(inputs, async (input) => {
        // What crosses Electron's IPC is a structured clone of what the renderer sent.
        const sent = structuredClone(input)
        const refused = !schema.safeParse(structuredClone(sent)).success
        const before = subject.changes()
        let result: unknown
        try {
          result = await subject.handler(sent)
        } catch (error) {
          throw new Error(`${channel} threw instead of answering`, { cause: error })
        }
        if (!isResult(result)) throw new Error(`${channel} answered with something not a Result`)
        report[kind]++
        const code = result.ok ? 'ok' : result.error.code
        report.byCode[code] = (report.byCode[code] ?? 0) + 1
        if (refused) {
          report.refusedBySchema++
          if (result.ok || result.error.code !== 'invalid-input' || !result.error.issues?.length)
            throw new Error(`${channel} did not refuse an invalid input as invalid-input`)
          if (subject.changes() !== before)
            throw new Error(`${channel} changed stored records on an invalid input`)
        }
        if (!result.ok) {
          const words = [result.error.message, ...(result.error.issues ?? []).map((i) => i.message)]
          const leaked = secrets.find((s) => words.some((w) => w.includes(s)))
          if (leaked) throw new Error(`${channel} put patient data in an error message`)
          if (result.error.code === 'internal' && !needDesktop.has(channel))
            throw new Error(`${channel} failed unexpectedly (internal) on an input it accepted`)
        }
      })
    const options = { numRuns: runs, ...(seed !== undefined ? { seed } : {}) }
    await fc.assert(property('arbitrary', fc.oneof(anyValue, fc.jsonValue())), options)
    await fc.assert(
      property(
        'nearValid',
        fc.oneof(
          { arbitrary: nearValid(subject.valid), weight: 9 },
          { arbitrary: fc.constant(subject.valid), weight: 1 },
        ),
      ),
      options,
    )
    return report
  } finally {
    subject.close()
  }
}

export const fuzzedChannels: readonly ChannelName[] = channelNames
