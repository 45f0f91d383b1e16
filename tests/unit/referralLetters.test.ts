import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { noDesktopPlatform } from '../../src/main/platform/platform'
import { letterFactsOf } from '../../src/main/reports/referralLetter/letterFacts'
import { reportDataFor } from '../../src/main/reports/reportData'
import { referralLetterSchema } from '../../src/shared/model/referralLetter'
import { recipientFieldsSchema } from '../../src/shared/model/referralContact'
import {
  letterheadRefusal,
  missingLetterheadDetails,
} from '../../src/shared/workflow/clinicLetterhead'
import {
  prefilledQuestion,
  redFlagStatement,
  SCREENED_NEGATIVE,
  type LetterFacts,
} from '../../src/shared/workflow/referralLetter'
import { redFlagQuestions } from '../../src/shared/model/assessment/history'
import { repositories, storeVignetteDraft } from '../support/assessments'
import { handlersAsClinician } from '../support/clinicians'
import { tempDatabase, tempFolder } from '../support/tempDatabase'
import { loadVignette, vignettePatientFields } from '../support/vignettes'

const allNo = Object.fromEntries(redFlagQuestions.map((q) => [q.key, 'no'])) as NonNullable<
  LetterFacts['redFlagAnswers']
>
const quiet: LetterFacts = { activeRedFlags: [], raisedRedFlags: [], hip: 'right hip' }
const fracture = {
  id: 'femoral-neck-stress-fracture',
  name: 'Suspected femoral neck stress fracture',
  urgency: 'same-day',
} as const

describe('the question a letter is prefilled with', () => {
  it('asks what the raised red flag needs, for the painful hip', () => {
    expect(
      prefilledQuestion({ ...quiet, activeRedFlags: [fracture], raisedRedFlags: [fracture] }),
    ).toBe(
      'Please arrange X-ray and MRI of the right hip to exclude a femoral neck stress fracture.',
    )
  })
  it("else gives the plan's referral reason, else the diagnosis, else asks for advice", () => {
    expect(
      prefilledQuestion({ ...quiet, referral: { to: 'GP', reason: 'Persistent night pain.' } }),
    ).toBe('Persistent night pain: please assess and advise on further management.')
    expect(prefilledQuestion({ ...quiet, diagnosis: 'Gluteal tendinopathy' })).toBe(
      'Please assess and advise on further management of the right hip pain (working diagnosis: Gluteal tendinopathy).',
    )
    expect(prefilledQuestion(quiet)).toBe('Please assess and advise on further management.')
  })
})

describe('what a letter says of the red flags', () => {
  it('says "screened: negative" only when every question was answered no', () => {
    expect(redFlagStatement({ ...quiet, redFlagAnswers: allNo })).toEqual({
      kind: 'negative',
      text: SCREENED_NEGATIVE,
    })
    const oneUnasked = { ...allNo, nightSweats: 'not-assessed' as const }
    const incomplete = redFlagStatement({ ...quiet, redFlagAnswers: oneUnasked })
    expect(incomplete.kind).toBe('incomplete')
    expect(incomplete.text).toBe(
      `Red-flag screen incomplete: 1 of ${redFlagQuestions.length} questions not asked; none answered yes`,
    )
    expect(redFlagStatement(quiet).kind).toBe('incomplete')
    const limp = redFlagStatement({ ...quiet, redFlagAnswers: { ...allNo, limp: 'yes' } })
    expect(limp).toEqual({
      kind: 'answered-yes',
      text: 'Red-flag screen: no red flag raised; answered yes to limping',
    })
  })
  it('puts a raised flag first with its urgency, and never calls the screen negative then', () => {
    const infection = {
      id: 'septic-arthritis',
      name: 'Suspected septic arthritis',
      urgency: 'emergency',
    } as const
    const raised = redFlagStatement({
      ...quiet,
      redFlagAnswers: allNo,
      activeRedFlags: [fracture, infection],
      raisedRedFlags: [fracture, infection],
    })
    expect(raised.kind).toBe('raised')
    expect(raised.text).toBe(
      'Red flags raised: Suspected septic arthritis (emergency); Suspected femoral neck stress fracture (same day)',
    )
    expect(raised.text).not.toContain('negative')
    const cleared = redFlagStatement({
      ...quiet,
      redFlagAnswers: allNo,
      raisedRedFlags: [fracture],
    })
    expect(cleared).toEqual({
      kind: 'cleared',
      text: 'Red flags: suspected femoral neck stress fracture raised and cleared by a doctor',
    })
  })
  it('reads the vignettes as a GP would: V03 raises the fracture, V01 is screened negative', () => {
    const facts = (id: string) => {
      const v = loadVignette(id)
      return letterFactsOf(reportDataFor(v.patient, v.assessment, '2026-11-02T10:00:00.000Z'))
    }
    const v03 = redFlagStatement(facts('V03'))
    expect(v03.kind).toBe('raised')
    expect(v03.text).toMatch(/femoral neck stress fracture \(same day\)/i)
    expect(redFlagStatement(facts('V01'))).toEqual({ kind: 'negative', text: SCREENED_NEGATIVE })
  })
})

describe('the letterhead a letter or handout needs', () => {
  it("names what is missing: the clinic's name and its phone number", () => {
    expect(missingLetterheadDetails(undefined)).toEqual(['name', 'phone'])
    expect(missingLetterheadDetails({ name: 'Riverside Physio', phone: ' ' })).toEqual(['phone'])
    expect(missingLetterheadDetails({ name: 'Riverside Physio', phone: '0113 496 0000' })).toEqual(
      [],
    )
    expect(letterheadRefusal(undefined)).toBe(
      'Enter the clinic’s name and its phone number in Clinic details before printing letters and handouts: the reader must know who sent it and whom to call.',
    )
    expect(letterheadRefusal({ name: 'Riverside Physio', phone: '0113 496 0000' })).toBeUndefined()
  })
})

describe('the letter records', () => {
  it('check the recipient and the question with messages a clinician understands', () => {
    const r = recipientFieldsSchema.safeParse({ name: ' ', role: '', secureEmail: 'shah@' })
    expect(r.success).toBe(false)
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['name', 'Enter the recipient’s name, e.g. Dr Priya Shah'],
      ['role', 'Enter their role or speciality, e.g. GP'],
      ['secureEmail', 'Enter an email address like name@example.com'],
    ])
  })
})

const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach((c) => c()))

function clinicWithV03(options: { clinic?: boolean } = {}) {
  const store = tempDatabase()
  cleanups.push(store.cleanup)
  const out = tempFolder()
  cleanups.push(out.cleanup)
  const printed: string[] = []
  let next = 0
  const handlers = handlersAsClinician(store.db, {
    now: () => new Date('2026-11-02T10:30:00.000Z'),
    platform: {
      ...noDesktopPlatform,
      chooseSavePath: async () => join(out.dir, `letter-${++next}.pdf`),
      printHtmlToPdf: async (html) => {
        printed.push(html)
        return new TextEncoder().encode(`%PDF ${printed.length}`)
      },
    },
  })
  const repos = repositories(store.db)
  const v = loadVignette('V03')
  const patient = repos.patients.create(vignettePatientFields(v))
  const assessmentId = storeVignetteDraft(repos, patient.id, v)
  if (options.clinic !== false)
    store.db
      .prepare("INSERT INTO settings (key, document, updated_at) VALUES ('clinic', ?, ?)")
      .run(JSON.stringify({ name: 'Riverside Physiotherapy', phone: '0113 496 0000' }), 'x')
  return { ...store, handlers, assessmentId, patient, printed, out }
}

const valueOf = <T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.error))
  return r.value
}

describe('writing a referral letter through the handlers', () => {
  it('keeps the letter sent, records its export, and prints it again exactly as sent', async () => {
    const { db, handlers, assessmentId, patient, printed, out } = clinicWithV03()
    const shah = valueOf(
      await handlers.saveReferralContact({
        name: 'Dr Priya Shah',
        role: 'GP',
        practice: 'Quayside Surgery',
        secureEmail: 'p.shah@nhs.example',
      }),
    )
    const start = valueOf(await handlers.startReferralLetter({ assessmentId }))
    // Two flags raised (the fracture, same day; low energy availability): one question each.
    expect(start.question).toBe(
      'Please arrange X-ray and MRI of the right hip to exclude a femoral neck stress fracture.\n' +
        'Please assess for low energy availability (RED-S), including bone health, with sports dietitian input, before any return to running.',
    )
    expect(start.redFlags.kind).toBe('raised')
    expect(start.author).toEqual({ name: 'Sam Seeder', registrationNumber: 'PH000001' })
    expect(start.letters).toEqual([])

    const written = valueOf(
      await handlers.writeReferralLetter({
        assessmentId,
        contactId: shah.id,
        recipient: { name: shah.name, role: shah.role, practice: shah.practice },
        question: 'Please arrange an MRI of the right hip today.',
        freeText: 'She is on crutches and has stopped running.',
      }),
    )
    if (!written.saved) throw new Error('not saved')
    expect(written.fileName).toBe('letter-1.pdf')
    expect(readFileSync(join(out.dir, 'letter-1.pdf'), 'utf8')).toBe('%PDF 1')
    expect(written.letter).toMatchObject({
      assessmentId,
      patientId: patient.id,
      recipient: { name: 'Dr Priya Shah', role: 'GP' },
      author: { name: 'Sam Seeder', registrationNumber: 'PH000001' },
      writtenAt: '2026-11-02T10:30:00.000Z',
    })
    expect(printed[0]).toContain('Please arrange an MRI of the right hip today.')
    expect(printed[0]).toContain('registration PH000001')

    // Kept: listed with the assessment, reopened, and its page printed again unchanged.
    const listed = valueOf(await handlers.startReferralLetter({ assessmentId })).letters
    expect(listed.map((l) => l.id)).toEqual([written.letter.id])
    expect(
      referralLetterSchema.parse(
        valueOf(await handlers.getReferralLetter({ id: written.letter.id })),
      ),
    ).toEqual(written.letter)
    valueOf(await handlers.printReferralLetterAgain({ id: written.letter.id }))
    expect(printed[1]).toBe(printed[0])

    // The directory entry changed later: the letter sent keeps what it said.
    valueOf(
      await handlers.saveReferralContact({ id: shah.id, name: 'Dr Priya Shah-Kerr', role: 'GP' }),
    )
    expect(
      valueOf(await handlers.getReferralLetter({ id: written.letter.id })).recipient.name,
    ).toBe('Dr Priya Shah')

    const exports = db
      .prepare("SELECT detail FROM audit_log WHERE action = 'export' ORDER BY seq")
      .pluck()
      .all()
    expect(exports).toEqual([
      `report: referral letter PDF (letter ${written.letter.id})`,
      `report: referral letter PDF printed again (letter ${written.letter.id})`,
    ])
    // The database keeps a letter sent as it was.
    expect(() => db.prepare("UPDATE referral_letters SET html = 'x'").run()).toThrow(
      'A letter sent cannot be changed',
    )
    expect(() => db.prepare('DELETE FROM referral_letters').run()).toThrow(
      'A letter sent is kept with the record',
    )
  })

  it("goes with its patient's erasure on request, and only then", async () => {
    const { db, handlers, assessmentId, patient } = clinicWithV03()
    valueOf(
      await handlers.writeReferralLetter({
        assessmentId,
        recipient: { name: 'Dr Priya Shah', role: 'GP' },
        question: 'Please advise.',
      }),
    )
    valueOf(await handlers.deletePatient({ id: patient.id, reason: 'Duplicate record' }))
    expect(db.prepare('SELECT count(*) FROM referral_letters').pluck().get()).toBe(1)
    valueOf(
      await handlers.erasePatient({ id: patient.id, reason: 'Erasure requested', confirmed: true }),
    )
    expect(db.prepare('SELECT count(*) FROM referral_letters').pluck().get()).toBe(0)
  })

  it('refuses a letter or handout without the clinic’s name and phone, and keeps nothing', async () => {
    const { db, handlers, assessmentId, printed } = clinicWithV03({ clinic: false })
    const refused = await handlers.writeReferralLetter({
      assessmentId,
      recipient: { name: 'Dr Priya Shah', role: 'GP' },
      question: 'Please advise.',
    })
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        message: letterheadRefusal(undefined),
      },
    })
    expect(await handlers.exportReport({ id: assessmentId, kind: 'handout' })).toEqual(refused)
    expect(valueOf(await handlers.startReferralLetter({ assessmentId })).letterheadMissing).toBe(
      letterheadRefusal(undefined),
    )
    expect(printed).toEqual([])
    expect(db.prepare('SELECT count(*) FROM referral_letters').pluck().get()).toBe(0)
  })

  it('says where the letter is wrong, and keeps nothing, when the input is not valid', async () => {
    const { db, handlers, assessmentId } = clinicWithV03()
    const bad = await handlers.writeReferralLetter({
      assessmentId,
      recipient: { name: '', role: 'GP' },
      question: '  ',
    })
    expect(bad.ok).toBe(false)
    if (bad.ok) return
    expect(bad.error.issues?.map((i) => i.path.join('.'))).toEqual(['recipient.name', 'question'])
    expect(db.prepare('SELECT count(*) FROM referral_letters').pluck().get()).toBe(0)
  })

  it('removes a directory entry from the list, with its audit entry', async () => {
    const { db, handlers } = clinicWithV03()
    const shah = valueOf(await handlers.saveReferralContact({ name: 'Dr Priya Shah', role: 'GP' }))
    valueOf(
      await handlers.saveReferralContact({ name: 'Mr Tom Abara', role: 'Orthopaedic surgeon' }),
    )
    expect(valueOf(await handlers.listReferralContacts({})).map((c) => c.name)).toEqual([
      'Dr Priya Shah',
      'Mr Tom Abara',
    ])
    valueOf(await handlers.removeReferralContact({ id: shah.id }))
    expect(valueOf(await handlers.listReferralContacts({})).map((c) => c.name)).toEqual([
      'Mr Tom Abara',
    ])
    expect(await handlers.removeReferralContact({ id: shah.id })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    })
    expect(
      db
        .prepare("SELECT action, detail FROM audit_log WHERE record_type = 'settings' ORDER BY seq")
        .all(),
    ).toEqual([
      { action: 'create', detail: 'letter recipients: directory entry' },
      { action: 'create', detail: 'letter recipients: directory entry' },
      { action: 'delete', detail: 'letter recipients: directory entry removed' },
    ])
  })
})
