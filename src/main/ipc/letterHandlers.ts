import type { Database } from 'better-sqlite3'
import { randomUUID } from 'node:crypto'
import type { LetterAuthor, ReferralLetter } from '../../shared/model/referralLetter'
import { assertLetterheadComplete, letterheadRefusal } from '../../shared/workflow/clinicLetterhead'
import { prefilledQuestion, redFlagStatement } from '../../shared/workflow/referralLetter'
import type { ChannelName } from '../../shared/api/channels'
import type { AuditTrail } from '../audit/auditTrail'
import type { AssessmentRepository } from '../db/assessmentRepository'
import { ClinicianRepository } from '../db/clinicianRepository'
import type { PatientRepository } from '../db/patientRepository'
import { ReferralContactRepository } from '../db/referralContactRepository'
import { ReferralLetterRepository } from '../db/referralLetterRepository'
import type { SettingsRepository } from '../db/settingsRepository'
import { AppError } from '../errors'
import { writeFileWhole } from '../files'
import type { Platform } from '../platform/platform'
import { referralLetterHtml } from '../reports/referralLetter'
import { letterFactsOf } from '../reports/referralLetter/letterFacts'
import { reportDataFor } from '../reports/reportData'
import type { Implementations } from './defineHandlers'

/** Reopening the same letter within this long is not listed again (as for records). */
const VIEW_AUDIT_WINDOW_MS = 5 * 60_000

export type LetterChannelName = Extract<
  ChannelName,
  | 'listReferralContacts'
  | 'saveReferralContact'
  | 'removeReferralContact'
  | 'startReferralLetter'
  | 'writeReferralLetter'
  | 'getReferralLetter'
  | 'printReferralLetterAgain'
>

interface LetterContext {
  db: Database
  patients: PatientRepository
  assessments: AssessmentRepository
  settings: SettingsRepository
  audit: AuditTrail
  platform: Platform
  now: () => Date
  author: () => string | undefined
}

const fileSafe = (text: string) => text.replace(/[^\p{L}\p{N}-]+/gu, '-').replace(/^-|-$/g, '')
const pdfFilter = [{ name: 'PDF', extensions: ['pdf'] }]

/**
 * Referral letters: the directory of doctors, the editor's starting point, printing (which keeps
 * the letter, with the page as printed, and records the export in the audit trail) and printing a
 * kept letter again. A letter is never stored unless its PDF was saved; what the clinician typed
 * stays in the editor when the save dialog is cancelled or printing is refused.
 */
export function letterImplementations(ctx: LetterContext): Implementations<LetterChannelName> {
  const { db, patients, assessments, settings, audit, platform, now, author } = ctx
  const contacts = new ReferralContactRepository(db, now, author)
  const letters = new ReferralLetterRepository(db)
  const clinicians = new ClinicianRepository(db)

  /** Who signs the letter: the signed-in clinician, else the one named on the assessment. */
  function letterAuthor(assessmentClinician: string | undefined): LetterAuthor | undefined {
    const id = author()
    if (id) {
      const c = clinicians.get(id)
      return {
        clinicianId: c.id,
        name: c.name,
        profession: c.profession,
        ...(c.registrationNumber ? { registrationNumber: c.registrationNumber } : {}),
      }
    }
    const name = assessmentClinician?.trim()
    return name ? { name } : undefined
  }

  async function savePdf(letter: ReferralLetter, html: string) {
    const patient = patients.get(letter.patientId)
    const path = await platform.chooseSavePath({
      title: 'Save the referral letter',
      defaultName: `${fileSafe(`${patient.familyName}-${patient.givenName}`)}-${letter.writtenAt.slice(0, 10)}-letter-to-${fileSafe(letter.recipient.name)}.pdf`,
      filters: pdfFilter,
    })
    if (!path) return undefined
    writeFileWhole(path, await platform.printHtmlToPdf(html))
    return path.split(/[\\/]/).pop() ?? path
  }

  const exported = (letter: ReferralLetter, again: boolean) =>
    audit.record({
      action: 'export',
      recordType: 'assessment',
      recordId: letter.assessmentId,
      detail: `report: referral letter PDF${again ? ' printed again' : ''} (letter ${letter.id})`,
    })

  return {
    listReferralContacts: () => contacts.list(),
    saveReferralContact: (input) =>
      db
        .transaction(() => {
          const saved = contacts.save(input)
          audit.record({
            action: input.id ? 'update' : 'create',
            recordType: 'settings',
            recordId: saved.id,
            detail: 'letter recipients: directory entry',
          })
          return saved
        })
        .immediate(),
    removeReferralContact: ({ id }) =>
      db
        .transaction(() => {
          contacts.remove(id)
          audit.record({
            action: 'delete',
            recordType: 'settings',
            recordId: id,
            detail: 'letter recipients: directory entry removed',
          })
          return { id }
        })
        .immediate(),
    startReferralLetter: ({ assessmentId }) => {
      const assessment = assessments.get(assessmentId)
      const patient = patients.get(assessment.patientId)
      const clinic = settings.clinic()
      const facts = letterFactsOf(reportDataFor(patient, assessment, now().toISOString(), clinic))
      const by = letterAuthor(assessment.clinicianName)
      const missing = letterheadRefusal(clinic)
      return {
        question: prefilledQuestion(facts),
        redFlags: redFlagStatement(facts),
        ...(facts.referral ? { planReferral: facts.referral.to } : {}),
        ...(by
          ? {
              author: {
                name: by.name,
                ...(by.registrationNumber ? { registrationNumber: by.registrationNumber } : {}),
              },
            }
          : {}),
        ...(missing ? { letterheadMissing: missing } : {}),
        letters: letters.listForAssessment(assessmentId),
      }
    },
    writeReferralLetter: async ({ assessmentId, ...content }) => {
      const clinic = settings.clinic()
      assertLetterheadComplete(clinic)
      const assessment = assessments.get(assessmentId)
      const patient = patients.get(assessment.patientId)
      const by = letterAuthor(assessment.clinicianName)
      if (!by)
        throw new AppError(
          'conflict',
          'A letter needs the name of the clinician who writes it: sign in, or name the clinician on the assessment.',
        )
      if (content.contactId) contacts.get(content.contactId)
      const writtenAt = now().toISOString()
      const letter: ReferralLetter = {
        ...content,
        id: randomUUID(),
        assessmentId,
        patientId: patient.id,
        author: by,
        writtenAt,
      }
      const data = reportDataFor(patient, assessment, writtenAt, clinic)
      const html = referralLetterHtml(data, { content, author: by, writtenAt })
      const fileName = await savePdf(letter, html)
      if (!fileName) return { saved: false as const }
      const kept = db
        .transaction(() => {
          const stored = letters.add(letter, html, author())
          exported(stored, false)
          return stored
        })
        .immediate()
      return { saved: true as const, fileName, letter: kept }
    },
    getReferralLetter: ({ id }) => {
      const letter = letters.get(id)
      audit.recordUnlessRepeated(
        {
          action: 'view',
          recordType: 'assessment',
          recordId: letter.assessmentId,
          detail: `referral letter (letter ${letter.id})`,
        },
        VIEW_AUDIT_WINDOW_MS,
        { onlyIfLatest: false },
      )
      return letter
    },
    printReferralLetterAgain: async ({ id }) => {
      const letter = letters.get(id)
      const fileName = await savePdf(letter, letters.htmlOf(id))
      if (!fileName) return { saved: false as const }
      exported(letter, true)
      return { saved: true as const, fileName }
    },
  }
}
