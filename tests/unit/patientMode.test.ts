import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ClinicianRepository } from '../../src/main/db/clinicianRepository'
import { SettingsRepository } from '../../src/main/db/settingsRepository'
import { createHandlers } from '../../src/main/ipc/handlers'
import { routeCalls } from '../../src/main/ipc/routes'
import { createSessionHandlers } from '../../src/main/ipc/sessionHandlers'
import { createStartupHandlers } from '../../src/main/ipc/startupHandlers'
import { ClinicianSession } from '../../src/main/session/clinicianSession'
import type { ClinicStartup } from '../../src/main/startup/clinicStartup'
import { scorePsfs } from '../../src/shared/clinical/outcomeScoring'
import type { Assessment } from '../../src/shared/model/assessment/assessment'
import { emptySections } from '../../src/shared/model/assessment/newAssessment'
import type { PatientMode } from '../../src/shared/model/patientMode'
import {
  carriedPsfsActivities,
  defaultQuestionnaires,
  isPaperForm,
  patientModeAllows,
  patientPages,
  psfsActivitiesToRate,
  questionnairesOffered,
  withGrocAnswer,
  withLefsAnswer,
  withPainAnswer,
  withPsfsActivities,
} from '../../src/shared/workflow/patientMode'
import { aPatient } from '../support/patients'
import { tempDatabase } from '../support/tempDatabase'

/** Patient mode: what is offered, what the patient is asked, and what main answers meanwhile. */

const ids = {
  patient: '7b0c6d0e-3f4a-4c1e-9d2b-5a6f7e8d9c0b',
  assessment: '2f1e0d9c-8b7a-4c6d-9e5f-4a3b2c1d0e9f',
}
const mode = (questionnaires: PatientMode['questionnaires'], carriedPsfs?: string[]) => ({
  patientId: ids.patient,
  assessmentId: ids.assessment,
  questionnaires,
  ...(carriedPsfs ? { carriedPsfs } : {}),
})

describe('which questionnaires are offered to the patient', () => {
  it('offers the GROC only at a follow-up, since it asks about change since treatment began', () => {
    expect(questionnairesOffered('initial')).toEqual([
      'nprs',
      'lefs',
      'psfs',
      'ihot12',
      'visaG',
      'hagos',
    ])
    expect(questionnairesOffered('follow-up')).toContain('groc')
  })

  it('ticks by default those not recorded yet, and VISA-G only for lateral hip pain', () => {
    const draft = emptySections()
    expect(defaultQuestionnaires('initial', draft)).toEqual([
      'nprs',
      'lefs',
      'psfs',
      'ihot12',
      'hagos',
    ])
    const lateral = {
      ...draft,
      history: {
        painAreas: [{ region: 'lateral-hip' as const, side: 'left' as const }],
        pain: { now: 3, best24h: 1, worst24h: 6, duringRunning: 'not-assessed' as const },
      },
      outcomes: {
        lefs: { status: 'recorded' as const, items: Array<number>(20).fill(3) },
        hagos: { status: 'not-assessed' as const },
        // Incomplete: still offered, so the patient can finish it.
        psfs: { status: 'recorded' as const, activities: [{ activity: 'Running', score: null }] },
      },
    }
    expect(defaultQuestionnaires('follow-up', lateral)).toEqual(['psfs', 'groc', 'ihot12', 'visaG'])
  })

  it('sends the licensed questionnaires to paper: iHOT-12, VISA-G and HAGOS', () => {
    expect(questionnairesOffered('follow-up').filter(isPaperForm)).toEqual([
      'ihot12',
      'visaG',
      'hagos',
    ])
  })
})

describe('the PSFS activities carried from the last visit', () => {
  const previous = {
    psfs: {
      status: 'recorded' as const,
      activities: [
        { activity: 'Running 10 km', score: 3 },
        { activity: 'Climbing stairs', score: 6 },
      ],
    },
  }

  it('offers last visit’s activities again, unrated, for the patient to re-rate', () => {
    const carried = carriedPsfsActivities(previous)
    expect(carried).toEqual(['Running 10 km', 'Climbing stairs'])
    expect(psfsActivitiesToRate(undefined, carried)).toEqual([
      { activity: 'Running 10 km', score: null },
      { activity: 'Climbing stairs', score: null },
    ])
  })

  it('keeps what is in today’s draft once anything is named, and carries nothing not recorded', () => {
    const today = { status: 'recorded' as const, activities: [{ activity: 'Hopping', score: 2 }] }
    expect(psfsActivitiesToRate(today, ['Running 10 km'])).toEqual(today.activities)
    expect(carriedPsfsActivities({ psfs: { status: 'not-assessed' } })).toEqual([])
    expect(carriedPsfsActivities(undefined)).toEqual([])
  })
})

describe('the pages the patient goes through', () => {
  it('asks one question a page, one PSFS page per activity, paper forms last', () => {
    const pages = patientPages(mode(['nprs', 'psfs', 'groc', 'hagos', 'ihot12']), 2)
    expect(pages.map((p) => p.kind)).toEqual([
      'welcome',
      'pain',
      'pain',
      'pain',
      'pain',
      'psfs-names',
      'psfs-rate',
      'psfs-rate',
      'groc',
      'paper',
      'done',
    ])
    expect(pages.at(-2)).toEqual({ kind: 'paper', forms: ['hagos', 'ihot12'] })
    expect(patientPages(mode(['lefs']), 0)).toHaveLength(1 + 1 + 20 + 1)
  })
})

describe('answers into the draft', () => {
  it('scores what the patient answered, as the clinician’s form would', () => {
    let outcomes = withLefsAnswer({}, 0, 4)
    expect(outcomes.lefs).toEqual({
      status: 'recorded',
      items: [4, ...Array<null>(19).fill(null)],
    })
    outcomes = withPsfsActivities(outcomes, [
      { activity: '  Running 10 km ', score: 4 },
      { activity: '', score: null },
      { activity: 'Stairs', score: 7 },
    ])
    expect(outcomes.psfs?.activities).toEqual([
      { activity: 'Running 10 km', score: 4 },
      { activity: 'Stairs', score: 7 },
    ])
    expect(scorePsfs(outcomes.psfs)).toEqual({ kind: 'score', value: 5.5 })
    expect(withPsfsActivities(outcomes, [{ activity: ' ', score: null }]).psfs).toBeUndefined()
    expect(withGrocAnswer({}, -2).groc).toEqual({ status: 'recorded', score: -2 })
    const history = withPainAnswer({ painSide: 'left' }, 'now', 4)
    expect(history).toEqual({ painSide: 'left', pain: { now: 4 } })
    expect(withPainAnswer(history, 'now', undefined).pain).toEqual({})
  })
})

describe('what main answers while the patient holds the laptop', () => {
  it('only reading and saving the draft handed over', () => {
    const m = mode(['nprs'])
    expect(patientModeAllows(m, 'getAssessment', { id: ids.assessment })).toBe(true)
    expect(patientModeAllows(m, 'saveAssessmentDraft', { id: ids.assessment })).toBe(true)
    expect(patientModeAllows(m, 'getAssessment', { id: ids.patient })).toBe(false)
    expect(patientModeAllows(m, 'getPatient', { id: ids.patient })).toBe(false)
    expect(patientModeAllows(m, 'findPatients', { query: '' })).toBe(false)
    expect(patientModeAllows(m, 'exportReport', { id: ids.assessment })).toBe(false)
  })

  describe('in main’s session', () => {
    let store: ReturnType<typeof tempDatabase>
    let session: ClinicianSession
    const passcode = 'hip-clinic-1'
    beforeEach(() => {
      store = tempDatabase()
      session = new ClinicianSession(
        new ClinicianRepository(store.db),
        new SettingsRepository(store.db),
      )
      session.createClinician({
        name: 'Alex Morgan',
        profession: 'physiotherapist',
        passcode,
        passcodeAgain: passcode,
      })
    })
    afterEach(() => store.cleanup())

    it('survives a reload (main keeps it), refuses everything else, and ends only with the passcode', async () => {
      const handlers = createHandlers(store.db, { author: () => session.activeClinician()?.id })
      const startup = createStartupHandlers(
        { state: { state: 'ready' } } as unknown as ClinicStartup,
        { quit: () => {} },
      )
      const route = routeCalls(startup, () => ({
        session,
        sessionHandlers: createSessionHandlers(session),
        handlers,
      }))
      const call = (name: Parameters<typeof route>[0], input: unknown) => route(name)!(input)
      const patient = (await call('createPatient', aPatient())) as {
        ok: true
        value: { id: string }
      }
      const other = (await call('createPatient', aPatient({ familyName: 'Other' }))) as {
        ok: true
        value: { id: string }
      }
      const draft = (await call('createAssessment', {
        patientId: patient.value.id,
        type: 'initial',
        date: '2026-11-30',
      })) as { ok: true; value: Assessment }

      const handed = await call('handToPatient', {
        patientId: patient.value.id,
        assessmentId: draft.value.id,
        questionnaires: ['nprs', 'lefs'],
      })
      expect(handed).toMatchObject({
        ok: true,
        value: { patientMode: { assessmentId: draft.value.id } },
      })
      // A reload asks main again: patient mode is still on, at the page the patient was on.
      await call('patientModePage', { page: 5 })
      expect(await call('getSession', {})).toMatchObject({
        ok: true,
        value: { patientMode: { questionnaires: ['nprs', 'lefs'] }, patientModePage: 5 },
      })
      expect(await call('getAssessment', { id: draft.value.id })).toMatchObject({ ok: true })
      for (const [name, input] of [
        ['getPatient', { id: patient.value.id }],
        ['getPatient', { id: other.value.id }],
        ['findPatients', { query: '' }],
        ['listAssessments', { patientId: patient.value.id }],
        ['exportReport', { id: draft.value.id, kind: 'clinician' }],
      ] as const) {
        expect(await call(name, input)).toMatchObject({ ok: false, error: { code: 'locked' } })
      }
      expect(await call('setLockAfterMinutes', { minutes: 30 })).toMatchObject({ ok: false })

      expect(await call('leavePatientMode', { passcode: 'not-the-one' })).toMatchObject({
        ok: false,
        error: { code: 'invalid-input' },
      })
      expect(session.state().patientMode).toBeDefined()
      const back = await call('leavePatientMode', { passcode })
      expect(back).toMatchObject({ ok: true })
      expect((back as { value: { patientMode?: unknown } }).value.patientMode).toBeUndefined()
      expect(await call('getPatient', { id: patient.value.id })).toMatchObject({ ok: true })
    })

    it('is refused while locked, and the idle lock still locks it', () => {
      session.lock()
      expect(() => session.handToPatient(mode(['nprs']))).toThrow(/locked/)
      session.unlock(passcode)
      session.handToPatient(mode(['nprs']))
      session.lock()
      expect(session.state()).toMatchObject({
        locked: true,
        patientMode: { assessmentId: ids.assessment },
      })
      session.unlock(passcode)
      // Unlocking returns to the patient's questionnaires, not to the record.
      expect(session.state().patientMode).toBeDefined()
    })
  })
})
