import type { Database } from 'better-sqlite3'
import { AssessmentRepository } from '../../src/main/db/assessmentRepository'
import { PatientRepository } from '../../src/main/db/patientRepository'
import { sha256 } from '../../src/main/audit/sha256'
import type { Assessment } from '../../src/shared/model/assessment/assessment'
import type { Patient } from '../../src/shared/model/patient'
import { demographicsOf } from '../../src/shared/model/patientDemographics'
import { addendumSha256, signRecord } from '../../src/shared/signing/recordSignature'
import { CLINIC_LAST_VISIT, CLINIC_OPENED, isoOf } from './calendar'
import { MinHeap } from './minHeap'
import { syntheticName } from './names'
import { seededRandom, type Random } from './prng'
import { loadTemplates, visitRecord, type VisitTemplate } from './templates'

/** Bump when the generated data changes, so that cached clinics are generated again. */
export const GENERATOR_VERSION = 1

/** The patient with a long history: weekly visits for about four years. */
export const LONG_HISTORY_VISITS = 200

export interface GeneratedClinic {
  seed: number
  patients: number
  assessments: number
  drafts: number
  /** The patient with LONG_HISTORY_VISITS visits. */
  longHistoryPatientId: string
  generatorVersion: number
}

interface PatientPlan {
  id: string
  patient: Patient
  template: VisitTemplate
  random: Random
  visits: number[]
  lastIsDraft: boolean
  previousId?: string
}

interface Upcoming {
  day: number
  order: number
  plan: PatientPlan
  index: number
}

const CLINICIANS = ['A. Okafor', 'B. Lindqvist', 'C. Moreau', 'D. Nowak', 'E. Kaur', 'F. Romero']
const TRANSACTION_PATIENTS = 2000

/**
 * One visit for a fifth of the patients (seen once, or never came back); 2 + Binomial(8, 0.5)
 * for the rest: five visits on average, ten at most.
 */
const visitCount = (random: Random) => {
  if (random.chance(0.2)) return 1
  let n = 2
  for (let i = 0; i < 8; i++) if (random.chance(0.5)) n++
  return n
}

/**
 * Writes a clinic of `size` patients into an open, migrated database through the repositories'
 * import path (PatientRepository.importRecord, AssessmentRepository.importRecord: the same
 * validation and the same SQL as importing an export file), in large transactions.
 *
 * Records are written in the order a clinic would have written them over its years: patients
 * arrive one after another from CLINIC_OPENED, and each visit is written on its day, so one
 * patient's visits are spread through the assessments table among everyone else's (as they are
 * in a real file, which matters for how many pages reading a history touches).
 */
export function generateClinic(
  db: Database,
  options: {
    seed: number
    size: number
    onProgress?: (patientsDone: number) => void
    /**
     * Signs each finalised visit again over its own content and patient, so that its signature
     * verifies (the sync bench: a laptop receiving a record refuses one that does not).
     */
    validSignatures?: boolean
  },
): GeneratedClinic {
  const { seed, size } = options
  const templates = loadTemplates()
  const patients = new PatientRepository(db)
  const assessments = new AssessmentRepository(db, patients)
  const root = seededRandom(seed)
  const span = CLINIC_LAST_VISIT - CLINIC_OPENED - 60
  const longHistoryIndex = Math.floor(size / 4)
  const queue = new MinHeap<Upcoming>(
    (a, b) => a.day < b.day || (a.day === b.day && a.order < b.order),
  )
  let order = 0
  const counts = { assessments: 0, drafts: 0 }
  let longHistoryPatientId = ''

  const writeVisit = (next: Upcoming) => {
    const { plan, index } = next
    const draft = plan.lastIsDraft && index === plan.visits.length - 1
    const id = plan.random.uuid()
    const record = visitRecord(
      plan.template,
      {
        id,
        patientId: plan.id,
        date: isoOf(next.day),
        index,
        ...(plan.previousId ? { previousId: plan.previousId } : {}),
        draft,
        clinicianName: plan.random.pick(CLINICIANS),
      },
      plan.random,
    )
    assessments.importRecord(
      options.validSignatures && !draft ? signedAgain(record, plan.patient) : record,
    )
    plan.previousId = id
    counts.assessments++
    if (draft) counts.drafts++
    if (index + 1 < plan.visits.length)
      queue.push({ day: plan.visits[index + 1]!, order: order++, plan, index: index + 1 })
  }

  const writeVisitsBefore = (day: number) => {
    while (queue.size > 0 && queue.peek()!.day < day) writeVisit(queue.pop()!)
  }

  const addPatient = (i: number) => {
    const random = root.fork(`patient ${i}`)
    const firstDay =
      CLINIC_OPENED + Math.floor((i * span) / size) + random.int(0, Math.ceil(span / size))
    const template = random.pick(templates)
    const longHistory = i === longHistoryIndex
    const visits = [firstDay]
    const count = longHistory ? LONG_HISTORY_VISITS : visitCount(random)
    while (visits.length < count) {
      const day = visits.at(-1)! + (longHistory ? random.int(6, 8) : random.int(7, 35))
      if (day > CLINIC_LAST_VISIT) break
      visits.push(day)
    }
    const sex = template.patient.sex
    const name = syntheticName(random, sex)
    const young = template.age < 18
    const age = Math.min(
      young ? 17 : 85,
      Math.max(young ? 13 : 18, template.age + random.int(-6, 6)),
    )
    const birthDay = firstDay - Math.floor(age * 365.25) - random.int(0, 364)
    const registeredAt = `${isoOf(firstDay)}T07:${String(random.int(0, 59)).padStart(2, '0')}:00.000Z`
    const { notes: _fixtureNote, recordNumber: _r, ...runner } = template.patient
    const id = random.uuid()
    const patient: Patient = {
      ...runner,
      id,
      givenName: name.givenName,
      familyName: name.familyName,
      dateOfBirth: isoOf(birthDay),
      sex,
      // Most patients have the clinic's chart number, issued in order of registration.
      ...(random.chance(0.96) ? { recordNumber: `RH-${String(i + 1).padStart(6, '0')}` } : {}),
      createdAt: registeredAt,
      updatedAt: registeredAt,
    }
    writeVisitsBefore(firstDay)
    patients.importRecord(patient)
    if (longHistory) longHistoryPatientId = id
    queue.push({
      day: firstDay,
      order: order++,
      plan: { id, patient, template, random, visits, lastIsDraft: random.chance(0.5) },
      index: 0,
    })
  }

  for (let start = 0; start < size; start += TRANSACTION_PATIENTS) {
    db.transaction(() => {
      for (let i = start; i < Math.min(size, start + TRANSACTION_PATIENTS); i++) addPatient(i)
    })()
    options.onProgress?.(Math.min(size, start + TRANSACTION_PATIENTS))
  }
  db.transaction(() => writeVisitsBefore(Number.POSITIVE_INFINITY))()

  return {
    seed,
    patients: size,
    assessments: counts.assessments,
    drafts: counts.drafts,
    longHistoryPatientId,
    generatorVersion: GENERATOR_VERSION,
  }
}

/**
 * A generated finalised visit with a signature over its own content, as finalising writes it,
 * and its addenda chained to it (an id and author each, hashed as the app hashes one).
 */
function signedAgain(record: Assessment, patient: Patient): Assessment {
  const { signature, addenda, ...rest } = record
  if (!signature) return record
  const signed = signRecord(
    { ...rest, addenda: [] },
    {
      signedBy: signature.signedBy,
      signedAt: record.finalisedAt ?? signature.signedAt,
      patientAtSigning: demographicsOf(patient),
    },
    sha256,
  )
  let follows = signed.signature!.sha256
  const chained = addenda.map((addendum, index) => {
    const content = {
      ...addendum,
      // Derived from the record's id: the same clinic every run.
      id: uuidFrom(`${record.id} addendum ${index}`),
      author: signature.signedBy,
    }
    const hash = addendumSha256(content, { assessmentId: record.id, follows }, sha256)
    const written = { ...content, sha256: hash, follows }
    follows = hash
    return written
  })
  return { ...signed, addenda: chained }
}

const uuidFrom = (text: string) => {
  const h = sha256(text)
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`
}
