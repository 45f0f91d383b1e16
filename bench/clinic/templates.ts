import { reasoningOf } from '../../src/shared/workflow/decisions'
import { confirmWorkingDiagnosis } from '../../src/shared/workflow/decisions'
import { finaliseAssessment } from '../../src/shared/workflow/finalise'
import { sha256 } from '../../src/main/audit/sha256'
import { assessmentSchema, type Assessment } from '../../src/shared/model/assessment/assessment'
import type { Patient } from '../../src/shared/model/patient'
import { ageInYears } from '../../src/shared/model/calendarDate'
import { loadVignette, vignetteIds } from '../../tests/support/vignettes'
import type { Random } from './prng'

/**
 * The clinical content of the generated clinic: the 36 vignettes (tests/fixtures/vignettes),
 * each turned once, through the app's own workflow rules, into a finalised record with a
 * working diagnosis (the engine's top suggestion, confirmed) and the plan proposed for it, and
 * into a draft (the same findings, no decision yet). Every generated visit is a copy of its
 * patient's template with the numbers a clinician re-measures moved a little (pain, range of
 * motion, force, cadence, questionnaires improving over the visits), so records differ while
 * staying valid and clinically coherent.
 */
export interface VisitTemplate {
  id: string
  patient: Patient
  /** Age on the vignette's visit date, so generated patients keep the case's age band. */
  age: number
  finalised: Assessment
  draft: Assessment
  /** The same two records as JSON: parsing a string copies a record faster than structuredClone. */
  finalisedJson: string
  draftJson: string
}

const BENCH_SIGNER = {
  id: '00000000-0000-4000-8000-00000000be9c',
  name: 'Bench Clinician',
  registrationNumber: 'PH000000',
}

function decidedAndFinalised(draft: Assessment, patient: Patient): Assessment {
  const now = new Date(`${draft.date}T10:00:00.000Z`)
  const top = reasoningOf(draft, patient).differential[0]
  const decided = confirmWorkingDiagnosis(
    draft,
    top
      ? { confirmed: [{ conditionId: top.id }], plan: 'proposal' }
      : { confirmed: [], deferredBecause: 'Awaiting imaging', plan: 'proposal' },
    { patient, now },
  )
  // Signed by one bench clinician. Generated visits are copies with their numbers moved, so their
  // signatures do not verify: the bench measures, it never checks them.
  return assessmentSchema.parse(
    finaliseAssessment(decided, patient, now, { signer: BENCH_SIGNER, sha256 }),
  )
}

export function loadTemplates(): VisitTemplate[] {
  return vignetteIds().map((id) => {
    const v = loadVignette(id)
    const {
      finalisedAt: _f,
      reasoningAtFinalise: _r,
      workingDiagnosis: _w,
      plan: _p,
      ...rest
    } = v.assessment
    const draft = assessmentSchema.parse({ ...rest, status: 'draft' })
    const finalised = decidedAndFinalised(draft, v.patient)
    return {
      id,
      patient: v.patient,
      age: ageInYears(v.patient.dateOfBirth, v.assessment.date),
      draft,
      finalised,
      draftJson: JSON.stringify(draft),
      finalisedJson: JSON.stringify(finalised),
    }
  })
}

export interface VisitFacts {
  id: string
  patientId: string
  date: string
  /** 0 for the initial assessment. */
  index: number
  previousId?: string
  draft: boolean
  clinicianName: string
}

const clamp = (v: number, min: number, max: number) => Math.min(max, Math.max(min, v))

/** Recovery over the visits: 0 at the first, approaching 1 by the eighth or so. */
const recovery = (index: number) => 1 - Math.exp(-index / 3)

/**
 * One visit's record. `random` is the visit's own generator, so a record does not depend on
 * how many others were generated before it.
 */
export function visitRecord(
  template: VisitTemplate,
  visit: VisitFacts,
  random: Random,
): Assessment {
  const a = JSON.parse(visit.draft ? template.draftJson : template.finalisedJson) as Assessment
  const better = recovery(visit.index)
  const at = (minutes: number) =>
    new Date(Date.parse(`${visit.date}T08:00:00.000Z`) + minutes * 60_000).toISOString()
  a.id = visit.id
  a.patientId = visit.patientId
  a.date = visit.date
  a.type = visit.index === 0 ? 'initial' : 'follow-up'
  if (visit.previousId) a.previousAssessmentId = visit.previousId
  else delete a.previousAssessmentId
  a.clinicianName = visit.clinicianName
  const start = random.int(0, 9 * 60)
  a.createdAt = at(start)
  a.updatedAt = at(start + random.int(20, 60))
  a.revision = visit.draft ? random.int(1, 12) : random.int(4, 30)
  if (!visit.draft) {
    a.finalisedAt = a.updatedAt
    if (a.workingDiagnosis) a.workingDiagnosis.confirmedAt = at(start + 15)
    if (a.plan) a.plan.generatedAt = at(start + 16)
  }

  const pain = a.history.pain
  if (pain) {
    for (const key of ['now', 'best24h', 'worst24h', 'duringRunning'] as const) {
      const value = pain[key]
      if (typeof value === 'number')
        pain[key] = clamp(Math.round(value * (1 - 0.7 * better) + random.int(-1, 1)), 0, 10)
    }
  }
  const motions = a.exam.rom?.motions
  if (motions) {
    for (const motion of Object.values(motions)) {
      if (!motion) continue
      for (const side of ['left', 'right'] as const) {
        const value = motion[side]
        if (typeof value === 'number') motion[side] = clamp(value + random.int(-5, 5), 0, 150)
      }
    }
  }
  const strength = a.exam.strength
  if (strength) {
    for (const group of Object.values(strength)) {
      if (!group || typeof group !== 'object') continue
      for (const side of ['left', 'right'] as const) {
        const entry = (group as Record<string, { forceN?: number } | undefined>)[side]
        if (entry && typeof entry.forceN === 'number')
          entry.forceN = Math.round(
            entry.forceN * (1 + 0.15 * better) * (0.93 + random.next() * 0.14),
          )
      }
    }
  }
  if (a.running.status === 'recorded' && typeof a.running.cadenceSpm === 'number')
    a.running.cadenceSpm = clamp(a.running.cadenceSpm + random.int(-4, 6), 120, 220)
  // Questionnaires, as a clinic records them at most visits: LEFS item by item, iHOT-12 and
  // VISA-G totals, improving with recovery.
  if (random.chance(0.8)) {
    const level = 2 + 2 * better
    a.outcomes.lefs = {
      status: 'recorded',
      items: Array.from({ length: 20 }, () => clamp(Math.round(level + random.int(-1, 1)), 0, 4)),
    }
    a.outcomes.ihot12 = {
      status: 'recorded',
      total: clamp(Math.round(40 + 50 * better + random.int(-8, 8)), 0, 100),
    }
    a.outcomes.visaG = {
      status: 'recorded',
      total: clamp(Math.round(45 + 45 * better + random.int(-8, 8)), 0, 100),
    }
  }
  // A few finalised records carry an addendum, as corrections after the visit do.
  if (!visit.draft && random.chance(0.03))
    a.addenda = [
      { at: at(start + 24 * 60), text: 'Telephone review: exercises going well, no new symptoms.' },
    ]
  return a
}
