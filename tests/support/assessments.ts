import type { Database } from 'better-sqlite3'
import { AssessmentRepository } from '../../src/main/db/assessmentRepository'
import { PatientRepository } from '../../src/main/db/patientRepository'
import type { AssessmentSections } from '../../src/shared/model/assessment/assessment'
import { missingItems } from '../../src/shared/model/assessment/requiredItems'
import { NOT_ASSESSED } from '../../src/shared/model/assessment/recordedValues'
import type { AssessmentExport } from '../../src/shared/model/assessment/assessmentExport'
import { testClinicianId } from './clinicians'
import { aPatient } from './patients'
import { sectionsOf } from './vignettes'

/** The repositories as the clinic's first clinician writes through them (signing included). */
export function repositories(db: Database) {
  const clinicianId = testClinicianId(db)
  const author = () => clinicianId
  const patients = new PatientRepository(db, author)
  return {
    patients,
    assessments: new AssessmentRepository(db, patients, () => new Date(), author),
    clinicianId,
  }
}

/** Sets a value at a dot path, creating objects on the way. */
export function setAtPath(root: Record<string, unknown>, path: string, value: unknown) {
  const keys = path.split('.')
  let node = root
  for (const key of keys.slice(0, -1)) {
    node[key] ??= {}
    node = node[key] as Record<string, unknown>
  }
  node[keys.at(-1)!] = value
}

/** Sections in which every required item is explicitly "not assessed" (or minimally filled). */
export function completeSections(base: AssessmentSections): AssessmentSections {
  const sections = structuredClone(base) as unknown as Record<string, unknown>
  setAtPath(sections, 'history.painAreas', [{ region: 'lateral-hip', side: 'right' }])
  setAtPath(sections, 'history.onset.duration', { value: 4, unit: 'months' })
  setAtPath(sections, 'history.general.goals', 'Run a half marathon in spring')
  setAtPath(sections, 'history.onset.mechanism', 'no-clear-cause')
  setAtPath(sections, 'running.status', NOT_ASSESSED)
  setAtPath(sections, 'running.notAssessedReason', 'Too painful to run today')
  for (const item of missingItems(sections as unknown as AssessmentSections, { sex: 'female' })) {
    // Red flags cannot be skipped as "not assessed": each is asked, here answered no.
    setAtPath(sections, item.path, item.notAssessed ?? 'no')
  }
  return sections as unknown as AssessmentSections
}

export function aPatientWithRepos(db: Database) {
  const repos = repositories(db)
  const patient = repos.patients.create(aPatient())
  return { ...repos, patient }
}

/** Stores a vignette's initial assessment for `patientId` as a draft holding all its findings. */
export function storeVignetteDraft(
  repos: ReturnType<typeof repositories>,
  patientId: string,
  vignette: AssessmentExport,
) {
  const { date } = vignette.assessment
  const created = repos.assessments.create({ patientId, type: 'initial', date })
  repos.assessments.saveDraft({
    id: created.id,
    revision: 1,
    date,
    ...sectionsOf(vignette.assessment),
  })
  return created.id
}

/**
 * The clinician's decision, as finalising needs it: a working diagnosis in their own words (so
 * it needs a reason) and the plan proposed from it.
 */
export function decide(assessments: AssessmentRepository, id: string) {
  return assessments.confirmDiagnosis(id, {
    confirmed: [{ freeText: 'Lateral hip pain, cause to be confirmed' }],
    reason: 'Findings recorded as not assessed for this test',
    plan: 'proposal',
  })
}

/**
 * A complete initial assessment of `patientId` on 2026-11-02, decided and finalised: signed by
 * the clinic's first clinician (`repositories`), as a record the audit and signing tests start from.
 */
export function signedAssessment(
  assessments: AssessmentRepository,
  patientId: string,
  date = '2026-11-02',
) {
  const a = assessments.create({ patientId, type: 'initial', date })
  assessments.saveDraft({ ...sectionsOf(completeSections(a)), id: a.id, revision: 1, date })
  decide(assessments, a.id)
  return assessments.finalise(a.id)
}
